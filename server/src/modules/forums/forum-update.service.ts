import type { EntityManager } from '@mikro-orm/core';
import { assertCan, requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { badInput, conflict, forbidden } from '../../common/errors.js';
import { optionalTexts, parseId, requiredText } from '../../common/parse.js';
import { hasChanges, inTransaction } from '../../common/transaction.js';
import { requireOccurredAt } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import type { ForumAttendance } from './forum-attendance.entity.js';
import { syncForumContacts } from './forum-contacts.js';
import { FORUM_LOCKED, isForumLocked } from './forum-rules.js';
import { loadForum, parseAttendees, parseHost, writeAttendances } from './forum.service.js';
import type { Forum } from './forum.entity.js';
import { FORUM_NOTES, type MarkForumAttendanceInput, type UpdateForumInput } from './forum.types.js';

const NOTES = Object.keys(FORUM_NOTES) as (keyof typeof FORUM_NOTES)[];

/** The host's edit of a forum within its 7 days (FORUM_LOCKED after, FORUM_HOST_ONLY for others). */
function assertEditable(ctx: AppContext, forum: Forum) {
  if (isForumLocked(forum, ctx.clock.now())) throw forbidden('FORUM_LOCKED', FORUM_LOCKED);
  assertCan(ctx, 'update', 'Forum', forum, 'FORUM_HOST_ONLY');
}

/** Replaces the attendee list with `next`; true when anything changed. */
function replaceAttendances(
  em: EntityManager,
  forum: Forum,
  current: ForumAttendance[],
  next: Map<number, boolean>,
): { list: ForumAttendance[]; changed: boolean } {
  let changed = false;
  const kept: ForumAttendance[] = [];
  for (const a of current) {
    const present = next.get(a.officer.id);
    if (present === undefined) {
      em.remove(a);
      changed = true;
      continue;
    }
    if (a.present !== present) {
      a.present = present;
      changed = true;
    }
    kept.push(a);
    next.delete(a.officer.id);
  }
  if (next.size > 0) changed = true;
  return { list: [...kept, ...writeAttendances(em, forum, next)], changed };
}

export function updateForum(ctx: AppContext, input: UpdateForumInput): Promise<Forum> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em, services) => {
    const forum = await loadForum(ctx, em, input.id);
    assertEditable(ctx, forum);
    if (input.version !== forum.version) throw conflict();
    const now = ctx.clock.now();
    if (input.kind != null) forum.kind = input.kind;
    if (input.title !== undefined) forum.title = requiredText('title', input.title);
    if (input.occurredAt != null) forum.occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now);
    Object.assign(forum, optionalTexts(input, NOTES, true));
    if (input.hostId)
      forum.host = em.getReference(Officer, await parseHost(services, forum.bureau.id, input.hostId), {
        wrapped: true,
      });
    let attendances = await services.forums.attendancesOf([forum.id]);
    let attendanceChanged = false;
    if (input.attendees != null) {
      const next = await parseAttendees(services, forum.bureau.id, input.attendees);
      ({ list: attendances, changed: attendanceChanged } = replaceAttendances(em, forum, attendances, next));
    }
    if (!attendanceChanged && !hasChanges(em, forum)) return forum;
    forum.updatedAt = now;
    audit(em, viewer, { action: 'updateForum', subjectType: 'Forum', subjectId: forum.id });
    await em.flush();
    await syncForumContacts(em, services, forum, attendances, now);
    return forum;
  });
}

/** Marks one listed attendee present or absent; the mentee's contact follows. */
export function markForumAttendance(ctx: AppContext, input: MarkForumAttendanceInput): Promise<Forum> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em, services) => {
    const forum = await loadForum(ctx, em, input.forumId, 'forumId');
    assertEditable(ctx, forum);
    const officerId = parseId('officerId', input.officerId);
    const attendances = await services.forums.attendancesOf([forum.id]);
    const row = attendances.find((a) => a.officer.id === officerId);
    if (!row) throw badInput('officerId', 'NOT_AN_ATTENDEE');
    if (row.present === input.present) return forum;
    const now = ctx.clock.now();
    row.present = input.present;
    forum.updatedAt = now;
    audit(em, viewer, {
      action: 'markForumAttendance',
      subjectType: 'Forum',
      subjectId: forum.id,
      detail: { officerId, present: input.present },
    });
    await em.flush();
    await syncForumContacts(em, services, forum, attendances, now);
    return forum;
  });
}
