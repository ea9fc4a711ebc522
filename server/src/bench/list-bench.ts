import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';

/**
 * The S-size list timings of `npm run bench`: boots the real server on a fresh SQLite file with
 * the demo bureau and times the portal's list queries as the committee (the widest scope), page
 * sizes 20 and 100, one request at a time. Each case has a p95 target; the part fails when one is
 * missed. SQL statements per request are printed too: they must not grow with the page size.
 */
interface Case {
  name: string;
  query: string;
  targetP95Ms: number;
}

const list = (field: string, node: string, first: number) =>
  `{ ${field}(first: ${first}) { totalCount edges { node { ${node} } } pageInfo { hasNextPage endCursor } } }`;

const PAIRING =
  'id status reason mentee { name } mentors { role officer { name } } overdue nextContactDue lastContactAt';
const VISIT = 'id kind occurredAt summary author { name } actionItems { id status }';
const OFFICER = 'id name badgeNumber branch { name }';

const cases: Case[] = [20, 100].flatMap((n) => [
  { name: `pairings first:${n}`, query: list('pairings', PAIRING, n), targetP95Ms: n === 20 ? 60 : 150 },
  { name: `visits first:${n}`, query: list('visits', VISIT, n), targetP95Ms: n === 20 ? 60 : 150 },
  { name: `officers first:${n}`, query: list('officers', OFFICER, n), targetP95Ms: n === 20 ? 60 : 150 },
]);

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);

/** Prints the timings; true when every target was met. */
export async function benchListQueries(): Promise<boolean> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-bench-'));
  const config = loadConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bench.sqlite')}`, DEMO_SEED: 'true' });
  let statements = 0;
  const app = await createApp(config, { onQuery: () => statements++ });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const post = async (query: string, cookie?: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query }),
    });
    return { res, body: (await res.json()) as { errors?: unknown[] } };
  };
  const login = await post('mutation { login(username: "committee", password: "tongxin-demo") { id } }');
  const cookie = login.res.headers.get('set-cookie')?.split(';')[0];
  let failed = false;
  console.log(`\nS-size list queries, one at a time (SQLite, demo bureau)`);
  console.log(`case                      p50 ms   p95 ms   target   SQL/request`);
  for (const c of cases) {
    const first = await post(c.query, cookie);
    if (first.body.errors) {
      console.log(`${c.name.padEnd(24)} error: ${JSON.stringify(first.body.errors).slice(0, 200)}`);
      failed = true;
      continue;
    }
    for (let i = 0; i < 3; i++) await post(c.query, cookie);
    const times: number[] = [];
    statements = 0;
    for (let i = 0; i < ITERATIONS; i++) {
      const t0 = performance.now();
      await post(c.query, cookie);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(times.length * 0.5)];
    const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))];
    const ok = p95 <= c.targetP95Ms;
    failed ||= !ok;
    console.log(
      `${c.name.padEnd(24)} ${p50.toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(8)} ${String(c.targetP95Ms).padStart(8)}   ${(statements / ITERATIONS).toFixed(1).padStart(5)}  ${ok ? 'ok' : 'MISSED'}`,
    );
  }
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return !failed;
}
