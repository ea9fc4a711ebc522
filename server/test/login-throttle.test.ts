import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@tongxin/schema';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { countQueries, DEMO_PASSWORD, initTestApp, type GqlResult, type TestApp } from './test-app.js';
import { expectError } from './expect.js';

// The login throttle (auth/login-throttle.ts): counted atomically in the database, per account and
// per client address, with exponential back-off past the limit, and the owner's known address
// exempt from an attack on their account. Client addresses come from X-Forwarded-For (TRUST_PROXY=1).

const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 8;
let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({
    env: {
      TRUST_PROXY: '1',
      LOGIN_ATTEMPTS_PER_WINDOW: String(ACCOUNT_LIMIT),
      LOGIN_ADDRESS_ATTEMPTS_PER_WINDOW: String(ADDRESS_LIMIT),
      LOGIN_WINDOW_SECONDS: '300',
      LOGIN_BACKOFF_MAX_SECONDS: '60',
    },
  });
});
afterAll(() => t?.close());

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }';

/** One login from a client address; the session cookie, if any, is returned. */
async function login(username: string, password: string, address: string, cookie?: string) {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const setCookie = res.headers.get('set-cookie');
  return { body: (await res.json()) as GqlResult, cookie: setCookie ? setCookie.split(';')[0] : null };
}

const failures = (subjectId: string) => t.app.orm.em.fork().count(AuditEvent, { action: 'login.failed', subjectId });
const codes = (results: { body: GqlResult }[]) =>
  results.map((r) => (r.body.errors ? r.body.errors[0].extensions?.code : 'OK'));
const count = (list: unknown[], value: unknown) => list.filter((v) => v === value).length;
const later = (seconds: number) => t.clock.set(new Date(t.clock.now().getTime() + seconds * 1000));

