import { ForumKind, LIMITS } from '@tongxin/schema';
import { ArrayMaxSize, IsBoolean, IsOptional, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { connectionOf } from '../../common/connection.js';
import {
  ClientKey,
  EditOf,
  Optional,
  OptionalText,
  PeriodFilter,
  RequiredText,
  allOf,
} from '../../common/input-fields.js';
import { MUTATION_ID } from '../../common/parse.js';
import { NewProblemInput } from '../problems/problem.types.js';
import { Forum } from './forum.entity.js';

export const ForumConnection = connectionOf(Forum, 'Forum');
export type ForumConnection = InstanceType<typeof ForumConnection>;

/** The forum's optional texts and their limits; the service copies each on create and edit. */
export const FORUM_NOTES = {
  place: LIMITS.shortText,
  minutes: LIMITS.longText,
  confidentialMinutes: LIMITS.longText,
} as const;
export const FORUM_PROBLEMS_MAX = 50;

@InputType({ description: 'An officer of the bureau at the forum' })
export class ForumAttendeeInput {
  @Field(() => ID)
  officerId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Present (default) or absent' })
  @IsOptional()
  present?: boolean | null;
}

const Attendees = (description: string) =>
  allOf(
    Field(() => [ForumAttendeeInput], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(LIMITS.forumAttendeesMax),
    ValidateNested({ each: true }),
  );

/** What a forum says, as both the create and the edit send it; null clears an optional one. */
@InputType()
export abstract class ForumContentInput {
  @OptionalText(FORUM_NOTES.place)
  place?: string | null;

  @OptionalText(FORUM_NOTES.minutes, '纪要')
  minutes?: string | null;

  @OptionalText(FORUM_NOTES.confidentialMinutes, 'Read by the host and the committee only')
  confidentialMinutes?: string | null;

  @Optional(() => ID, 'The host, an officer of the bureau; default: the one recording it')
  hostId?: string | null;
}

@InputType({ description: '座谈会 recorded by a secretary for their branch or by the committee for the bureau' })
export class CreateForumInput extends ForumContentInput {
  @Field(() => ForumKind)
  kind!: ForumKind;

  @RequiredText(LIMITS.shortText)
  title!: string;

  @Field(() => Date, { description: 'Not in the future' })
  occurredAt!: Date;

  @Optional(() => ID, 'The organising branch; left out: a secretary’s own branch, the bureau for the committee')
  branchId?: string | null;

  @Attendees('Officers of the bureau who were invited; each present unless marked absent')
  attendees?: ForumAttendeeInput[] | null;

  @Field(() => [NewProblemInput], { nullable: true, description: 'Problems raised while the forum ran' })
  @IsOptional()
  @ArrayMaxSize(FORUM_PROBLEMS_MAX)
  @ValidateNested({ each: true })
  problems?: NewProblemInput[] | null;

  @ClientKey('forum already recorded')
  clientKey?: string | null;
}

@InputType({ description: 'The host edits within 7 days; fields left out stay as they are' })
export class UpdateForumInput extends EditOf(ForumContentInput, 'ForumEdit') {
  @Field(() => ForumKind, { nullable: true })
  kind?: ForumKind | null;

  @OptionalText(LIMITS.shortText)
  title?: string | null;

  @Field(() => Date, { nullable: true })
  occurredAt?: Date | null;

  @Attendees('The whole list again: officers left out are removed')
  attendees?: ForumAttendeeInput[] | null;
}

@InputType({ description: 'Marks one listed attendee present or absent' })
export class MarkForumAttendanceInput {
  @Field(() => ID, MUTATION_ID)
  forumId!: string;

  @Field(() => ID)
  officerId!: string;

  @Field(() => Boolean)
  @IsBoolean()
  present!: boolean;
}

@InputType()
export class ForumFilter extends PeriodFilter {
  @OptionalText(LIMITS.nameMax, 'Part of the title')
  search?: string | null;

  @Optional(() => ForumKind)
  kind?: ForumKind | null;

  @Optional(() => ID)
  branchId?: string | null;

  @Optional(() => Boolean, 'Only the committee’s forums of the whole bureau')
  bureauOnly?: boolean | null;

  @Optional(() => ID)
  hostId?: string | null;

  @Optional(() => ID, 'Forums this officer is listed at')
  attendeeId?: string | null;
}
