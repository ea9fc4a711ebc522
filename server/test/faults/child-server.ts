import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PASSWORD } from '../test-app.js';

// The fault tests drive the built server as a separate process, as production runs it: only a
// real process can be killed with SIGKILL, and only a real pool sees its backends terminated.

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const serverMain = path.join(serverRoot, 'dist', 'main.js');

export interface ChildServer {
  url: string;
  pid: number;
  process: ChildProcess;
  /** Everything the server printed, for failure messages. */
  output(): string;
  alive(): boolean;
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `node dist/main.js` on the given database with the demo bureau and waits until it listens. */
export async function startChildServer(databaseUrl: string, env: Record<string, string> = {}): Promise<ChildServer> {
  if (!fs.existsSync(serverMain)) {
    throw new Error(`${serverMain} is missing: build the server first (npm run build -w @tongxin/server)`);
  }
  const child = spawn(process.execPath, [serverMain], {
    cwd: serverRoot,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      DEMO_SEED: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${log}`)), 60_000);
    const onData = () => {
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(log);
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(Number(m[1]));
    };
    child.stdout.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${log}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    process: child,
    output: () => log,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}

export interface HttpAnswer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON. */
  json: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] } | null;
}

/** A portal-like client of one child server: one session cookie, JSON POSTs to /graphql. */
export class HttpClient {
  cookie: string | null = null;
  constructor(readonly url: string) {}

  /** Throws only when no HTTP answer arrived (connection refused or reset). */
  async gql(query: string, variables?: Record<string, unknown>): Promise<HttpAnswer> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    let json: HttpAnswer['json'] = null;
    if (contentType.includes('json')) {
      try {
        json = JSON.parse(text) as HttpAnswer['json'];
      } catch {
        json = null;
      }
    }
    return { status: res.status, contentType, text, json };
  }

  static async login(url: string, username: string): Promise<HttpClient> {
    const c = new HttpClient(url);
    const res = await c.gql('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
      u: username,
      p: DEMO_PASSWORD,
    });
    if (!res.json?.data?.login) throw new Error(`login ${username} failed: ${res.status} ${res.text}`);
    return c;
  }
}

/** The checker's PostgreSQL application_name, which the outage test spares. */
export const CHECKER = 'tongxin-fault-check';

/** Plain SQL on the test's database, beside the server: the checks must not trust the server. */
export interface Sql {
  all<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

// better-sqlite3 ships no types and the server never imports it directly: the part used here.
interface SqliteDatabase {
  prepare(query: string): { all(...params: unknown[]): unknown[] };
  close(): void;
}
const SqliteDatabase = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteDatabase;

export async function openSql(databaseUrl: string): Promise<Sql> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new SqliteDatabase(databaseUrl.slice('sqlite:'.length));
    return {
      all: async <T>(query: string, params: unknown[] = []) => db.prepare(query).all(...params) as T[],
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: databaseUrl, application_name: CHECKER });
  await client.connect();
  return {
    async all<T>(query: string, params: unknown[] = []) {
      let n = 0;
      const res = await client.query(
        query.replace(/\?/g, () => `$${++n}`),
        params,
      );
      return res.rows as T[];
    },
    close: () => client.end(),
  };
}
