import { Entity, OneToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';

/** A person's own digest setting: on or off, and the address their e-mail digest goes to. */
@Entity()
export class ReminderPreference extends BaseEntity {
  @OneToOne(() => Officer, { ref: true, owner: true, unique: true })
  officer!: Ref<Officer>;

  @Property({ type: 'boolean' })
  digestEnabled: boolean & Opt = true;

  @Property({ length: 254, nullable: true })
  email?: string | null;
}
