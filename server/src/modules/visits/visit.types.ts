import { LIMITS, VisitKind } from '@tongxin/schema';
import { ArrayMaxSize, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { refuseWith } from '../../common/validation-messages.js';
import { NewActionItemInput } from '../action-items/action-item.types.js';
import { Visit } from './visit.entity.js';
import { MUTATION_ID } from '../../common/parse.js';

export const VisitConnection = connectionOf(Visit, 'Visit');
export type VisitConnection = InstanceType<typeof VisitConnection>;

export const VISIT_TEXT = {
  location: LIMITS.shortText,
  participants: LIMITS.mediumText,
  summary: LIMITS.longText,
  observations: LIMITS.longText,
  confidentialNotes: LIMITS.longText,
  acknowledgmentComment: LIMITS.mediumText,
  clientKey: 64,
} as const;

@InputType({ description: '上门走访 / 个别谈话 / 座谈会 / 回访教育 logged by a mentor of the pairing' })
export class LogVisitInput {
  @Field(() => ID, MUTATION_ID)
  pairingId!: string;

  @Field(() => VisitKind)
  kind!: VisitKind;

  @Field(() => Date, { description: 'Not in the future, not before the pairing started' })
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISIT_TEXT.location)
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'Others present, by name' })
  @IsOptional()
  @MaxLength(VISIT_TEXT.participants)
  participants?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Mentors of the pairing who were present' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.supportMentorsMax + 1)
  participantMentorIds?: string[] | null;

  @Field()
  @MaxLength(VISIT_TEXT.summary)
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISIT_TEXT.observations)
  observations?: string | null;

  @Field(() => String, { nullable: true, description: 'Never shown to the mentee' })
  @IsOptional()
  @MaxLength(VISIT_TEXT.confidentialNotes)
  confidentialNotes?: string | null;

  @Field(() => [NewActionItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.actionItemsPerRecordMax)
  @ValidateNested({ each: true })
  actionItems?: NewActionItemInput[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  nextVisitDue?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Open items of the pairing ticked as done in the same form' })
  @IsOptional()
  @ArrayMaxSize(100)
  closeActionItemIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client per submission; resending the same key returns the visit already logged',
  })
  @IsOptional()
  @MaxLength(VISIT_TEXT.clientKey)
  clientKey?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional one' })
export class UpdateVisitInput {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one gives CONFLICT' })
  @Min(1)
  version!: number;

  @Field(() => VisitKind, { nullable: true })
  kind?: VisitKind | null;

  @Field(() => Date, { nullable: true })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISIT_TEXT.location)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISIT_TEXT.participants)
  participants?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.supportMentorsMax + 1)
  participantMentorIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISIT_TEXT.summary)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISIT_TEXT.observations)
  observations?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(VISIT_TEXT.confidentialNotes)
  confidentialNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  nextVisitDue?: string | null;
}

@InputType()
export class VisitFilter {
  @Field(() => String, {
    nullable: true,
    description: 'The mentee: part of the name, pinyin initials from the start or the start of the badge number',
  })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, refuseWith('TOO_LONG', { max: LIMITS.nameMax }))
  search?: string | null;
  @Field(() => VisitKind, { nullable: true })
  @IsOptional()
  kind?: VisitKind | null;

  @Field(() => String, { nullable: true, description: 'From this local date (YYYY-MM-DD), inclusive' })
  @IsOptional()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this local date (YYYY-MM-DD), inclusive' })
  @IsOptional()
  to?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pairingId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  branchId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  authorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Visits on pairings helping this officer' })
  @IsOptional()
  menteeId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Signed by the mentee (true) or awaiting it (false)' })
  @IsOptional()
  acknowledged?: boolean | null;
}
