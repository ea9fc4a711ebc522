import { Entity, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';

/**
 * A login session. Only the SHA-256 of the token is stored, so a database leak does not hand out
 * live sessions. Sessions live in the database so any server instance can serve any request.
 */
@Entity()
export class Session extends BaseEntity {
  @Unique()
  @Property({ length: 64 })
  tokenHash!: string;

  @ManyToOne(() => Officer, { ref: true, index: true })
  officer!: Ref<Officer>;

  @Property()
  lastSeenAt!: Date;

  @Property()
  absoluteExpiresAt!: Date;

  @Property({ length: 200, nullable: true })
  userAgent?: string | null;
}