describe('login throttle', () => {
  it('verifies at most the limit of 40 concurrent wrong passwords for one account, from 40 addresses', async () => {
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login('secretary2', 'wrong', `10.1.0.${i + 1}`)),
    );
    const got = codes(results);
    expect(count(got, 'UNAUTHENTICATED')).toBe(ACCOUNT_LIMIT);
    expect(count(got, 'RATE_LIMITED')).toBe(40 - ACCOUNT_LIMIT);
    // Each verified failure is audited; the refused ones were never verified.
    expect(await failures('secretary2')).toBe(ACCOUNT_LIMIT);
  });

  it('throttles one address across usernames: 60 usernames, at most the address limit verified', async () => {
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => login(`spray-${i}`, 'wrong', '10.2.0.1')));
    const got = codes(results);
    expect(count(got, 'UNAUTHENTICATED')).toBe(ADDRESS_LIMIT);
    expect(count(got, 'RATE_LIMITED')).toBe(60 - ADDRESS_LIMIT);
    // Another address is not affected.
    expectError((await login('spray-0', 'wrong', '10.2.0.2')).body, 'UNAUTHENTICATED', { reason: 'WRONG_CREDENTIALS' });
  });

  it('backs off exponentially past the limit instead of locking the account', async () => {
    // Each attempt from another address: this is the account's counter alone.
    let n = 0;
    const attempt = (password = 'wrong') => login('mentor2', password, `10.3.0.${++n}`);
    for (let i = 0; i < ACCOUNT_LIMIT; i++) expectError((await attempt()).body, 'UNAUTHENTICATED');
    // The limit is reached: the next attempt waits 1 s, then each admitted one doubles the wait.
    for (const wait of [1, 2, 4, 8]) {
      const refused = await attempt();
      expectError(refused.body, 'RATE_LIMITED', { reason: 'RATE_LIMITED', params: { retryAfterSeconds: wait } });
      later(wait);
      expectError((await attempt()).body, 'UNAUTHENTICATED');
    }
    // Refused attempts are not counted and do not extend the wait.
    for (let i = 0; i < 5; i++) {
      expectError((await attempt()).body, 'RATE_LIMITED', { params: { retryAfterSeconds: 16 } });
    }
    later(16);
    // After the back-off the right password is admitted like any attempt and opens a session.
    const ok = await attempt(DEMO_PASSWORD);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.cookie).toMatch(/^tongxin_session=/);
    // The success forgets the account's counter.
    for (let i = 0; i < ACCOUNT_LIMIT; i++) expectError((await attempt()).body, 'UNAUTHENTICATED');
  });

  it('lets the owner in from their usual address while their account is attacked from elsewhere', async () => {
    const usual = '10.4.0.1';
    expect((await login('mentor', DEMO_PASSWORD, usual)).body.errors).toBeUndefined();
    for (let i = 0; i < ACCOUNT_LIMIT + 3; i++) await login('mentor', 'guess', `10.4.1.${i}`);
    // The attacker's addresses are held off, even with the right password …
    expectError((await login('mentor', DEMO_PASSWORD, '10.4.1.99')).body, 'RATE_LIMITED');
    // … and the owner, from the address they logged in from before, is not.
    const owner = await login('mentor', DEMO_PASSWORD, usual);
    expect(owner.body.errors).toBeUndefined();
    expect(owner.cookie).toMatch(/^tongxin_session=/);
    // The owner's own typos are throttled on their own counter.
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await login('mentor', 'typo', usual);
    expectError((await login('mentor', DEMO_PASSWORD, usual)).body, 'RATE_LIMITED');
  });

  it('counts attempts across usernames of any length up to the column, and refuses longer ones before SQL', async () => {
    const long = `u${'x'.repeat(LIMITS.usernameMax - 1)}`; // 64 characters: longer than audit's old varchar(32)
    expectError((await login(long, 'wrong', '10.5.0.1')).body, 'UNAUTHENTICATED', { reason: 'WRONG_CREDENTIALS' });
    expect(await failures(long)).toBe(1);

    let res: GqlResult | undefined;
    const sql = await countQueries(t, async () => {
      res = (await login(`${long}y`, 'wrong', '10.5.0.1')).body;
    });
    expectError(res!, 'BAD_USER_INPUT', { field: 'username', reason: 'TOO_LONG', params: { max: LIMITS.usernameMax } });
    expect(sql).toEqual([]);
  });

  it('shows failed logins for unknown usernames in the bureau’s audit log', async () => {
    expectError((await login('no-such-user', 'wrong', '10.6.0.1')).body, 'UNAUTHENTICATED');
    // 三员分立: the auditor, not the committee, reads the audit log.
    const auditor = await t.login('auditor');
    const res = await auditor.gql(
      'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 5) { edges { node { action subjectId detail } } } }',
      { f: { action: 'login.failed', subjectId: 'no-such-user' } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.auditEvents.edges.map((e: any) => e.node)).toEqual([
      { action: 'login.failed', subjectId: 'no-such-user', detail: { ip: '10.6.0.1' } },
    ]);
  });
});

describe('sessions', () => {
  it('issues a new token at every login and closes the session the request came with', async () => {
    const first = await login('officer', DEMO_PASSWORD, '10.7.0.1');
    const second = await login('officer', DEMO_PASSWORD, '10.7.0.1', first.cookie!);
    expect(second.cookie).toMatch(/^tongxin_session=/);
    expect(second.cookie).not.toBe(first.cookie);
    const c = t.client();
    c.cookie = first.cookie;
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
    c.cookie = second.cookie;
    expect((await c.gql('{ me { id } }')).data?.me).not.toBeNull();
  });

  it('ends a session at its absolute timeout even while it is in use', async () => {
    const c = await t.login('officer2');
    const idleStep = (t.config.sessionIdleMinutes - 1) * 60;
    const steps = Math.ceil((t.config.sessionAbsoluteHours * 3600) / idleStep);
    for (let i = 0; i < steps - 1; i++) {
      later(idleStep);
      expect((await c.gql('{ me { id } }')).data?.me, `step ${i}`).not.toBeNull();
    }
    later(idleStep);
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
  });

  it('ends an idle session', async () => {
    const c = await t.login('secretary');
    later((t.config.sessionIdleMinutes + 1) * 60);
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
  });
});
