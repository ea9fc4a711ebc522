import { ActionItemStatus, LIMITS } from '@tongxin/schema';
import { IsOptional, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { refuseWith } from '../../common/validation-messages.js';
import { ActionItem } from './action-item.entity.js';
import { MUTATION_ID } from '../../common/parse.js';

export const ActionItemConnection = connectionOf(ActionItem, 'ActionItem');
export type ActionItemConnection = InstanceType<typeof ActionItemConnection>;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A follow-up written with a visit or a talk. */
@InputType()
export class NewActionItemInput {
  @Field(() => ID, { description: 'Who is to do it: the mentee/talkee or the one writing the record' })
  ownerId!: string;

  @Field()
  @MaxLength(LIMITS.actionItemText)
  description!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE_PATTERN, refuseWith('INVALID_DATE'))
  dueDate!: string;
}

@InputType()
export class ActionItemFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'The owner or the pairing’s mentee: part of the name, pinyin initials from the start or the start of the badge number',
  })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, refuseWith('TOO_LONG', { max: LIMITS.nameMax }))
  search?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  pairingId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  visitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  talkId?: string | null;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  status?: ActionItemStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Open and past its due date (bureau time)' })
  @IsOptional()
  overdue?: boolean | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Field(() => ActionItemStatus, { description: 'DONE or DROPPED; an item is closed once' })
  status!: ActionItemStatus;

  @Field(() => String, { nullable: true, description: 'Required when dropping' })
  @IsOptional()
  @MaxLength(LIMITS.actionItemText)
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read; a stale one gives CONFLICT' })
  @IsOptional()
  @Min(1)
  version?: number | null;
}

export const MAX_ITEMS_PER_RECORD = LIMITS.actionItemsPerRecordMax;

@InputType({ description: 'Corrects an open item; fields left out stay as they are' })
export class EditActionItemInput {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Field(() => Int, { description: 'The version read; a stale one gives CONFLICT' })
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.actionItemText)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'The mentee or a current mentor of the item’s pairing' })
  @IsOptional()
  ownerId?: string | null;
}
