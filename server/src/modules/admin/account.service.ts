import type { EntityManager } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ErrorCode, isExclusiveRole, type Role } from '@tongxin/schema';
import { assertCan, findReadable, requireViewer, scopeWhere } from '../../common/authz.js';
import { type Page, type PageArgs, emptyPage } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { badInput, DomainError } from '../../common/errors.js';
import { parseId } from '../../common/parse.js';
import { inTransaction } from '../../common/transaction.js';
import { audit } from '../audit/audit.service.js';
import { generateOneTimePassword } from '../auth/one-time-password.js';
import { hashPassword } from '../auth/password.js';
import { endSessions } from '../auth/sessions.js';
import { Officer } from '../officers/officer.entity.js';
import { isOnLivePairing } from '../pairings/roster-changes.js';
import type { AccountFilter, CreateAccountInput, SetAccountRolesInput } from './admin.inputs.js';
import { type Account, AccountPasswordResult, accountOf } from './account.type.js';

// Accounts, administered by the sysadmin. A password is never chosen by the sysadmin: the server
// generates a one-time password, shows it once in the answer, and its holder must replace it.
// Audit details carry usernames, roles and flags before and after, never a password or hash.

const notFound = (field: string) => new DomainError(ErrorCode.NOT_FOUND, 'ACCOUNT_NOT_FOUND', field);

/** The account of `raw` in the viewer's Account scope (the sysadmin's and auditor's bureau). */
async function accountIn(ctx: AppContext, em: EntityManager, raw: string, field = 'officerId') {
  const officer = await findReadable(ctx, Officer, 'Account', parseId(field, raw), em);
  if (!officer?.username) throw notFound(field);
  return officer;
}

/**
 * SYSADMIN and AUDITOR are held alone (三员分立), and never by someone on a live pairing: they would
 * lose sight of it. The refusal tells the sysadmin no more than that (not which, nor how many).
 */
export async function checkRoles(em: EntityManager, officerId: number, roles: Role[]): Promise<Role[]> {
  const set = [...new Set(roles)];
  if (set.length === 0) throw badInput('roles', 'REQUIRED');
  const exclusive = set.some(isExclusiveRole);
  if (exclusive && set.length > 1) throw badInput('roles', 'ROLE_HELD_ALONE');
  if (exclusive && (await isOnLivePairing(em, officerId))) throw badInput('roles', 'ADMIN_ROLE_IN_PAIRING');
  return set;
}

async function oneTimePassword() {
  const password = generateOneTimePassword();
  return { password, hash: await hashPassword(password) };
}

const withPassword = (officer: Officer, oneTime: string) =>
  Object.assign(new AccountPasswordResult(), { account: accountOf(officer), oneTimePassword: oneTime });

/** Accounts the viewer may read (sysadmin and auditor: their bureau), by username. */
export async function listAccounts(ctx: AppContext, filter: AccountFilter, args: PageArgs): Promise<Page<Account>> {
  const scope = scopeWhere<Officer>(ctx.ability, 'read', 'Account');
  if (scope === null) return emptyPage();
  const page = await ctx.services.officers.accountPage(scope, filter, args);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: accountOf(e.node) })) };
}

/** An account for an officer who has none, with a one-time password. */
export async function createAccount(ctx: AppContext, input: CreateAccountInput): Promise<AccountPasswordResult> {
  const viewer = requireViewer(ctx);
  const id = parseId('officerId', input.officerId);
  const username = input.username.trim().toLowerCase();
  const { password, hash } = await oneTimePassword();
  try {
    return await inTransaction(ctx, async (em) => {
      const officer = await findReadable(ctx, Officer, 'Officer', id, em);
      if (!officer) throw new DomainError(ErrorCode.NOT_FOUND, 'OFFICER_NOT_FOUND', 'officerId');
      assertCan(ctx, 'create', 'Account', { __typename: 'Account', id: officer.id, bureau: officer.bureau.id });
      if (officer.username) throw badInput('officerId', 'ACCOUNT_EXISTS');
      if (officer.disabled) throw badInput('officerId', 'OFFICER_DISABLED', { name: officer.name });
      if (await em.count(Officer, { username })) throw badInput('username', 'USERNAME_TAKEN');
      const roles = await checkRoles(em, officer.id, input.roles);
      Object.assign(officer, {
        username,
        roles,
        passwordHash: hash,
        mustChangePassword: true,
        accountDisabled: false,
        passwordChangedAt: null,
      });
      audit(em, viewer, {
        action: 'createAccount',
        subjectType: 'Account',
        subjectId: officer.id,
        detail: { before: null, after: { username, roles, mustChangePassword: true } },
      });
      await em.flush();
      return withPassword(officer, password);
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) throw badInput('username', 'USERNAME_TAKEN');
    throw e;
  }
}

/** Replaces an account's roles; the change applies from its holder's next request. */
export async function setAccountRoles(ctx: AppContext, input: SetAccountRolesInput): Promise<Account> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em) => {
    const officer = await accountIn(ctx, em, input.officerId);
    assertCan(ctx, 'update', 'Account', accountOf(officer));
    const roles = await checkRoles(em, officer.id, input.roles);
    const before = officer.roles ?? [];
    if (before.length === roles.length && before.every((r) => roles.includes(r))) return accountOf(officer);
    officer.roles = roles;
    audit(em, viewer, {
      action: 'setAccountRoles',
      subjectType: 'Account',
      subjectId: officer.id,
      detail: { before: { roles: before }, after: { roles } },
    });
    await em.flush();
    return accountOf(officer);
  });
}

/** Locks (every session ends) or unlocks an account; the officer stays on the roster. */
export async function setAccountDisabled(ctx: AppContext, rawId: string, disabled: boolean): Promise<Account> {
  const viewer = requireViewer(ctx);
  return inTransaction(ctx, async (em) => {
    const officer = await accountIn(ctx, em, rawId);
    assertCan(ctx, 'update', 'Account', accountOf(officer));
    if (!disabled && officer.disabled) throw badInput('officerId', 'OFFICER_DISABLED', { name: officer.name });
    if (officer.accountDisabled === disabled) return accountOf(officer);
    officer.accountDisabled = disabled;
    const sessionsEnded = disabled ? await endSessions(em, officer.id) : 0;
    audit(em, viewer, {
      action: disabled ? 'disableAccount' : 'enableAccount',
      subjectType: 'Account',
      subjectId: officer.id,
      detail: { before: { disabled: !disabled }, after: { disabled }, ...(disabled ? { sessionsEnded } : {}) },
    });
    await em.flush();
    return accountOf(officer);
  });
}

/** A new one-time password: the old password stops working and every session of the account ends. */
export async function resetPassword(ctx: AppContext, rawId: string): Promise<AccountPasswordResult> {
  const viewer = requireViewer(ctx);
  const { password, hash } = await oneTimePassword();
  return inTransaction(ctx, async (em) => {
    const officer = await accountIn(ctx, em, rawId);
    assertCan(ctx, 'resetPassword', 'Account', accountOf(officer));
    const before = officer.mustChangePassword;
    officer.passwordHash = hash;
    officer.mustChangePassword = true;
    const sessionsEnded = await endSessions(em, officer.id);
    audit(em, viewer, {
      action: 'resetPassword',
      subjectType: 'Account',
      subjectId: officer.id,
      detail: { before: { mustChangePassword: before }, after: { mustChangePassword: true }, sessionsEnded },
    });
    await em.flush();
    return withPassword(officer, password);
  });
}
