import { Entity, EntityRepositoryType, Enum, Index, type Opt, Property, Unique } from '@mikro-orm/core';
import { OfficerCategory, PairingReason, type Role } from '@tongxin/schema';
import { Field, Int, ObjectType } from 'type-graphql';
import { RESTRICTED } from '../../common/base.entity.js';
import { ScopedRecord } from '../org/scoped-record.entity.js';
import { OfficerRepository } from './officer.repository.js';

/** 民警 / 辅警: every person in the bureau; some hold an account. */
@ObjectType()
@Entity({ repository: () => OfficerRepository })
@Index({ properties: ['branch', 'name'] })
export class Officer extends ScopedRecord {
  [EntityRepositoryType]?: OfficerRepository;

  @Field()
  @Property({ length: 64 })
  @Index()
  name!: string;

  /** Pinyin initials of the name (e.g. 张伟 → zw), so a search can type Latin letters. */
  @Field(() => String, RESTRICTED)
  @Property({ length: 32 })
  @Index()
  nameInitials!: string;

  @Field()
  @Unique()
  @Property({ length: 16 })
  badgeNumber!: string;

  @Field(() => OfficerCategory)
  @Enum({ items: () => OfficerCategory })
  category!: OfficerCategory;

  @Field({ nullable: true })
  @Property({ length: 64, nullable: true })
  position?: string;

  @Field({ nullable: true })
  @Property({ length: 32, nullable: true })
  phone?: string;

  /** Why the branch flagged this officer for help, before a pairing exists. */
  @Field(() => PairingReason, { nullable: true })
  @Enum({ items: () => PairingReason, nullable: true })
  flaggedReason?: PairingReason;

  @Field(() => Boolean, RESTRICTED)
  @Property({ type: 'boolean', default: false })
  disabled: boolean & Opt = false;

  /** The officer may act as a responsible helper (帮教责任人). */
  @Field(() => Boolean, RESTRICTED)
  @Property({ type: 'boolean', default: false })
  @Index()
  isMentor: boolean & Opt = false;

  // The account, when the officer has one. Never exposed as GraphQL fields.
  @Unique()
  @Property({ length: 64, nullable: true })
  username?: string;

  @Property({ length: 255, nullable: true, lazy: true, hidden: true })
  passwordHash?: string;

  @Property({ type: 'json', nullable: true })
  roles?: Role[];

  /** The sysadmin locked the account (the officer stays on the roster and may still be paired). */
  @Property({ type: 'boolean', default: false })
  accountDisabled: boolean & Opt = false;

  /** The password is a one-time password the sysadmin was shown: the next login must change it. */
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean & Opt = false;

  @Property({ type: Date, nullable: true })
  passwordChangedAt?: Date | null;

  // An officer seen through a relation shows its identity only: the rest is null for that viewer.
  @Field(() => Int, RESTRICTED)
  override version!: number & Opt;

  @Field(() => Date, RESTRICTED)
  override createdAt!: Date & Opt;

  @Field(() => Date, RESTRICTED)
  override updatedAt!: Date & Opt;
}
