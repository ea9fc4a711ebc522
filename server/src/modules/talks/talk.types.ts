import { LIMITS, TalkKind } from '@tongxin/schema';
import { ArrayMaxSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { refuseWith } from '../../common/validation-messages.js';
import { NewActionItemInput } from '../action-items/action-item.types.js';
import { Talk } from './talk.entity.js';
import { MUTATION_ID } from '../../common/parse.js';

export const TalkConnection = connectionOf(Talk, 'Talk');
export type TalkConnection = InstanceType<typeof TalkConnection>;

export const TALK_TEXT = LIMITS.longText;
export const TALK_CLIENT_KEY = 64;

@InputType({ description: '谈心谈话记录: who talked with whom, what was said, what follows' })
export class RecordTalkInput {
  @Field(() => ID, MUTATION_ID)
  talkeeId!: string;

  @Field(() => ID, { nullable: true, description: 'The pairing it belongs to; the talkee must be its mentee' })
  pairingId?: string | null;

  @Field(() => TalkKind)
  kind!: TalkKind;

  @Field(() => Date, { description: 'Not in the future' })
  occurredAt!: Date;

  @Field()
  @MaxLength(TALK_TEXT)
  topics!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TALK_TEXT)
  officerViews?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TALK_TEXT)
  problemsRaised?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TALK_TEXT)
  guidance?: string | null;

  @Field(() => String, { nullable: true, description: 'Never shown to the talkee' })
  @IsOptional()
  @MaxLength(TALK_TEXT)
  assessment?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Readable by the talker and the committee only' })
  confidential?: boolean | null;

  @Field(() => [NewActionItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(LIMITS.actionItemsPerRecordMax)
  @ValidateNested({ each: true })
  actionItems?: NewActionItemInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Chosen by the client per submission; resending the same key returns the talk already recorded',
  })
  @IsOptional()
  @MaxLength(TALK_CLIENT_KEY)
  clientKey?: string | null;
}

@InputType()
export class TalkFilter {
  @Field(() => String, {
    nullable: true,
    description: 'The talkee: part of the name, pinyin initials from the start or the start of the badge number',
  })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, refuseWith('TOO_LONG', { max: LIMITS.nameMax }))
  search?: string | null;
  @Field(() => TalkKind, { nullable: true })
  @IsOptional()
  kind?: TalkKind | null;

  @Field(() => String, { nullable: true, description: 'From this local date (YYYY-MM-DD), inclusive' })
  @IsOptional()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this local date (YYYY-MM-DD), inclusive' })
  @IsOptional()
  to?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  talkerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  talkeeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pairingId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The talkee’s branch' })
  @IsOptional()
  branchId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  confidential?: boolean | null;
}
