import { type EntityManager } from '@mikro-orm/core';
import { findReadable, getReadableOrFail, requireViewer, scopeWhere } from '../../common/authz.js';
import type { PageArgs } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { badInput, forbidden, notFound } from '../../common/errors.js';
import { optionalTexts, parseFilterIds, parseId, requiredText } from '../../common/parse.js';
import { inTransaction } from '../../common/transaction.js';
import { localDateRange, requireOccurredAt } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { createProblem, parseNewProblem } from '../problems/problem-rules.js';
import type { RequestServices } from '../../services.js';
import { ForumAttendance } from './forum-attendance.entity.js';
import { syncForumContacts } from './forum-contacts.js';
import { Forum } from './forum.entity.js';
import type { ForumQuery } from './forum.repository.js';
import { FORUM_NOTES, type CreateForumInput, type ForumAttendeeInput, type ForumFilter } from './forum.types.js';
import { recordOnce } from '../../common/record-once.js';

const NOTES = Object.keys(FORUM_NOTES) as (keyof typeof FORUM_NOTES)[];

export function listForums(ctx: AppContext, filter: ForumFilter | undefined, args: PageArgs) {
  const query: ForumQuery = {
    kind: filter?.kind,
    occurredAt: localDateRange(filter?.from, filter?.to),
    ...parseFilterIds(filter, ['branchId', 'hostId', 'attendeeId']),
    bureauOnly: filter?.bureauOnly,
    search: filter?.search,
  };
  return ctx.services.forums.page(scopeWhere<Forum>(ctx.ability, 'read', 'Forum'), query, args);
}

/** The attendee list: officers of the bureau who have not left, each once; present unless said. */
export async function parseAttendees(
  services: RequestServices,
  bureauId: number,
  raw: readonly ForumAttendeeInput[] | null | undefined,
): Promise<Map<number, boolean>> {
  const list = new Map<number, boolean>();
  (raw ?? []).forEach((a, i) => list.set(parseId(`attendees.${i}.officerId`, a.officerId), a.present !== false));
  const found = new Set((await services.officers.activeInBureau(bureauId, [...list.keys()])).map((o) => o.id));
  const ids = [...list.keys()];
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    const index = (raw ?? []).findIndex((a) => String(a.officerId) === String(ids[missing]));
    throw badInput(`attendees.${index}.officerId`, 'OFFICER_NOT_FOUND');
  }
  return list;
}

export async function parseHost(services: RequestServices, bureauId: number, raw: string): Promise<number> {
  const id = parseId('hostId', raw);
  const [host] = await services.officers.activeInBureau(bureauId, [id]);
  if (!host) throw badInput('hostId', 'OFFICER_NOT_FOUND');
  return id;
}

/** The organiser: the branch named, else a secretary's own branch, else (committee) the bureau. */
async function organiser(ctx: AppContext, em: EntityManager, input: CreateForumInput) {
  const viewer = requireViewer(ctx);
  const bureau = viewer.bureauId;
  const can = (branch: number | null) => ctx.ability.can('create', { __typename: 'Forum', bureau, branch });
  if (input.branchId) {
    // A branch the viewer cannot see is NOT_FOUND, as any record out of scope.
    const id = parseId('branchId', input.branchId);
    const branch = await findReadable(ctx, Branch, 'Branch', id, em);
    if (!branch || branch.bureau.id !== bureau) throw notFound('BRANCH_NOT_FOUND');
    if (!can(id)) throw forbidden();
    return id;
  }
  if (can(null)) return null;
  if (can(viewer.branchId)) return viewer.branchId;
  throw forbidden();
}

export function writeAttendances(em: EntityManager, forum: Forum, list: Map<number, boolean>): ForumAttendance[] {
  return [...list].map(([officerId, present]) =>
    em.create(ForumAttendance, { forum, officer: em.getReference(Officer, officerId), present }),
  );
}

/** Records a forum with its attendees and the problems raised at it, in one transaction. */
export async function createForum(ctx: AppContext, input: CreateForumInput): Promise<Forum> {
  const viewer = requireViewer(ctx);
  return recordOnce(
    input.clientKey,
    (clientKey) =>
      ctx.services.forums.findByClientKey(scopeWhere<Forum>(ctx.ability, 'read', 'Forum'), viewer.officerId, clientKey),
    (clientKey) =>
      inTransaction(ctx, async (em, services) => {
        const branchId = await organiser(ctx, em, input);
        const now = ctx.clock.now();
        const occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now);
        const title = requiredText('title', input.title);
        const hostId = input.hostId ? await parseHost(services, viewer.bureauId, input.hostId) : viewer.officerId;
        const attendees = await parseAttendees(services, viewer.bureauId, input.attendees);
        const forum = em.create(Forum, {
          bureau: em.getReference(Bureau, viewer.bureauId),
          branch: branchId ? em.getReference(Branch, branchId) : null,
          kind: input.kind,
          title,
          occurredAt,
          ...optionalTexts(input, NOTES),
          host: em.getReference(Officer, hostId),
          createdBy: em.getReference(Officer, viewer.officerId),
          clientKey,
          // The 7-day lock counts from here, so it is the request's clock, not the database's.
          createdAt: now,
          updatedAt: now,
        });
        const attendances = writeAttendances(em, forum, attendees);
        const origin = {
          bureauId: viewer.bureauId,
          branchId,
          forum,
          raisedAt: occurredAt,
          present: new Set([...attendees].filter(([, p]) => p).map(([id]) => id)),
        };
        const problems = [];
        for (const [i, p] of (input.problems ?? []).entries()) {
          problems.push(
            createProblem(
              em,
              await parseNewProblem(services, p, origin, `problems.${i}.`),
              origin,
              viewer.officerId,
              now,
            ),
          );
        }
        await em.flush();
        await syncForumContacts(em, services, forum, attendances, now);
        // Counts and ids only: never who raised what.
        audit(em, viewer, {
          action: 'createForum',
          subjectType: 'Forum',
          subjectId: forum.id,
          detail: { attendees: attendees.size, problemIds: problems.map((p) => p.id) },
        });
        await em.flush();
        return forum;
      }),
  );
}

export const FORUM = 'FORUM_NOT_FOUND';

export const loadForum = (ctx: AppContext, em: EntityManager, rawId: string, field = 'id') =>
  getReadableOrFail(ctx, Forum, 'Forum', parseId(field, rawId), FORUM, em);
