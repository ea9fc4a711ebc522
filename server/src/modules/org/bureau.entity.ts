import { Entity, type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity, RESTRICTED } from '../../common/base.entity.js';

/** 分局: a district bureau, the committee's scope. */
@ObjectType()
@Entity()
export class Bureau extends BaseEntity {
  @Field()
  @Property({ length: 100 })
  name!: string;

  @Field()
  @Unique()
  @Property({ length: 32 })
  code!: string;

  @Field(() => Date, RESTRICTED)
  override createdAt!: Date & Opt;

  @Field(() => Date, RESTRICTED)
  override updatedAt!: Date & Opt;
}
