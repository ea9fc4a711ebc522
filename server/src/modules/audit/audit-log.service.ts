import type { FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { andWhere, scopeWhere } from '../../common/authz.js';
import { type Page, type PageArgs, paginate } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { parseId } from '../../common/parse.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventFilter } from './audit.types.js';

/**
 * Events about a record: those whose subject it is, and the read events that name it among
 * several (one event per request lists every record read in its detail's ids).
 */
function subjectMatch(ctx: AppContext, subjectId: string): FilterQuery<AuditEvent>[] {
  const exact: FilterQuery<AuditEvent> = { subjectId };
  // Ids are plain; anything a LIKE pattern would read as a wildcard is only matched exactly.
  if (/[%_\\"]/.test(subjectId)) return [exact];
  const named = (ctx.em as SqlEntityManager)
    .createQueryBuilder(AuditEvent, 'named')
    .select('named.id')
    .where({ action: { $like: 'read:%' } })
    .andWhere('cast(named.detail as text) like ?', [`%${JSON.stringify(subjectId)}%`])
    .getKnexQuery();
  return [exact, { id: { $in: named as never } }];
}

/** The audit log as the viewer may see it (the committee: their bureau; everyone else: nothing), newest first. */
export async function listAuditEvents(
  ctx: AppContext,
  filter: AuditEventFilter | undefined,
  args: PageArgs,
): Promise<Page<AuditEvent>> {
  const f = filter ?? {};
  if (f.from && f.to && f.from > f.to) throw badInput('to', 'END_BEFORE_START');
  const scope = scopeWhere<AuditEvent>(ctx.ability, 'read', 'AuditEvent');
  const where: FilterQuery<AuditEvent> = {};
  if (f.action) where.action = f.action;
  if (f.actorId) where.actor = parseId('actorId', f.actorId);
  if (f.subjectType) where.subjectType = f.subjectType;
  if (f.subjectId) where.$or = subjectMatch(ctx, f.subjectId);
  if (f.from || f.to) where.createdAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
  // Append-only: the id is the order of writing.
  return paginate(ctx.em, AuditEvent, scope === null ? null : andWhere(scope, where), args, { id: 'desc' });
}
