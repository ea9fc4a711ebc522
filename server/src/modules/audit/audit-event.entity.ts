import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity.js';
import { Officer } from '../officers/officer.entity.js';
import { Bureau } from '../org/bureau.entity.js';

/** 审计日志: who did what, and who read which confidential record, when. Append-only. */
@ObjectType()
@Entity()
@Index({ properties: ['bureau', 'createdAt'] })
@Index({ properties: ['subjectType', 'subjectId'] })
@Index({ properties: ['action', 'subjectId', 'createdAt'] })
export class AuditEvent extends BaseEntity {
  /** Null only for a failed login with an unknown username on an install of several bureaux. */
  @ManyToOne(() => Bureau, { ref: true, nullable: true, index: true })
  bureau?: Ref<Bureau> | null;

  @ManyToOne(() => Officer, { ref: true, nullable: true, index: true })
  actor?: Ref<Officer> | null;

  /** e.g. `login`, `createPairing`, `read:Talk.confidential` */
  @Field()
  @Property({ length: 64 })
  @Index()
  action!: string;

  @Field()
  @Property({ length: 32 })
  subjectType!: string;

  @Field(() => String, { nullable: true })
  /** A record's id, or the username of a failed login (up to LIMITS.usernameMax). */
  @Property({ length: 64, nullable: true })
  subjectId?: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  detail?: Record<string, unknown> | null;
}
