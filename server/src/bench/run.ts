import 'reflect-metadata';
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { repoRoot } from '../config/config.js';
import { type RunInfo, tables, targets, writeDocs } from './bench-report.js';
import { benchListQueries } from './list-bench.js';
import { benchProvince, type ProvinceResult } from './province-bench.js';
import { provinceSize } from './province-size.js';
import { benchRosterImport } from './roster-bench.js';

/**
 * `npm run bench`, in parts (one file each; a part returns false when it missed a target):
 * - list: the S-size list timings, one request at a time (list-bench.ts);
 * - province: Tongxin against the floor under load at S (the demo bureau) and at a generated
 *   size (L by default), on fresh PostgreSQL databases (province-bench.ts), tables printed and
 *   written to docs/benchmarks.md;
 * - roster: the 5,000-row roster import (roster-bench.ts);
 * - bundle, lighthouse: the portal's load budget and Lighthouse scores (bundle-budget.ts,
 *   lighthouse.ts; also `npm run bench:bundle` and `npm run bench:lighthouse` alone), each in its
 *   own process.
 *
 *   npm run bench -- --sizes S,M --seconds 3 --rounds 1     a quick run
 *   npm run bench -- --parts province --sizes L --soak 300    L with the 5-minute RSS run
 */
const { values: args } = parseArgs({
  options: {
    parts: { type: 'string', default: process.env.BENCH_PARTS ?? 'list,province,roster,bundle,lighthouse' },
    sizes: { type: 'string', default: process.env.BENCH_SIZES ?? 'S,L' },
    connections: { type: 'string', default: '1,8,32,64' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    warmup: { type: 'string', default: '3' },
    soak: { type: 'string', default: '0' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const parts = new Set(args.parts.split(','));
const sizes = args.sizes.split(',').map((s) => s.trim().toUpperCase());

async function machine(): Promise<string> {
  const cpu = os.cpus();
  let postgres = '?';
  try {
    const c = new pg.Client({
      connectionString: process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    await c.connect();
    postgres = String((await c.query('show server_version')).rows[0].server_version);
    await c.end();
  } catch {
    // The province part reports the connection failure itself.
  }
  return `${cpu.length} × ${cpu[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}, PostgreSQL ${postgres} on the same machine, load average before ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

function commit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: repoRoot }).toString().trim();
    // The bench rewrites docs/benchmarks.md itself: only other changes make the code differ.
    const dirty = execSync('git status --porcelain --untracked-files=no -- . :!docs/benchmarks.md', { cwd: repoRoot })
      .toString()
      .trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

async function province(): Promise<boolean> {
  const info: RunInfo = {
    machine: await machine(),
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: commit(),
    settings: `${args.rounds} rounds × ${args.seconds} s per cell after ${args.warmup} s warm-up, connections ${args.connections}`,
  };
  const connections = args.connections.split(',').map(Number);
  let ok = true;
  let s: ProvinceResult | undefined;
  for (const name of sizes) {
    console.log(`\nprovince ${name}: Tongxin and the floor under load`);
    const result = await benchProvince({
      size: name === 'S' ? 'S' : provinceSize(name),
      connections,
      seconds: Number(args.seconds),
      rounds: Number(args.rounds),
      warmupSeconds: Number(args.warmup),
      soakSeconds: name === 'S' ? 0 : Number(args.soak),
      log: console.log,
    });
    if (name === 'S') s = result;
    // The raw windows, to compare runs or redraw the tables.
    const raw = path.join(os.tmpdir(), `tongxin-bench-${name}-${Date.now()}.json`);
    fs.writeFileSync(raw, JSON.stringify({ info, result }, null, 1));
    console.log(`raw measures: ${raw}`);
    console.log(`\n${tables(result)}\n\n${targets(result, name === 'S' ? undefined : s)}`);
    if (!args['no-docs'])
      writeDocs(path.join(repoRoot, 'docs/benchmarks.md'), info, result, name === 'S' ? undefined : s);
    // Errors fail the run; the throughput, latency and CPU targets are reported, not enforced.
    if (result.measures.some((m) => m.errors > 0) || (result.soak && !result.soak.stable)) ok = false;
  }
  return ok;
}

let failed = false;
if (parts.has('list') && !(await benchListQueries())) failed = true;
if (parts.has('province') && !(await province())) failed = true;
if (parts.has('roster') && !(await benchRosterImport())) failed = true;
for (const part of ['bundle', 'lighthouse'] as const) {
  if (!parts.has(part)) continue;
  const file = new URL(part === 'bundle' ? './bundle-budget.js' : './lighthouse.js', import.meta.url);
  if (spawnSync(process.execPath, [file.pathname], { stdio: 'inherit' }).status !== 0) failed = true;
}
if (failed) {
  console.error('bench: FAILED');
  process.exit(1);
}
