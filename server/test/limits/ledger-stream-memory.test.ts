import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bureau } from '../../src/modules/org/bureau.entity.js';
import { makeBranch, makeOfficer, makePairing, makeVisit } from '../factory.js';
import { workbook } from '../ledger-files.js';
import { type ChildServer, HttpClient, startChildServer } from '../faults/child-server.js';
import { initTestApp, isPostgres, type TestApp } from '../test-app.js';

// A large ledger is streamed end to end: its records are read from the database in keyset batches
// of 500 and each batch is written (rows serialised and zipped) before the next is read, so the
// memory a download takes does not grow with the ledger's size.
//
// What is measured is the growth of the server's resident memory from just before a download to
// its highest point while the download runs. The server is a child process (the built server on
// the test's database), so the test's own work (seeding, reading the files back) is not counted,
// and its peak is the kernel's (VmHWM, reset before each download), not a sample. After a first
// download that warms the writer up, two ledgers of the same kind are downloaded, one of N visits
// and one of 3N: the growth of the larger must stay under the same bound as the smaller's (plus a
// margin for the garbage collector's pace). Reading the records whole, as the ledger did before,
// grows the server's memory with the data and fails both checks.

const N = 4000;
const BOUND_MB = 120;
const MARGIN_MB = 40;
const HEAP_MB = 128;
const TEXT = '走访了解家庭与思想状况，谈心谈话，记录整改落实情况。'.repeat(16);

let t: TestApp;
let server: ChildServer;
let committee: HttpClient;
const branchIds: Record<'small' | 'large', number> = { small: 0, large: 0 };

/** A branch with `visits` visits of the period, each with ~1.2 kB of text. */
async function seedBranch(code: string, visits: number): Promise<number> {
  const em = t.app.orm.em.fork();
  const bureau = await em.findOneOrFail(Bureau, { code: 'YZ' });
  const branch = makeBranch(em, bureau, { name: `测试派出所（大台账${code}）`, code: `YZ-BIG-${code}` });
  const mentor = makeOfficer(em, branch, { name: `大台账帮教人${code}`, isMentor: true });
  const pairings = Array.from({ length: 20 }, (_, i) =>
    makePairing(em, { mentee: makeOfficer(em, branch, { name: `大台账对象${code}${i}` }), lead: mentor }),
  );
  await em.flush();
  const start = new Date('2026-06-01T02:00:00Z').getTime();
  for (let i = 0; i < visits; i += 1) {
    makeVisit(em, {
      pairing: pairings[i % pairings.length],
      author: mentor,
      occurredAt: new Date(start + i * 60_000),
      summary: `${i} ${TEXT}`,
      observations: TEXT,
    });
    if ((i + 1) % 2000 === 0) {
      await em.flush();
      em.clear();
    }
  }
  await em.flush();
  return branch.id;
}

beforeAll(async () => {
  t = await initTestApp();
  branchIds.small = await seedBranch('S', N);
  branchIds.large = await seedBranch('L', 3 * N);
  const db = t.config.database;
  server = await startChildServer(db.kind === 'sqlite' ? `sqlite:${db.file}` : db.url, {
    NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
    // Memory is measured here, not time: a loaded machine must not cut the file at the budget.
    DOWNLOAD_BUDGET_MS: '1800000',
  });
  committee = await HttpClient.login(server.url, 'committee');
}, 300_000);
afterAll(async () => {
  await server?.kill('SIGTERM');
  await t?.close();
});

const statusMb = (field: 'VmRSS' | 'VmHWM') => {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return Number(m![1]) / 1024;
};

/** Downloads one branch's workbook; the server's RSS growth while it ran, and the file. */
async function download(branchId: number) {
  // Resets the kernel's peak-RSS mark of the server process (proc(5), clear_refs).
  fs.writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
  const before = statusMb('VmRSS');
  const res = await fetch(
    `${server.url}/ledger/download?from=2026-06-01&to=2026-12-31&format=xlsx&branchId=${branchId}`,
    { headers: { cookie: committee.cookie! } },
  );
  expect(res.status).toBe(200);
  expect(res.headers.get('content-length')).toBeNull();
  const body = await res.arrayBuffer().then(
    (b) => Buffer.from(b),
    (e: unknown) => {
      throw new Error(`download cut: ${String(e)}; server alive: ${server.alive()}\n${server.output().slice(-3000)}`);
    },
  );
  return { growth: statusMb('VmHWM') - before, body };
}

describe('a large ledger workbook', () => {
  it('streams with memory growth that does not grow with the ledger, and still opens with every record', async () => {
    // The first file of the process loads and compiles the writer's code: not measured.
    await download(branchIds.small);
    const small = await download(branchIds.small);
    const large = await download(branchIds.large);
    console.log(
      `ledger (${isPostgres() ? 'PostgreSQL' : 'SQLite'}): ${N} visits: file ${(small.body.length / 2 ** 20).toFixed(1)} MB, ` +
        `RSS growth ${small.growth.toFixed(0)} MB; ${3 * N} visits: file ${(large.body.length / 2 ** 20).toFixed(1)} MB, ` +
        `RSS growth ${large.growth.toFixed(0)} MB`,
    );
    expect(small.growth).toBeLessThan(BOUND_MB);
    expect(large.growth).toBeLessThan(BOUND_MB);
    expect(large.growth).toBeLessThan(Math.max(small.growth, 0) + MARGIN_MB);

    for (const [{ body }, count] of [
      [small, N],
      [large, 3 * N],
    ] as const) {
      const wb = await workbook(body);
      const visits = wb.sheet('走访记录').rows;
      expect(visits).toHaveLength(count);
      expect(visits[0]['内容摘要']).toBe(`0 ${TEXT}`);
      expect(visits[count - 1]['内容摘要']).toBe(`${count - 1} ${TEXT}`);
      // Keyset batches: every record once, in order.
      expect(visits.map((v) => Number(v['内容摘要'].split(' ')[0]))).toEqual([...Array(count).keys()]);
    }
  }, 300_000);
});
