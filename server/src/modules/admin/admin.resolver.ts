import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { MUTATION_ID } from '../../common/parse.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import {
  AccountFilter,
  CreateAccountInput,
  CreateBranchInput,
  CreateOfficerInput,
  DeactivateOfficerInput,
  RenameBranchInput,
  SetAccountRolesInput,
  TransferOfficerInput,
  UpdateOfficerInput,
} from './admin.inputs.js';
import { createAccount, listAccounts, resetPassword, setAccountDisabled, setAccountRoles } from './account.service.js';
import { Account, AccountConnection, AccountPasswordResult, accountOf } from './account.type.js';
import { createBranch, renameBranch } from './branch-admin.service.js';
import { createOfficer, deactivateOfficer, transferOfficer, updateOfficer } from './roster.service.js';

// The administration API (系统管理员, SYSADMIN; the accounts list also for the AUDITOR). Resolvers
// only parse and call the services; who may do what is in schema/src/permissions. A record outside
// the sysadmin's bureau is NOT_FOUND, an action on their own account or record is FORBIDDEN.

@Resolver(() => Officer)
export class OfficerAccountResolver {
  @FieldResolver(() => Account, {
    nullable: true,
    description: 'The officer’s account, for the sysadmin (null without one, or for anyone else)',
  })
  account(@RecordRoot() officer: Officer, @Ctx() ctx: AppContext): Account | null {
    if (!officer.username) return null;
    const account = accountOf(officer);
    return ctx.ability.can('read', account as never) ? account : null;
  }
}

@Resolver()
export class AdminResolver {
  @ForViewer()
  @Query(() => AccountConnection, {
    description: 'Accounts of the bureau, by username: the sysadmin and the auditor; anyone else an empty list',
  })
  async accounts(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter,
  ): Promise<AccountConnection> {
    return toConnection(AccountConnection, await listAccounts(ctx, filter ?? {}, page));
  }

  @ForViewer()
  @Mutation(() => Branch, { description: 'New branch. Errors: BAD_USER_INPUT code BRANCH_CODE_TAKEN; FORBIDDEN' })
  createBranch(@Ctx() ctx: AppContext, @Arg('input', () => CreateBranchInput) input: CreateBranchInput) {
    return createBranch(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Branch, { description: 'Renames a branch. Errors: NOT_FOUND BRANCH_NOT_FOUND; FORBIDDEN' })
  renameBranch(@Ctx() ctx: AppContext, @Arg('input', () => RenameBranchInput) input: RenameBranchInput) {
    return renameBranch(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Officer, {
    description:
      'Adds a person to the roster. Errors: NOT_FOUND BRANCH_NOT_FOUND; BAD_USER_INPUT badgeNumber BADGE_TAKEN',
  })
  createOfficer(@Ctx() ctx: AppContext, @Arg('input', () => CreateOfficerInput) input: CreateOfficerInput) {
    return createOfficer(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Officer, {
    description:
      'Edits roster fields. Errors: NOT_FOUND OFFICER_NOT_FOUND; CONFLICT STALE_VERSION; BAD_USER_INPUT badgeNumber BADGE_TAKEN, isMentor ADMIN_NOT_PAIRABLE',
  })
  updateOfficer(@Ctx() ctx: AppContext, @Arg('input', () => UpdateOfficerInput) input: UpdateOfficerInput) {
    return updateOfficer(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Officer, {
    description:
      'Moves an officer to another branch; their live pairings stay, each with a timeline event. Errors: NOT_FOUND ' +
      'OFFICER_NOT_FOUND / BRANCH_NOT_FOUND; BAD_USER_INPUT branchId SAME_BRANCH, officerId OFFICER_DISABLED; FORBIDDEN (self)',
  })
  transferOfficer(@Ctx() ctx: AppContext, @Arg('input', () => TransferOfficerInput) input: TransferOfficerInput) {
    return transferOfficer(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Officer, {
    description:
      '离岗: disables the officer and their account, ends their sessions, hands their mentor terms to the successor or ' +
      'flags the pairings for the secretary. Errors: NOT_FOUND OFFICER_NOT_FOUND (officerId, successorMentorId); ' +
      'BAD_USER_INPUT officerId OFFICER_DISABLED, successorMentorId SUCCESSOR_IS_LEAVER / MENTOR_DISABLED / ADMIN_NOT_PAIRABLE; FORBIDDEN (self)',
  })
  deactivateOfficer(@Ctx() ctx: AppContext, @Arg('input', () => DeactivateOfficerInput) input: DeactivateOfficerInput) {
    return deactivateOfficer(ctx, input);
  }

  @ForViewer()
  @Mutation(() => AccountPasswordResult, {
    description:
      'An account for an officer, with a one-time password shown once. Errors: NOT_FOUND OFFICER_NOT_FOUND; BAD_USER_INPUT ' +
      'officerId ACCOUNT_EXISTS / OFFICER_DISABLED, username INVALID_USERNAME / USERNAME_TAKEN, roles REQUIRED / ROLE_HELD_ALONE / ADMIN_ROLE_IN_PAIRING',
  })
  createAccount(@Ctx() ctx: AppContext, @Arg('input', () => CreateAccountInput) input: CreateAccountInput) {
    return createAccount(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Account, {
    description:
      'Replaces the roles. Errors: NOT_FOUND ACCOUNT_NOT_FOUND; BAD_USER_INPUT roles REQUIRED / ROLE_HELD_ALONE / ADMIN_ROLE_IN_PAIRING; FORBIDDEN (own account)',
  })
  setAccountRoles(@Ctx() ctx: AppContext, @Arg('input', () => SetAccountRolesInput) input: SetAccountRolesInput) {
    return setAccountRoles(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Account, {
    description: 'Locks an account and ends its sessions. Errors: NOT_FOUND ACCOUNT_NOT_FOUND; FORBIDDEN (own account)',
  })
  disableAccount(@Ctx() ctx: AppContext, @Arg('officerId', () => ID, MUTATION_ID) officerId: string) {
    return setAccountDisabled(ctx, officerId, true);
  }

  @ForViewer()
  @Mutation(() => Account, {
    description:
      'Unlocks an account. Errors: NOT_FOUND ACCOUNT_NOT_FOUND; BAD_USER_INPUT officerId OFFICER_DISABLED (left the force); FORBIDDEN (own account)',
  })
  enableAccount(@Ctx() ctx: AppContext, @Arg('officerId', () => ID, MUTATION_ID) officerId: string) {
    return setAccountDisabled(ctx, officerId, false);
  }

  @ForViewer()
  @Mutation(() => AccountPasswordResult, {
    description:
      'A new one-time password, shown once; the holder must change it at the next login; every session ends. ' +
      'Errors: NOT_FOUND ACCOUNT_NOT_FOUND; FORBIDDEN (own account)',
  })
  resetPassword(@Ctx() ctx: AppContext, @Arg('officerId', () => ID, MUTATION_ID) officerId: string) {
    return resetPassword(ctx, officerId);
  }
}
