import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashPassword } from '../modules/auth/password.js';
import { peopleStatements } from './province-people.js';
import { recordStatements } from './province-records.js';
import { type ProvinceSize, provinceCounts } from './province-size.js';

/** The password of every generated account (the demo's, so a bench database is never production). */
export const BENCH_PASSWORD = 'tongxin-demo';

const TABLES = [
  'bureau',
  'branch',
  'officer',
  'pairing',
  'pairing_mentor',
  'pairing_event',
  'visit',
  'talk',
  'action_item',
  'outcome_review',
] as const;

/**
 * Writes a province of `size` into a migrated, empty PostgreSQL database in one transaction, then
 * moves the id sequences past the written ids (the server's own inserts come next) and analyzes
 * the tables. Returns the seconds it took and the row counts, checked against the size's.
 */
export async function generateProvince(url: string, size: ProvinceSize, log: (line: string) => void = () => {}) {
  const t0 = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [{ n }] = (await client.query('select count(*)::int as n from officer')).rows as { n: number }[];
    if (n > 0) throw new Error('the province is generated into an empty database only');
    // Midnight UTC of the day of generation: the shape is the same whichever day it runs.
    const base = `'${new Date().toISOString().slice(0, 10)}T00:00:00Z'::timestamptz`;
    const created = `${base} - interval '400 days'`;
    const hash = await hashPassword(BENCH_PASSWORD);
    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    for (const sql of [...peopleStatements(size, created, hash), ...recordStatements(size, base)]) {
      const s0 = performance.now();
      const res = await client.query(sql);
      const what = /^\s*(?:insert into|create temporary table) (\w+)/.exec(sql)?.[1] ?? sql.slice(0, 30);
      log(`  ${what.padEnd(16)} ${String(res.rowCount ?? '').padStart(8)} rows ${msToS(performance.now() - s0)}`);
    }
    for (const t of TABLES) {
      await client.query(`select setval('${t}_id_seq', (select coalesce(max(id), 0) + 1 from ${t}), false)`);
    }
    await client.query('commit');
    const a0 = performance.now();
    await client.query('analyze');
    log(`  analyze                   ${msToS(performance.now() - a0)}`);
    const counts: Record<string, number> = {};
    for (const t of TABLES) {
      counts[t] = Number((await client.query(`select count(*) as n from ${t}`)).rows[0].n);
    }
    const want = provinceCounts(size);
    const expected: Record<string, number> = {
      bureau: want.bureaus,
      branch: want.branches,
      officer: want.officers,
      pairing: want.pairings,
      visit: want.visits,
      talk: want.talks,
      action_item: want.actionItems,
      outcome_review: want.reviews,
    };
    for (const [t, v] of Object.entries(expected)) {
      if (counts[t] !== v) throw new Error(`generated ${counts[t]} rows of ${t}, expected ${v}`);
    }
    return { seconds: (performance.now() - t0) / 1000, counts };
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

const msToS = (ms: number) => `${(ms / 1000).toFixed(1).padStart(6)} s`;
