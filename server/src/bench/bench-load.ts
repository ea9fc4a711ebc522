import autocannon from 'autocannon';
import { percentile } from './load-stats.js';
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
  statementsPerRequest: number;
  cpuMsPerRequest: number;
  rssMiB: number;
}

/** What a request's setup leaves for its response: autocannon resets it before the next one. */
interface Context {
  done?: (status: number, body: string) => boolean;
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
  latencies.sort((a, b) => a - b);
  const n = latencies.length;
  const transport = result.errors + result.timeouts;
  if (transport && !firstError) firstError = `${result.errors} connection errors, ${result.timeouts} timeouts`;
  return {
    scenario: scenario.name,
    target: server.name,
    connections: c,
    seconds: elapsed,
    requests: n,
    rps: n / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
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
