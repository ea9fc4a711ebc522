import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  ACCOUNTS,
  type Account,
  MENTOR_TARGETS,
  type MentorTargets,
  type Operation,
  operationsFor,
  pick,
} from './load-mix.js';
import { type RssSample, percentile, readRssMiB, rssVerdict } from './load-stats.js';

/**
 * `npm run load`: starts the built server (`dist/main.js`) as a child process with the demo
 * bureau on a fresh SQLite file (or LOAD_DATABASE_URL), logs in as the demo accounts and keeps N
 * keep-alive connections busy for D seconds with the portal's mixed reads and writes, on loopback.
 * Reports requests/s, latency percentiles, HTTP statuses and GraphQL error codes, and the child's
 * RSS over time. Exits 1 on any HTTP 5xx, any request without an HTTP answer, any
 * INTERNAL_SERVER_ERROR, or RSS that keeps growing (see `rssVerdict`).
 *
 *   npm run load -- --connections 200 --duration 60   (or LOAD_CONNECTIONS, LOAD_DURATION)
 */
const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: process.env.LOAD_CONNECTIONS ?? '200' },
    duration: { type: 'string', default: process.env.LOAD_DURATION ?? '60' },
    'database-url': { type: 'string', default: process.env.LOAD_DATABASE_URL },
  },
});
const CONNECTIONS = Number(args.connections);
const DURATION_S = Number(args.duration);
if (!(CONNECTIONS >= 1 && DURATION_S >= 1)) throw new Error('--connections and --duration must be positive numbers');
const SAMPLE_MS = 500;
const REPORT_EVERY_S = DURATION_S >= 30 ? 5 : 2;

// The figures mean little without the machine's own load: CI and laptops share their cores.
const machine = () =>
  `${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;

const here = path.dirname(fileURLToPath(import.meta.url));
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS, maxFreeSockets: CONNECTIONS });

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] } | null;
  cookie?: string;
}

function post(port: number, query: string, variables?: Record<string, unknown>, cookie?: string): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          let parsed: Answer['body'] = null;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString()) as Answer['body'];
          } catch {
            parsed = null;
          }
          const setCookie = res.headers['set-cookie']?.[0];
          resolve({ status: res.statusCode ?? 0, body: parsed, cookie: setCookie?.split(';')[0] });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function startServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-load-'));
  const databaseUrl = args['database-url'] ?? `sqlite:${path.join(dir, 'load.sqlite')}`;
  const child = spawn(process.execPath, [path.resolve(here, '../main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      DEMO_SEED: 'true',
      PORT: '0',
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on http:\/\/[^:]+:(\d+)/.exec(log);
      if (m) {
        clearInterval(timer);
        resolve(Number(m[1]));
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${log}`));
    });
  });
  const stop = () => {
    child.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { child, port, stop, log: () => log };
}

interface Session {
  account: Account;
  cookie: string;
  ops: Operation[];
}

async function login(port: number, account: Account): Promise<Session> {
  const res = await post(port, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', {
    u: account,
    p: 'tongxin-demo',
  });
  if (!res.cookie || res.body?.errors) throw new Error(`login ${account}: ${JSON.stringify(res.body)}`);
  let targets: MentorTargets | null = null;
  if (account.startsWith('mentor')) {
    const me = await post(port, '{ me { officer { id } } }', undefined, res.cookie);
    const mentorId = me.body?.data?.me?.officer?.id as string;
    const list = await post(port, MENTOR_TARGETS, { m: mentorId }, res.cookie);
    const pairings = (list.body?.data?.pairings?.edges ?? []).map((e: any) => ({
      id: e.node.id as string,
      menteeId: e.node.mentee.id as string,
    }));
    if (pairings.length) targets = { mentorId, pairings };
  }
  return { account, cookie: res.cookie, ops: operationsFor(account, targets) };
}

interface Done {
  at: number;
  account: Account;
  op: string;
  ms: number;
  status: number;
  code?: string;
  /** The connection's first request: it waits for N simultaneous TCP handshakes too. */
  first: boolean;
}

