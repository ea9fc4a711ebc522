import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { PairingStatus } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Pairing } from './pairing.entity.js';

/** A change in a pairing's life (created, handed over, submitted, reviewed, cancelled), for its timeline. */
@ObjectType()
@Entity()
export class PairingEvent extends BaseEntity {
  @ManyToOne(() => Pairing, { ref: true, index: true })
  pairing!: Ref<Pairing>;

  @Field()
  @Property({ length: 32 })
  type!: string;

  @Field(() => PairingStatus, { nullable: true })
  @Enum({ items: () => PairingStatus, nullable: true })
  fromStatus?: PairingStatus | null;

  @Field(() => PairingStatus, { nullable: true })
  @Enum({ items: () => PairingStatus, nullable: true })
  toStatus?: PairingStatus | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => Officer, { ref: true, nullable: true, index: true })
  actor?: Ref<Officer> | null;

  @Field(() => Date)
  @Property()
  occurredAt!: Date;
}
