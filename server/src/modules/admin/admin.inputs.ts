import { BranchKind, LIMITS, OfficerCategory, Role } from '@tongxin/schema';
import { ArrayMaxSize, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { refuseWith } from '../../common/validation-messages.js';

const NAME = refuseWith('TOO_LONG', { max: LIMITS.nameMax });
const REQUIRED = refuseWith('REQUIRED');

@InputType({ description: 'A new branch (支部) of the sysadmin’s bureau' })
export class CreateBranchInput {
  @Field()
  @MinLength(1, REQUIRED)
  @MaxLength(100, refuseWith('TOO_LONG', { max: 100 }))
  name!: string;

  @Field({ description: 'Unique code, e.g. YZ-S25' })
  @MinLength(1, REQUIRED)
  @MaxLength(32, refuseWith('TOO_LONG', { max: 32 }))
  code!: string;

  @Field(() => BranchKind)
  kind!: BranchKind;
}

@InputType()
export class RenameBranchInput {
  @Field(() => ID)
  id!: string;

  @Field()
  @MinLength(1, REQUIRED)
  @MaxLength(100, refuseWith('TOO_LONG', { max: 100 }))
  name!: string;
}

@InputType({ description: 'A person joining the roster (民警 / 辅警)' })
export class CreateOfficerInput {
  @Field(() => ID)
  branchId!: string;

  @Field()
  @MinLength(1, REQUIRED)
  @MaxLength(LIMITS.nameMax, NAME)
  name!: string;

  @Field({ description: '警号, unique' })
  @MinLength(1, REQUIRED)
  @MaxLength(16, refuseWith('TOO_LONG', { max: 16 }))
  badgeNumber!: string;

  @Field(() => OfficerCategory)
  category!: OfficerCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, NAME)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(32, refuseWith('TOO_LONG', { max: 32 }))
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'May act as a responsible helper (帮教责任人); default false' })
  @IsOptional()
  isMentor?: boolean;
}

@InputType({
  description: 'Roster fields to change; a field left out keeps its value, an empty position or phone clears it',
})
export class UpdateOfficerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the edit is based on (CONFLICT when stale)' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, REQUIRED)
  @MaxLength(LIMITS.nameMax, NAME)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(1, REQUIRED)
  @MaxLength(16, refuseWith('TOO_LONG', { max: 16 }))
  badgeNumber?: string;

  @Field(() => OfficerCategory, { nullable: true })
  @IsOptional()
  category?: OfficerCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, NAME)
  position?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(32, refuseWith('TOO_LONG', { max: 32 }))
  phone?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  isMentor?: boolean;
}

@InputType()
export class TransferOfficerInput {
  // A validated class needs a decorator (forbidUnknownValues); the ids are parsed by the service.
  @Field(() => ID)
  @IsString()
  officerId!: string;

  @Field(() => ID, { description: 'The branch they move to, in the same bureau' })
  branchId!: string;
}

@InputType({
  description:
    'Taking an officer off the roster when they leave the force. Every live pairing they mentor goes to the successor, ' +
    'or, without one, is flagged MENTOR_LEFT for its branch secretary; a live pairing of theirs as mentee is flagged MENTEE_LEFT',
})
export class DeactivateOfficerInput {
  @Field(() => ID)
  officerId!: string;

  @Field(() => ID, { nullable: true, description: 'Takes over each of their mentor terms in the same role' })
  @IsOptional()
  successorMentorId?: string | null;
}

const ROLES_MAX = 6;

@InputType()
export class CreateAccountInput {
  @Field(() => ID, { description: 'The officer the account is for (one account per officer)' })
  officerId!: string;

  @Field({ description: '3–32 characters: a lowercase letter, then lowercase letters, digits, . _ or -' })
  @Matches(/^[a-z][a-z0-9._-]{2,31}$/, refuseWith('INVALID_USERNAME'))
  username!: string;

  @Field(() => [Role], {
    description: 'SYSADMIN or AUDITOR alone; a SECRETARY runs the officer’s own branch (transfer moves it)',
  })
  @ArrayMaxSize(ROLES_MAX, refuseWith('TOO_MANY_ITEMS', { max: ROLES_MAX }))
  roles!: Role[];
}

@InputType()
export class SetAccountRolesInput {
  @Field(() => ID)
  officerId!: string;

  @Field(() => [Role], { description: 'The complete new set; SYSADMIN or AUDITOR alone' })
  @ArrayMaxSize(ROLES_MAX, refuseWith('TOO_MANY_ITEMS', { max: ROLES_MAX }))
  roles!: Role[];
}

@InputType({ description: 'Filters for accounts; all optional, combined with AND' })
export class AccountFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Username from the start, or the officer as officers(search) finds them',
  })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, NAME)
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Include locked accounts and those of officers who left (default: only usable ones)',
  })
  @IsOptional()
  includeDisabled?: boolean | null;
}