async function main() {
  const server = await startServer();
  // A failure before the report must not leave the child server running.
  process.once('exit', () => server.child.kill('SIGKILL'));
  console.log(
    `load: ${CONNECTIONS} connections × ${DURATION_S} s against pid ${server.child.pid} (port ${server.port})`,
  );
  console.log(`load: before: ${machine()}`);
  const sessions = await Promise.all(ACCOUNTS.map((a) => login(server.port, a)));
  const done: Done[] = [];
  const transportErrors: string[] = [];
  const rss: RssSample[] = [];
  const startRss = await readRssMiB(server.child.pid!);
  const t0 = performance.now();
  const end = t0 + DURATION_S * 1000;
  let seq = 0;

  const sampler = setInterval(async () => {
    const mib = await readRssMiB(server.child.pid!);
    if (mib !== null) rss.push({ t: (performance.now() - t0) / 1000, mib });
  }, SAMPLE_MS);

  const worker = async (i: number) => {
    const session = sessions[i % sessions.length];
    for (let first = true; performance.now() < end; first = false) {
      const n = seq++;
      const op = pick(session.ops, Math.random());
      const start = performance.now();
      try {
        const res = await post(server.port, op.query, op.variables?.(n), session.cookie);
        const code = res.body?.errors?.[0]?.extensions?.code ?? (res.body ? undefined : 'NOT_JSON');
        done.push({
          at: start - t0,
          account: session.account,
          op: op.name,
          ms: performance.now() - start,
          status: res.status,
          code,
          first,
        });
      } catch (e) {
        transportErrors.push(`${op.name}: ${(e as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, i) => worker(i)));
  clearInterval(sampler);
  const elapsedS = (performance.now() - t0) / 1000;
  console.log(`load: after: ${machine()}`);
  const failed = report(done, rss, elapsedS, startRss, transportErrors);
  agent.destroy();
  server.stop();
  if (failed) {
    console.error('load: FAILED');
    process.exit(1);
  }
  console.log('load: ok');
}

function report(all: Done[], rss: RssSample[], elapsedS: number, startRss: number | null, transport: string[]) {
  const ms = (d: Done[]) => d.map((x) => x.ms).sort((a, b) => a - b);
  // Latency is judged on requests over open connections; the opening burst is reported apart.
  const opening = ms(all.filter((d) => d.first));
  const done = all.filter((d) => !d.first);
  console.log(
    `\nconnections' first requests: ${opening.length}, p50 ${percentile(opening, 50).toFixed(0)} ms, ` +
      `max ${(opening[opening.length - 1] ?? 0).toFixed(0)} ms (not in the figures below but in the error counts)`,
  );
  const line = (name: string, d: Done[]) => {
    const s = ms(d);
    return `${name.padEnd(12)} ${String(d.length).padStart(7)} ${(d.length / elapsedS).toFixed(1).padStart(8)} ${[
      50, 90, 99,
    ]
      .map((p) => percentile(s, p).toFixed(1).padStart(8))
      .join('')} ${(s[s.length - 1] ?? 0).toFixed(1).padStart(8)}`;
  };
  console.log(`\noperation     count    req/s   p50 ms   p90 ms   p99 ms   max ms`);
  for (const op of [...new Set(done.map((d) => d.op))].sort())
    console.log(
      line(
        op,
        done.filter((d) => d.op === op),
      ),
    );
  console.log(line('all', done));

  console.log(`\n     t s    req/s   p99 ms   RSS MiB`);
  for (let t = 0; t < DURATION_S; t += REPORT_EVERY_S) {
    const w = done.filter((d) => d.at >= t * 1000 && d.at < (t + REPORT_EVERY_S) * 1000);
    const r = rss.filter((s) => s.t >= t && s.t < t + REPORT_EVERY_S).map((s) => s.mib);
    console.log(
      `${String(t).padStart(8)} ${(w.length / REPORT_EVERY_S).toFixed(1).padStart(8)} ${percentile(ms(w), 99)
        .toFixed(1)
        .padStart(8)} ${(r.length ? Math.max(...r) : 0).toFixed(0).padStart(9)}`,
    );
  }

  console.log('\nslowest requests (started at s, account, operation, ms):');
  for (const d of [...done].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
    console.log(
      `  ${(d.at / 1000).toFixed(1).padStart(6)}  ${d.account.padEnd(10)} ${d.op.padEnd(12)} ${d.ms.toFixed(0)}`,
    );
  }

  const statuses: Record<string, number> = {};
  const codes: Record<string, number> = {};
  for (const d of all) {
    statuses[d.status] = (statuses[d.status] ?? 0) + 1;
    if (d.code) codes[d.code] = (codes[d.code] ?? 0) + 1;
  }
  const fives = all.filter((d) => d.status >= 500).length;
  const verdict = rssVerdict(rss, elapsedS);
  console.log(`\nHTTP statuses ${JSON.stringify(statuses)}; GraphQL error codes ${JSON.stringify(codes)}`);
  console.log(`5xx: ${fives}; requests without an answer: ${transport.length}`);
  for (const t of [...new Set(transport)].slice(0, 5)) console.log(`  ${t}`);
  console.log(
    `RSS: ${startRss?.toFixed(0) ?? '?'} MiB before the load, peak ${verdict.peak.toFixed(0)} MiB; ${verdict.explanation}${verdict.judged ? `: ${verdict.stable ? 'stable' : 'GROWING'}` : ''}`,
  );
  const internal = codes.INTERNAL_SERVER_ERROR ?? 0;
  return fives > 0 || transport.length > 0 || internal > 0 || (codes.NOT_JSON ?? 0) > 0 || !verdict.stable;
}

await main();
