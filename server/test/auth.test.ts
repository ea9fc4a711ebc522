import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@tongxin/schema';
import { initTestApp, type TestApp } from './test-app.js';
import { errorShape, expectError } from './expect.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t?.close());

const ME = '{ me { id username roles officer { name } branch { name } bureau { name } abilityRules } }';

describe('auth', () => {
  it('logs each demo account in and returns its roles', async () => {
    const expected: Record<string, string> = {
      committee: 'COMMITTEE',
      secretary: 'SECRETARY',
      secretary2: 'SECRETARY',
      mentor: 'MENTOR',
      mentor2: 'MENTOR',
      officer: 'OFFICER',
      officer2: 'OFFICER',
    };
    for (const [username, role] of Object.entries(expected)) {
      const c = await t.login(username);
      const res = await c.gql(ME);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me.username).toBe(username);
      expect(res.data?.me.roles).toContain(role);
      expect(res.data?.me.roles).toContain('OFFICER');
      expect(Array.isArray(res.data?.me.abilityRules)).toBe(true);
    }
  });

  it('gives the sysadmin and the auditor their one role alone, not OFFICER (三员分立)', async () => {
    for (const [username, role] of [
      ['admin', 'SYSADMIN'],
      ['auditor', 'AUDITOR'],
    ]) {
      const res = await (await t.login(username)).gql(ME);
      expect(res.errors).toBeUndefined();
      expect(res.data?.me.roles, username).toEqual([role]);
    }
  });

  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(username: "mentor", password: "tongxin-demo") { id } }' }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^tongxin_session=[A-Za-z0-9_-]{22};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const c = t.client();
    const wrong = await c.gql('mutation { login(username: "mentor", password: "nope") { id } }');
    const unknown = await c.gql('mutation { login(username: "nobody", password: "nope") { id } }');
    expectError(wrong, 'UNAUTHENTICATED', { reason: 'WRONG_CREDENTIALS' });
    expect(errorShape(wrong)).toEqual(errorShape(unknown));
    expect(c.cookie).toBeNull();
  });

  it('returns me = null without a session and refuses viewer operations', async () => {
    const c = t.client();
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
    const res = await c.gql('{ branches { id } }');
    expectError(res, 'UNAUTHENTICATED', { reason: 'NOT_LOGGED_IN' });
  });

  it('logout deletes the session', async () => {
    const c = await t.login('secretary');
    const cookie = c.cookie;
    expect((await c.gql('mutation { logout }')).data?.logout).toBe(true);
    c.cookie = cookie; // replay the old token
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
  });

  it('expires an idle session', async () => {
    const c = await t.login('officer');
    t.clock.set(new Date(t.clock.now().getTime() + (t.config.sessionIdleMinutes + 1) * 60_000));
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
  });

  it('refuses over-long input with a coded error naming the field', async () => {
    const res = await t.client().gql('mutation($u: String!) { login(username: $u, password: "x") { id } }', {
      u: 'x'.repeat(200),
    });
    expectError(res, 'BAD_USER_INPUT', { field: 'username', reason: 'TOO_LONG', params: { max: LIMITS.usernameMax } });
  });

  it('rate-limits repeated failures per username', async () => {
    const c = t.client();
    let last;
    for (let i = 0; i < 51; i++) last = await c.gql('mutation { login(username: "officer2", password: "bad") { id } }');
    expectError(last!, 'RATE_LIMITED', { reason: 'RATE_LIMITED' });
    // Past the limit the account backs off (1 s first; see login-throttle.test.ts), not a lock-out.
    expect(last!.errors?.[0].extensions?.retryAfterSeconds).toBe(1);
  });
});
