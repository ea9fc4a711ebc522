import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { type Page, type PageArgs, emptyPage } from '../../common/connection.js';
import { ScopedRepository } from '../../common/scoped.repository.js';
import { parseId } from '../../common/parse.js';
import { likeTerm, liveMenteeIdsSubquery } from '../pairings/pairing.repository.js';
import type { Officer } from './officer.entity.js';
import type { OfficerFilter } from './officer.types.js';

/**
 * How a person is found by what a user types: part of the name, the start of the pinyin initials
 * (wj for 王俊) or of the badge number. Records about a person (visits, talks, items) nest it
 * under their relation, so every search box matches people the same way. null for a blank search.
 */
export function officerSearchWhere(search: string | null | undefined): FilterQuery<Officer> | null {
  const term = search ? likeTerm(search) : '';
  if (!term) return null;
  return {
    $or: [
      { name: { $like: `%${term}%` } },
      { nameInitials: { $like: `${term.toLowerCase()}%` } },
      { badgeNumber: { $like: `${term}%` } },
    ],
  };
}

function officerFilterWhere(em: EntityManager, filter: OfficerFilter): FilterQuery<Officer> {
  const parts: FilterQuery<Officer>[] = [];
  if (!filter.includeDisabled) parts.push({ disabled: false });
  if (filter.branchId != null) parts.push({ branch: parseId('filter.branchId', filter.branchId) });
  if (filter.category) parts.push({ category: filter.category });
  if (filter.isMentor != null) parts.push({ isMentor: filter.isMentor });
  if (filter.flagged === true) parts.push({ flaggedReason: { $ne: null } });
  if (filter.flagged === false) parts.push({ flaggedReason: null });
  if (filter.paired != null) {
    const op = filter.paired ? '$in' : '$nin';
    parts.push({ id: { [op]: liveMenteeIdsSubquery(em) } } as FilterQuery<Officer>);
  }
  const match = officerSearchWhere(filter.search);
  if (match) parts.push(match);
  if (parts.length === 0) return {};
  return parts.length === 1 ? parts[0] : { $and: parts };
}

/** Officers' queries. */
export class OfficerRepository extends ScopedRepository<Officer> {
  /**
   * One page of the officers holding an account, in the Account scope (`scopeWhere(…, 'Account')`,
   * whose conditions are the officer's own columns), by username; one SQL statement.
   */
  accountPage(
    scope: FilterQuery<Officer> | null,
    filter: { search?: string | null; includeDisabled?: boolean | null },
    args: PageArgs,
  ): Promise<Page<Officer>> {
    if (scope === null) return Promise.resolve(emptyPage());
    const parts: FilterQuery<Officer>[] = [{ username: { $ne: null } }];
    if (!filter.includeDisabled) parts.push({ disabled: false, accountDisabled: false });
    const person = officerSearchWhere(filter.search);
    if (person) {
      parts.push({ $or: [{ username: { $like: `${likeTerm(filter.search!).toLowerCase()}%` } }, person] });
    }
    return this.scopedPage(scope, parts, args, { username: 'asc' });
  }

  /** Those of `ids` who serve in the bureau and have not left; one statement. */
  activeInBureau(bureauId: number, ids: readonly number[]): Promise<Officer[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.find({ id: { $in: [...ids] }, bureau: bureauId, disabled: false });
  }

  /** One page of the officers in scope, by name; one SQL statement. */
  page(scope: FilterQuery<Officer> | null, filter: OfficerFilter, args: PageArgs): Promise<Page<Officer>> {
    if (scope === null) return Promise.resolve(emptyPage());
    return this.scopedPage(scope, [officerFilterWhere(this.em, filter)], args, { name: 'asc' });
  }
}
