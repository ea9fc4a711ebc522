import { Entity, EntityRepositoryType, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { LIMITS, VisitKind } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { Forum } from '../forums/forum.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { ScopedRecord } from '../org/scoped-record.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { VisitRepository } from './visit.repository.js';

/**
 * A contact a mentor logs on a pairing. bureau/branch/mentee are copied from the pairing so the
 * permission conditions are flat columns that both CASL and SQL can test.
 */
@ObjectType()
@Entity({ repository: () => VisitRepository })
@Index({ properties: ['pairing', 'occurredAt'] })
@Unique({ properties: ['author', 'clientKey'] })
@Index({ properties: ['branch', 'occurredAt'] })
@Unique({ properties: ['forum', 'pairing'] })
export class Visit extends ScopedRecord {
  [EntityRepositoryType]?: VisitRepository;

  @ManyToOne(() => Pairing, { ref: true, index: true })
  pairing!: Ref<Pairing>;

  @ManyToOne(() => Officer, { ref: true, index: true })
  mentee!: Ref<Officer>;

  @ManyToOne(() => Officer, { ref: true, index: true })
  author!: Ref<Officer>;

  /**
   * Set on the FORUM contact a forum (座谈会) gives each attending mentee's live pairing: it follows
   * the forum (its time, its attendance) and is edited there, never as a visit.
   */
  @ManyToOne(() => Forum, { ref: true, nullable: true, index: true, deleteRule: 'cascade' })
  forum?: Ref<Forum> | null;

  @Field(() => VisitKind)
  @Enum({ items: () => VisitKind })
  @Index()
  kind!: VisitKind;

  @Field(() => Date)
  @Property()
  @Index()
  occurredAt!: Date;

  @Field(() => String, { nullable: true })
  @Property({ length: 200, nullable: true })
  location?: string | null;

  /** Others present, by name (mentors present are linked through participantMentorIds). */
  @Field(() => String, { nullable: true })
  @Property({ length: LIMITS.mediumText, nullable: true })
  participants?: string | null;

  @Property({ type: 'json', nullable: true })
  participantMentorIds?: number[] | null;

  @Field()
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  observations?: string | null;

  /** Restricted: never shown to the mentee. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  confidentialNotes?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 10, nullable: true })
  nextVisitDue?: string | null;

  // `Date | null` reflects as Object (a text column): the type is given as the Date class, not
  // 'datetime', whose snapshot on SQLite never equals the loaded value (every flush rewrote it).
  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  @Index()
  acknowledgedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ length: LIMITS.mediumText, nullable: true })
  acknowledgmentComment?: string | null;

  /**
   * Chosen by the portal for one submission of the form: a resend after a lost response (a phone
   * dropping its connection) finds the visit already logged instead of logging it twice.
   */
  @Property({ length: 64, nullable: true })
  clientKey?: string | null;
}
