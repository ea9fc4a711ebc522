import { LIMITS, TalkKind } from '@tongxin/schema';
import { Field, ID, InputType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import {
  ClientKey,
  EditOf,
  Optional,
  OptionalText,
  PeriodFilter,
  RequiredText,
  SearchText,
} from '../../common/input-fields.js';
import { MUTATION_ID } from '../../common/parse.js';
import { ActionItemsInput, type NewActionItemInput } from '../action-items/action-item.types.js';
import { Talk } from './talk.entity.js';

export const TalkConnection = connectionOf(Talk, 'Talk');
export type TalkConnection = InstanceType<typeof TalkConnection>;

export const TALK_TEXT = LIMITS.longText;
/** The talk's optional texts: the inputs declare them and the service copies each on record and edit. */
export const TALK_NOTES = ['officerViews', 'problemsRaised', 'guidance', 'assessment'] as const;

/** What a talk says, as both the record and the correction send it; null clears an optional one. */
@InputType()
export abstract class TalkContentInput {
  @OptionalText(TALK_TEXT)
  officerViews?: string | null;

  @OptionalText(TALK_TEXT)
  problemsRaised?: string | null;

  @OptionalText(TALK_TEXT)
  guidance?: string | null;

  @OptionalText(TALK_TEXT, 'Never shown to the talkee')
  assessment?: string | null;
}

@InputType({ description: '谈心谈话记录: who talked with whom, what was said, what follows' })
export class RecordTalkInput extends TalkContentInput {
  @Field(() => ID, MUTATION_ID)
  talkeeId!: string;

  @Field(() => ID, { nullable: true, description: 'The pairing it belongs to; the talkee must be its mentee' })
  pairingId?: string | null;

  @Field(() => TalkKind)
  kind!: TalkKind;

  @Field(() => Date, { description: 'Not in the future' })
  occurredAt!: Date;

  @RequiredText(TALK_TEXT)
  topics!: string;

  @Field(() => Boolean, { nullable: true, description: 'Readable by the talker and the committee only' })
  confidential?: boolean | null;

  @ActionItemsInput()
  actionItems?: NewActionItemInput[] | null;

  @ClientKey('talk already recorded')
  clientKey?: string | null;
}

/**
 * The talker's correction of a talk. Who was talked with, the pairing and the confidentiality stay
 * as recorded: changing them would change who may read it, which is a new record, not a correction.
 */
@InputType({ description: 'Fields left out stay as they are; null clears an optional one' })
export class UpdateTalkInput extends EditOf(TalkContentInput, 'TalkEdit') {
  @Field(() => TalkKind, { nullable: true })
  kind?: TalkKind | null;

  @Field(() => Date, { nullable: true, description: 'Not in the future' })
  occurredAt?: Date | null;

  @OptionalText(TALK_TEXT)
  topics?: string | null;
}

@InputType()
export class TalkFilter extends PeriodFilter {
  @SearchText('The talkee')
  search?: string | null;

  @Optional(() => TalkKind)
  kind?: TalkKind | null;

  @Optional(() => ID)
  talkerId?: string | null;

  @Optional(() => ID)
  talkeeId?: string | null;

  @Optional(() => ID)
  pairingId?: string | null;

  @Optional(() => ID, 'The talkee’s branch')
  branchId?: string | null;

  @Optional(() => Boolean)
  confidential?: boolean | null;
}
