import { Role } from '@tongxin/schema';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { guardedByParent } from '../../common/decisions.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';

/** The logged-in viewer: who they are and what they may do (packed CASL rules for the portal). */
@ObjectType()
export class Me {
  @Field(() => ID)
  id!: number;

  @Field()
  username!: string;

  @Field(() => Officer)
  officer!: Officer;

  @Field(() => [Role], {
    description:
      'Effective roles: OFFICER always, MENTOR while mentoring a pairing; SYSADMIN or AUDITOR alone (no OFFICER beside them)',
  })
  roles!: Role[];

  @Field(() => Branch)
  branch!: Branch;

  @Field(() => Bureau)
  bureau!: Bureau;

  @Field(() => GraphQLJSON, { description: 'CASL rules packed with packRules, for @casl/react' })
  abilityRules!: unknown;

  @Field(() => Date, { nullable: true })
  sessionExpiresAt?: Date | null;

  @Field(() => Boolean, {
    description:
      'The account still has a one-time password: until changePassword succeeds, every other operation but me and logout answers FORBIDDEN with reason PASSWORD_CHANGE_REQUIRED',
  })
  mustChangePassword!: boolean;
}
guardedByParent('Me', 'Only ever the viewer’s own account; built from their session.');
