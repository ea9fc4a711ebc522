import { ActionItemStatus, LIMITS } from '@tongxin/schema';
import { ArrayMaxSize, IsOptional, Matches, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import {
  EditInput,
  Optional,
  OptionalDay,
  OptionalText,
  RequiredText,
  SearchText,
  allOf,
} from '../../common/input-fields.js';
import { MUTATION_ID } from '../../common/parse.js';
import { refuseWith } from '../../common/validation-messages.js';
import { ActionItem } from './action-item.entity.js';

export const ActionItemConnection = connectionOf(ActionItem, 'ActionItem');
export type ActionItemConnection = InstanceType<typeof ActionItemConnection>;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A follow-up written with a visit or a talk. */
@InputType()
export class NewActionItemInput {
  @Field(() => ID, { description: 'Who is to do it: the mentee/talkee or the one writing the record' })
  ownerId!: string;

  @RequiredText(LIMITS.actionItemText)
  description!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE_PATTERN, refuseWith('INVALID_DATE'))
  dueDate!: string;
}

/** The follow-ups a visit or a talk is written with, each validated on its own. */
export const ActionItemsInput = () =>
  allOf(
    Field(() => [NewActionItemInput], { nullable: true }),
    IsOptional(),
    ArrayMaxSize(LIMITS.actionItemsPerRecordMax),
    ValidateNested({ each: true }),
  );

@InputType()
export class ActionItemFilter {
  @SearchText('The owner or the pairing’s mentee')
  search?: string | null;

  @Optional(() => ID)
  ownerId?: string | null;

  @Optional(() => ID)
  pairingId?: string | null;

  @Optional(() => ID)
  visitId?: string | null;

  @Optional(() => ID)
  talkId?: string | null;

  @Optional(() => ActionItemStatus)
  status?: ActionItemStatus | null;

  @Optional(() => Boolean, 'Open and past its due date (bureau time)')
  overdue?: boolean | null;
}

@InputType()
export class UpdateActionItemInput {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Field(() => ActionItemStatus, { description: 'DONE or DROPPED; an item is closed once' })
  status!: ActionItemStatus;

  @OptionalText(LIMITS.actionItemText, 'Required when dropping')
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read; a stale one gives CONFLICT' })
  @IsOptional()
  @Min(1)
  version?: number | null;
}

export const MAX_ITEMS_PER_RECORD = LIMITS.actionItemsPerRecordMax;

@InputType({ description: 'Corrects an open item; fields left out stay as they are' })
export class EditActionItemInput extends EditInput {
  @OptionalText(LIMITS.actionItemText)
  description?: string | null;

  @OptionalDay()
  dueDate?: string | null;

  @Optional(() => ID, 'The mentee or a current mentor of the item’s pairing')
  ownerId?: string | null;
}
