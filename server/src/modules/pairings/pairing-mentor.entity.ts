import { Entity, EntityRepositoryType, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { MentorRole } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Pairing } from './pairing.entity.js';
import { PairingMentorRepository } from './pairing-mentor.repository.js';

/**
 * A mentor's term on a pairing. A handover ends the term (endedAt) instead of deleting it, so the
 * history of who mentored when is kept; only open terms grant access.
 */
@ObjectType()
@Entity({ repository: () => PairingMentorRepository })
@Index({ properties: ['officer', 'endedAt'] })
export class PairingMentor extends BaseEntity {
  [EntityRepositoryType]?: PairingMentorRepository;

  @ManyToOne(() => Pairing, { ref: true, index: true })
  pairing!: Ref<Pairing>;

  @ManyToOne(() => Officer, { ref: true, index: true })
  officer!: Ref<Officer>;

  @Field(() => MentorRole)
  @Enum({ items: () => MentorRole })
  role!: MentorRole;

  @Field(() => Date)
  @Property()
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: Date, nullable: true })
  @Index()
  endedAt?: Date | null;
}
