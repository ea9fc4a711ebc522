import { localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import type { Attendance } from './ledger-forums.js';
import type { PairingMentor } from '../pairings/pairing-mentor.entity.js';
import { type LedgerKind, type LedgerRecords, confidentialIn, ledgerSpecs } from './ledger-content.js';
import { type LedgerColumn, type Row, type SheetSpec, rowOf, sheetHeader } from './ledger-sheet.js';
import type { Batches, LedgerBatches, LedgerRepository } from './ledger.repository.js';
import type { WorkBudget } from './ledger-files.js';

/** One sheet of a streamed ledger: its header, and its rows a batch at a time (re-readable). */
export interface StreamedSheet {
  kind: LedgerKind;
  name: string;
  columns: LedgerColumn[];
  rows: AsyncIterable<Row[]>;
}

/** What the file's audit event says of it before its first byte leaves. */
export interface LedgerTally {
  counts: Record<LedgerKind, number>;
  confidentialRead: { talks: number[]; visitNotes: number[]; forumMinutes: number[] };
}

const KINDS: LedgerKind[] = ['pairings', 'visits', 'talks', 'actionItems', 'reviews', 'forums', 'problems'];

/**
 * The ledger's sheets as batches of rows, read from the database as they are written: a batch of
 * records becomes a batch of rows and is let go. The pairings' mentor terms are read per batch of
 * pairings.
 */
export function streamedSheets(ctx: AppContext, repo: LedgerRepository, batches: LedgerBatches): StreamedSheet[] {
  let terms = new Map<number, PairingMentor[]>();
  let attendance = new Map<number, Attendance>();
  const specs = ledgerSpecs(ctx, {
    termsOf: (id) => terms.get(id) ?? [],
    attendanceOf: (id) => attendance.get(id) ?? { listed: 0, present: 0 },
    today: localDate(ctx.clock.now()),
  });
  const rowsOf = <T>(spec: SheetSpec<T>, source: Batches<T>, before?: (batch: T[]) => Promise<void>) => ({
    async *[Symbol.asyncIterator]() {
      for await (const batch of source) {
        await before?.(batch);
        yield batch.map((r) => rowOf(spec.columns, r));
      }
    },
  });
  const sheet = <K extends LedgerKind>(kind: K, rows: AsyncIterable<Row[]>): StreamedSheet => ({
    kind,
    ...sheetHeader(specs[kind] as SheetSpec<unknown>),
    rows,
  });
  return [
    sheet(
      'pairings',
      rowsOf(specs.pairings, batches.pairings, async (batch) => {
        terms = await repo.mentorsOf(batch.map((p) => p.id));
      }),
    ),
    sheet('visits', rowsOf(specs.visits, batches.visits)),
    sheet('talks', rowsOf(specs.talks, batches.talks)),
    sheet('actionItems', rowsOf(specs.actionItems, batches.actionItems)),
    sheet('reviews', rowsOf(specs.reviews, batches.reviews)),
    sheet(
      'forums',
      rowsOf(specs.forums, batches.forums, async (batch) => {
        attendance = await repo.attendanceOf(batch.map((f) => f.id));
      }),
    ),
    sheet('problems', rowsOf(specs.problems, batches.problems)),
  ];
}

/**
 * Reads the ledger once without writing it: how many rows each sheet has and which confidential
 * records' content it carries. Memory stays one batch; the ids are the audit event's own content.
 */
export async function tallyLedger(sheets: StreamedSheet[], budget: WorkBudget): Promise<LedgerTally> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<LedgerKind, number>;
  const confidentialRead: LedgerTally['confidentialRead'] = { talks: [], visitNotes: [], forumMinutes: [] };
  for (const sheet of sheets) {
    for await (const rows of sheet.rows) {
      budget.check();
      counts[sheet.kind] += rows.length;
      for (const row of rows) {
        const c = confidentialIn(sheet.kind, row);
        if (c.talk) confidentialRead.talks.push(c.talk);
        if (c.visitNote) confidentialRead.visitNotes.push(c.visitNote);
        if (c.forumMinutes) confidentialRead.forumMinutes.push(c.forumMinutes);
      }
    }
  }
  return { counts, confidentialRead };
}

/** Every record of the ledger held whole, for the printable ledger (capped by its caller). */
export async function collectRecords(repo: LedgerRepository, batches: LedgerBatches): Promise<LedgerRecords> {
  const all = async <T>(source: Batches<T>) => {
    const out: T[] = [];
    for await (const batch of source) out.push(...batch);
    return out;
  };
  const pairings = await all(batches.pairings);
  const forums = await all(batches.forums);
  return {
    pairings,
    mentors: await repo.mentorsOf(pairings.map((p) => p.id)),
    visits: await all(batches.visits),
    talks: await all(batches.talks),
    actionItems: await all(batches.actionItems),
    reviews: await all(batches.reviews),
    forums,
    attendance: await repo.attendanceOf(forums.map((f) => f.id)),
    problems: await all(batches.problems),
  };
}
