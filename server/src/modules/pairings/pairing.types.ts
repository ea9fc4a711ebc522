import { VisitKind } from '@tongxin/schema';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import { guardedByParent } from '../../common/decisions.js';
import { Officer } from '../officers/officer.entity.js';
import { Pairing } from './pairing.entity.js';

export const PairingType = { ONE_PLUS_ONE: 'ONE_PLUS_ONE', ONE_PLUS_X: 'ONE_PLUS_X' } as const;
export type PairingType = (typeof PairingType)[keyof typeof PairingType];
registerEnumType(PairingType, {
  name: 'PairingType',
  description: '"1+1": a lead mentor only; "1+X": a lead mentor and supporting mentors',
});

export const PairingOrderBy = {
  /**
   * Live pairings by how overdue they are: ACTIVE ones by next contact due (most overdue first),
   * then those IN_REVIEW, which wait for the committee and are never overdue. The default.
   */
  OVERDUE: 'OVERDUE',
  /** Soonest due first: overdue pairs lead. */
  NEXT_CONTACT_DUE: 'NEXT_CONTACT_DUE',
  /** Newest first. */
  START_DATE: 'START_DATE',
  /** Most recently changed first. */
  UPDATED_AT: 'UPDATED_AT',
} as const;
export type PairingOrderBy = (typeof PairingOrderBy)[keyof typeof PairingOrderBy];
registerEnumType(PairingOrderBy, {
  name: 'PairingOrderBy',
  description: 'Without one: OVERDUE for live pairings, UPDATED_AT when closed statuses are asked for',
});

export const TimelineKind = {
  VISIT: 'VISIT',
  TALK: 'TALK',
  ACTION_ITEM: 'ACTION_ITEM',
  REVIEW: 'REVIEW',
  EVENT: 'EVENT',
} as const;
export type TimelineKind = (typeof TimelineKind)[keyof typeof TimelineKind];
registerEnumType(TimelineKind, { name: 'TimelineKind' });

export const PairingConnection = connectionOf(Pairing, 'Pairing');
export type PairingConnection = InstanceType<typeof PairingConnection>;

guardedByParent('PairingMentor', 'A mentor term of a pairing the viewer may read; the officer shows identity fields.');

@ObjectType({ description: 'Number of visits of one kind on a pairing' })
export class VisitKindCount {
  @Field(() => VisitKind)
  kind!: VisitKind;

  @Field(() => Int)
  count!: number;
}
guardedByParent('VisitKindCount', 'Counted from the visits the viewer may read on a pairing they may read.');

/**
 * One line of a pairing's history. Built only from records the viewer may read, and only from
 * fields they may read on each; restricted texts (confidential notes, assessments, confidential
 * talks' content) are never copied here.
 */
@ObjectType()
export class TimelineEntry {
  @Field(() => ID, { description: 'Unique within the timeline, e.g. "VISIT:12"' })
  id!: string;

  @Field(() => TimelineKind)
  kind!: TimelineKind;

  @Field({
    description:
      'Sub-kind: the VisitKind, TalkKind, ActionItemStatus, ReviewDecision, or the event type (created, handover, mentors_changed, updated, submitted, cancelled, …)',
  })
  type!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => String, { nullable: true, description: 'A short text the viewer may read, or null' })
  summary!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'VISIT: ACKNOWLEDGED/UNACKNOWLEDGED; TALK: CONFIDENTIAL when confidential; REVIEW: the rating when readable; EVENT: the status it led to',
  })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'ACTION_ITEM: due date (YYYY-MM-DD)' })
  dueDate!: string | null;

  @Field(() => Officer, { nullable: true, description: 'Who did it, when the viewer may know' })
  actor!: Officer | null;

  @Field(() => ID, { description: 'Id of the underlying visit, talk, action item, review or event' })
  recordId!: number;
}
guardedByParent('TimelineEntry', 'Built from records read through the viewer’s scope, with readable fields only.');

@ObjectType({ description: 'How many live pairings a mentor holds against the bureau’s limit' })
export class MentorLoad {
  @Field(() => ID)
  officerId!: number;

  @Field(() => Officer, { nullable: true })
  officer!: Officer | null;

  @Field(() => Int, { description: 'Live (ACTIVE or IN_REVIEW) pairings with an open term' })
  activeCount!: number;

  @Field(() => Int)
  limit!: number;

  @Field({ description: 'True when one more pairing would exceed the limit' })
  atCapacity!: boolean;

  @Field(() => String, { nullable: true, description: 'The warning the portal shows, or null' })
  warning!: string | null;
}
guardedByParent('MentorLoad', 'Load of an officer the viewer may read (or named as a mentor in their own mutation).');

@ObjectType()
export class CreatePairingResult {
  @Field(() => Pairing)
  pairing!: Pairing;

  @Field(() => [String], { description: 'Not refusals: e.g. a mentor over the capacity limit' })
  warnings!: string[];

  @Field(() => [MentorLoad], { description: 'Mentors over capacity' })
  capacityWarnings!: MentorLoad[];
}
guardedByParent('CreatePairingResult', 'The result of the viewer’s own mutation.');

@ObjectType()
export class UpdatePairingResult {
  @Field(() => Pairing)
  pairing!: Pairing;

  @Field(() => [String])
  warnings!: string[];

  @Field(() => [MentorLoad])
  capacityWarnings!: MentorLoad[];
}
guardedByParent('UpdatePairingResult', 'The result of the viewer’s own mutation.');
