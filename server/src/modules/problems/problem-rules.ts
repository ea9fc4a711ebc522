import type { EntityManager } from '@mikro-orm/core';
import { ProblemEventType, ProblemStatus } from '@tongxin/schema';
import { localDate } from '../../common/clock.js';
import { badInput } from '../../common/errors.js';
import { optionalText, parseDay, parseId, requiredText } from '../../common/parse.js';
import type { RequestServices } from '../../services.js';
import type { Forum } from '../forums/forum.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import type { Talk } from '../talks/talk.entity.js';
import type { Visit } from '../visits/visit.entity.js';
import { ProblemEvent } from './problem-event.entity.js';
import { Problem } from './problem.entity.js';
import type { NewProblemInput } from './problem.types.js';

/** Where a problem was raised, and who could have raised it there. */
export interface ProblemOrigin {
  bureauId: number;
  branchId: number | null;
  forum?: Forum;
  talk?: Talk;
  visit?: Visit;
  raisedAt: Date;
  /** The attendees present, the talkee, or the visit's mentee. */
  present: ReadonlySet<number>;
}

export interface ParsedProblem {
  categoryId: number;
  text: string;
  raisedById: number | null;
  anonymous: boolean;
  ownerId: number | null;
  ownerBranchId: number | null;
  dueDate: string | null;
  fixedOnTheSpot: boolean;
  resolution: string | null;
}

/** The owner: a person or a branch of the bureau, not both; neither given → `fallbackBranch`. */
export async function parseOwner(
  services: RequestServices,
  bureauId: number,
  input: { ownerId?: string | null; ownerBranchId?: string | null },
  prefix: string,
): Promise<{ ownerId: number | null; ownerBranchId: number | null } | null> {
  if (input.ownerId && input.ownerBranchId) throw badInput(`${prefix}ownerBranchId`, 'OWNER_PERSON_OR_BRANCH');
  if (input.ownerId) {
    const id = parseId(`${prefix}ownerId`, input.ownerId);
    const [owner] = await services.officers.activeInBureau(bureauId, [id]);
    if (!owner) throw badInput(`${prefix}ownerId`, 'OFFICER_NOT_FOUND');
    return { ownerId: id, ownerBranchId: null };
  }
  if (input.ownerBranchId) {
    const id = parseId(`${prefix}ownerBranchId`, input.ownerBranchId);
    if (!(await services.problems.branchOfBureau(bureauId, id))) {
      throw badInput(`${prefix}ownerBranchId`, 'BRANCH_NOT_FOUND');
    }
    return { ownerId: null, ownerBranchId: id };
  }
  return null;
}

/** Checks one problem as written with a forum, talk or visit; `prefix` names its fields (`problems.2.`). */
export async function parseNewProblem(
  services: RequestServices,
  input: NewProblemInput,
  origin: ProblemOrigin,
  prefix = '',
): Promise<ParsedProblem> {
  const categoryId = parseId(`${prefix}categoryId`, input.categoryId);
  if (!(await services.problems.category(origin.bureauId, categoryId))) {
    throw badInput(`${prefix}categoryId`, 'PROBLEM_CATEGORY_NOT_FOUND');
  }
  const text = requiredText(`${prefix}text`, input.text);
  const anonymous = input.anonymous === true;
  let raisedById: number | null = null;
  if (input.raisedById) {
    if (anonymous) throw badInput(`${prefix}raisedById`, 'ANONYMOUS_WITH_RAISER');
    raisedById = parseId(`${prefix}raisedById`, input.raisedById);
    if (!origin.present.has(raisedById)) throw badInput(`${prefix}raisedById`, 'RAISER_NOT_PRESENT');
  }
  const owner = (await parseOwner(services, origin.bureauId, input, prefix)) ?? {
    ownerId: null,
    ownerBranchId: origin.branchId,
  };
  let dueDate: string | null = null;
  if (input.dueDate) {
    dueDate = parseDay(`${prefix}dueDate`, input.dueDate);
    const earliest = localDate(origin.raisedAt);
    if (dueDate < earliest) throw badInput(`${prefix}dueDate`, 'DUE_DATE_TOO_EARLY', { date: earliest });
  }
  const fixedOnTheSpot = input.fixedOnTheSpot === true;
  const resolution = optionalText(`${prefix}resolution`, input.resolution);
  return { categoryId, text, raisedById, anonymous, ...owner, dueDate, fixedOnTheSpot, resolution };
}

/** Adds the problem and its first history entries to the unit of work. */
export function createProblem(
  em: EntityManager,
  p: ParsedProblem,
  origin: ProblemOrigin,
  createdById: number,
  now: Date,
  clientKey: string | null = null,
): Problem {
  const actor = em.getReference(Officer, createdById);
  const problem = em.create(Problem, {
    bureau: em.getReference(Bureau, origin.bureauId),
    branch: origin.branchId ? em.getReference(Branch, origin.branchId) : null,
    forum: origin.forum ?? null,
    talk: origin.talk ?? null,
    visit: origin.visit ?? null,
    category: p.categoryId,
    text: p.text,
    raisedBy: p.raisedById ? em.getReference(Officer, p.raisedById) : null,
    anonymous: p.anonymous,
    owner: p.ownerId ? em.getReference(Officer, p.ownerId) : null,
    ownerBranch: p.ownerBranchId ? em.getReference(Branch, p.ownerBranchId) : null,
    dueDate: p.dueDate,
    status: p.fixedOnTheSpot ? ProblemStatus.FIXED_ON_THE_SPOT : ProblemStatus.OPEN,
    raisedAt: origin.raisedAt,
    resolvedAt: p.fixedOnTheSpot ? now : null,
    resolution: p.fixedOnTheSpot ? p.resolution : null,
    declineReason: null,
    createdBy: actor,
    clientKey,
    createdAt: now,
    updatedAt: now,
  });
  em.create(ProblemEvent, { problem, type: ProblemEventType.RAISED, actor, occurredAt: now, note: null });
  if (p.fixedOnTheSpot) {
    em.create(ProblemEvent, {
      problem,
      type: ProblemEventType.FIXED_ON_THE_SPOT,
      actor,
      occurredAt: now,
      note: p.resolution,
    });
  }
  return problem;
}
