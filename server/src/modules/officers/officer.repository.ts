import type { FilterQuery } from '@mikro-orm/core';
import { andWhere, scopeWhere } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { type Page, type PageArgs, emptyPage, paginate } from '../../common/connection.js';
import { parseId } from '../pairings/ids.js';
import { likeTerm, liveMenteeIdsSubquery } from '../pairings/pairing.repository.js';
import { Officer } from './officer.entity.js';
import type { OfficerFilter } from './officer.types.js';

function officerFilterWhere(ctx: AppContext, filter: OfficerFilter): FilterQuery<Officer> {
  const parts: FilterQuery<Officer>[] = [];
  if (!filter.includeDisabled) parts.push({ disabled: false });
  if (filter.branchId != null) parts.push({ branch: parseId(filter.branchId, 'filter.branchId') });
  if (filter.category) parts.push({ category: filter.category });
  if (filter.isMentor != null) parts.push({ isMentor: filter.isMentor });
  if (filter.flagged === true) parts.push({ flaggedReason: { $ne: null } });
  if (filter.flagged === false) parts.push({ flaggedReason: null });
  if (filter.paired != null) {
    const op = filter.paired ? '$in' : '$nin';
    parts.push({ id: { [op]: liveMenteeIdsSubquery(ctx.em) } } as FilterQuery<Officer>);
  }
  const term = filter.search ? likeTerm(filter.search) : '';
  if (term) {
    parts.push({
      $or: [
        { name: { $like: `%${term}%` } },
        { nameInitials: { $like: `${term.toLowerCase()}%` } },
        { badgeNumber: { $like: `${term}%` } },
      ],
    });
  }
  if (parts.length === 0) return {};
  return parts.length === 1 ? parts[0] : { $and: parts };
}

/** One page of the officers the viewer may read, by name; one SQL statement. */
export async function listOfficers(ctx: AppContext, filter: OfficerFilter, page: PageArgs): Promise<Page<Officer>> {
  const scope = scopeWhere<Officer>(ctx.ability, 'read', 'Officer');
  if (scope === null) return emptyPage();
  return paginate(ctx.em, Officer, andWhere(scope, officerFilterWhere(ctx, filter)), page, { name: 'asc' });
}
