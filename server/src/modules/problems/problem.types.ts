import { LIMITS, ProblemFollowUpKind, ProblemStatus } from '@tongxin/schema';
import { IsOptional, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import {
  ClientKey,
  Optional,
  OptionalDay,
  OptionalText,
  PeriodFilter,
  RequiredText,
} from '../../common/input-fields.js';
import { MUTATION_ID } from '../../common/parse.js';
import { Problem } from './problem.entity.js';

export const ProblemConnection = connectionOf(Problem, 'Problem');
export type ProblemConnection = InstanceType<typeof ProblemConnection>;

const NOTE = LIMITS.actionItemText;

/** A problem as a forum form adds it inline, or as raiseProblem sends it with its origin. */
@InputType()
export class NewProblemInput {
  @Field(() => ID, { description: 'One of the bureau’s problem categories' })
  categoryId!: string;

  @RequiredText(LIMITS.problemText)
  text!: string;

  @Optional(() => ID, 'Who raised it: an attendee present, the talkee, or the visit’s mentee; left out with anonymous')
  raisedById?: string | null;

  @Optional(() => Boolean, '匿名: no raiser is stored at all')
  anonymous?: boolean | null;

  @Optional(() => ID, 'The person to fix it (or ownerBranchId); default: the branch it was raised in')
  ownerId?: string | null;

  @Optional(() => ID, 'The branch to fix it (or ownerId)')
  ownerBranchId?: string | null;

  @OptionalDay()
  dueDate?: string | null;

  @Optional(() => Boolean, '即知即改: fixed at once, recorded as FIXED_ON_THE_SPOT')
  fixedOnTheSpot?: boolean | null;

  @OptionalText(NOTE, 'With fixedOnTheSpot: how it was fixed')
  resolution?: string | null;
}

@InputType({ description: 'A problem raised at a forum, in a talk or at a visit: exactly one of the three' })
export class RaiseProblemInput extends NewProblemInput {
  @Optional(() => ID)
  forumId?: string | null;

  @Optional(() => ID)
  talkId?: string | null;

  @Optional(() => ID)
  visitId?: string | null;

  @ClientKey('problem already raised')
  clientKey?: string | null;
}

/** The problem a status change applies to, and the version read (a stale one is CONFLICT). */
@InputType()
export abstract class ProblemChangeInput {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version read; a stale one gives CONFLICT' })
  @IsOptional()
  @Min(1)
  version?: number | null;
}

@InputType({ description: 'OPEN → FIXED_ON_THE_SPOT (即知即改)' })
export class FixOnTheSpotInput extends ProblemChangeInput {
  @OptionalText(NOTE, 'How it was fixed')
  resolution?: string | null;
}

@InputType({ description: 'OPEN → RECTIFYING (限期整改) with an owner and a due date' })
export class StartRectifyingInput extends ProblemChangeInput {
  @Field({ description: 'YYYY-MM-DD, not before today' })
  dueDate!: string;

  @Optional(() => ID, 'A person to fix it; left out (with ownerBranchId too): the owner stays')
  ownerId?: string | null;

  @Optional(() => ID, 'A branch to fix it')
  ownerBranchId?: string | null;

  @OptionalText(NOTE)
  note?: string | null;
}

@InputType({ description: 'OPEN or RECTIFYING → CLOSED (销号), saying what was done' })
export class CloseProblemInput extends ProblemChangeInput {
  @RequiredText(NOTE)
  resolution!: string;
}

@InputType({ description: 'OPEN or RECTIFYING → DECLINED, saying why' })
export class DeclineProblemInput extends ProblemChangeInput {
  @RequiredText(NOTE)
  reason!: string;
}

@InputType({ description: '回访: a follow-up with the raiser on a closed or fixed problem' })
export class LogProblemFollowUpInput {
  @Field(() => ID, MUTATION_ID)
  problemId!: string;

  @Field(() => ProblemFollowUpKind)
  kind!: ProblemFollowUpKind;

  @Field(() => Date, { description: 'Not in the future' })
  occurredAt!: Date;

  @RequiredText(NOTE)
  note!: string;
}

@InputType()
export class ProblemFilter extends PeriodFilter {
  @OptionalText(LIMITS.nameMax, 'Part of the text')
  search?: string | null;

  @Field(() => [ProblemStatus], { nullable: true, description: 'Any of these statuses' })
  @IsOptional()
  status?: ProblemStatus[] | null;

  @Optional(() => ID)
  categoryId?: string | null;

  @Optional(() => ID, 'Owned by this person')
  ownerId?: string | null;

  @Optional(() => ID, 'Owned by this branch')
  ownerBranchId?: string | null;

  @Optional(() => ID, 'Raised in this branch')
  branchId?: string | null;

  @Optional(() => ID)
  forumId?: string | null;

  @Optional(() => ID)
  talkId?: string | null;

  @Optional(() => ID)
  visitId?: string | null;

  @Optional(() => Boolean, 'OPEN or RECTIFYING past the due date (bureau time)')
  overdue?: boolean | null;
}
