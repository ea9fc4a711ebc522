import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Action, AppAbility, PlainReason, SubjectName, SubjectRecord } from '@tongxin/schema';
import { rulesToCondition } from '@casl/ability/extra';
import type { AppContext } from './context.js';
import { forbidden, notFound, unauthenticated } from './errors.js';
import { toSubject } from './subject.js';

/**
 * The viewer's rules for `action` on `subject` as a MikroORM WHERE. `null` means nothing is
 * permitted (callers return an empty page without querying); `{}` means no restriction.
 * CASL's Mongo operators ($in, $ne, $and, $or, $not) are MikroORM's too, so conditions pass through.
 */
export function scopeWhere<T extends object>(
  ability: AppAbility,
  action: Action,
  subject: SubjectName,
): FilterQuery<T> | null {
  const condition = rulesToCondition(
    ability.rulesFor(action, subject),
    (rule) => (rule.inverted ? { $not: rule.conditions } : (rule.conditions ?? {})),
    {
      and: (c) => ({ $and: c }),
      or: (c) => (c.length === 1 ? c[0] : { $or: c }),
      empty: () => ({}),
    },
  );
  return condition as FilterQuery<T> | null;
}

/** Combine the viewer's scope with the caller's own filter. */
export function andWhere<T extends object>(scope: FilterQuery<T>, filter: FilterQuery<T>): FilterQuery<T> {
  const parts = [scope, filter].filter((p) => p && Object.keys(p as object).length > 0);
  if (parts.length === 0) return {} as FilterQuery<T>;
  if (parts.length === 1) return parts[0];
  return { $and: parts } as FilterQuery<T>;
}

export function subjectOf(ctx: Pick<AppContext, 'subjects'>, type: SubjectName, entity: object): SubjectRecord {
  let record = ctx.subjects.get(entity) as SubjectRecord | undefined;
  if (!record) {
    record = toSubject(type, entity);
    ctx.subjects.set(entity, record);
  }
  return record;
}

/**
 * The one field rule: may the viewer read `field` of this record? The GraphQL field middleware,
 * the pairing timeline and the ledger files all ask here, so a field hidden from a role by the
 * rules in `schema/` is hidden from every way out of the server at once.
 */
export function canReadField(
  ctx: Pick<AppContext, 'ability' | 'subjects'>,
  type: SubjectName,
  entity: object,
  field: string,
): boolean {
  const subject = subjectOf(ctx, type, entity);
  if (readRulesNameFields(ctx.ability, type)) return ctx.ability.can('read', subject, field);
  // No read rule of this viewer for this type names fields: CASL then gives every field the
  // record's own answer, so it is asked once per record (and view) instead of once per field.
  let reads = recordReads.get(ctx.ability);
  if (!reads) recordReads.set(ctx.ability, (reads = new WeakMap()));
  let readable = reads.get(subject);
  if (readable === undefined) {
    readable = ctx.ability.can('read', subject);
    reads.set(subject, readable);
  }
  return readable;
}

/**
 * Per ability (one per request, replaced on login) and record view (`subjectOf`, dropped when the
 * record changes): may the viewer read the record at all.
 */
const recordReads = new WeakMap<AppAbility, WeakMap<SubjectRecord, boolean>>();
/** Per ability (one per request) and type: does any read rule restrict fields. */
const fieldRestricted = new WeakMap<AppAbility, Map<SubjectName, boolean>>();

function readRulesNameFields(ability: AppAbility, type: SubjectName): boolean {
  let byType = fieldRestricted.get(ability);
  if (!byType) fieldRestricted.set(ability, (byType = new Map()));
  let restricted = byType.get(type);
  if (restricted === undefined) {
    restricted = ability.rulesFor('read', type).some((rule) => rule.fields !== undefined);
    byType.set(type, restricted);
  }
  return restricted;
}

export function requireViewer(ctx: AppContext) {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** Throws FORBIDDEN unless the viewer may do `action` on this very record. */
export function assertCan(ctx: AppContext, action: Action, type: SubjectName, entity: object, reason?: PlainReason) {
  // A fresh view, not cached: the mutation is about to change the record, and the fields of the
  // record it returns must be judged on what it is afterwards.
  ctx.subjects.delete(entity);
  if (!ctx.ability.can(action, toSubject(type, entity))) throw forbidden(reason);
}

/**
 * Load a record by id inside the viewer's read scope. Out of scope and missing are the same
 * answer: null. One SQL statement.
 */
export async function findReadable<T extends object>(
  ctx: AppContext,
  entity: EntityName<T>,
  subject: SubjectName,
  id: number,
  em: EntityManager = ctx.em,
): Promise<T | null> {
  const scope = scopeWhere<T>(ctx.ability, 'read', subject);
  if (scope === null) return null;
  return em.findOne(entity, andWhere<T>(scope, { id } as FilterQuery<T>));
}

/** As findReadable, but NOT_FOUND for mutations. */
export async function getReadableOrFail<T extends object>(
  ctx: AppContext,
  entity: EntityName<T>,
  subject: SubjectName,
  id: number,
  what: PlainReason,
  em: EntityManager = ctx.em,
): Promise<T> {
  const found = await findReadable(ctx, entity, subject, id, em);
  if (!found) throw notFound(what);
  return found;
}
