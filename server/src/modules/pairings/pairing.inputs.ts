import { LIMITS, PairingReason, PairingStatus } from '@tongxin/schema';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Optional } from '../../common/input-fields.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MUTATION_ID } from '../../common/parse.js';
import { refuseWith } from '../../common/validation-messages.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMsg = refuseWith('INVALID_DATE');
const longMsg = refuseWith('TOO_LONG', { max: LIMITS.longText });
const searchMsg = refuseWith('TOO_LONG', { max: LIMITS.nameMax });
const intervalMin = refuseWith('CONTACT_INTERVAL_RANGE', {
  min: LIMITS.contactIntervalDaysMin,
  max: LIMITS.contactIntervalDaysMax,
});
const supportMax = refuseWith('TOO_MANY_SUPPORT_MENTORS', { max: LIMITS.supportMentorsMax });

@InputType()
export class PairingFilter {
  @Field(() => [PairingStatus], {
    nullable: true,
    description:
      'Any of these statuses; without it the live ones (ACTIVE, IN_REVIEW): closed ones are asked for by name',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: PairingStatus[];

  @Optional(() => PairingReason)
  reason?: PairingReason;

  @Optional(() => ID, 'Pairings this officer currently mentors (lead or support)')
  mentorId?: string;

  @Optional(() => ID)
  menteeId?: string;

  @Optional(
    () => Boolean,
    'Flagged for the branch secretary because the roster changed under it (attention set), or not',
  )
  needsAttention?: boolean;

  @Optional(() => Boolean, 'ACTIVE with the next contact past due (or the opposite)')
  overdue?: boolean;

  @Optional(() => ID)
  branchId?: string;

  @Optional(() => Boolean, 'With at least one visit the mentee has not acknowledged')
  awaitingAcknowledgment?: boolean;

  @Field(() => String, { nullable: true, description: 'Mentee name, pinyin initials or badge number' })
  @IsOptional()
  @MaxLength(LIMITS.nameMax, searchMsg)
  search?: string;
}

@InputType()
export class CreatePairingInput {
  @Field(() => ID, MUTATION_ID)
  menteeId!: string;

  @Field(() => ID, MUTATION_ID)
  leadMentorId!: string;

  @Field(() => [ID], { nullable: true, description: 'Supporting mentors ("1+X"); none makes a "1+1"' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.supportMentorsMax, supportMax)
  supportMentorIds?: string[];

  @Field(() => PairingReason)
  reason!: PairingReason;

  @Field()
  @MaxLength(LIMITS.longText, longMsg)
  goals!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, dateMsg)
  startDate!: string;

  @Field({ description: 'YYYY-MM-DD, after startDate' })
  @Matches(DATE, dateMsg)
  plannedEndDate!: string;

  @Field(() => Int, {
    nullable: true,
    description: `Days, ${LIMITS.contactIntervalDaysMin}..${LIMITS.contactIntervalDaysMax}`,
  })
  @IsOptional()
  @Min(LIMITS.contactIntervalDaysMin, intervalMin)
  @Max(LIMITS.contactIntervalDaysMax, intervalMin)
  contactIntervalDays?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText, longMsg)
  riskNotes?: string | null;
}

/** Fields left out (null) stay as they are. */
@InputType()
export class UpdatePairingInput {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Field(() => Int, { description: 'The version the edit was based on; a stale one gives CONFLICT' })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.longText, longMsg)
  goals?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(DATE, dateMsg)
  plannedEndDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(LIMITS.contactIntervalDaysMin, intervalMin)
  @Max(LIMITS.contactIntervalDaysMax, intervalMin)
  contactIntervalDays?: number | null;

  @Field(() => String, { nullable: true, description: 'An empty string clears the notes' })
  @IsOptional()
  @MaxLength(LIMITS.longText, longMsg)
  riskNotes?: string | null;

  @Optional(() => ID, 'A different officer hands the pairing over to them')
  leadMentorId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The complete new set of supporting mentors' })
  @IsOptional()
  @ArrayMaxSize(LIMITS.supportMentorsMax, supportMax)
  supportMentorIds?: string[] | null;
}
