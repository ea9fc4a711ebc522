import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { OrgUnitEntity } from './org-unit.entity.js';

/** 分局: a district bureau, the committee's scope. */
@ObjectType()
@Entity()
export class Bureau extends OrgUnitEntity {}
