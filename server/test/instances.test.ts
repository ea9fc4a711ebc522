import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { expectError } from './expect.js';
import { DEMO_PASSWORD, type GqlResult, initTestApp, isPostgres, type TestApp } from './test-app.js';

// Two server instances, each its own process (the server started from source as `npm run dev`
// does), on two ports against one PostgreSQL database: nothing one needs may live in the other's
// memory. The in-process test app only creates, migrates and seeds the database.

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACCOUNT_LIMIT = 5;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

interface Instance {
  url: string;
  child: ChildProcess;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SEED: 'false',
      LOGIN_ATTEMPTS_PER_WINDOW: String(ACCOUNT_LIMIT),
      LOGIN_ADDRESS_ATTEMPTS_PER_WINDOW: '1000',
      // These instances run on the real clock: a first back-off no slow machine outlasts.
      LOGIN_BACKOFF_FIRST_SECONDS: '600',
      LOG_QUERIES: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (b) => (output += b));
  child.stderr!.on('data', (b) => (output += b));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', () => {
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited with ${code}:\n${output}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function gql(instance: Instance, query: string, variables: Record<string, unknown> = {}, cookie?: string | null) {
  const res = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = res.headers.get('set-cookie');
  return { body: (await res.json()) as GqlResult, cookie: setCookie ? setCookie.split(';')[0] : null };
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }';
const ME = '{ me { username } }';
const READ = 'query($id: ID!) { pairing(id: $id) { id version goals } }';
const EDIT = 'mutation($i: UpdatePairingInput!) { updatePairing(input: $i) { pairing { id version goals } } }';

describe.skipIf(!isPostgres())('two server instances on one database', () => {
  let t: TestApp;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    t = await initTestApp();
    const url = t.config.database.kind === 'postgres' ? t.config.database.url : '';
    [a, b] = await Promise.all([startInstance(url), startInstance(url)]);
  });
  afterAll(async () => {
    for (const i of [a, b]) {
      if (i?.child.exitCode === null) {
        const exited = new Promise((r) => i.child.once('exit', r));
        i.child.kill('SIGTERM');
        await exited;
      }
    }
    await t?.close();
  });

  const login = async (instance: Instance, username: string) => {
    const res = await gql(instance, LOGIN, { u: username, p: DEMO_PASSWORD });
    expect(res.body.errors).toBeUndefined();
    return res.cookie!;
  };

  it('serves a session made on one instance on the other, and a logout on one ends it on both', async () => {
    const cookie = await login(a, 'secretary');
    expect((await gql(b, ME, {}, cookie)).body.data?.me).toEqual({ username: 'secretary' });
    expect((await gql(b, 'mutation { logout }', {}, cookie)).body.data?.logout).toBe(true);
    expect((await gql(a, ME, {}, cookie)).body.data?.me).toBeNull();
    expect((await gql(b, ME, {}, cookie)).body.data?.me).toBeNull();
  });

  it('lets one of two concurrent edits of a pairing through the two instances win; the other is a CONFLICT', async () => {
    const em = t.app.orm.em.fork();
    const mentee = await em.findOneOrFail(Officer, { username: 'officer' });
    const pairing = await em.findOneOrFail(Pairing, { mentee });
    const [onA, onB] = await Promise.all([login(a, 'secretary'), login(b, 'secretary')]);
    const opened = (await gql(a, READ, { id: String(pairing.id) }, onA)).body.data?.pairing;
    const edit = (instance: Instance, cookie: string, goals: string) =>
      gql(instance, EDIT, { i: { id: String(pairing.id), version: opened.version, goals } }, cookie);
    const results = await Promise.all([edit(a, onA, '实例甲的目标'), edit(b, onB, '实例乙的目标')]);
    const ok = results.filter((r) => !r.body.errors);
    const refused = results.filter((r) => r.body.errors);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expectError(refused[0].body, 'CONFLICT');
    const saved = (await gql(b, READ, { id: String(pairing.id) }, onB)).body.data?.pairing;
    expect(saved).toEqual(ok[0].body.data?.updatePairing.pairing);
    expect(saved.version).toBe(opened.version + 1);
  });

  it('counts login attempts across both instances', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gql(i % 2 ? a : b, LOGIN, { u: 'mentor2', p: 'wrong' })),
    );
    const codes = results.map((r) => r.body.errors?.[0].extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(ACCOUNT_LIMIT);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - ACCOUNT_LIMIT);
  });
});
