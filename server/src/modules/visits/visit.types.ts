import { LIMITS, VisitKind } from '@tongxin/schema';
import { Field, ID, InputType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import {
  ClientKey,
  EditOf,
  Optional,
  OptionalDay,
  OptionalIds,
  OptionalText,
  PeriodFilter,
  RequiredText,
  SearchText,
} from '../../common/input-fields.js';
import { MUTATION_ID } from '../../common/parse.js';
import { ActionItemsInput, type NewActionItemInput } from '../action-items/action-item.types.js';
import { Visit } from './visit.entity.js';

export const VisitConnection = connectionOf(Visit, 'Visit');
export type VisitConnection = InstanceType<typeof VisitConnection>;

/**
 * The visit's optional free texts and their limits. The inputs declare each with this limit and
 * the service copies every one of them on log and edit (trimmed, empty is null), so a new text is
 * a column, a line here and its field in VisitContentInput.
 */
export const VISIT_NOTES = {
  location: LIMITS.shortText,
  participants: LIMITS.mediumText,
  observations: LIMITS.longText,
  confidentialNotes: LIMITS.longText,
} as const;
export const VISIT_SUMMARY_MAX = LIMITS.longText;
export const ACKNOWLEDGMENT_MAX = LIMITS.mediumText;
const MENTORS_MAX = LIMITS.supportMentorsMax + 1;

/** What a visit says, as both the log and the edit send it; null clears an optional one. */
@InputType()
export abstract class VisitContentInput {
  @OptionalText(VISIT_NOTES.location)
  location?: string | null;

  @OptionalText(VISIT_NOTES.participants)
  participants?: string | null;

  @OptionalIds(MENTORS_MAX)
  participantMentorIds?: string[] | null;

  @OptionalText(VISIT_NOTES.observations)
  observations?: string | null;

  @OptionalText(VISIT_NOTES.confidentialNotes)
  confidentialNotes?: string | null;

  @OptionalDay()
  nextVisitDue?: string | null;
}

@InputType({ description: '上门走访 / 个别谈话 / 座谈会 / 回访教育 logged by a mentor of the pairing' })
export class LogVisitInput extends VisitContentInput {
  @Field(() => ID, MUTATION_ID)
  pairingId!: string;

  @Field(() => VisitKind)
  kind!: VisitKind;

  @Field(() => Date, { description: 'Not in the future, not before the pairing started' })
  occurredAt!: Date;

  @RequiredText(VISIT_SUMMARY_MAX)
  summary!: string;

  // The log form's fields say who reads them; the same fields of an edit do not repeat it.
  @OptionalText(VISIT_NOTES.participants, 'Others present, by name')
  override participants?: string | null;

  @OptionalIds(MENTORS_MAX, 'Mentors of the pairing who were present')
  override participantMentorIds?: string[] | null;

  @OptionalText(VISIT_NOTES.confidentialNotes, 'Never shown to the mentee')
  override confidentialNotes?: string | null;

  @ActionItemsInput()
  actionItems?: NewActionItemInput[] | null;

  @OptionalIds(100, 'Open items of the pairing ticked as done in the same form')
  closeActionItemIds?: string[] | null;

  @ClientKey('visit already logged')
  clientKey?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null clears an optional one' })
export class UpdateVisitInput extends EditOf(VisitContentInput, 'VisitEdit') {
  @Field(() => VisitKind, { nullable: true })
  kind?: VisitKind | null;

  @Field(() => Date, { nullable: true })
  occurredAt?: Date | null;

  @OptionalText(VISIT_SUMMARY_MAX)
  summary?: string | null;
}

@InputType()
export class VisitFilter extends PeriodFilter {
  @SearchText('The mentee')
  search?: string | null;

  @Optional(() => VisitKind)
  kind?: VisitKind | null;

  @Optional(() => ID)
  pairingId?: string | null;

  @Optional(() => ID)
  branchId?: string | null;

  @Optional(() => ID)
  authorId?: string | null;

  @Optional(() => ID, 'Visits on pairings helping this officer')
  menteeId?: string | null;

  @Optional(() => Boolean, 'Signed by the mentee (true) or awaiting it (false)')
  acknowledged?: boolean | null;
}
