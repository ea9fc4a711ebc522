import { TalkKind } from '@tongxin/schema';
import { IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TALK_TEXT } from './talk.types.js';
import { MUTATION_ID } from '../../common/parse.js';

/**
 * The talker's correction of a talk. Who was talked with, the pairing and the confidentiality stay
 * as recorded: changing them would change who may read it, which is a new record, not a correction.
 */
@InputType({ description: 'Fields left out stay as they are; null clears an optional one' })
export class UpdateTalkInput {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one gives CONFLICT' })
  @Min(1)
  version!: number;

  @Field(() => TalkKind, { nullable: true })
  kind?: TalkKind | null;

  @Field(() => Date, { nullable: true, description: 'Not in the future' })
  occurredAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TALK_TEXT)
  topics?: string | null;

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
}
