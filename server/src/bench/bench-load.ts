import autocannon from 'autocannon';
import type { BenchProcess } from './bench-process.js';
import type { Scenario } from './bench-scenarios.js';

/** One measured window: a scenario against its server at a number of connections. */
export interface Measure {
  scenario: string;
  target: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first error's status and body, to say what went wrong. */
  firstError?: string;
  /** Requests still unanswered when the window closed (autocannon drops them). */
  unanswered: number;
  /**
   * Percentiles that are only lower bounds: an unanswered request had already waited as long
   * as them when the window closed, so the true figure may be higher.
   */
  atLeast: { p50: boolean; p95: boolean; p99: boolean };
  statementsPerRequest: number;
  cpuMsPerRequest: number;
  rssMiB: number;
}

/** What a request's setup leaves for its response: autocannon resets it before the next one. */
interface Context {
  done?: (status: number, body: string) => boolean;
  entry?: { t0: number };
}

/**
 * Runs autocannon (in this process, apart from the measured servers) against the server for
 * `seconds` at `connections` keep-alive connections, each request built by the scenario, and
 * samples the server's own CPU time, statements and RSS before and after. Latencies are every
 * response's, percentiles taken here (autocannon reports no p95).
 */
export async function measure(
  server: BenchProcess,
  scenario: Scenario,
  connections: number,
  seconds: number,
): Promise<Measure> {
  const c = Math.min(connections, scenario.maxConnections ?? connections);
  await idle(server);
  await scenario.reset?.();
  const before = await server.stats();
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const open = new Set<{ t0: number }>();
  let firstError: string | undefined;
  const t0 = performance.now();
  const options: autocannon.Options = {
    url: `http://127.0.0.1:${server.port}`,
    connections: c,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (req, context) => {
          const r = scenario.next();
          sent++;
          const entry = { t0: performance.now() };
          open.add(entry);
          (context as Context).entry = entry;
          (context as Context).done = r.done;
          return {
            ...req,
            method: r.method,
            path: r.path,
            body: r.body,
            headers: { 'content-type': 'application/json', ...(r.cookie ? { cookie: r.cookie } : {}) },
          };
        },
        onResponse: (status, body, context) => {
          open.delete((context as Context).entry!);
          const done = (context as Context).done;
          if (done && !done(status, body)) {
            errors++;
            firstError ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, res) => (err ? reject(err as Error) : resolve(res)));
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const elapsed = (performance.now() - t0) / 1000;
  const after = await server.stats();
  const end = performance.now();
  const n = latencies.length;
  // Answered latencies and, as lower bounds, the age of each request left unanswered.
  const points = [
    ...latencies.map((v) => ({ v, open: false })),
    ...[...open].map((e) => ({ v: end - e.t0, open: true })),
  ].sort((a, b) => a.v - b.v);
  const at = (p: number) => {
    const i = Math.min(points.length - 1, Math.floor((p / 100) * points.length));
    // Waiting longer can only move an unanswered request up: the figure at i is exact unless one
    // at or below it was still waiting.
    return { v: points[i]?.v ?? 0, atLeast: points.slice(0, i + 1).some((x) => x.open) };
  };
  const [p50, p95, p99] = [at(50), at(95), at(99)];
  const transport = result.errors + result.timeouts;
  if (transport && !firstError) firstError = `${result.errors} connection errors, ${result.timeouts} timeouts`;
  return {
    scenario: scenario.name,
    target: server.name,
    connections: c,
    seconds: elapsed,
    requests: n,
    unanswered: Math.max(0, sent - n),
    rps: n / seconds,
    p50: p50.v,
    p95: p95.v,
    p99: p99.v,
    atLeast: { p50: p50.atLeast, p95: p95.atLeast, p99: p99.atLeast },
    errors: errors + transport,
    firstError,
    statementsPerRequest: n ? (after.statements - before.statements) / n : 0,
    cpuMsPerRequest: n ? (after.cpuMicros - before.cpuMicros) / 1000 / n : 0,
    rssMiB: after.rssBytes / 1024 / 1024,
  };
}

/**
 * Waits until the server has finished the requests of the previous window: autocannon stops at
 * the end of its time and drops the connections, but the server still answers what it received.
 * Idle means under 5 % of a core over 200 ms; at most 60 s.
 */
export async function idle(server: BenchProcess) {
  const until = performance.now() + 60_000;
  let last = await server.stats();
  while (performance.now() < until) {
    await new Promise((r) => setTimeout(r, 200));
    const now = await server.stats();
    const busy = (now.cpuMicros - last.cpuMicros) / 1000 / 200;
    last = now;
    if (busy < 0.05) return;
  }
}
