import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { PairingEvent } from '../src/modules/pairings/pairing-event.entity.js';
import { PairingMentor } from '../src/modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { makePairing } from './factory.js';
import { addForeignOfficer, addOfficers, meOf } from './pairings.fixture.js';
import { refusal } from './expect.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';

let t: TestApp;
let secretary: TestClient;
let secretary2: TestClient;
let committee: TestClient;
let mentor: TestClient;
let officer: TestClient;
let ids: Map<string, number>;
let idsB: Map<string, number>;
let foreignId: number;
let zhouLei: number;

const CREATE = `mutation($i: CreatePairingInput!) {
  createPairing(input: $i) {
    warnings
    capacityWarnings { officerId activeCount limit atCapacity }
    pairing {
      id status reason goals startDate plannedEndDate contactIntervalDays riskNotes nextContactDue overdue version
      pairingType mentee { id name } branch { id }
      mentors { role startedAt endedAt officer { id name } }
      leadMentor { id }
      timeline { kind type actor { name } }
    }
  }
}`;

const id = (name: string) => String(ids.get(name));

function input(overrides: Record<string, unknown> = {}) {
  return {
    menteeId: id('欧阳小明'),
    leadMentorId: id('端木强'),
    supportMentorIds: [id('公孙刚')],
    reason: 'DISCIPLINED',
    goals: '帮助其正确认识问题，放下包袱',
    startDate: '2026-11-20',
    plannedEndDate: '2027-05-20',
    contactIntervalDays: 14,
    riskNotes: '家庭变故，情绪波动',
    ...overrides,
  };
}

/** Everything a refused createPairing must leave untouched. */
async function rowCounts() {
  const em = t.app.orm.em.fork();
  return {
    pairings: await em.count(Pairing, {}),
    terms: await em.count(PairingMentor, {}),
    events: await em.count(PairingEvent, {}),
    audits: await em.count(AuditEvent, { action: 'createPairing' }),
  };
}

async function expectRefused(c: TestClient, vars: Record<string, unknown>, code: string, field?: string) {
  const before = await rowCounts();
  const res = await c.gql(CREATE, { i: vars });
  expect(res.data?.createPairing ?? null).toBeNull();
  expect(refusal(res)).toEqual({ code, field });
  expect(await rowCounts()).toEqual(before);
}

beforeAll(async () => {
  t = await initTestApp({ env: { MENTOR_CAPACITY: '2' }, now: new Date('2026-11-26T02:00:00Z') });
  [secretary, secretary2, committee, mentor, officer] = await Promise.all(
    ['secretary', 'secretary2', 'committee', 'mentor', 'officer'].map((u) => t.login(u)),
  );
  const a = await meOf(secretary);
  const b = await meOf(secretary2);
  zhouLei = (await meOf(officer)).officerId;
  ids = await addOfficers(t, a.branchId, [
    { name: '欧阳小明', initials: 'oyxm', badge: '710001', flaggedReason: 'DISCIPLINED' },
    { name: '欧阳进', initials: 'oyj', badge: '710002', flaggedReason: 'HARDSHIP' },
    { name: '端木强', initials: 'dmq', badge: '710003', isMentor: true },
    { name: '公孙刚', initials: 'gsg', badge: '710004', isMentor: true },
    { name: '上官停', initials: 'sgt', badge: '710005', disabled: true, isMentor: true },
    ...Array.from({ length: 6 }, (_, i) => ({ name: `欧阳对象${i}`, initials: `oydx${i}`, badge: `72000${i}` })),
  ]);
  idsB = await addOfficers(t, b.branchId, [{ name: '司马乙', initials: 'smy', badge: '730001' }]);
  foreignId = await addForeignOfficer(t);
});
afterAll(() => t?.close());

