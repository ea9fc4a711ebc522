import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Action, AppAbility, NotificationKind, Role, SubjectName, Viewer } from '@tongxin/schema';
import { andWhere, scopeWhere } from '../../common/authz.js';
import type { NotificationSubject } from './notification.entity.js';
import { committeeSources } from './committee.due-source.js';
import { mentorSources } from './mentor.due-source.js';
import { officerSources } from './officer.due-source.js';
import { problemSources } from './problem.due-source.js';
import { secretarySources } from './secretary.due-source.js';

/** The thresholds of the bureau's reminder settings that the due rules read. */
export interface DueThresholds {
  dueSoonDays: number;
  acknowledgeAfterDays: number;
  planEndWindowDays: number;
  branchOverduePercent: number;
}

/** One thing due for one person: names, dates and counts only, never a record's text. */
export interface DueItem {
  kind: NotificationKind;
  subjectType: NotificationSubject;
  subjectId: number;
  label: string;
  /** YYYY-MM-DD, bureau time. */
  dueDate: string | null;
  overdue: boolean;
  count: number | null;
  link: string;
}

/** What a due source is given: the person (their rules), the moment and the thresholds. */
export interface DueContext {
  em: EntityManager;
  viewer: Viewer;
  ability: AppAbility;
  now: Date;
  thresholds: DueThresholds;
  /**
   * The viewer's read scope of a subject joined with the source's own condition, or null when the
   * viewer may read none: a source asks for nothing beyond what its person may read, so nobody is
   * told about a record they cannot open.
   */
  scoped<T extends object>(subject: SubjectName, where: FilterQuery<T>, action?: Action): FilterQuery<T> | null;
}

/**
 * A due rule of one role. Each source is the query of one kind (it builds its SQL like a
 * repository, scoped by `ctx.scoped`); adding a kind is a file exporting a source and one line in
 * DUE_SOURCES.
 */
export interface DueSource {
  kind: NotificationKind;
  role: Role;
  collect(ctx: DueContext): Promise<DueItem[]>;
}

export const DUE_SOURCES: readonly DueSource[] = [
  ...mentorSources,
  ...officerSources,
  ...secretarySources,
  ...committeeSources,
  ...problemSources,
];

export function dueContext(
  em: EntityManager,
  viewer: Viewer,
  ability: AppAbility,
  now: Date,
  thresholds: DueThresholds,
): DueContext {
  return {
    em,
    viewer,
    ability,
    now,
    thresholds,
    scoped<T extends object>(subject: SubjectName, where: FilterQuery<T>, action: Action = 'read') {
      const scope = scopeWhere<T>(ability, action, subject);
      return scope === null ? null : andWhere<T>(scope, where);
    },
  };
}

/**
 * Everything due for one person, from the sources of the roles they hold, one entry per record and
 * kind (a mentor who owns an item of their own pairing is told once). Each source is one or two
 * SQL statements whatever the number of records.
 */
export async function computeDue(ctx: DueContext, roles: readonly Role[]): Promise<DueItem[]> {
  const items = new Map<string, DueItem>();
  for (const source of DUE_SOURCES) {
    if (!roles.includes(source.role)) continue;
    for (const item of await source.collect(ctx)) items.set(dueKey(item), items.get(dueKey(item)) ?? item);
  }
  return [...items.values()];
}

export const dueKey = (i: Pick<DueItem, 'kind' | 'subjectType' | 'subjectId'>) =>
  `${i.kind}:${i.subjectType}:${i.subjectId}`;
