import { LIMITS, OfficerCategory } from '@tongxin/schema';
import { IsOptional, MaxLength } from 'class-validator';
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

  @Field(() => ID, { nullable: true })
  @IsOptional()
  branchId?: string;

  @Field(() => OfficerCategory, { nullable: true })
  @IsOptional()
  category?: OfficerCategory;

  @Field(() => Boolean, { nullable: true, description: 'Mentee of a live (ACTIVE or IN_REVIEW) pairing, or not' })
  @IsOptional()
  paired?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'May act as a responsible helper (帮教责任人)' })
  @IsOptional()
  isMentor?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Flagged by the branch as needing help' })
  @IsOptional()
  flagged?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Include disabled officers (default: only enabled ones)' })
  @IsOptional()
  includeDisabled?: boolean;
}
