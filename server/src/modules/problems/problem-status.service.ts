import type { EntityManager } from '@mikro-orm/core';
import { ProblemEventType, ProblemStatus } from '@tongxin/schema';
import { assertCan, getReadableOrFail, requireViewer } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import { badInput, conflict } from '../../common/errors.js';
import { optionalText, parseDay, parseId, requiredText } from '../../common/parse.js';
import { inTransaction } from '../../common/transaction.js';
import { requireOccurredAt } from '../action-items/record-rules.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import type { RequestServices } from '../../services.js';
import { ProblemEvent } from './problem-event.entity.js';
import { parseOwner } from './problem-rules.js';
import { Problem } from './problem.entity.js';
import { UNRESOLVED } from './problem.repository.js';
import type {
  CloseProblemInput,
  DeclineProblemInput,
  FixOnTheSpotInput,
  LogProblemFollowUpInput,
  ProblemChangeInput,
  StartRectifyingInput,
} from './problem.types.js';

type Change = (em: EntityManager, services: RequestServices, problem: Problem, now: Date) => Promise<string | null>;

/**
 * One status change: load in scope (NOT_FOUND), check the action on the record (FORBIDDEN), the
 * version (CONFLICT) and the status it starts from, apply, write the history entry and the audit
 * event in the same transaction. `change` returns the history entry's note.
 */
function changeStatus(
  ctx: AppContext,
  mutation: string,
  input: ProblemChangeInput,
  action: 'update' | 'complete',
  from: readonly ProblemStatus[],
  to: ProblemStatus,
  change: Change,
): Promise<Problem> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em, services) => {
    const problem = await getReadableOrFail(ctx, Problem, 'Problem', parseId('id', input.id), 'PROBLEM_NOT_FOUND', em);
    assertCan(ctx, action, 'Problem', problem);
    if (input.version != null && input.version !== problem.version) throw conflict();
    if (!from.includes(problem.status)) throw conflict('PROBLEM_STATUS', { status: problem.status });
    const before = problem.status;
    const now = ctx.clock.now();
    const note = await change(em, services, problem, now);
    problem.status = to;
    problem.updatedAt = now;
    em.create(ProblemEvent, {
      problem,
      type: to as ProblemEventType,
      actor: em.getReference(Officer, viewer.officerId),
      occurredAt: now,
      note,
    });
    audit(em, viewer, {
      action: mutation,
      subjectType: 'Problem',
      subjectId: problem.id,
      detail: { from: before, status: to },
    });
    await em.flush();
    return problem;
  });
}

/** 即知即改: an open problem fixed at once. */
export function fixOnTheSpot(ctx: AppContext, input: FixOnTheSpotInput) {
  return changeStatus(
    ctx,
    'fixOnTheSpot',
    input,
    'update',
    [ProblemStatus.OPEN],
    ProblemStatus.FIXED_ON_THE_SPOT,
    async (_em, _s, p, now) => {
      p.resolution = optionalText('resolution', input.resolution);
      p.resolvedAt = now;
      return p.resolution ?? null;
    },
  );
}

/** 限期整改: an owner and a due date; a problem already being rectified can be re-planned. */
export function startRectifying(ctx: AppContext, input: StartRectifyingInput) {
  return changeStatus(
    ctx,
    'startRectifying',
    input,
    'update',
    UNRESOLVED,
    ProblemStatus.RECTIFYING,
    async (em, services, p, now) => {
      const dueDate = parseDay('dueDate', input.dueDate);
      const today = localDate(now);
      if (dueDate < today) throw badInput('dueDate', 'DUE_DATE_TOO_EARLY', { date: today });
      const owner = await parseOwner(services, p.bureau.id, input, '');
      if (owner) {
        p.owner = owner.ownerId ? em.getReference(Officer, owner.ownerId, { wrapped: true }) : null;
        p.ownerBranch = owner.ownerBranchId ? em.getReference(Branch, owner.ownerBranchId, { wrapped: true }) : null;
      }
      p.dueDate = dueDate;
      return optionalText('note', input.note);
    },
  );
}

/** 销号: what was done. */
export function closeProblem(ctx: AppContext, input: CloseProblemInput) {
  return changeStatus(
    ctx,
    'closeProblem',
    input,
    'complete',
    UNRESOLVED,
    ProblemStatus.CLOSED,
    async (_em, _s, p, now) => {
      p.resolution = requiredText('resolution', input.resolution);
      p.resolvedAt = now;
      return p.resolution;
    },
  );
}

/** Not taken up, with the reason. */
export function declineProblem(ctx: AppContext, input: DeclineProblemInput) {
  return changeStatus(
    ctx,
    'declineProblem',
    input,
    'update',
    UNRESOLVED,
    ProblemStatus.DECLINED,
    async (_em, _s, p, now) => {
      p.declineReason = requiredText('reason', input.reason);
      p.resolvedAt = now;
      return p.declineReason;
    },
  );
}

/** 电话回访 / 上门拜访 with the raiser after the problem was closed or fixed. */
export function logProblemFollowUp(ctx: AppContext, input: LogProblemFollowUpInput): Promise<Problem> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em) => {
    const id = parseId('problemId', input.problemId);
    const problem = await getReadableOrFail(ctx, Problem, 'Problem', id, 'PROBLEM_NOT_FOUND', em);
    assertCan(ctx, 'complete', 'Problem', problem);
    if (problem.status !== ProblemStatus.CLOSED && problem.status !== ProblemStatus.FIXED_ON_THE_SPOT) {
      throw conflict('FOLLOW_UP_NOT_RESOLVED');
    }
    const now = ctx.clock.now();
    const occurredAt = requireOccurredAt('occurredAt', input.occurredAt, now);
    const note = requiredText('note', input.note);
    problem.updatedAt = now;
    em.create(ProblemEvent, {
      problem,
      type: ProblemEventType.FOLLOW_UP,
      actor: em.getReference(Officer, viewer.officerId),
      occurredAt,
      followUpKind: input.kind,
      note,
    });
    audit(em, viewer, {
      action: 'logProblemFollowUp',
      subjectType: 'Problem',
      subjectId: problem.id,
      detail: { kind: input.kind },
    });
    await em.flush();
    return problem;
  });
}
