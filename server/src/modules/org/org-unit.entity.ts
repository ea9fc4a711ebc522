import { type Opt, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity, RESTRICTED } from '../../common/base.entity.js';

/** A unit of the organisation (a bureau, a branch): a display name and a code unique among its kind. */
@ObjectType()
export abstract class OrgUnitEntity extends BaseEntity {
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
