import { Entity, ManyToOne, type Opt, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { guardedByParent } from '../../common/decisions.js';
import { Officer } from '../officers/officer.entity.js';
import { Forum } from './forum.entity.js';

/** One attendee of a forum, marked present (the default: the form lists who came) or absent. */
@ObjectType()
@Entity()
@Unique({ properties: ['forum', 'officer'] })
export class ForumAttendance {
  @Field(() => ID)
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Forum, { ref: true, index: true, deleteRule: 'cascade' })
  forum!: Ref<Forum>;

  @ManyToOne(() => Officer, { ref: true, index: true })
  officer!: Ref<Officer>;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  present: boolean & Opt = true;
}
guardedByParent('ForumAttendance', 'An attendee of a forum the viewer may read.');
