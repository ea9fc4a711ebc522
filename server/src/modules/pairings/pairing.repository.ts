import { type EntityManager, type FilterQuery, type QBFilterQuery, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { PairingStatus } from '@tongxin/schema';
import { andWhere } from '../../common/authz.js';
import { type Page, type PageArgs, emptyPage } from '../../common/connection.js';
import { ScopedRepository } from '../../common/scoped.repository.js';
import { Visit } from '../visits/visit.entity.js';
import { parseId } from '../../common/parse.js';
import type { PairingFilter } from './pairing.inputs.js';
import { PairingMentor } from './pairing-mentor.entity.js';
import { LIVE_STATUSES } from './pairing-rules.js';
import type { PairingOrderBy } from './pairing.types.js';
import { Pairing } from './pairing.entity.js';

const sql = (em: EntityManager) => em as SqlEntityManager;

/** Strip LIKE wildcards: names and badge numbers never contain them. */
export function likeTerm(search: string): string {
  return search.trim().replace(/[%_\\]/g, '');
}

/** Officer ids that are the mentee of a live pairing, as a subquery for `id: { $in }`. */
export function liveMenteeIdsSubquery(em: EntityManager) {
  return sql(em)
    .createQueryBuilder(Pairing, 'lp')
    .select('lp.mentee')
    .where({ status: { $in: [...LIVE_STATUSES] } })
    .getKnexQuery();
}

function awaitingAcknowledgmentSubquery(em: EntityManager) {
  return sql(em).createQueryBuilder(Visit, 'av').select('av.pairing').where({ acknowledgedAt: null }).getKnexQuery();
}

/** The user's filter as a WHERE (without the viewer's scope). */
export function pairingFilterWhere(em: EntityManager, filter: PairingFilter, now: Date): FilterQuery<Pairing> {
  const parts: FilterQuery<Pairing>[] = [];
  if (filter.status?.length) parts.push({ status: { $in: filter.status } });
  if (filter.reason) parts.push({ reason: filter.reason });
  if (filter.branchId != null) parts.push({ branch: parseId('filter.branchId', filter.branchId) });
  if (filter.menteeId != null) parts.push({ mentee: parseId('filter.menteeId', filter.menteeId) });
  if (filter.mentorId != null) {
    parts.push({ mentorLinks: { $some: { officer: parseId('filter.mentorId', filter.mentorId), endedAt: null } } });
  }
  if (filter.needsAttention === true) parts.push({ attention: { $ne: null } });
  if (filter.needsAttention === false) parts.push({ attention: null });
  if (filter.overdue === true) parts.push({ status: PairingStatus.ACTIVE, nextContactDue: { $lt: now } });
  if (filter.overdue === false) {
    parts.push({ $or: [{ status: { $ne: PairingStatus.ACTIVE } }, { nextContactDue: { $gte: now } }] });
  }
  if (filter.awaitingAcknowledgment != null) {
    const op = filter.awaitingAcknowledgment ? '$in' : '$nin';
    parts.push({ id: { [op]: awaitingAcknowledgmentSubquery(em) } } as FilterQuery<Pairing>);
  }
  const term = filter.search ? likeTerm(filter.search) : '';
  if (term) {
    parts.push({
      mentee: {
        $or: [
          { name: { $like: `%${term}%` } },
          { nameInitials: { $like: `${term.toLowerCase()}%` } },
          { badgeNumber: { $like: `${term}%` } },
        ],
      },
    });
  }
  if (parts.length === 0) return {};
  return parts.length === 1 ? parts[0] : { $and: parts };
}

const ORDER: Record<PairingOrderBy, Record<string, 'asc' | 'desc'>> = {
  // The status column holds the enum's names as text: 'ACTIVE' sorts before 'IN_REVIEW', and the
  // default filter keeps the closed statuses (which would sort between them) out.
  OVERDUE: { status: 'asc', nextContactDue: 'asc' },
  NEXT_CONTACT_DUE: { nextContactDue: 'asc' },
  START_DATE: { startDate: 'desc' },
  UPDATED_AT: { updatedAt: 'desc' },
};

const isLive = (status: PairingStatus) => LIVE_STATUSES.includes(status);

/**
 * What a list without a status filter or an order shows: the live pairings (closed ones have no
 * next contact to keep), most overdue first. Closed statuses are there when asked for by name,
 * then most recently changed first unless the caller sorts otherwise.
 */
export function listDefaults(
  filter: PairingFilter,
  orderBy: PairingOrderBy | null | undefined,
): { filter: PairingFilter; orderBy: PairingOrderBy } {
  const statuses = filter.status?.length ? filter.status : [...LIVE_STATUSES];
  const fallback = statuses.every(isLive) ? 'OVERDUE' : 'UPDATED_AT';
  return { filter: { ...filter, status: statuses }, orderBy: orderBy ?? fallback };
}

/**
 * Pairings' queries and the one write that bypasses the entity (the contact dates). The counts
 * are GROUP BY statements over a pairing's rows in other tables, kept here because a pairing's
 * loaders ask for them.
 */
export class PairingRepository extends ScopedRepository<Pairing> {
  /**
   * One page of the pairings in scope: the scope and the filter in one SQL statement. The pairings
   * are rows (common/plain-rows.ts): a page is only read.
   */
  page(
    scope: FilterQuery<Pairing> | null,
    filterArg: PairingFilter,
    orderArg: PairingOrderBy | null | undefined,
    args: PageArgs,
    now: Date,
  ): Promise<Page<Pairing>> {
    if (scope === null) return Promise.resolve(emptyPage());
    const { filter, orderBy } = listDefaults(filterArg, orderArg);
    return this.scopedRowPage(scope, [pairingFilterWhere(this.em, filter, now)], args, ORDER[orderBy]);
  }

  /**
   * Live pairings in which each officer holds an open mentor term; one GROUP BY statement. Not
   * scoped by the viewer: a mentor's load is a number the bureau's limit is about, wherever the
   * pairings are.
   */
  async countLiveMentoring(officerIds: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    if (officerIds.length === 0) return counts;
    const rows = await this.em
      .createQueryBuilder(PairingMentor, 'pm')
      .select([raw('pm.officer_id as officer_id'), raw('count(distinct pm.pairing_id) as n')])
      .join('pm.pairing', 'p')
      .where({ officer: { $in: [...officerIds] }, endedAt: null, pairing: { status: { $in: [...LIVE_STATUSES] } } })
      .groupBy('pm.officer')
      .execute<{ officer_id: number | string; n: number | string }[]>('all', false);
    for (const row of rows) counts.set(Number(row.officer_id), Number(row.n));
    return counts;
  }

  /** Visits per pairing and kind among those in the visit scope; one GROUP BY statement. */
  async countVisitsByKind(
    visitScope: FilterQuery<Visit> | null,
    pairingIds: readonly number[],
  ): Promise<Map<number, Map<string, number>>> {
    const result = new Map<number, Map<string, number>>();
    if (visitScope === null || pairingIds.length === 0) return result;
    const rows = await this.em
      .createQueryBuilder(Visit, 'v')
      .select([raw('v.pairing_id as pairing_id'), raw('v.kind as kind'), raw('count(*) as n')])
      .where(andWhere<Visit>(visitScope, { pairing: { $in: [...pairingIds] } }) as QBFilterQuery<Visit>)
      .groupBy(['v.pairing', 'v.kind'])
      .execute<{ pairing_id: number | string; kind: string; n: number | string }[]>('all', false);
    for (const row of rows) {
      const id = Number(row.pairing_id);
      const byKind = result.get(id) ?? new Map<string, number>();
      byKind.set(row.kind, Number(row.n));
      result.set(id, byKind);
    }
    return result;
  }

  /** Live pairings of these mentees that are in scope; one statement. */
  findLiveOfMentees(scope: FilterQuery<Pairing> | null, menteeIds: readonly number[]): Promise<Pairing[]> {
    if (scope === null || menteeIds.length === 0) return Promise.resolve([]);
    return this.find(
      andWhere<Pairing>(scope, { mentee: { $in: [...menteeIds] }, status: { $in: [...LIVE_STATUSES] } }),
    );
  }

  /**
   * Sets a pairing's last contact and next due date with a plain UPDATE, not through the entity:
   * logging a contact is not an edit of the pairing, so it must not bump the pairing's version and
   * turn a secretary's open edit form into a CONFLICT.
   */
  async writeContact(pairing: Pairing, last: Date | null, nextDue: Date): Promise<void> {
    // MikroORM's UPDATE (query builder or nativeUpdate) adds `version = version + 1` unless the data
    // names the version itself; naming it as its own value keeps it, even against a concurrent edit
    // (a literal read earlier could undo that edit's bump).
    await this.createQueryBuilder()
      .update({ lastContactAt: last, nextContactDue: nextDue, version: raw('version') })
      .where({ id: pairing.id })
      .execute();
    // Keep the loaded instance in step (the mutation's answer may show it) without marking it dirty.
    await this.em.refresh(pairing);
  }
}
