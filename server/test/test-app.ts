import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createApp, type App } from '../src/app.js';
import { ManualClock } from '../src/common/clock.js';
import { type AppConfig, loadConfig } from '../src/config/config.js';
import { seedDemoIfEmpty } from '../src/db/seeders/demo-seed.js';

export const DEMO_PASSWORD = 'tongxin-demo';
export const isPostgres = () => process.env.DB === 'postgres';
const adminUrl = () => process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database for one test file: a temp SQLite file, or a new PostgreSQL database. */
export async function freshDatabase(
  serverUrl: () => string = adminUrl,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `tongxin_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (!isPostgres()) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-'));
    return {
      url: `sqlite:${path.join(dir, `${name}.sqlite`)}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    url: serverUrl().replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestClient {
  cookie: string | null;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** GET a plain route with this client's session. */
  get(pathname: string): Promise<Response>;
}

export interface TestApp {
  app: App;
  url: string;
  clock: ManualClock;
  config: AppConfig;
  /** SQL statements run since the last reset. */
  queries: string[];
  client(): TestClient;
  login(username: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Load the demo bureau (default true). */
  demo?: boolean;
  now?: Date;
  env?: Record<string, string>;
  /** PostgreSQL: the server to create the database on (default PG_ADMIN_URL). */
  pgAdminUrl?: string;
  /** Called with the fresh database's URL before the app starts; returns more environment. */
  beforeStart?: (databaseUrl: string) => Promise<Record<string, string>>;
}

/** Boots the real app (real MikroORM on a real database, real HTTP) for one test file. */
export async function initTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await freshDatabase(() => options.pgAdminUrl ?? adminUrl());
  const more = (await options.beforeStart?.(db.url)) ?? {};
  const config = loadConfig({
    DATABASE_URL: db.url,
    DEMO_SEED: 'false',
    LOGIN_ATTEMPTS_PER_WINDOW: '50',
    LOGIN_ADDRESS_ATTEMPTS_PER_WINDOW: '1000',
    // Request logs have their own suite (ops-logs.test.ts); here they would bury the test output.
    LOG_LEVEL: 'silent',
    // The digest runs when a test calls app.digests.run with its clock, not on the wall clock.
    DIGEST_SCHEDULER: 'false',
    ...options.env,
    ...more,
  });
  const clock = new ManualClock(options.now ?? new Date());
  const queries: string[] = [];
  const app = await createApp(config, { clock, onQuery: (sql) => queries.push(sql) });
  if (options.demo !== false) await seedDemoIfEmpty(app.orm.em.fork(), { now: clock.now() });
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;

  const client = (): TestClient => {
    const c: TestClient = {
      cookie: null,
      async gql(query, variables) {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(c.cookie ? { cookie: c.cookie } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        const setCookie = res.headers.get('set-cookie');
        if (setCookie) {
          const [pair] = setCookie.split(';');
          c.cookie = pair.endsWith('=') ? null : pair;
        }
        return (await res.json()) as GqlResult<any>;
      },
      get: (pathname) => fetch(`${url}${pathname}`, { headers: c.cookie ? { cookie: c.cookie } : {} }),
    };
    return c;
  };

  return {
    app,
    url,
    clock,
    config,
    queries,
    client,
    async login(username, password = DEMO_PASSWORD) {
      const c = client();
      const res = await c.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
        u: username,
        p: password,
      });
      if (res.errors) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      return c;
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

/** Runs `fn` and returns the SQL statements it caused. */
export async function countQueries(t: TestApp, fn: () => Promise<unknown>): Promise<string[]> {
  t.queries.length = 0;
  await fn();
  // The logger colours its lines: strip the escape codes, or `\b` never matches after `…[39m`.
  // eslint-disable-next-line no-control-regex
  const plain = t.queries.map((q) => q.replace(/\x1B\[[0-9;]*m/g, ''));
  return plain.filter((q) => /\b(select|insert|update|delete)\b/i.test(q));
}
