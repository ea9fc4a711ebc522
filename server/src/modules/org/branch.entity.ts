import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { BranchKind } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity, RESTRICTED } from '../../common/base.entity.js';
import { Bureau } from './bureau.entity.js';

/** 支部: a party branch, a police station (派出所) or a department. */
@ObjectType()
@Entity()
export class Branch extends BaseEntity {
  @ManyToOne(() => Bureau, { ref: true, index: true })
  bureau!: Ref<Bureau>;

  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field()
  @Unique()
  @Property({ length: 32 })
  code!: string;

  @Field(() => BranchKind)
  @Enum({ items: () => BranchKind })
  @Index()
  kind!: BranchKind;

  @Field(() => Date, RESTRICTED)
  override createdAt!: Date & Opt;

  @Field(() => Date, RESTRICTED)
  override updatedAt!: Date & Opt;
}
