import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { PairingStatus, type SubjectName, VisitKind } from '@tongxin/schema';
import { andWhere, scopeWhere } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import { ActionItem } from '../action-items/action-item.entity.js';
import { num, runQuery, selectFrom, sqlDialect } from '../dashboard/sql-dialect.js';
import type { Pairing } from '../pairings/pairing.entity.js';
import { VisitKindCount } from '../pairings/pairing.types.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { PairingEvidence } from './review.types.js';

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The day a pairing's figures run to: today while it runs, the day it closed otherwise. */
function asOfDate(p: Pairing, today: string): string {
  const open = p.status === PairingStatus.ACTIVE || p.status === PairingStatus.IN_REVIEW;
  const closed = localDate(p.updatedAt);
  return open || closed > today ? today : closed;
}

interface Counts {
  kinds: Map<string, number>;
  acknowledged: number;
  talks: number;
  windows: Set<number>;
  done: number;
  open: number;
  overdue: number;
  dropped: number;
}

/**
 * Evidence for a page of pairings in three GROUP BY statements (visits, talks, action items),
 * each through the viewer's own read scope for that record type. Contact windows are numbered
 * in SQL: window i covers [start + i·interval, start + (i+1)·interval) in the bureau's time.
 *
 * A report repository, not an `EntityRepository`: its statements span several tables and answer
 * rows no entity owns, so it is a plain class built on the request's EntityManager, like
 * DashboardRepository and LedgerRepository.
 */
export class EvidenceRepository {
  constructor(private readonly em: EntityManager) {}

  load(ability: AppContext['ability'], now: Date, pairings: readonly Pairing[]): Promise<PairingEvidence[]> {
    return loadEvidence(this.em as SqlEntityManager, ability, now, pairings);
  }
}

async function loadEvidence(
  em: SqlEntityManager,
  ability: AppContext['ability'],
  now: Date,
  pairings: readonly Pairing[],
): Promise<PairingEvidence[]> {
  const d = sqlDialect(em);
  const knex = d.knex;
  const ids = pairings.map((p) => p.id);
  const today = localDate(now);
  const counts = new Map<number, Counts>(
    ids.map((id) => [
      id,
      { kinds: new Map(), acknowledged: 0, talks: 0, windows: new Set(), done: 0, open: 0, overdue: 0, dropped: 0 },
    ]),
  );

  const where = <T extends object>(subject: SubjectName) => {
    const scope = scopeWhere<T>(ability, 'read', subject);
    return scope === null ? null : andWhere<T>(scope, { pairing: { $in: ids } } as unknown as FilterQuery<T>);
  };
  const start = d.dayStart('p.start_date');
  const windowOf = (alias: string) =>
    knex.raw(
      `case when ${alias}.occurred_at >= ${start} then ${d.windowIndex(`${alias}.occurred_at`, start, 'p.contact_interval_days')} else -1 end`,
    );
  const contacts = <T extends object>(entity: EntityName<T>, alias: string, filter: FilterQuery<T>) =>
    selectFrom(em, entity, alias, filter, [`${alias}.pairing`, 'p']);

  const visitWhere = where<Visit>('Visit');
  const talkWhere = where<Talk>('Talk');
  const itemWhere = where<ActionItem>('ActionItem');
  const [visitRows, talkRows, itemRows] = await Promise.all([
    visitWhere
      ? runQuery(
          em,
          contacts(Visit, 'v', visitWhere)
            .select(
              'v.pairing_id',
              'v.kind',
              knex.raw(`${windowOf('v').toQuery()} as win`),
              knex.raw('count(*) as n'),
              knex.raw('count(v.acknowledged_at) as acked'),
            )
            .groupBy('v.pairing_id', 'v.kind', windowOf('v')),
        )
      : [],
    talkWhere
      ? runQuery(
          em,
          contacts(Talk, 't', talkWhere)
            .select('t.pairing_id', knex.raw(`${windowOf('t').toQuery()} as win`), knex.raw('count(*) as n'))
            .groupBy('t.pairing_id', windowOf('t')),
        )
      : [],
    itemWhere
      ? runQuery(
          em,
          selectFrom(em, ActionItem, 'a', itemWhere)
            .select(
              'a.pairing_id',
              knex.raw(`sum(case when a.status = 'DONE' then 1 else 0 end) as done`),
              knex.raw(`sum(case when a.status = 'OPEN' then 1 else 0 end) as open`),
              knex.raw(`sum(case when a.status = 'OPEN' and a.due_date < ? then 1 else 0 end) as overdue`, [today]),
              knex.raw(`sum(case when a.status = 'DROPPED' then 1 else 0 end) as dropped`),
            )
            .groupBy('a.pairing_id'),
        )
      : [],
  ]);

  for (const r of visitRows) {
    const c = counts.get(num(r.pairing_id));
    if (!c) continue;
    const kind = String(r.kind);
    c.kinds.set(kind, (c.kinds.get(kind) ?? 0) + num(r.n));
    c.acknowledged += num(r.acked);
    if (num(r.win) >= 0) c.windows.add(num(r.win));
  }
  for (const r of talkRows) {
    const c = counts.get(num(r.pairing_id));
    if (!c) continue;
    c.talks += num(r.n);
    if (num(r.win) >= 0) c.windows.add(num(r.win));
  }
  for (const r of itemRows) {
    const c = counts.get(num(r.pairing_id));
    if (!c) continue;
    Object.assign(c, { done: num(r.done), open: num(r.open), overdue: num(r.overdue), dropped: num(r.dropped) });
  }

  return pairings.map((p) => {
    const c = counts.get(p.id)!;
    const asOf = asOfDate(p, today);
    const elapsed = Math.max(0, daysBetween(p.startDate, asOf));
    // Every elapsed window counts; the running one only once it is met (it cannot be missed yet).
    const complete = Math.floor(elapsed / p.contactIntervalDays);
    const current = c.windows.has(complete) ? 1 : 0;
    const met = [...c.windows].filter((w) => w < complete).length + current;
    const intervals = complete + current;
    const visitCount = [...c.kinds.values()].reduce((s, n) => s + n, 0);
    return Object.assign(new PairingEvidence(), {
      summary: p.reviewSummary ?? null,
      submittedAt: p.submittedAt ?? null,
      asOf,
      durationDays: elapsed,
      visitsByKind: Object.values(VisitKind).map((kind) =>
        Object.assign(new VisitKindCount(), { kind, count: c.kinds.get(kind) ?? 0 }),
      ),
      visitCount,
      acknowledgedVisits: c.acknowledged,
      acknowledgmentRate: visitCount > 0 ? c.acknowledged / visitCount : null,
      actionItemsDone: c.done,
      actionItemsOpen: c.open,
      actionItemsOverdue: c.overdue,
      actionItemsDropped: c.dropped,
      talkCount: c.talks,
      contactIntervals: intervals,
      contactIntervalsMet: met,
      contactRegularity: intervals > 0 ? met / intervals : null,
    });
  });
}
