import { type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The options of a field that a viewer may be refused on a record they otherwise see: a person or
 * unit reached through a relation shows only its identity fields (IDENTITY_FIELDS), so every other
 * field of Officer, Branch and Bureau is nullable and resolves to null for such a viewer, instead
 * of failing the whole branch of the answer.
 */
export const RESTRICTED = {
  nullable: true,
  description: 'null when the viewer may not read it (a person or unit seen through a relation shows its name only)',
} as const;

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
