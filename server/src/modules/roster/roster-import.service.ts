import { createHash } from 'node:crypto';
import { type EntityManager, ref } from '@mikro-orm/core';
import type { AppAbility, Viewer } from '@tongxin/schema';
import { audit } from '../audit/audit.service.js';
import { nameInitialsOf } from '../officers/name-initials.js';
import { Officer } from '../officers/officer.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { recordTransfer } from '../pairings/roster-changes.js';
import { type PlanContext, type PlannedRow, planRow } from './roster-plan.js';
import { readRosterFile } from './roster-file.js';
import { RosterImportRepository } from './roster-import.repository.js';
import type { ImportProgress, ImportReport } from './roster-report.js';
import { totalsOf } from './roster-report.js';
import { columnsOf, readRows } from './roster-rows.js';

// 花名册导入: a roster file read, checked row by row against the bureau (a dry run), then written
// all or nothing in one transaction. An apply checks the file again inside its transaction and
// writes only when no row has a problem, so what it writes is what a dry run of the same file
// reported. Officers are matched by 警号: re-importing a file changes nothing.

export interface ImportSession {
  em: EntityManager;
  bureauId: number;
  /** The sysadmin importing, or null for the operator's command line (audited without an actor). */
  viewer: Viewer | null;
  ability: AppAbility | null;
  now: Date;
  /** Runs the apply in one transaction (inTransaction for a request). */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T>;
}

export interface ImportOptions {
  apply: boolean;
  onProgress?: (p: ImportProgress) => void;
}

const STEP = 500;

export async function importRoster(
  session: ImportSession,
  body: Buffer,
  options: ImportOptions,
): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => {});
  progress({ phase: 'read', done: 0, total: 0 });
  const table = await readRosterFile(body);
  const { index, missing } = columnsOf(table);
  const mode = options.apply ? 'apply' : 'dry-run';
  if (missing.length > 0) {
    return {
      mode,
      format: table.format,
      ok: false,
      applied: false,
      totals: totalsOf([]),
      fileProblems: missing,
      rows: [],
    };
  }
  const read = readRows(table, index);
  const run = async (em: EntityManager) => {
    const planned = await plan(session, em, read, progress);
    const ok = planned.every((r) => r.status !== 'error');
    const applied = options.apply && ok;
    if (applied) await write(session, em, planned, { format: table.format, sha256: sha256(body) }, progress);
    const report: ImportReport = {
      mode,
      format: table.format,
      ok,
      applied,
      totals: totalsOf(planned),
      fileProblems: [],
      rows: planned.map(({ values: _v, officer, branch: _b, accountRoles: _a, ...row }) => ({
        ...row,
        officerId: officer?.id ?? null,
      })),
    };
    return report;
  };
  return options.apply ? session.transaction(run) : run(session.em);
}

async function plan(
  session: ImportSession,
  em: EntityManager,
  read: ReturnType<typeof readRows>,
  progress: (p: ImportProgress) => void,
): Promise<PlannedRow[]> {
  const repo = new RosterImportRepository(em);
  const branchList = await repo.branchesOf(session.bureauId);
  const badges = [...new Set(read.flatMap((r) => (r.values.badgeNumber ? [r.values.badgeNumber] : [])))];
  const ctx: PlanContext = {
    em,
    bureauId: session.bureauId,
    ability: session.ability,
    // Two branches with one name: the first (by id) is the one a name means.
    branches: new Map([...branchList].reverse().map((b) => [b.name, b])),
    branchNames: new Map(branchList.map((b) => [b.id, b.name])),
    officers: await repo.officersByBadge(badges),
  };
  const planned: PlannedRow[] = [];
  for (const row of read) {
    planned.push(await planRow(ctx, row));
    if (planned.length % STEP === 0) progress({ phase: 'check', done: planned.length, total: read.length });
  }
  progress({ phase: 'check', done: read.length, total: read.length });
  return planned;
}

const sha256 = (body: Buffer) => createHash('sha256').update(body).digest('hex');

/**
 * Writes the planned rows: one audit event for the import, then one per new or changed officer
 * with the fields before and after. Flushed every 500 rows so progress can be reported; the
 * transaction around it makes the whole file one change.
 */
async function write(
  session: ImportSession,
  em: EntityManager,
  rows: PlannedRow[],
  file: { format: string; sha256: string },
  progress: (p: ImportProgress) => void,
) {
  const actorRef = session.viewer ? em.getReference(Officer, session.viewer.officerId) : null;
  const who = { bureauId: session.bureauId, officerId: session.viewer?.officerId ?? null };
  const changed = rows.filter((r) => r.status === 'new' || r.status === 'updated');
  const importEvent = { action: 'importRoster', subjectType: 'Roster', subjectId: session.bureauId };
  audit(em, who, {
    ...importEvent,
    detail: { ...file, via: session.viewer ? 'portal' : 'cli', totals: totalsOf(rows) },
  });
  await em.flush();
  const bureau = em.getReference(Bureau, session.bureauId);
  for (let i = 0; i < changed.length; i += STEP) {
    const chunk = changed.slice(i, i + STEP);
    for (const row of chunk) {
      const v = row.values;
      if (row.status === 'new') {
        row.officer = em.create(Officer, {
          bureau,
          branch: row.branch!,
          name: v.name!,
          nameInitials: nameInitialsOf(v.name!),
          badgeNumber: v.badgeNumber!,
          category: v.category!,
          position: v.position ?? undefined,
          phone: v.phone ?? undefined,
          isMentor: v.roles!.includes('MENTOR'),
        });
        continue;
      }
      const officer = row.officer!;
      for (const c of row.changes) {
        if (c.field === 'branch') {
          await recordTransfer(em, officer, `${c.before} → ${c.after}`, { actor: actorRef, now: session.now });
          officer.branch = ref(row.branch!);
        } else if (c.field === 'accountRoles') officer.roles = row.accountRoles!;
        else if (c.field === 'name') Object.assign(officer, { name: c.after, nameInitials: nameInitialsOf(v.name!) });
        else Object.assign(officer, { [c.field]: c.after ?? undefined });
      }
    }
    await em.flush();
    for (const row of chunk) {
      audit(em, who, {
        action: 'importOfficer',
        subjectType: 'Officer',
        subjectId: row.officer!.id,
        detail: auditDetail(row),
      });
    }
    await em.flush();
    progress({ phase: 'write', done: Math.min(i + STEP, changed.length), total: changed.length });
  }
  if (changed.length === 0) progress({ phase: 'write', done: 0, total: 0 });
}

function auditDetail(row: PlannedRow) {
  const line = row.line;
  if (row.status === 'new') {
    const v = row.values;
    const after = {
      branchId: row.branch!.id,
      branchName: row.branch!.name,
      name: v.name,
      badgeNumber: v.badgeNumber,
      category: v.category,
      position: v.position ?? null,
      phone: v.phone ?? null,
      isMentor: v.roles!.includes('MENTOR'),
    };
    return { line, before: null, after };
  }
  const pick = (side: 'before' | 'after') => Object.fromEntries(row.changes.map((c) => [c.field, c[side]]));
  return { line, badgeNumber: row.badgeNumber, before: pick('before'), after: pick('after') };
}
