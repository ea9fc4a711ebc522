import { writeBenchSection } from './bench-docs.js';
import type { Measure } from './bench-load.js';
import type { ProvinceResult } from './province-bench.js';

/**
 * The province part's tables: per scenario and connection count the median over the rounds of
 * requests/s and latency percentiles, the mean CPU-ms and statements per request, the errors of
 * all rounds and the largest RSS; then Tongxin ÷ floor for Q2 and Q3, and the targets.
 */
export interface Row extends Measure {
  rounds: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function aggregate(measures: Measure[]): Row[] {
  const groups = new Map<string, Measure[]>();
  for (const m of measures) {
    const key = `${m.scenario}@${m.connections}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((g) => ({
    ...g[0],
    rounds: g.length,
    requests: g.reduce((n, m) => n + m.requests, 0),
    rps: median(g.map((m) => m.rps)),
    p50: median(g.map((m) => m.p50)),
    p95: median(g.map((m) => m.p95)),
    p99: median(g.map((m) => m.p99)),
    errors: g.reduce((n, m) => n + m.errors, 0),
    unanswered: g.reduce((n, m) => n + m.unanswered, 0),
    atLeast: {
      p50: g.some((m) => m.atLeast.p50),
      p95: g.some((m) => m.atLeast.p95),
      p99: g.some((m) => m.atLeast.p99),
    },
    statementsPerRequest: mean(g.map((m) => m.statementsPerRequest)),
    cpuMsPerRequest: mean(g.map((m) => m.cpuMsPerRequest)),
    rssMiB: Math.max(...g.map((m) => m.rssMiB)),
  }));
}

const f = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** A latency the window closed on before it was answered is a lower bound (≥). */
type P = 'p50' | 'p95' | 'p99';
const ms = (r: Measure, p: P) => `${r.atLeast[p] ? '≥ ' : ''}${f(r[p], 1)}`;

export function tables(result: ProvinceResult): string {
  const rows = aggregate(result.measures);
  const lines = [
    '| scenario | server | conns | req/s | p50 ms | p95 ms | p99 ms | unanswered | errors | SQL/req | CPU ms/req | RSS MiB |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.target} | ${r.connections} | ${f(r.rps)} | ${ms(r, 'p50')} | ${ms(r, 'p95')} | ${ms(r, 'p99')} | ` +
        `${r.unanswered} | ${r.errors} | ${f(r.statementsPerRequest, 1)} | ${f(r.cpuMsPerRequest, 2)} | ${f(r.rssMiB)} |`,
    ),
  ];
  const find = (s: string, c: number) => rows.find((r) => r.scenario === s && r.connections === c);
  // The floor's levels: M2 runs at fewer connections when it has fewer pairings to edit.
  const levels = [...new Set(rows.filter((r) => r.target === 'floor').map((r) => r.connections))].sort((a, b) => a - b);
  lines.push('', '| Tongxin ÷ floor (req/s) | ' + levels.map((c) => `${c} conns`).join(' | ') + ' |');
  lines.push('|---|' + levels.map(() => '--:').join('|') + '|');
  for (const [t, fl] of [
    ['Q2', 'F2'],
    ['Q3', 'F3'],
  ]) {
    const ratios = levels.map((c) => {
      const a = find(t, c);
      const b = find(fl, c);
      return a && b && b.rps ? `${f((100 * a.rps) / b.rps, 1)} %` : '–';
    });
    lines.push(`| ${t} ÷ ${fl} | ${ratios.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The targets, with where this run stands. */
export function targets(result: ProvinceResult, s?: ProvinceResult): string {
  const rows = aggregate(result.measures);
  const at = (sc: string, c: number) => rows.find((r) => r.scenario === sc && r.connections === c);
  const sRows = s ? aggregate(s.measures) : [];
  const ratio = (t: string, fl: string) => {
    const a = at(t, 8);
    const b = at(fl, 8);
    return a && b && b.rps ? (100 * a.rps) / b.rps : NaN;
  };
  const mark = (ok: boolean) => (ok ? 'met' : 'not met');
  const out: string[] = [];
  for (const [t, fl] of [
    ['Q2', 'F2'],
    ['Q3', 'F3'],
  ]) {
    const r = ratio(t, fl);
    out.push(
      `- ${t} throughput at 8 connections: ${f(r, 1)} % of the floor (target ≥ 25 %, aim 50 %): ${mark(r >= 25)}`,
    );
    const row = at(t, 32);
    const p99 = row?.p99 ?? NaN;
    out.push(
      `- ${t} p99 at 32 connections: ${row ? ms(row, 'p99') : '–'} ms (target ≤ 50 ms): ${mark(!!row && !row.atLeast.p99 && p99 <= 50)}`,
    );
    const sRow = sRows.find((x) => x.scenario === t && x.connections === 32);
    if (row && sRow && sRow.p99) {
      // A ratio of lower bounds says nothing.
      const judged = !row.atLeast.p99 && !sRow.atLeast.p99;
      const verdict = judged ? mark(p99 / sRow.p99 <= 1.5) : 'not judged (latencies beyond the window)';
      out.push(
        `- ${t} p99 at 32 connections, ${result.size} ÷ S: ${f(p99 / sRow.p99, 2)}× (target ≤ 1.5×): ${verdict}`,
      );
    }
  }
  // Weighted by responses: a window that answered a handful of requests says little.
  const q2 = result.measures.filter((m) => m.scenario === 'Q2');
  const answered = q2.reduce((n, m) => n + m.requests, 0);
  const cpu = answered ? q2.reduce((t, m) => t + m.cpuMsPerRequest * m.requests, 0) / answered : NaN;
  out.push(`- server CPU per Q2 request: ${f(cpu, 2)} ms (target ≤ 2 ms): ${mark(cpu <= 2)}`);
  const errors = rows.reduce((n, r) => n + r.errors, 0);
  out.push(`- errors in the run: ${errors} (target 0): ${mark(errors === 0)}`);
  if (result.soak) {
    out.push(
      `- RSS over ${result.soak.seconds} s of the mix at 32 connections: ${result.soak.explanation}: ${result.soak.stable ? 'stable' : 'GROWING'}`,
    );
  }
  return out.join('\n');
}

export interface RunInfo {
  machine: string;
  date: string;
  commit: string;
  settings: string;
}

/** Replaces the size's block of docs/benchmarks.md (between its markers) with this run's. */
export function writeDocs(file: string, info: RunInfo, result: ProvinceResult, s?: ProvinceResult) {
  const gen = result.generationSeconds != null ? `, generated in ${f(result.generationSeconds)} s` : '';
  const body = [
    `Size ${result.size}${gen}; ${info.machine}; ${info.date}; commit ${info.commit}; ${info.settings}; ` +
      `sessions ${JSON.stringify(result.accounts)}; Tongxin and the floor compared on ${result.comparedRecords} records.`,
    '',
    tables(result),
    '',
    targets(result, s),
  ].join('\n');
  writeBenchSection(result.size, body, file);
}
