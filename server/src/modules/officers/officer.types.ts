import { LIMITS, OfficerCategory } from '@tongxin/schema';
import { IsOptional, MaxLength } from 'class-validator';
import { Optional } from '../../common/input-fields.js';
import { Field, ID, InputType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { refuseWith } from '../../common/validation-messages.js';
import { Officer } from './officer.entity.js';

export const OfficerConnection = connectionOf(Officer, 'Officer');
export type OfficerConnection = InstanceType<typeof OfficerConnection>;

@InputType()
export class OfficerFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name (周磊), pinyin initials from the start (zl) or the start of the badge number',
  })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, refuseWith('TOO_LONG', { max: LIMITS.nameMax }))
  search?: string;

  @Optional(() => ID)
  branchId?: string;

  @Optional(() => OfficerCategory)
  category?: OfficerCategory;

  @Optional(() => Boolean, 'Mentee of a live (ACTIVE or IN_REVIEW) pairing, or not')
  paired?: boolean;

  @Optional(() => Boolean, 'May act as a responsible helper (帮教责任人)')
  isMentor?: boolean;

  @Optional(() => Boolean, 'Flagged by the branch as needing help')
  flagged?: boolean;

  @Optional(() => Boolean, 'Include disabled officers (default: only enabled ones)')
  includeDisabled?: boolean;
}
