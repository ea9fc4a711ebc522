import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { AppContext } from '../../common/context.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import { overlapping } from '../dashboard/dashboard.repository.js';
import { type ReportScope, readableIn } from '../dashboard/report-scope.js';
import { ForumAttendance } from '../forums/forum-attendance.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { Problem } from '../problems/problem.entity.js';
import type { ForumRecords } from './ledger-forums.js';
import { PairingMentor } from '../pairings/pairing-mentor.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { OutcomeReview } from '../reviews/outcome-review.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';

/** The records of one ledger: each list read through the viewer's own scope for its record type. */
export interface LedgerRecords extends ForumRecords {
  pairings: Pairing[];
  /** Current mentor terms of those pairings (lead first). */
  mentors: Map<number, PairingMentor[]>;
  visits: Visit[];
  talks: Talk[];
  actionItems: ActionItem[];
  reviews: OutcomeReview[];
}

async function find<T extends object>(
  em: EntityManager,
  entity: new () => T,
  where: FilterQuery<T> | null,
  populate: string[],
  orderBy: Record<string, 'asc' | 'desc'>,
): Promise<T[]> {
  if (where === null) return [];
  return em.find(entity, where, { populate: populate as never[], orderBy: orderBy as never, strategy: 'joined' });
}

/**
 * A ledger's records, each list through the viewer's read scope for its record type.
 *
 * A report repository, not an `EntityRepository`: it reads every record kind of a period at once,
 * so it is a plain class built on the request's EntityManager, like DashboardRepository and
 * EvidenceRepository.
 */
export class LedgerRepository {
  constructor(private readonly em: EntityManager) {}

  records(ability: AppContext['ability'], scope: ReportScope): Promise<LedgerRecords> {
    return loadLedgerRecords(this.em, { ability }, scope);
  }
}

/**
 * One statement per record kind (people and branches joined), plus one for the pairings that
 * records of the period refer to but whose planned span lies outside it, plus one for mentors.
 */
async function loadLedgerRecords(
  em: EntityManager,
  ctx: Pick<AppContext, 'ability'>,
  scope: ReportScope,
): Promise<LedgerRecords> {
  const during = { $gte: scope.fromInstant, $lt: scope.toInstant };
  const [pairings, visits, talks, actionItems, reviews] = await Promise.all([
    find(em, Pairing, readableIn<Pairing>(ctx, 'Pairing', scope, overlapping(scope)), ['mentee', 'branch'], {
      startDate: 'asc',
      id: 'asc',
    }),
    find(em, Visit, readableIn<Visit>(ctx, 'Visit', scope, { occurredAt: during }), ['mentee', 'author', 'branch'], {
      occurredAt: 'asc',
      id: 'asc',
    }),
    find(em, Talk, readableIn<Talk>(ctx, 'Talk', scope, { occurredAt: during }), ['talker', 'talkee', 'branch'], {
      occurredAt: 'asc',
      id: 'asc',
    }),
    find(
      em,
      ActionItem,
      readableIn<ActionItem>(ctx, 'ActionItem', scope, { dueDate: { $gte: scope.from, $lte: scope.to } }),
      ['owner', 'branch'],
      { dueDate: 'asc', id: 'asc' },
    ),
    find(
      em,
      OutcomeReview,
      readableIn<OutcomeReview>(ctx, 'OutcomeReview', scope, { createdAt: during }),
      ['reviewer', 'mentee', 'branch'],
      { createdAt: 'asc', id: 'asc' },
    ),
  ]);

  const known = new Set(pairings.map((p) => p.id));
  const referenced = new Set<number>();
  for (const r of [...visits, ...talks, ...actionItems, ...reviews]) {
    const id = r.pairing?.id;
    if (id != null && !known.has(id)) referenced.add(id);
  }
  if (referenced.size > 0) {
    const more = await find(
      em,
      Pairing,
      readableIn<Pairing>(ctx, 'Pairing', scope, { id: { $in: [...referenced] } }),
      ['mentee', 'branch'],
      { startDate: 'asc', id: 'asc' },
    );
    pairings.push(...more);
    pairings.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id);
  }

  const mentors = new Map<number, PairingMentor[]>(pairings.map((p) => [p.id, []]));
  if (pairings.length > 0) {
    const terms = await em.find(
      PairingMentor,
      { pairing: { $in: pairings.map((p) => p.id) }, endedAt: null },
      { populate: ['officer'], orderBy: { role: 'asc', startedAt: 'asc', id: 'asc' }, strategy: 'joined' },
    );
    for (const t of terms) mentors.get(t.pairing.id)?.push(t);
  }
  return { pairings, mentors, visits, talks, actionItems, reviews, ...(await loadForumRecords(em, ctx, scope)) };
}

/** Forums held and problems raised in the period, in the viewer's scope; three statements. */
async function loadForumRecords(
  em: EntityManager,
  ctx: Pick<AppContext, 'ability'>,
  scope: ReportScope,
): Promise<ForumRecords> {
  const during = { $gte: scope.fromInstant, $lt: scope.toInstant };
  const [forums, problems] = await Promise.all([
    find(em, Forum, readableIn<Forum>(ctx, 'Forum', scope, { occurredAt: during }), ['host', 'branch'], {
      occurredAt: 'asc',
      id: 'asc',
    }),
    find(
      em,
      Problem,
      readableIn<Problem>(ctx, 'Problem', scope, { raisedAt: during }),
      ['category', 'branch', 'owner', 'ownerBranch', 'raisedBy'],
      { raisedAt: 'asc', id: 'asc' },
    ),
  ]);
  const attendance = new Map(forums.map((f) => [f.id, { listed: 0, present: 0 }]));
  if (forums.length > 0) {
    const rows = await em.find(
      ForumAttendance,
      { forum: { $in: forums.map((f) => f.id) } },
      { fields: ['forum', 'present'] },
    );
    for (const r of rows) {
      const c = attendance.get(r.forum.id)!;
      c.listed += 1;
      if (r.present) c.present += 1;
    }
  }
  return { forums, attendance, problems };
}
