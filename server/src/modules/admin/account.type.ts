import { Role } from '@tongxin/schema';
import { Field, ID, ObjectType } from 'type-graphql';
import { guardedByParent } from '../../common/decisions.js';
import { connectionOf } from '../../common/connection.js';
import { refId } from '../../common/plain-rows.js';
import { Officer } from '../officers/officer.entity.js';

/**
 * The login of an officer, as the sysadmin administers it and the auditor reads it. Its id is the
 * officer's. Never a password or its hash: those have no field anywhere.
 */
@ObjectType({ description: '账号: the login of an officer; id is the officer’s id' })
export class Account {
  @Field(() => ID)
  id!: number;

  /** For the rules (the account's bureau); not a field. */
  bureau!: number;

  @Field()
  username!: string;

  @Field(() => [Role], {
    description:
      'Roles as stored (SECRETARY runs the officer’s own branch); OFFICER and MENTOR also follow from the person',
  })
  roles!: Role[];

  @Field(() => Boolean, { description: 'Locked by the sysadmin (the officer stays on the roster)' })
  disabled!: boolean;

  @Field(() => Boolean, { description: 'The password is a one-time password not yet replaced' })
  mustChangePassword!: boolean;

  @Field(() => Date, { nullable: true, description: 'When its holder last chose a password' })
  passwordChangedAt?: Date | null;

  @Field(() => Officer)
  officer!: Officer;
}

/** The account of an officer who has one. */
export function accountOf(officer: Officer): Account {
  return Object.assign(new Account(), {
    id: officer.id,
    // The officer may be an entity or a row (see common/plain-rows.ts).
    bureau: refId(officer.bureau)!,
    username: officer.username ?? '',
    roles: officer.roles ?? [],
    disabled: officer.accountDisabled || officer.disabled,
    mustChangePassword: officer.mustChangePassword,
    passwordChangedAt: officer.passwordChangedAt ?? null,
    officer,
  });
}

export const AccountConnection = connectionOf(Account, 'Account');
export type AccountConnection = InstanceType<typeof AccountConnection>;

@ObjectType({ description: 'An account and the one-time password just set on it, shown this once' })
export class AccountPasswordResult {
  @Field(() => Account)
  account!: Account;

  @Field({
    description: 'Shown once to the sysadmin and never stored in clear; its holder must replace it at the next login',
  })
  oneTimePassword!: string;
}
guardedByParent(
  'AccountPasswordResult',
  'Returned only by createAccount and resetPassword, to the sysadmin allowed to make that change; the account inside is checked as an Account.',
);
