import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { expectError } from './expect.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';

// Accounts as the sysadmin administers them: one-time passwords, the forced password change, the
// password rules, roles held alone (三员分立), locking, and the audit of every change.

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await initTestApp();
  admin = await t.login('admin');
});
afterAll(() => t?.close());

const CREATE = `mutation($input: CreateAccountInput!) {
  createAccount(input: $input) { oneTimePassword account { id username roles disabled mustChangePassword officer { name } } } }`;
const ROLES = 'mutation($input: SetAccountRolesInput!) { setAccountRoles(input: $input) { id roles } }';
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { username mustChangePassword } }`;
const STRONG = 'qing-shan-lv-shui-2026';

const em = () => t.app.orm.em.fork();
/** A roster officer without an account, in the demo bureau. */
async function newcomer(): Promise<Officer> {
  const found = await em().find(Officer, { username: null, disabled: false, isMentor: false }, { limit: 40 });
  const used = new Set((await em().find(AuditEvent, { action: 'createAccount' })).map((e) => e.subjectId));
  return found.find((o) => !used.has(String(o.id)))!;
}
const events = (action: string, subjectId: number) =>
  em().find(AuditEvent, { action, subjectId: String(subjectId) }, { orderBy: { id: 'asc' } });

describe('accounts', () => {
  it('creates an account with a one-time password, which must be replaced before anything else', async () => {
    const o = await newcomer();
    const res = await admin.gql(CREATE, {
      input: { officerId: String(o.id), username: 'xiaowang', roles: ['SECRETARY'] },
    });
    expect(res.errors).toBeUndefined();
    const { oneTimePassword, account } = res.data!.createAccount;
    expect(account).toMatchObject({
      id: String(o.id),
      username: 'xiaowang',
      roles: ['SECRETARY'],
      mustChangePassword: true,
    });
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);

    const c = await t.login('xiaowang', oneTimePassword);
    expect((await c.gql('{ me { mustChangePassword roles abilityRules } }')).data?.me).toEqual({
      mustChangePassword: true,
      roles: ['SECRETARY', 'OFFICER'],
      abilityRules: [],
    });
    for (const q of [
      '{ branches { id } }',
      '{ pairings(first: 5) { totalCount } }',
      'mutation { resetPassword(officerId: "1") { oneTimePassword } }',
    ]) {
      expectError(await c.gql(q), 'FORBIDDEN', { reason: 'PASSWORD_CHANGE_REQUIRED' });
    }
    // The password rules, each with its reason, on the field.
    const tries: [string, string, string, string][] = [
      ['wrong-password-123', STRONG, 'currentPassword', 'WRONG_PASSWORD'],
      [oneTimePassword, 'short-one', 'newPassword', 'PASSWORD_TOO_SHORT'],
      [oneTimePassword, 'x'.repeat(129), 'newPassword', 'PASSWORD_TOO_LONG'],
      [oneTimePassword, 'Qwerty123456', 'newPassword', 'PASSWORD_TOO_COMMON'],
      [oneTimePassword, 'my-xiaowang-pass', 'newPassword', 'PASSWORD_CONTAINS_IDENTITY'],
      [oneTimePassword, `pw-${o.badgeNumber}-pw-pw`, 'newPassword', 'PASSWORD_CONTAINS_IDENTITY'],
      [oneTimePassword, oneTimePassword, 'newPassword', 'PASSWORD_UNCHANGED'],
    ];
    for (const [current, next, field, reason] of tries) {
      expectError(await c.gql(CHANGE, { c: current, n: next }), 'BAD_USER_INPUT', { field, reason: reason as never });
    }
    const other = await t.login('xiaowang', oneTimePassword);
    const old = c.cookie;
    const changed = await c.gql(CHANGE, { c: oneTimePassword, n: STRONG });
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.changePassword).toEqual({ username: 'xiaowang', mustChangePassword: false });
    expect(c.cookie).not.toBe(old);
    // A new session for this client; every other one (and the old token) has ended.
    expect((await c.gql('{ branches { id } }')).data?.branches.length).toBe(1);
    expect((await other.gql('{ me { id } }')).data?.me).toBeNull();
    const replay = t.client();
    replay.cookie = old;
    expect((await replay.gql('{ me { id } }')).data?.me).toBeNull();
    await expect(t.login('xiaowang', oneTimePassword)).rejects.toThrow();
    await t.login('xiaowang', STRONG);

    const [created] = await events('createAccount', o.id);
    expect(created.detail).toEqual({
      before: null,
      after: { username: 'xiaowang', roles: ['SECRETARY'], mustChangePassword: true },
    });
    const [change] = await events('changePassword', o.id);
    expect(change.detail).toMatchObject({ before: { mustChangePassword: true }, after: { mustChangePassword: false } });
    const all = JSON.stringify(await em().find(AuditEvent, { subjectType: 'Account' }));
    for (const secret of [oneTimePassword, STRONG, '$argon2']) expect(all).not.toContain(secret);
  });

  it('refuses a taken username, a second account and a malformed name, naming the field', async () => {
    const o = await newcomer();
    const input = (extra: object) => ({
      input: { officerId: String(o.id), username: 'newuser', roles: ['OFFICER'], ...extra },
    });
    expectError(await admin.gql(CREATE, input({ username: 'mentor' })), 'BAD_USER_INPUT', {
      field: 'username',
      reason: 'USERNAME_TAKEN',
    });
    expectError(await admin.gql(CREATE, input({ username: 'A b' })), 'BAD_USER_INPUT', {
      field: 'username',
      reason: 'INVALID_USERNAME',
    });
    const mentor = await em().findOneOrFail(Officer, { username: 'mentor' });
    expectError(await admin.gql(CREATE, input({ officerId: String(mentor.id) })), 'BAD_USER_INPUT', {
      field: 'officerId',
      reason: 'ACCOUNT_EXISTS',
    });
    expectError(await admin.gql(CREATE, input({ roles: [] })), 'BAD_USER_INPUT', {
      field: 'roles',
      reason: 'REQUIRED',
    });
  });

  it('holds SYSADMIN and AUDITOR alone, never for someone on a live pairing', async () => {
    const o = await newcomer();
    for (const roles of [
      ['SYSADMIN', 'AUDITOR'],
      ['AUDITOR', 'SECRETARY'],
      ['SYSADMIN', 'OFFICER'],
    ]) {
      const res = await admin.gql(CREATE, { input: { officerId: String(o.id), username: 'combo', roles } });
      expectError(res, 'BAD_USER_INPUT', { field: 'roles', reason: 'ROLE_HELD_ALONE' });
    }
    const mentor = await em().findOneOrFail(Officer, { username: 'mentor' });
    const res = await admin.gql(ROLES, { input: { officerId: String(mentor.id), roles: ['AUDITOR'] } });
    expectError(res, 'BAD_USER_INPUT', { field: 'roles', reason: 'ADMIN_ROLE_IN_PAIRING' });
    // A secretary cannot pair the sysadmin, as mentor or mentee.
    const secretary = await t.login('secretary');
    const sysadmin = await em().findOneOrFail(Officer, { username: 'admin' });
    // Someone of the branch not on a live pairing, so the only thing wrong is the mentor.
    const paired = (await em().find(Pairing, { status: { $in: ['ACTIVE', 'IN_REVIEW'] } })).map((p) => p.mentee.id);
    const spare = (
      await em().find(
        Officer,
        { branch: mentor.branch.id, username: null, isMentor: false, disabled: false, id: { $nin: paired } },
        { limit: 1 },
      )
    )[0];
    const pair = await secretary.gql(
      'mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id } } }',
      {
        input: {
          menteeId: String(spare.id),
          leadMentorId: String(sysadmin.id),
          reason: 'OTHER',
          goals: '测试',
          startDate: '2026-01-01',
          plannedEndDate: '2026-12-31',
        },
      },
    );
    expectError(pair, 'BAD_USER_INPUT', { field: 'leadMentorId', reason: 'ADMIN_NOT_PAIRABLE' });
  });

  it('changes roles with the before and after in the audit log, not on the sysadmin’s own account', async () => {
    const secretary2 = await em().findOneOrFail(Officer, { username: 'secretary2' });
    const res = await admin.gql(ROLES, {
      input: { officerId: String(secretary2.id), roles: ['SECRETARY', 'COMMITTEE'] },
    });
    expect(res.data?.setAccountRoles.roles).toEqual(['SECRETARY', 'COMMITTEE']);
    const [event] = await events('setAccountRoles', secretary2.id);
    expect(event.detail).toEqual({ before: { roles: ['SECRETARY'] }, after: { roles: ['SECRETARY', 'COMMITTEE'] } });
    const me = await em().findOneOrFail(Officer, { username: 'admin' });
    expectError(await admin.gql(ROLES, { input: { officerId: String(me.id), roles: ['COMMITTEE'] } }), 'FORBIDDEN');
    // Neither the committee nor the auditor administers accounts.
    for (const u of ['committee', 'auditor']) {
      const c = await t.login(u);
      const refused = await c.gql(ROLES, { input: { officerId: String(secretary2.id), roles: ['SECRETARY'] } });
      expect(['FORBIDDEN', 'NOT_FOUND'], u).toContain(refused.errors?.[0].extensions?.code);
    }
  });

  it('locks an account (its sessions end, login fails) and unlocks it', async () => {
    const officer2 = await em().findOneOrFail(Officer, { username: 'officer2' });
    const c = await t.login('officer2');
    const off = await admin.gql('mutation($id: ID!) { disableAccount(officerId: $id) { disabled } }', {
      id: String(officer2.id),
    });
    expect(off.data?.disableAccount.disabled).toBe(true);
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
    await expect(t.login('officer2')).rejects.toThrow(/WRONG_CREDENTIALS/);
    const on = await admin.gql('mutation($id: ID!) { enableAccount(officerId: $id) { disabled } }', {
      id: String(officer2.id),
    });
    expect(on.data?.enableAccount.disabled).toBe(false);
    await t.login('officer2');
    expect((await events('disableAccount', officer2.id))[0].detail).toMatchObject({
      before: { disabled: false },
      after: { disabled: true },
    });
  });

  it('resets a password: the old one stops working, the one-time one must be replaced', async () => {
    const mentor2 = await em().findOneOrFail(Officer, { username: 'mentor2' });
    const c = await t.login('mentor2');
    const res = await admin.gql(
      'mutation($id: ID!) { resetPassword(officerId: $id) { oneTimePassword account { mustChangePassword } } }',
      {
        id: String(mentor2.id),
      },
    );
    expect(res.data?.resetPassword.account.mustChangePassword).toBe(true);
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
    await expect(t.login('mentor2')).rejects.toThrow();
    const fresh = await t.login('mentor2', res.data?.resetPassword.oneTimePassword);
    expect((await fresh.gql('{ me { mustChangePassword } }')).data?.me.mustChangePassword).toBe(true);
    expectError(await fresh.gql('{ pairings(first: 1) { totalCount } }'), 'FORBIDDEN', {
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
  });

  it('lists the bureau’s accounts for the sysadmin and the auditor only', async () => {
    const LIST =
      '{ accounts(first: 100, filter: { search: "a" }) { totalCount edges { node { username roles officer { name } } } } }';
    const seen = await admin.gql(LIST);
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.accounts.edges.map((e: any) => e.node.username)).toContain('admin');
    const auditor = await t.login('auditor');
    const audited = await auditor.gql(LIST);
    expect(audited.data?.accounts.totalCount).toBe(seen.data?.accounts.totalCount);
    // The auditor reads the person by name only.
    expect(audited.data?.accounts.edges[0].node.officer.name).toBeTruthy();
    const committee = await t.login('committee');
    expect((await committee.gql(LIST)).data?.accounts.totalCount).toBe(0);
    expect(
      (await committee.gql('{ officers(first: 3) { edges { node { account { id } } } } }')).data?.officers.edges.every(
        (e: any) => e.node.account === null,
      ),
    ).toBe(true);
  });
});
