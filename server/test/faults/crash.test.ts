import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, isPostgres } from '../test-app.js';
import { type ChildServer, HttpClient, type Sql, openSql, startChildServer } from './child-server.js';
import {
  type Sent,
  type Targets,
  expectNothingLostOrHalfWritten,
  mentorTargets,
  runStream,
  send,
  tableCounts,
} from './record-stream.js';

// Issue 12: a server killed with SIGKILL in the middle of a stream of writes loses nothing it
// confirmed and leaves nothing half-written, on the database this suite runs on.

const PREFIX = 'crash';
const WORKERS = 6;
/** Successes per round before the kill: the other workers still have requests in flight. */
const KILL_AFTER = 20;
const ROUNDS = 2;

let db: { url: string; drop: () => Promise<void> };
let server: ChildServer | null = null;
let sql: Sql;

beforeAll(async () => {
  db = await freshDatabase();
});

afterAll(async () => {
  await server?.kill('SIGKILL');
  await sql?.close();
  await db?.drop();
});

/** Streams until KILL_AFTER successes, then kills the server from the callback of that success. */
async function killedRound(targets: Targets, client: HttpClient, from: number): Promise<Sent[]> {
  let ok = 0;
  let killed = false;
  const running = server!;
  const sent = await runStream({
    client,
    targets,
    prefix: PREFIX,
    workers: WORKERS,
    from,
    stop: () => killed,
    onSent: (s) => {
      if (s.outcome.state === 'ok') ok++;
      if (ok >= KILL_AFTER && !killed) {
        killed = true;
        running.process.kill('SIGKILL');
      }
    },
  });
  await running.kill('SIGKILL');
  expect(running.process.signalCode).toBe('SIGKILL');
  return sent;
}

describe(`SIGKILL mid-stream (${isPostgres() ? 'PostgreSQL' : 'SQLite'})`, () => {
  it(
    'keeps every confirmed visit and talk, each with its action items and audit event',
    { timeout: 180_000 },
    async () => {
      server = await startChildServer(db.url);
      sql = await openSql(db.url);
      const before = await tableCounts(sql);
      const sent: Sent[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        if (round > 0) server = await startChildServer(db.url);
        const client = await HttpClient.login(server.url, 'mentor');
        const targets = await mentorTargets(client);
        sent.push(...(await killedRound(targets, client, round * 1000)));
      }
      const lost = sent.filter((s) => s.outcome.state === 'lost');
      console.log(`crash: ${ROUNDS} kills, ${sent.length - lost.length} answered, ${lost.length} in flight at a kill`);
      const failed = sent.filter((s) => s.outcome.state === 'error');
      // Nothing but the kill may fail: every refusal would hide a bug behind the fault.
      expect(failed.map((s) => s.outcome.state === 'error' && s.outcome.answer.text)).toEqual([]);
      // The kill landed while requests were in flight, or the test proved nothing.
      expect(lost.length).toBeGreaterThan(0);

      server = await startChildServer(db.url);
      const rows = await expectNothingLostOrHalfWritten(sql, PREFIX, sent);

      // Nothing outside the stream was written: no orphan action items of a rolled-back record.
      const after = await tableCounts(sql);
      const stored = [...rows.values()];
      expect(after.visit - before.visit).toBe(stored.filter((r) => r.kind === 'visit').length);
      expect(after.talk - before.talk).toBe(stored.filter((r) => r.kind === 'talk').length);
      expect(after.action_item - before.action_item).toBe(stored.reduce((n, r) => n + Number(r.items), 0));

      // The portal's outbox resends what got no answer: each lands exactly once, whether or not the
      // killed server had committed it.
      const client = await HttpClient.login(server.url, 'mentor');
      for (const s of lost) {
        const outcome = await send(client, s);
        expect(outcome.state, JSON.stringify(outcome)).toBe('ok');
        const committed = rows.get(s.clientKey);
        if (committed && outcome.state === 'ok') expect(outcome.id).toBe(String(committed.id));
        s.outcome = outcome;
      }
      await expectNothingLostOrHalfWritten(sql, PREFIX, sent);
      const [dupes] = await sql.all<{ n: number | string }>(
        `select count(*) as n from (select client_key from visit where client_key like ?
         group by author_id, client_key having count(*) > 1) d`,
        [`${PREFIX}-%`],
      );
      expect(Number(dupes.n)).toBe(0);
    },
  );
});
