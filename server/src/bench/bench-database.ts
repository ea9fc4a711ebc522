import pg from 'pg';
import { initOrm } from '../app.js';
import { loadConfig } from '../config/config.js';

/**
 * The bench's PostgreSQL database: BENCH_DATABASE_URL when given (used as it is, never dropped),
 * else a fresh `tongxin_bench_<suffix>` created on the local server (PG_ADMIN_URL, default
 * 127.0.0.1:5432) and dropped at the end. Either way the real migrations run first; `demo`
 * loads the demo bureau (size S) through the application's own seeder.
 */
export interface BenchDatabase {
  url: string;
  drop: () => Promise<void>;
}

const ADMIN_URL = () => process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export async function benchDatabase(suffix: string, options: { demo: boolean }): Promise<BenchDatabase> {
  const given = process.env.BENCH_DATABASE_URL;
  let db: BenchDatabase;
  if (given) {
    db = { url: given, drop: async () => {} };
  } else {
    const name = `tongxin_bench_${suffix}_${process.pid}`;
    await admin(`create database ${name}`);
    db = {
      url: ADMIN_URL().replace(/\/[^/]*$/, `/${name}`),
      drop: () => admin(`drop database if exists ${name} with (force)`),
    };
  }
  const orm = await initOrm(loadConfig({ DATABASE_URL: db.url, DEMO_SEED: String(options.demo) }));
  await orm.close(true);
  return db;
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL(), connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
