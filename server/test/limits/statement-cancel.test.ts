import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { useDemoApp } from '../demo-suite.js';
import { isPostgres } from '../test-app.js';
import { daysAgo } from '../visits-fixture.js';

// Issue 12: a request that runs out of its time budget has its statement in flight on PostgreSQL
// cancelled too, not only its answer sent. The slow statement is a real one: the test holds a
// lock the request's statement must wait for (nothing in the API is slowed for the test). Without
// the cancel, the request's backend would wait on that lock until the test let go of it.
// PostgreSQL only: SQLite runs each statement on the event loop, so none is in flight when the
// budget's timer fires.

const BUDGET_MS = 3000;
const { t, d } = useDemoApp({ env: { REQUEST_BUDGET_MS: String(BUDGET_MS) } });

let holder: pg.Client | null = null;
afterEach(async () => {
  await holder?.query('rollback').catch(() => undefined);
  await holder?.end();
  holder = null;
});

const dbUrl = () => (t.config.database as { url: string }).url;

/** A connection of the test's own that takes `lock` in an open transaction. */
async function hold(lock: string) {
  holder = new pg.Client({ connectionString: dbUrl(), application_name: 'statement-cancel-test' });
  await holder.connect();
  await holder.query('begin');
  await holder.query(lock);
}

/** The app's backends waiting on a lock (the test's own connections excluded). */
async function waitingBackends(): Promise<number> {
  const c = new pg.Client({ connectionString: dbUrl(), application_name: 'statement-cancel-test' });
  await c.connect();
  try {
    const res = await c.query(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and wait_event_type = 'Lock' and application_name <> 'statement-cancel-test'`,
    );
    return res.rows[0].n as number;
  } finally {
    await c.end();
  }
}

/** Waits up to `ms` for no app backend to be waiting on the lock; returns how many still are. */
async function settleWaiting(ms: number): Promise<number> {
  const until = Date.now() + ms;
  let n = await waitingBackends();
  while (n > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    n = await waitingBackends();
  }
  return n;
}

describe.skipIf(!isPostgres())('a request out of time on PostgreSQL', () => {
  it('cancels the query’s statement in flight, and the server serves on', async () => {
    await hold('lock table visit in access exclusive mode');
    const started = Date.now();
    const res = await d.as.committee.gql(`{ visits(first: 5) { totalCount } }`);
    const took = Date.now() - started;
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', reason: 'REQUEST_TIMEOUT' });
    expect(took).toBeGreaterThanOrEqual(BUDGET_MS - 100);
    // The lock is still held: only a cancel can have ended the statement's wait.
    expect(await settleWaiting(5000)).toBe(0);

    await holder!.query('rollback');
    const again = await d.as.committee.gql(`{ visits(first: 5) { totalCount } }`);
    expect(again.errors).toBeUndefined();
    expect(again.data?.visits.totalCount).toBeGreaterThan(0);
  });

  it('cancels a mutation’s statement inside its transaction: REQUEST_TIMEOUT and nothing written', async () => {
    const sql = new pg.Client({ connectionString: dbUrl(), application_name: 'statement-cancel-test' });
    await sql.connect();
    const count = async () => (await sql.query(`select count(*)::int as n from talk`)).rows[0].n as number;
    const audits = async () => (await sql.query(`select count(*)::int as n from audit_event`)).rows[0].n as number;
    const before = { talks: await count(), audits: await audits() };
    // Every mutation writes its audit event in its transaction: that insert waits on this lock.
    await hold('lock table audit_event in exclusive mode');
    const res = await d.as.committee.gql(`mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id } }`, {
      input: {
        talkeeId: d.id.officer,
        pairingId: d.pairingA,
        kind: 'CARE',
        occurredAt: daysAgo(t.clock.now(), 0),
        topics: '预算用尽时的谈话',
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT' });
    expect(JSON.stringify(res.errors)).not.toMatch(/cancel|statement|audit_event|57014/i);
    expect(await settleWaiting(5000)).toBe(0);
    await holder!.query('rollback');
    expect({ talks: await count(), audits: await audits() }).toEqual(before);
    await sql.end();

    const again = await d.as.committee.gql(`{ me { id } }`);
    expect(again.errors).toBeUndefined();
  });
});
