import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppContext } from '../../common/context.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import { overlapping } from '../dashboard/dashboard.repository.js';
import { type ReportScope, readableIn } from '../dashboard/report-scope.js';
import { PairingMentor } from '../pairings/pairing-mentor.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { OutcomeReview } from '../reviews/outcome-review.entity.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { ForumAttendance } from '../forums/forum-attendance.entity.js';
import { Forum } from '../forums/forum.entity.js';
import { Problem } from '../problems/problem.entity.js';
import type { Attendance } from './ledger-forums.js';

/** Records read per statement: what a ledger holds in memory at a time, whatever its size. */
export const LEDGER_BATCH = 500;

/** The records of one ledger kind, in the ledger's order, a batch at a time. */
export type Batches<T> = AsyncIterable<T[]>;

/** Each record kind of a ledger, read in batches through the viewer's own scope for its type. */
export interface LedgerBatches {
  pairings: Batches<Pairing>;
  visits: Batches<Visit>;
  talks: Batches<Talk>;
  actionItems: Batches<ActionItem>;
  reviews: Batches<OutcomeReview>;
  forums: Batches<Forum>;
  problems: Batches<Problem>;
}

type Ability = AppContext['ability'];

/**
 * A ledger's records, each kind through the viewer's read scope for its record type, read in
 * keyset batches ((sort key, id) after the last row of the batch before) so that a ledger of any
 * size holds one batch in memory. Batches are read past the request's identity map
 * (`disableIdentityMap`): what was written is let go once its batch is.
 *
 * A report repository, not an `EntityRepository`: it reads every record kind of a period, so it is
 * a plain class built on the request's EntityManager, like DashboardRepository and
 * EvidenceRepository.
 */
export class LedgerRepository {
  constructor(private readonly em: EntityManager) {}

  /** Every kind's batches. Pairings: those of the period, and those the period's records refer to. */
  async batches(ability: Ability, scope: ReportScope): Promise<LedgerBatches> {
    const ctx = { ability };
    const during = { $gte: scope.fromInstant, $lt: scope.toInstant };
    const visits = readableIn<Visit>(ctx, 'Visit', scope, { occurredAt: during });
    const talks = readableIn<Talk>(ctx, 'Talk', scope, { occurredAt: during });
    const actionItems = readableIn<ActionItem>(ctx, 'ActionItem', scope, {
      dueDate: { $gte: scope.from, $lte: scope.to },
    });
    const reviews = readableIn<OutcomeReview>(ctx, 'OutcomeReview', scope, { createdAt: during });
    const forums = readableIn<Forum>(ctx, 'Forum', scope, { occurredAt: during });
    const problems = readableIn<Problem>(ctx, 'Problem', scope, { raisedAt: during });
    const referenced = new Set<number>();
    for (const [entity, where] of [
      [Visit, visits],
      [Talk, talks],
      [ActionItem, actionItems],
      [OutcomeReview, reviews],
    ] as const) {
      for (const id of await this.pairingIdsOf(entity, where as FilterQuery<object> | null)) referenced.add(id);
    }
    const period = overlapping(scope) as FilterQuery<Pairing>;
    const pairings = readableIn<Pairing>(
      ctx,
      'Pairing',
      scope,
      referenced.size ? ({ $or: [period, { id: { $in: [...referenced] } }] } as FilterQuery<Pairing>) : period,
    );
    return {
      pairings: this.keyset(Pairing, pairings, ['mentee', 'branch'], 'startDate'),
      visits: this.keyset(Visit, visits, ['mentee', 'author', 'branch'], 'occurredAt'),
      talks: this.keyset(Talk, talks, ['talker', 'talkee', 'branch'], 'occurredAt'),
      actionItems: this.keyset(ActionItem, actionItems, ['owner', 'branch'], 'dueDate'),
      reviews: this.keyset(OutcomeReview, reviews, ['reviewer', 'mentee', 'branch'], 'createdAt'),
      forums: this.keyset(Forum, forums, ['host', 'branch'], 'occurredAt'),
      problems: this.keyset(Problem, problems, ['category', 'branch', 'owner', 'ownerBranch', 'raisedBy'], 'raisedAt'),
    };
  }

  /** The current mentor terms of these pairings (lead first), by pairing. */
  async mentorsOf(pairingIds: number[]): Promise<Map<number, PairingMentor[]>> {
    const mentors = new Map<number, PairingMentor[]>(pairingIds.map((id) => [id, []]));
    if (pairingIds.length === 0) return mentors;
    const terms = await this.em.find(
      PairingMentor,
      { pairing: { $in: pairingIds }, endedAt: null },
      {
        populate: ['officer'],
        orderBy: { role: 'asc', startedAt: 'asc', id: 'asc' },
        strategy: 'joined',
        disableIdentityMap: true,
      },
    );
    for (const t of terms) mentors.get(t.pairing.id)?.push(t);
    return mentors;
  }

  /** Attendees listed and present at each of these forums. */
  async attendanceOf(forumIds: number[]): Promise<Map<number, Attendance>> {
    const counts = new Map<number, Attendance>(forumIds.map((id) => [id, { listed: 0, present: 0 }]));
    if (forumIds.length === 0) return counts;
    const rows = await this.em.find(
      ForumAttendance,
      { forum: { $in: forumIds } },
      { fields: ['forum', 'present'], disableIdentityMap: true },
    );
    for (const r of rows) {
      const c = counts.get(r.forum.id);
      if (!c) continue;
      c.listed += 1;
      if (r.present) c.present += 1;
    }
    return counts;
  }

  /** The distinct pairings the records of one kind refer to (ids only). */
  private async pairingIdsOf(entity: new () => object, where: FilterQuery<object> | null): Promise<number[]> {
    if (where === null) return [];
    const rows = await (this.em as SqlEntityManager)
      .createQueryBuilder(entity, 'r')
      .select('r.pairing', true)
      .where(where)
      .andWhere({ pairing: { $ne: null } })
      .execute<{ pairing: number | null }[]>('all', true);
    return rows.flatMap((r) => (r.pairing == null ? [] : [Number(r.pairing)]));
  }

  /** The records matching `where`, sorted by (`key`, id), LEDGER_BATCH at a time. */
  private keyset<T extends { id: number }>(
    entity: new () => T,
    where: FilterQuery<T> | null,
    populate: string[],
    key: keyof T & string,
  ): Batches<T> {
    const em = this.em;
    return {
      async *[Symbol.asyncIterator]() {
        if (where === null) return;
        let after: FilterQuery<T> | null = null;
        for (;;) {
          const batch: T[] = await em.find(entity, after ? ({ $and: [where, after] } as FilterQuery<T>) : where, {
            populate: populate as never[],
            orderBy: { [key]: 'asc', id: 'asc' } as never,
            strategy: 'joined',
            limit: LEDGER_BATCH,
            disableIdentityMap: true,
          });
          if (batch.length === 0) return;
          yield batch;
          if (batch.length < LEDGER_BATCH) return;
          const last = batch[batch.length - 1];
          after = {
            $or: [{ [key]: { $gt: last[key] } }, { [key]: last[key], id: { $gt: last.id } }],
          } as FilterQuery<T>;
        }
      },
    };
  }
}
