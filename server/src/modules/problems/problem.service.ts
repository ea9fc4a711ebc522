import { type EntityManager } from '@mikro-orm/core';
import type { RequestServices } from '../../services.js';
import { getReadableOrFail, requireViewer, scopeWhere } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { PageArgs } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { badInput, forbidden } from '../../common/errors.js';
import { parseFilterIds, parseId } from '../../common/parse.js';
import { toSubject } from '../../common/subject.js';
import { inTransaction } from '../../common/transaction.js';
import { localDateRange } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { Forum } from '../forums/forum.entity.js';
import { isForumLocked } from '../forums/forum-rules.js';
import { Talk } from '../talks/talk.entity.js';
import { Visit } from '../visits/visit.entity.js';
import { type ProblemOrigin, createProblem, parseNewProblem } from './problem-rules.js';
import type { Problem } from './problem.entity.js';
import type { ProblemQuery } from './problem.repository.js';
import type { ProblemFilter, RaiseProblemInput } from './problem.types.js';
import { recordOnce } from '../../common/record-once.js';

export function listProblems(ctx: AppContext, filter: ProblemFilter | undefined, args: PageArgs) {
  const query: ProblemQuery = {
    ...parseFilterIds(filter, ['categoryId', 'ownerId', 'ownerBranchId', 'branchId', 'forumId', 'talkId', 'visitId']),
    status: filter?.status,
    raisedAt: localDateRange(filter?.from, filter?.to),
    overdue: filter?.overdue != null ? { value: filter.overdue, today: localDate(ctx.clock.now()) } : null,
    search: filter?.search,
  };
  return ctx.services.problems.page(scopeWhere<Problem>(ctx.ability, 'read', 'Problem'), query, args);
}

type OriginRecord = { type: 'Forum' | 'Talk' | 'Visit'; entity: object };

/**
 * Who may note a problem in a record: whoever may raise problems where it happened (the branch's
 * secretary, the committee), or whoever may still edit the record itself (the forum's host within
 * its 7 days, the talker, the visit's author).
 */
function mayRaiseIn(ctx: AppContext, origin: ProblemOrigin, record: OriginRecord) {
  const problem = { __typename: 'Problem' as const, bureau: origin.bureauId, branch: origin.branchId };
  if (ctx.ability.can('create', problem)) return true;
  if (record.type === 'Forum' && isForumLocked(record.entity as Forum, ctx.clock.now())) return false;
  return ctx.ability.can('update', toSubject(record.type, record.entity));
}

/** The forum, talk or visit named by the input, in the viewer's scope (NOT_FOUND otherwise). */
async function originOf(
  ctx: AppContext,
  em: EntityManager,
  services: RequestServices,
  input: RaiseProblemInput,
): Promise<{ origin: ProblemOrigin; record: OriginRecord }> {
  const given = [input.forumId, input.talkId, input.visitId].filter((v) => v != null && v !== '');
  if (given.length !== 1) throw badInput('forumId', 'PROBLEM_ONE_ORIGIN');
  if (input.forumId) {
    const forum = await getReadableOrFail(
      ctx,
      Forum,
      'Forum',
      parseId('forumId', input.forumId),
      'FORUM_NOT_FOUND',
      em,
    );
    const attendances = await services.forums.attendancesOf([forum.id]);
    return {
      origin: {
        bureauId: forum.bureau.id,
        branchId: forum.branch?.id ?? null,
        forum,
        raisedAt: forum.occurredAt,
        present: new Set(attendances.filter((a) => a.present).map((a) => a.officer.id)),
      },
      record: { type: 'Forum', entity: forum },
    };
  }
  if (input.talkId) {
    const talk = await getReadableOrFail(ctx, Talk, 'Talk', parseId('talkId', input.talkId), 'TALK_NOT_FOUND', em);
    return {
      origin: {
        bureauId: talk.bureau.id,
        branchId: talk.branch.id,
        talk,
        raisedAt: talk.occurredAt,
        present: new Set([talk.talkee.id]),
      },
      record: { type: 'Talk', entity: talk },
    };
  }
  const visit = await getReadableOrFail(ctx, Visit, 'Visit', parseId('visitId', input.visitId!), 'VISIT_NOT_FOUND', em);
  return {
    origin: {
      bureauId: visit.bureau.id,
      branchId: visit.branch.id,
      visit,
      raisedAt: visit.occurredAt,
      present: new Set([visit.mentee.id]),
    },
    record: { type: 'Visit', entity: visit },
  };
}

/** Raises a problem at a forum, in a talk or at a visit (exactly one), optionally fixed on the spot. */
export async function raiseProblem(ctx: AppContext, input: RaiseProblemInput): Promise<Problem> {
  const viewer = requireViewer(ctx);
  return recordOnce(
    input.clientKey,
    (clientKey) =>
      ctx.services.problems.findByClientKey(
        scopeWhere<Problem>(ctx.ability, 'read', 'Problem'),
        viewer.officerId,
        clientKey,
      ),
    (clientKey) =>
      inTransaction(ctx, async (em, services) => {
        const { origin, record } = await originOf(ctx, em, services, input);
        if (!mayRaiseIn(ctx, origin, record)) throw forbidden();
        const now = ctx.clock.now();
        const parsed = await parseNewProblem(services, input, origin);
        const problem = createProblem(em, parsed, origin, viewer.officerId, now, clientKey);
        await em.flush();
        // The detail names the origin, never the raiser (an anonymous one is stored for nobody).
        audit(em, viewer, {
          action: 'raiseProblem',
          subjectType: 'Problem',
          subjectId: problem.id,
          detail: {
            [`${record.type.toLowerCase()}Id`]: (record.entity as { id: number }).id,
            status: problem.status,
            anonymous: problem.anonymous,
          },
        });
        await em.flush();
        return problem;
      }),
  );
}
