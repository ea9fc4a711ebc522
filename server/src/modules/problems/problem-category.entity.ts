import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { guardedByParent } from '../../common/decisions.js';
import { Bureau } from '../org/bureau.entity.js';

/** A category of problems; each bureau keeps its own list (the article's 七大类). */
@ObjectType()
@Entity()
@Unique({ properties: ['bureau', 'name'] })
export class ProblemCategory {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Bureau, { ref: true, index: true })
  bureau!: Ref<Bureau>;

  @Field()
  @Property({ length: 64 })
  name!: string;

  @Field(() => Int, { description: 'Position in the bureau’s list' })
  @Property({ type: 'integer' })
  position!: number;
}
guardedByParent('ProblemCategory', 'A name in the viewer’s bureau’s list of problem categories; no content.');
