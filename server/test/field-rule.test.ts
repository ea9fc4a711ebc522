import { VISIT_FIELDS_FOR_MENTEE } from '@tongxin/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { makePairing, makeVisit } from './factory.js';
import { documentText, download, workbook } from './ledger-files.js';
import { addBranchFixture, type BranchFixture, FIXTURE_NOW } from './reviews-fixture.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';

// One field rule for every way out of the server: a field left out of a field-restricted list in
// `schema/src/permissions/subjects.ts` (as a new field is until someone adds it on purpose) is
// absent from the API, the pairing timeline and both ledger files, all through the one function
// the GraphQL field middleware uses. The viewer is a branch secretary who is also the mentee of a
// pairing in their own branch: they export the branch ledger, and read their own visit as a mentee.

/** The visit's acknowledgement (a nullable field, as every restricted one is), in each way's own words. */
const ACKNOWLEDGED_AT = new Date('2026-09-16T03:17:00Z');
const SHOWN = {
  api: '2026-09-16T03:17:00.000Z',
  timeline: 'ACKNOWLEDGED',
  xlsx: '2026-09-16 11:17',
  docx: '2026-09-16 11:17',
};
const WAYS = ['api', 'timeline', 'xlsx', 'docx'] as const;

let t: TestApp;
let fx: BranchFixture;
let secretary: TestClient;
let pairingId: number;
let visitId: number;

beforeAll(async () => {
  t = await initTestApp({ now: FIXTURE_NOW });
  fx = await addBranchFixture(t, 'YZ-T09');
  const em = t.app.orm.em.fork();
  const mentee = await em.findOneOrFail(Officer, { username: fx.secretary });
  const mentor = await em.findOneOrFail(Officer, { username: fx.mentor });
  const pairing = makePairing(em, { mentee, lead: mentor, startDate: '2026-07-01', plannedEndDate: '2027-07-01' });
  const visit = makeVisit(em, {
    pairing,
    author: mentor,
    occurredAt: new Date('2026-09-15T02:00:00Z'),
    acknowledgedAt: ACKNOWLEDGED_AT,
  });
  await em.flush();
  pairingId = pairing.id;
  visitId = visit.id;
  secretary = await t.login(fx.secretary);
});
afterAll(() => t?.close());

/** Where the visit's acknowledgement reaches the secretary: each way out, as text to search. */
async function seen() {
  const api = await secretary.gql('query($id: ID!) { visit(id: $id) { id acknowledgedAt } }', { id: String(visitId) });
  const timeline = await secretary.gql('query($id: ID!) { pairing(id: $id) { timeline { kind recordId status } } }', {
    id: String(pairingId),
  });
  expect(api.errors ?? timeline.errors, JSON.stringify(api.errors ?? timeline.errors)).toBeUndefined();
  const xlsx = await workbook((await download(secretary, { format: 'XLSX' })).body);
  const visitRow = xlsx.sheet('走访记录').rows.find((r) => Number(r['编号']) === visitId);
  const docx = await documentText((await download(secretary, { format: 'DOCX' })).body);
  const entry = (timeline.data!.pairing.timeline as { kind: string; recordId: string }[]).find(
    (e) => e.kind === 'VISIT' && Number(e.recordId) === visitId,
  );
  return {
    // The record itself stays listed everywhere: only the field goes.
    listed: { api: api.data!.visit?.id, timeline: Boolean(entry), xlsx: Boolean(visitRow) },
    api: JSON.stringify(api.data),
    timeline: JSON.stringify(entry),
    xlsx: JSON.stringify(visitRow),
    docx,
  };
}

describe('a field hidden by the rules in schema/', () => {
  it('is absent from the API, the timeline and both ledger files', async () => {
    const before = await seen();
    expect(before.listed).toEqual({ api: String(visitId), timeline: true, xlsx: true });
    for (const way of WAYS) expect(before[way], way).toContain(SHOWN[way]);

    // The mentee's list without `acknowledgedAt`: a viewer under that rule may no longer read it.
    const at = VISIT_FIELDS_FOR_MENTEE.indexOf('acknowledgedAt');
    VISIT_FIELDS_FOR_MENTEE.splice(at, 1);
    try {
      const after = await seen();
      expect(after.listed).toEqual(before.listed);
      for (const way of WAYS) expect(after[way], way).not.toContain(SHOWN[way]);
    } finally {
      VISIT_FIELDS_FOR_MENTEE.splice(at, 0, 'acknowledgedAt');
    }
  });
});
