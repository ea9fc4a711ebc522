import { ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Branch } from './branch.entity.js';
import { Bureau } from './bureau.entity.js';

/**
 * A record of one branch of one bureau. The two references are flat columns (copied from the
 * pairing or the officer where there is one) because the permission rules test them: CASL on the
 * loaded record, SQL on the list.
 */
@ObjectType()
export abstract class BranchScopedEntity extends BaseEntity {
  @ManyToOne(() => Bureau, { ref: true, index: true })
  bureau!: Ref<Bureau>;

  @ManyToOne(() => Branch, { ref: true, index: true })
  branch!: Ref<Branch>;
}

/**
 * A branch-scoped record people edit: `version` is the optimistic lock an update input carries
 * back, so a save over someone else's newer one is a CONFLICT instead of a silent overwrite.
 */
@ObjectType()
export abstract class ScopedRecord extends BranchScopedEntity {
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
