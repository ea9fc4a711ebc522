import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../expect.js';
import { initTestApp, type TestApp, type TestClient } from '../test-app.js';

// Expensive operations (the dashboard, ledger files) wait in one line per instance and per
// account. A slot is held by the test itself through the app's guard, so who waits and who is
// refused does not depend on timing.

/** Holds one of the guard's slots for `key` until released. */
function hold(t: TestApp, key: string) {
  let release!: () => void;
  const running = t.app.limits.guard.run(key, () => new Promise<void>((resolve) => (release = resolve)));
  return {
    release: async () => {
      release();
      await running;
    },
  };
}

const officerKey = async (c: TestClient) => {
  const me = await c.gql('{ me { officer { id } } }');
  return `officer:${me.data!.me.officer.id}`;
};

/** Waits until the server has released every slot (a streamed file ends after its last byte is read). */
async function idle(t: TestApp) {
  while (t.app.limits.guard.active > 0) await new Promise((resolve) => setTimeout(resolve, 5));
}

const LEDGER = '/ledger/download?from=2026-01-01&to=2026-06-30&format=xlsx';

describe('without a queue (EXPENSIVE_QUEUE_MS=0)', () => {
  let t: TestApp;
  let committee: TestClient;
  let secretary: TestClient;
  beforeAll(async () => {
    t = await initTestApp({
      env: { EXPENSIVE_PER_ACCOUNT: '1', EXPENSIVE_PER_INSTANCE: '2', EXPENSIVE_QUEUE_MS: '0' },
    });
    committee = await t.login('committee');
    secretary = await t.login('secretary');
  });
  afterAll(() => t?.close());

  it('runs one dashboard per account at a time: a second alias is refused with a retry-after', async () => {
    const res = await committee.gql('{ a: dashboard { visitCount } b: dashboard { visitCount } }');
    // The first alias takes the account's slot; the second finds it taken (and `dashboard` is non-null).
    const e = expectError(res, 'RATE_LIMITED', { reason: 'SERVER_BUSY', params: { retryAfterSeconds: 1 } });
    expect(e).toMatchObject({ path: ['b'] });
    expect(res.errors).toHaveLength(1);
    // `dashboard` is non-null: the answer may leave while the first alias still finishes its statements.
    await idle(t);
  });

  it('refuses a ledger file with 429 and Retry-After while the account’s slot is taken', async () => {
    const slot = hold(t, await officerKey(committee));
    const busy = await committee.get(LEDGER);
    expect(busy.status).toBe(429);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(await busy.json()).toMatchObject({ code: 'RATE_LIMITED', reason: 'SERVER_BUSY', retryAfterSeconds: 1 });
    // Another account still has the instance's second slot.
    const other = await secretary.gql('{ dashboard { visitCount } }');
    expect(other.errors).toBeUndefined();
    await slot.release();
    const file = await committee.get(LEDGER);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('spreadsheetml');
    // The file is streamed: its slot is held until the client has read it all.
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('counts every account against the instance’s limit', async () => {
    await idle(t);
    const slots = [hold(t, 'officer:-1'), hold(t, 'officer:-2')];
    expectError(await secretary.gql('{ dashboard { visitCount } }'), 'RATE_LIMITED', { reason: 'SERVER_BUSY' });
    // Cheap requests are not in the line.
    expect((await secretary.gql('{ me { id } }')).errors).toBeUndefined();
    await Promise.all(slots.map((s) => s.release()));
    expect((await secretary.gql('{ dashboard { visitCount } }')).errors).toBeUndefined();
  });
});

describe('with a queue and a time budget', () => {
  let t: TestApp;
  let committee: TestClient;
  beforeAll(async () => {
    t = await initTestApp({
      env: { EXPENSIVE_PER_ACCOUNT: '1', EXPENSIVE_QUEUE_MS: '600000', REQUEST_BUDGET_MS: '2000' },
    });
    committee = await t.login('committee');
  });
  afterAll(() => t?.close());

  it('lines up a request’s dashboards one after the other', async () => {
    const res = await committee.gql('{ a: dashboard { visitCount } b: dashboard { visitCount } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.a).toEqual(res.data!.b);
  });

  it('answers a request still waiting when its budget runs out with REQUEST_TIMEOUT, and runs nothing of it', async () => {
    const slot = hold(t, await officerKey(committee));
    const [late, cheap] = await Promise.all([
      committee.gql('{ dashboard { visitCount } me { id } }'),
      committee.gql('{ me { id } }'),
    ]);
    expect(cheap.errors).toBeUndefined();
    expectError(late, 'REQUEST_TIMEOUT', { reason: 'REQUEST_TIMEOUT', params: { seconds: 2 } });
    expect(late.data?.dashboard ?? null).toBeNull();
    // Its place in the line was given up: the slot's next holder is not that request.
    await slot.release();
    expect(t.app.limits.guard.active).toBe(0);
    expect((await committee.gql('{ dashboard { visitCount } }')).errors).toBeUndefined();
  });
});
