import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { configRefusals } from '../src/config/production.js';
import { createLogger } from '../src/common/http/logger.js';
import { applyMigrations, databaseRefusals, pendingMigrations } from '../src/db/database-status.js';
import { ormConfig } from '../src/db/orm-config.js';
import { seedDemoIfEmpty } from '../src/db/seeders/demo-seed.js';
import { Bureau } from '../src/modules/org/bureau.entity.js';
import { CHILD, runSource, startServer } from './child-process.js';
import { freshDatabase, isPostgres } from './test-app.js';

// `npm run start:prod` is `NODE_ENV=production node dist/main.js`: the refusals are those of main.ts.

type Db = Awaited<ReturnType<typeof freshDatabase>>;
const dbs: Db[] = [];
const database = async () => {
  const db = await freshDatabase();
  dbs.push(db);
  return db;
};
afterAll(async () => {
  for (const db of dbs) await db.drop();
});

const openOrm = (url: string) => MikroORM.init(ormConfig(loadConfig({ DATABASE_URL: url }).database));
const PROD = { NODE_ENV: 'production', COOKIE_SECURE: 'true' };

describe('the configuration a production start refuses', CHILD, () => {
  it('the embedded SQLite database', () => {
    const refusals = configRefusals(loadConfig({ ...PROD }));
    expect(refusals).toEqual([expect.stringContaining('DATABASE_URL must name a PostgreSQL database')]);
    expect(configRefusals(loadConfig({ ...PROD, DATABASE_URL: 'sqlite:/tmp/x.sqlite' }))).toHaveLength(1);
  });

  it('COOKIE_SECURE unset or false, even though production defaults it on', () => {
    const url = 'postgres://tongxin@db.internal:5432/tongxin';
    for (const env of [{ NODE_ENV: 'production' }, { NODE_ENV: 'production', COOKIE_SECURE: 'false' }]) {
      expect(configRefusals(loadConfig({ ...env, DATABASE_URL: url }))).toEqual([
        expect.stringContaining('COOKIE_SECURE=true is required'),
      ]);
    }
    expect(configRefusals(loadConfig({ ...PROD, DATABASE_URL: url }))).toEqual([]);
  });

  it('nothing outside production', () => {
    expect(configRefusals(loadConfig({}))).toEqual([]);
  });

  it('main.ts prints each reason and exits 2 before opening any database', async () => {
    const child = runSource('main.ts', { NODE_ENV: 'production', DATABASE_URL: 'sqlite:/nonexistent/dir/x.sqlite' });
    expect((await child.exit).code).toBe(2);
    expect(child.stderr()).toContain('Tongxin will not start in production');
    expect(child.stderr()).toContain('DATABASE_URL must name a PostgreSQL database');
    expect(child.stderr()).toContain('COOKIE_SECURE=true is required');
  });
});

describe('the database a production start refuses', CHILD, () => {
  it('one with pending migrations, which `npm run migrate` applies', async () => {
    const db = await database();
    const orm = await openOrm(db.url);
    try {
      const pending = await pendingMigrations(orm);
      expect(pending.length).toBeGreaterThan(0);
      expect(await databaseRefusals(orm)).toEqual([
        expect.stringMatching(/migration\(s\) are pending.*npm run migrate/),
      ]);
      expect(await applyMigrations(orm)).toEqual(pending);
      expect(await databaseRefusals(orm)).toEqual([]);
    } finally {
      await orm.close(true);
    }
  });

  it('one with the demo accounts', async () => {
    const db = await database();
    const orm = await openOrm(db.url);
    try {
      await applyMigrations(orm);
      await seedDemoIfEmpty(orm.em.fork());
      const [refusal] = await databaseRefusals(orm);
      expect(refusal).toContain("demo bureau's accounts");
      for (const name of ['committee', 'secretary', 'mentor', 'officer']) expect(refusal).toContain(name);
    } finally {
      await orm.close(true);
    }
  });
});

describe('production never loads the demo bureau', CHILD, () => {
  it('whatever DEMO_SEED says and whatever the database', () => {
    for (const url of [undefined, 'sqlite:/tmp/x.sqlite', 'postgres://u@h:5432/d']) {
      const env = { NODE_ENV: 'production', DEMO_SEED: 'true', ...(url ? { DATABASE_URL: url } : {}) };
      expect(loadConfig(env).demoSeed).toBe(false);
    }
    expect(loadConfig({ DEMO_SEED: 'true' }).demoSeed).toBe(true);
  });

  it('a production app on an empty, migrated database stays empty, does not migrate itself and suggests no fields', async () => {
    const db = await database();
    const orm = await openOrm(db.url);
    await applyMigrations(orm);
    await orm.close(true);
    const config = loadConfig({ ...PROD, DATABASE_URL: db.url, DEMO_SEED: 'true', LOG_LEVEL: 'silent' });
    expect(config.migrateAtStart).toBe(false);
    const app = await createApp(config, { logger: createLogger('silent') });
    try {
      expect(await app.orm.em.fork().count(Bureau, {})).toBe(0);
      // Nor does it spell out the schema to a prober: no field suggestions.
      const port = await app.listen(0, '127.0.0.1');
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { usernam } }' }),
      });
      const body = (await res.json()) as { errors: { message: string }[] };
      expect(body.errors[0].message).toBe('Cannot query field "usernam" on type "Me".');
    } finally {
      await app.close();
    }
  });

  it('`npm run seed:demo` refuses with NODE_ENV=production', async () => {
    const db = await database();
    const child = runSource('db/seed-demo.cli.ts', { NODE_ENV: 'production', DATABASE_URL: db.url });
    expect((await child.exit).code).toBe(2);
    expect(child.stderr()).toContain('never loaded with NODE_ENV=production');
  });
});

// Only PostgreSQL gets past the configuration checks: the database checks, end to end.
describe.runIf(isPostgres())('npm run start:prod on PostgreSQL', CHILD, () => {
  let url: string;
  beforeAll(async () => {
    url = (await database()).url;
  });

  it('exits 2 naming the pending migrations, then starts once `npm run migrate` has run', async () => {
    const refused = runSource('main.ts', { ...PROD, DATABASE_URL: url });
    expect((await refused.exit).code).toBe(2);
    expect(refused.stderr()).toMatch(/migration\(s\) are pending.*npm run migrate/);

    const migrate = runSource('cli/migrate.cli.ts', { DATABASE_URL: url });
    expect((await migrate.exit).code).toBe(0);
    expect(migrate.stdout()).toMatch(/Applied \d+ migration/);

    const server = await startServer({ ...PROD, DATABASE_URL: url });
    const ready = await fetch(`${server.url}/readyz`);
    expect(await ready.json()).toEqual({ ok: true });
    server.process.kill('SIGTERM');
    expect((await server.exit).code).toBe(0);
  });

  it('exits 2 when the demo accounts are in the database', async () => {
    const orm = await openOrm(url);
    await seedDemoIfEmpty(orm.em.fork());
    await orm.close(true);
    const refused = runSource('main.ts', { ...PROD, DATABASE_URL: url });
    expect((await refused.exit).code).toBe(2);
    expect(refused.stderr()).toContain("demo bureau's accounts are in this database");
  });
});
