import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.js';
import { applyMigrations } from '../src/db/database-status.js';
import { ormConfig } from '../src/db/orm-config.js';
import { seedDemoIfEmpty } from '../src/db/seeders/demo-seed.js';
import { CHILD } from './child-process.js';
import { freshDatabase, isPostgres } from './test-app.js';

// The backup and restore of docs/operations.md, done as written there: a restored copy of a seeded
// database holds every row of every table.

type Db = Awaited<ReturnType<typeof freshDatabase>>;
let source: Db;
const extra: Db[] = [];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-backup-'));
beforeAll(async () => {
  source = await freshDatabase();
  const orm = await MikroORM.init(ormConfig(loadConfig({ DATABASE_URL: source.url }).database));
  await applyMigrations(orm);
  await seedDemoIfEmpty(orm.em.fork());
  await orm.close(true);
});
afterAll(async () => {
  for (const db of [source, ...extra]) await db?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function pgCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const res = await client.query<{ n: string }>(`select count(*) as n from "${name}"`);
      counts[name] = Number(res.rows[0].n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

async function sqliteCounts(file: string): Promise<Record<string, number>> {
  const orm = await MikroORM.init(ormConfig({ kind: 'sqlite', file }));
  try {
    const conn = orm.em.getConnection();
    const tables: { name: string }[] = await conn.execute(
      `select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by 1`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables) {
      const [row] = await conn.execute(`select count(*) as n from "${name}"`);
      counts[name] = Number(row.n);
    }
    return counts;
  } finally {
    await orm.close(true);
  }
}

const expectFullCopy = (original: Record<string, number>, restored: Record<string, number>) => {
  expect(Object.keys(original).length).toBeGreaterThan(10);
  for (const table of [
    'officer',
    'pairing',
    'visit',
    'talk',
    'action_item',
    'outcome_review',
    'mikro_orm_migrations',
  ]) {
    expect(original[table], table).toBeGreaterThan(0);
  }
  expect(restored).toEqual(original);
};

describe.runIf(isPostgres())('PostgreSQL: pg_dump, then pg_restore into a new database', CHILD, () => {
  it('finds every record of every table', async () => {
    const dump = path.join(dir, 'tongxin.dump');
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, source.url]);
    const target = await freshDatabase();
    extra.push(target);
    execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, dump]);
    expectFullCopy(await pgCounts(source.url), await pgCounts(target.url));
  });
});

describe.runIf(!isPostgres())('SQLite: VACUUM INTO a backup file', CHILD, () => {
  it('finds every record of every table', async () => {
    const file = loadConfig({ DATABASE_URL: source.url }).database;
    if (file.kind !== 'sqlite') throw new Error('SQLite expected');
    const backup = path.join(dir, 'backup.sqlite');
    const orm = await MikroORM.init(ormConfig(file));
    await orm.em.getConnection().execute(`vacuum into '${backup}'`);
    await orm.close(true);
    expectFullCopy(await sqliteCounts(file.file), await sqliteCounts(backup));
  });
});
