import { performance } from 'node:perf_hooks';
import { castOf, openDemoAccounts, pairingVersions } from './bench-cast.js';
import { benchDatabase } from './bench-database.js';
import { type Measure, measure } from './bench-load.js';
import { startProcess } from './bench-process.js';
import { type Scenario, scenarios } from './bench-scenarios.js';
import { checkFloor, floorRoutes } from './floor-check.js';
import { rssVerdict, type RssSample, type RssVerdict } from './load-stats.js';
import { generateProvince } from './province-generate.js';
import type { ProvinceSize } from './province-size.js';

export interface ProvinceOptions {
  /** S is the demo bureau; the others are generated. */
  size: ProvinceSize | 'S';
  connections: number[];
  seconds: number;
  rounds: number;
  warmupSeconds: number;
  /** Seconds of the mix at 32 connections for RSS stability; 0 skips it. */
  soakSeconds: number;
  log: (line: string) => void;
}

export interface ProvinceResult {
  size: string;
  generationSeconds: number | null;
  accounts: { mentors: number; secretaries: number; committee: number };
  comparedRecords: number;
  measures: Measure[];
  soak: (RssVerdict & { seconds: number; errors: number }) | null;
}

/** The pool the server's MikroORM/knex opens by default, given to the floor too. */
const POOL_SIZE = 10;

/**
 * One size end to end: a fresh migrated database with the province (or the demo bureau), Tongxin
 * and the floor as child processes, logins, the floor check, a warm-up, then the rounds: every
 * scenario at every connection count in turn, so that noise on the shared machine falls on all
 * of them alike. The floor is checked again after the writes.
 */
export async function benchProvince(o: ProvinceOptions): Promise<ProvinceResult> {
  const sizeName = o.size === 'S' ? 'S' : o.size.name;
  const db = await benchDatabase(sizeName.toLowerCase(), { demo: o.size === 'S' });
  const stops: (() => Promise<void>)[] = [db.drop];
  try {
    let generationSeconds: number | null = null;
    if (o.size === 'S') await openDemoAccounts(db.url);
    else {
      o.log(`generating size ${sizeName}…`);
      generationSeconds = (await generateProvince(db.url, o.size, o.log)).seconds;
      o.log(`generated in ${generationSeconds.toFixed(0)} s`);
    }
    const env = { DATABASE_URL: db.url, DEMO_SEED: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development' };
    const tongxin = await startProcess('tongxin', 'tongxin-child.js', env);
    stops.unshift(tongxin.stop);
    const floor = await startProcess(
      'floor',
      'floor-server.js',
      {},
      {
        type: 'setup',
        url: db.url,
        poolSize: POOL_SIZE,
        routes: floorRoutes(),
      },
    );
    stops.unshift(floor.stop);
    const cast = await castOf(db.url, tongxin.port, 64);
    const accounts = {
      mentors: cast.mentors.length,
      secretaries: cast.secretaries.length,
      committee: cast.committee.length,
    };
    o.log(`sessions: ${JSON.stringify(accounts)}`);
    let comparedRecords = await checkFloor(tongxin, floor, cast);
    o.log(`Tongxin and the floor agree on ${comparedRecords} records`);

    const all = scenarios(cast, (ids) => pairingVersions(db.url, ids));
    const server = (s: Scenario) => (s.target === 'floor' ? floor : tongxin);
    for (const s of all) await measure(server(s), s, 8, o.warmupSeconds);
    const measures: Measure[] = [];
    for (let r = 1; r <= o.rounds; r++) {
      for (const c of o.connections) {
        for (const s of all) {
          const m = await measure(server(s), s, c, o.seconds);
          measures.push(m);
          o.log(
            `  round ${r} ${s.name.padEnd(4)} c=${String(m.connections).padStart(2)} ${m.rps.toFixed(0).padStart(6)}/s ` +
              `p99 ${m.p99.toFixed(0).padStart(5)} ms cpu ${m.cpuMsPerRequest.toFixed(2)} ms sql ${m.statementsPerRequest.toFixed(1)}` +
              `${m.errors ? ` ERRORS ${m.errors}: ${m.firstError}` : ''}`,
          );
        }
      }
    }
    comparedRecords += await checkFloor(tongxin, floor, cast);
    const soak =
      o.soakSeconds > 0
        ? await soakRun(
            tongxin,
            all.find((s) => s.name === 'mix')!,
            o,
          )
        : null;
    return { size: sizeName, generationSeconds, accounts, comparedRecords, measures, soak };
  } finally {
    for (const stop of stops) await stop().catch(() => {});
  }
}

/** The mix at 32 connections for soakSeconds in 10 s windows, the server's RSS after each. */
async function soakRun(tongxin: Parameters<typeof measure>[0], mix: Scenario, o: ProvinceOptions) {
  const samples: RssSample[] = [];
  const t0 = performance.now();
  let errors = 0;
  while ((performance.now() - t0) / 1000 < o.soakSeconds) {
    const m = await measure(tongxin, mix, 32, 10);
    errors += m.errors;
    samples.push({ t: (performance.now() - t0) / 1000, mib: m.rssMiB });
    o.log(`  soak ${samples[samples.length - 1].t.toFixed(0).padStart(4)} s RSS ${m.rssMiB.toFixed(0)} MiB`);
  }
  return { ...rssVerdict(samples, o.soakSeconds), seconds: o.soakSeconds, errors };
}
