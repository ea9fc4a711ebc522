import {
  Collection,
  Entity,
  EntityRepositoryType,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { LIMITS, PairingAttention, PairingReason, PairingStatus } from '@tongxin/schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { Officer } from '../officers/officer.entity.js';
import { ScopedRecord } from '../org/scoped-record.entity.js';
import { PairingEvent } from './pairing-event.entity.js';
import { PairingMentor } from './pairing-mentor.entity.js';
import { PairingRepository } from './pairing.repository.js';

export const LIVE_MENTEE_INDEX = 'pairing_live_mentee_unique';

/** 结对帮扶: one mentee, a lead mentor and 0..n supporting mentors ("1+1" / "1+X"). */
@ObjectType()
@Entity({ repository: () => PairingRepository })
// One live (ACTIVE or IN_REVIEW) pairing per mentee, kept by the database too: two concurrent
// createPairing calls both pass the service's check, only one passes this index.
@Unique({
  name: LIVE_MENTEE_INDEX,
  expression: `create unique index "${LIVE_MENTEE_INDEX}" on "pairing" ("mentee_id") where "status" in ('ACTIVE', 'IN_REVIEW')`,
})
@Index({ properties: ['branch', 'status'] })
@Index({ properties: ['bureau', 'status'] })
export class Pairing extends ScopedRecord {
  [EntityRepositoryType]?: PairingRepository;

  @ManyToOne(() => Officer, { ref: true, index: true })
  mentee!: Ref<Officer>;

  @Field(() => PairingStatus)
  @Enum({ items: () => PairingStatus })
  @Index()
  status: PairingStatus & Opt = PairingStatus.ACTIVE;

  @Field(() => PairingReason)
  @Enum({ items: () => PairingReason })
  @Index()
  reason!: PairingReason;

  @Field()
  @Property({ type: 'text' })
  goals!: string;

  /** YYYY-MM-DD */
  @Field()
  @Property({ length: 10 })
  @Index()
  startDate!: string;

  @Field()
  @Property({ length: 10 })
  plannedEndDate!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  contactIntervalDays: number & Opt = LIMITS.contactIntervalDaysDefault;

  /** Restricted: never shown to the mentee. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  riskNotes?: string | null;

  /** Latest visit or talk on this pairing; kept up to date by the services that log contacts. */
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  @Index()
  lastContactAt?: Date | null;

  /**
   * When the next contact is due: last contact (or start) plus the interval; indexed for "overdue".
   * Exposed by PairingFieldsResolver, which hides it once the pairing is closed.
   */
  @Property()
  @Index()
  nextContactDue!: Date;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reviewSummary?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  submittedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @ManyToOne(() => Officer, { ref: true, nullable: true, index: true })
  createdBy?: Ref<Officer> | null;

  /**
   * Set when the roster changed under a live pairing and its branch secretary must act (a mentor
   * left the force without a successor, or the mentee left); cleared when the secretary changes
   * the mentor team, cancels or submits the pairing.
   */
  @Field(() => PairingAttention, {
    nullable: true,
    description: 'Why the branch secretary must look at this pairing, set when the roster changed under it',
  })
  @Enum({ items: () => PairingAttention, nullable: true })
  @Index()
  attention?: PairingAttention | null;

  @OneToMany(() => PairingMentor, (m) => m.pairing, { orphanRemoval: false })
  mentorLinks = new Collection<PairingMentor>(this);

  @OneToMany(() => PairingEvent, (e) => e.pairing)
  events = new Collection<PairingEvent>(this);
}
