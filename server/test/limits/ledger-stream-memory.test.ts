import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bureau } from '../../src/modules/org/bureau.entity.js';
import { makeBranch, makeOfficer, makePairing, makeVisit } from '../factory.js';
import { workbook } from '../ledger-files.js';
import { initTestApp, isPostgres, type TestApp, type TestClient } from '../test-app.js';

// A large ledger is streamed: the workbook is written to the response row by row instead of being
// built (cells, shared strings, the zip) in memory and then copied into one buffer.
//
// What is measured is the growth of the process's resident memory (test and server share the
// process) from before the download to its highest point while it runs, sampled as the file
// arrives. The records themselves are still read whole (one statement per kind) and their rows
// built before the first byte, so the bound grows with the data, it is not a constant. Measured
// here on SQLite with 12,000 visits of ~1.2 kB of text each: building the workbook in memory (the
// code before streaming) grew RSS by ~355 MB, streaming it by ~200 MB, most of it the loaded
// records. The bound of 300 MB leaves room for the garbage collector's pace (RSS is not given back
// eagerly) and still fails an in-memory build of the same file.

const VISITS = 12_000;
const BOUND_MB = 300;
const TEXT = '走访了解家庭与思想状况，谈心谈话，记录整改落实情况。'.repeat(16);

let t: TestApp;
let committee: TestClient;
let branchId: number;

beforeAll(async () => {
  t = await initTestApp();
  const em = t.app.orm.em.fork();
  const bureau = await em.findOneOrFail(Bureau, { code: 'YZ' });
  const branch = makeBranch(em, bureau, { name: '测试派出所（大台账）', code: 'YZ-BIG' });
  const mentor = makeOfficer(em, branch, { name: '大台账帮教人', isMentor: true });
  const pairings = Array.from({ length: 20 }, (_, i) =>
    makePairing(em, { mentee: makeOfficer(em, branch, { name: `大台账对象${i}` }), lead: mentor }),
  );
  await em.flush();
  branchId = branch.id;
  const start = new Date('2026-06-01T02:00:00Z').getTime();
  for (let i = 0; i < VISITS; i += 1) {
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
  committee = await t.login('committee');
}, 300_000);
afterAll(() => t?.close());

describe('a large ledger workbook', () => {
  it('streams with bounded memory growth, and still opens with every record', async () => {
    const rssMb = () => process.memoryUsage().rss / 2 ** 20;
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 5);
    const res = await committee.get(`/ledger/download?from=2026-06-01&to=2026-12-31&format=xlsx&branchId=${branchId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    const chunks: Buffer[] = [];
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(Buffer.from(chunk));
      peak = Math.max(peak, rssMb());
    }
    clearInterval(sampler);
    const growth = peak - before;
    const body = Buffer.concat(chunks);
    console.log(
      `ledger of ${VISITS} visits (${isPostgres() ? 'PostgreSQL' : 'SQLite'}): file ${(body.length / 2 ** 20).toFixed(1)} MB, RSS growth ${growth.toFixed(0)} MB`,
    );
    expect(growth).toBeLessThan(BOUND_MB);

    const wb = await workbook(body);
    const visits = wb.sheet('走访记录').rows;
    expect(visits).toHaveLength(VISITS);
    expect(visits[0]['内容摘要']).toBe(`0 ${TEXT}`);
    expect(visits[VISITS - 1]['内容摘要']).toBe(`${VISITS - 1} ${TEXT}`);
  }, 300_000);
});
