import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo, type Demo } from './visits-fixture.js';
import { startReplicaPair, type ReplicaPair } from './pg-replica.js';
import { countQueries, initTestApp, isPostgres, type TestApp } from './test-app.js';

// Read replicas (DATABASE_REPLICA_URLS, db/read-routing.ts) against a real streaming replica: a
// private primary and a `pg_basebackup -R` copy of it. Where each statement ran is read from
// MikroORM's query log ("via read connection 'replica-1'"), and shown physically by pausing the
// replica's replay: a read that returns the old value came from the replica.

const READ = 'query($id: ID!) { pairing(id: $id) { id version lastContactAt } }';
const LOG = `mutation($input: LogVisitInput!) { logVisit(input: $input) { id pairing { id lastContactAt } } }`;

const viaReplica = (sql: string) => sql.includes("via read connection 'replica-1'");
const viaPrimary = (sql: string) => /via write connection/.test(sql);

describe.skipIf(!isPostgres())('read replicas', () => {
  let pair: ReplicaPair | undefined;
  let t: TestApp | undefined;
  let d: Demo;

  beforeAll(async () => {
    const started = await startReplicaPair();
    if (typeof started === 'string') {
      console.warn(`read-replica tests skipped: this machine cannot start a streaming replica (${started})`);
      return;
    }
    const p = (pair = started);
    t = await initTestApp({
      pgAdminUrl: p.url(p.primaryPort, 'postgres'),
      beforeStart: async (databaseUrl) => {
        await p.caughtUp(); // the new database exists on the replica too
        return { DATABASE_REPLICA_URLS: p.url(p.replicaPort, new URL(databaseUrl).pathname.slice(1)) };
      },
    });
    d = await loadDemo(t);
    await p.caughtUp();
  });
  afterAll(async () => {
    await t?.close();
    pair?.stop();
  });

  const pairingOf = async (id: string) => (await d.as.secretary.gql(READ, { id })).data?.pairing;

  it('sends a query’s reads to the replica and its session lookup to the primary', async (ctx) => {
    if (!t) return ctx.skip();
    let answer: unknown;
    const sql = await countQueries(t, async () => {
      answer = await pairingOf(d.pairingA);
    });
    expect(answer).toMatchObject({ id: d.pairingA });
    expect(sql.every((q) => /^\[query\] select /.test(q))).toBe(true);
    const primary = sql.filter(viaPrimary);
    expect(primary, sql.join('\n')).toHaveLength(1);
    expect(primary[0]).toMatch(/from "session"/);
    expect(sql.filter(viaReplica).length, sql.join('\n')).toBe(sql.length - 1);
  });

  it('runs a mutation on the primary and reads its own writes while the replica lags', async (ctx) => {
    if (!t || !pair) return ctx.skip();
    const before = (await pairingOf(d.pairingA)).lastContactAt;
    const occurredAt = new Date(t.clock.now().getTime() - 60_000).toISOString();
    await pair.query(pair.replicaPort, 'select pg_wal_replay_pause()');
    try {
      let logged: any;
      const sql = await countQueries(t, async () => {
        logged = await d.as.mentor.gql(LOG, {
          input: { pairingId: d.pairingA, kind: 'HOME_VISIT', occurredAt, location: '家中', summary: '了解近况' },
        });
      });
      expect(logged.errors).toBeUndefined();
      // The answer read the pairing back after the write: from the primary, so it has the new date.
      expect(new Date(logged.data.logVisit.pairing.lastContactAt).toISOString()).toBe(occurredAt);
      expect(sql.some((q) => q.startsWith('[query] insert into "visit"'))).toBe(true);
      expect(sql.filter(viaReplica), sql.join('\n')).toEqual([]);
      expect(sql.every(viaPrimary)).toBe(true);

      // A later query reads from the replica, which has not replayed the write yet.
      expect((await pairingOf(d.pairingA)).lastContactAt).toBe(before);
    } finally {
      await pair.query(pair.replicaPort, 'select pg_wal_replay_resume()');
    }
    await pair.caughtUp();
    expect(new Date((await pairingOf(d.pairingA)).lastContactAt).toISOString()).toBe(occurredAt);
  });
});
