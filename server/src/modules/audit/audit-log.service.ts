import type { FilterQuery } from '@mikro-orm/core';
import { andWhere, scopeWhere } from '../../common/authz.js';
import { type Page, type PageArgs, paginate } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { AuditEvent } from './audit-event.entity.js';
import type { AuditEventFilter } from './audit.types.js';

function parseId(field: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput(field, '无效的编号 / Invalid id');
  return n;
}

/** The audit log as the viewer may see it (the committee: their bureau; everyone else: nothing), newest first. */
export async function listAuditEvents(
  ctx: AppContext,
  filter: AuditEventFilter | undefined,
  args: PageArgs,
): Promise<Page<AuditEvent>> {
  const f = filter ?? {};
  if (f.from && f.to && f.from > f.to) throw badInput('to', '结束时间早于开始时间 / "to" is before "from"');
  const scope = scopeWhere<AuditEvent>(ctx.ability, 'read', 'AuditEvent');
  const where: FilterQuery<AuditEvent> = {};
  if (f.action) where.action = f.action;
  if (f.actorId) where.actor = parseId('actorId', f.actorId);
  if (f.subjectType) where.subjectType = f.subjectType;
  if (f.subjectId) where.subjectId = f.subjectId;
  if (f.from || f.to) where.createdAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
  // Append-only: the id is the order of writing.
  return paginate(ctx.em, AuditEvent, scope === null ? null : andWhere(scope, where), args, { id: 'desc' });
}
