import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field(() => Date)
  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => Date)
  @Property({ type: Date, onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
