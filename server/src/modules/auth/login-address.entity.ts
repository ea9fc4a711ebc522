import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';

/**
 * A client address an account logged in from successfully. The correct password from a known
 * address is throttled on its own counter, so an attack on the account from elsewhere does not
 * lock its owner out.
 */
@Entity()
@Unique({ properties: ['officer', 'address'] })
export class LoginAddress extends BaseEntity {
  @ManyToOne(() => Officer, { ref: true, deleteRule: 'cascade' })
  officer!: Ref<Officer>;

  @Property({ length: 64 })
  address!: string;

  @Property()
  lastSuccessAt!: Date;
}
