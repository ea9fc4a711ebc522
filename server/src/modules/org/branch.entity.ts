import { Entity, Enum, Index, ManyToOne, type Ref } from '@mikro-orm/core';
import { BranchKind } from '@tongxin/schema';
import { Field, ObjectType } from 'type-graphql';
import { Bureau } from './bureau.entity.js';
import { OrgUnitEntity } from './org-unit.entity.js';

/** 支部: a party branch, a police station (派出所) or a department. */
@ObjectType()
@Entity()
export class Branch extends OrgUnitEntity {
  @ManyToOne(() => Bureau, { ref: true, index: true })
  bureau!: Ref<Bureau>;

  @Field(() => BranchKind)
  @Enum({ items: () => BranchKind })
  @Index()
  kind!: BranchKind;
}