describe('createPairing', () => {
  let created: any;

  it('creates a "1+X" pairing with mentor terms, a created event, the cadence and an audit event', async () => {
    const res = await secretary.gql(CREATE, { i: input() });
    expect(res.errors).toBeUndefined();
    const { pairing, warnings } = res.data!.createPairing;
    created = pairing;
    expect(warnings).toEqual([]);
    expect(pairing).toMatchObject({
      status: 'ACTIVE',
      reason: 'DISCIPLINED',
      pairingType: 'ONE_PLUS_X',
      contactIntervalDays: 14,
      riskNotes: '家庭变故，情绪波动',
      version: 1,
      mentee: { name: '欧阳小明' },
      leadMentor: { id: id('端木强') },
      // start (bureau midnight, UTC+8) + 14 days
      nextContactDue: '2026-12-03T16:00:00.000Z',
      overdue: false,
    });
    expect(pairing.mentors.map((m: any) => [m.role, m.officer.name, m.endedAt])).toEqual([
      ['LEAD', '端木强', null],
      ['SUPPORT', '公孙刚', null],
    ]);
    expect(pairing.timeline).toEqual([{ kind: 'EVENT', type: 'created', actor: { name: '李明' } }]);
    const em = t.app.orm.em.fork();
    const audit = await em.findOneOrFail(AuditEvent, { action: 'createPairing', subjectId: pairing.id });
    expect(audit.actor?.id).toBe((await meOf(secretary)).officerId);
  });

  it('creates a "1+1" pairing when no supporting mentor is named, with a 30-day default cadence', async () => {
    const res = await secretary.gql(CREATE, {
      i: input({ menteeId: id('欧阳进'), supportMentorIds: [], contactIntervalDays: undefined, riskNotes: null }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPairing.pairing).toMatchObject({ pairingType: 'ONE_PLUS_ONE', contactIntervalDays: 30 });
  });

  it('refuses a mentee who already has an active pairing', async () => {
    await expectRefused(secretary, input(), 'BAD_USER_INPUT', 'menteeId');
    await expectRefused(secretary, input({ menteeId: String(zhouLei) }), 'BAD_USER_INPUT', 'menteeId');
  });

  it('keeps one live pairing per mentee even when two creates race', async () => {
    const mentee = id('欧阳对象4');
    const results = await Promise.all(
      [1, 2].map(() =>
        secretary.gql(CREATE, { i: input({ menteeId: mentee, leadMentorId: id('欧阳对象3'), supportMentorIds: [] }) }),
      ),
    );
    const created = results.filter((r) => r.data?.createPairing);
    expect(created).toHaveLength(1);
    const refused = results.find((r) => !r.data?.createPairing)!;
    expect(refusal(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'menteeId' });
    const em = t.app.orm.em.fork();
    expect(await em.count(Pairing, { mentee: Number(mentee) })).toBe(1);
    // The database refuses a second live pairing on its own, whatever the service checked.
    const first = await em.findOneOrFail(Pairing, { mentee: Number(mentee) });
    const twin = makePairing(em, {
      bureau: first.bureau,
      branch: first.branch,
      mentee: first.mentee.unwrap(),
      reason: 'OTHER',
      goals: 'x',
      startDate: first.startDate,
      plannedEndDate: first.plannedEndDate,
      nextContactDue: first.nextContactDue,
    });
    await expect(em.persistAndFlush(twin)).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  });

  it('refuses the mentee as their own mentor', async () => {
    await expectRefused(
      secretary,
      input({ menteeId: id('欧阳对象0'), leadMentorId: id('欧阳对象0') }),
      'BAD_USER_INPUT',
      'leadMentorId',
    );
    await expectRefused(
      secretary,
      input({ menteeId: id('欧阳对象0'), supportMentorIds: [id('欧阳对象0')] }),
      'BAD_USER_INPUT',
      'supportMentorIds',
    );
  });

  it('refuses a mentor named twice', async () => {
    const i = input({ menteeId: id('欧阳对象0') });
    await expectRefused(
      secretary,
      { ...i, supportMentorIds: [id('公孙刚'), id('公孙刚')] },
      'BAD_USER_INPUT',
      'supportMentorIds',
    );
    await expectRefused(secretary, { ...i, supportMentorIds: [id('端木强')] }, 'BAD_USER_INPUT', 'supportMentorIds');
  });

  it('refuses a mentor outside the bureau, unknown or disabled', async () => {
    const i = input({ menteeId: id('欧阳对象0') });
    await expectRefused(secretary, { ...i, leadMentorId: String(foreignId) }, 'BAD_USER_INPUT', 'leadMentorId');
    await expectRefused(secretary, { ...i, leadMentorId: '999999' }, 'BAD_USER_INPUT', 'leadMentorId');
    await expectRefused(
      secretary,
      { ...i, supportMentorIds: [String(foreignId)] },
      'BAD_USER_INPUT',
      'supportMentorIds',
    );
    await expectRefused(secretary, { ...i, supportMentorIds: [id('上官停')] }, 'BAD_USER_INPUT', 'supportMentorIds');
    await expectRefused(secretary, { ...i, leadMentorId: 'abc' }, 'BAD_USER_INPUT', 'leadMentorId');
  });

  it('accepts a mentor from another branch of the same bureau', async () => {
    const res = await secretary.gql(CREATE, {
      i: input({ menteeId: id('欧阳对象5'), leadMentorId: String(idsB.get('司马乙')), supportMentorIds: [] }),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPairing.pairing.mentors[0].officer.name).toBe('司马乙');
  });

  it('refuses dates that are not dates or an end before the start', async () => {
    const i = input({ menteeId: id('欧阳对象0') });
    await expectRefused(secretary, { ...i, plannedEndDate: '2026-11-19' }, 'BAD_USER_INPUT', 'plannedEndDate');
    await expectRefused(secretary, { ...i, plannedEndDate: '2026-11-20' }, 'BAD_USER_INPUT', 'plannedEndDate');
    await expectRefused(secretary, { ...i, startDate: '2026-02-30' }, 'BAD_USER_INPUT', 'startDate');
    await expectRefused(secretary, { ...i, startDate: '20261120' }, 'BAD_USER_INPUT', 'startDate');
  });

  it('refuses texts that are too long or missing, and a cadence outside 7–90 days', async () => {
    const i = input({ menteeId: id('欧阳对象0') });
    await expectRefused(secretary, { ...i, goals: 'x'.repeat(4001) }, 'BAD_USER_INPUT', 'goals');
    await expectRefused(secretary, { ...i, goals: '   ' }, 'BAD_USER_INPUT', 'goals');
    await expectRefused(secretary, { ...i, riskNotes: 'x'.repeat(4001) }, 'BAD_USER_INPUT', 'riskNotes');
    await expectRefused(secretary, { ...i, contactIntervalDays: 6 }, 'BAD_USER_INPUT', 'contactIntervalDays');
    await expectRefused(secretary, { ...i, contactIntervalDays: 91 }, 'BAD_USER_INPUT', 'contactIntervalDays');
    await expectRefused(
      secretary,
      { ...i, supportMentorIds: Array.from({ length: 11 }, (_, n) => String(1000 + n)) },
      'BAD_USER_INPUT',
      'supportMentorIds',
    );
  });

  it('treats a mentee outside the viewer’s scope as missing, and refuses viewers who may not create', async () => {
    // Another branch's officer does not exist for secretary2's counterpart.
    await expectRefused(secretary2, input({ menteeId: id('欧阳对象0') }), 'NOT_FOUND', 'menteeId');
    await expectRefused(secretary, input({ menteeId: String(idsB.get('司马乙')) }), 'NOT_FOUND', 'menteeId');
    await expectRefused(secretary, input({ menteeId: '999999' }), 'NOT_FOUND', 'menteeId');
    // The committee reads every officer but does not assign pairs.
    await expectRefused(committee, input({ menteeId: id('欧阳对象0') }), 'FORBIDDEN');
    // A mentor reads their mentee, but may not pair them.
    await expectRefused(mentor, input({ menteeId: id('欧阳对象0') }), 'NOT_FOUND', 'menteeId');
    await expectRefused(officer, input({ menteeId: String(zhouLei) }), 'FORBIDDEN');
    const anonymous = await t.client().gql(CREATE, { i: input({ menteeId: id('欧阳对象0') }) });
    expect(refusal(anonymous).code).toBe('UNAUTHENTICATED');
  });

  it('reads one pairing by id: malformed is a bad input, unknown or out of scope is null', async () => {
    const malformed = await secretary.gql('{ pairing(id: "x") { id } }');
    expect(refusal(malformed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await secretary.gql('{ pairing(id: "999999") { id } }')).data!.pairing).toBeNull();
  });

  it('warns about a mentor at capacity, before saving and in the result, without refusing', async () => {
    // MENTOR_CAPACITY=2 here; 端木强 leads 欧阳小明 and 欧阳进, 公孙刚 supports 欧阳小明.
    const check = await secretary.gql(
      'query($ids: [ID!]!) { mentorCapacity(mentorIds: $ids) { officerId activeCount limit atCapacity warning } }',
      { ids: [id('端木强'), id('公孙刚')] },
    );
    expect(check.errors).toBeUndefined();
    const loads = new Map<string, any>(check.data!.mentorCapacity.map((l: any) => [l.officerId, l]));
    expect(loads.get(id('端木强'))).toMatchObject({ activeCount: 2, limit: 2, atCapacity: true });
    expect(loads.get(id('端木强')).warning).toContain('端木强');
    expect(loads.get(id('公孙刚'))).toMatchObject({ activeCount: 1, atCapacity: false, warning: null });

    const res = await secretary.gql(CREATE, { i: input({ menteeId: id('欧阳对象1') }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPairing.warnings).toHaveLength(1);
    expect(res.data!.createPairing.warnings[0]).toContain('端木强');
    expect(res.data!.createPairing.capacityWarnings).toEqual([
      { officerId: id('端木强'), activeCount: 2, limit: 2, atCapacity: true },
    ]);

    // Only viewers who assign pairs may ask, and only about officers they may read.
    expect(refusal(await officer.gql('{ mentorCapacity(mentorIds: ["1"]) { activeCount } }')).code).toBe('FORBIDDEN');
    const other = await secretary2.gql('query($ids: [ID!]!) { mentorCapacity(mentorIds: $ids) { officerId } }', {
      ids: [id('端木强')],
    });
    expect(other.data!.mentorCapacity).toEqual([]);
  });

  it('is visible to its mentors and its branch, not to another branch', async () => {
    const q = 'query($id: ID!) { pairing(id: $id) { id riskNotes } }';
    expect((await secretary.gql(q, { id: created.id })).data!.pairing.riskNotes).toBe('家庭变故，情绪波动');
    expect((await committee.gql(q, { id: created.id })).data!.pairing.id).toBe(created.id);
    expect((await secretary2.gql(q, { id: created.id })).data!.pairing).toBeNull();
    expect((await mentor.gql(q, { id: created.id })).data!.pairing).toBeNull();
  });
});
