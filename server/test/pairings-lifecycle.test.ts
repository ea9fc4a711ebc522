import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { PairingEvent } from '../src/modules/pairings/pairing-event.entity.js';
import { PairingMentor } from '../src/modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { addOfficers, meOf } from './pairings.fixture.js';
import { refusal } from './expect.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';

let t: TestApp;
let secretary: TestClient;
let secretary2: TestClient;
let ids: Map<string, number>;
const id = (name: string) => String(ids.get(name));

const FIELDS = `id status goals plannedEndDate contactIntervalDays riskNotes nextContactDue reviewSummary submittedAt
  cancelReason version pairingType
  mentors { role officer { name } }
  mentorHistory { role startedAt endedAt officer { name } }
  timeline { kind type summary status actor { name } }`;
const GET = `query($id: ID!) { pairing(id: $id) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdatePairingInput!) {
  updatePairing(input: $i) { warnings pairing { ${FIELDS} } }
}`;
const CANCEL = `mutation($id: ID!, $r: String!, $v: Int) { cancelPairing(id: $id, reason: $r, version: $v) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $s: String!, $v: Int) {
  submitPairingForReview(id: $id, summary: $s, version: $v) { ${FIELDS} }
}`;

async function create(mentee: string, lead: string, support: string[] = []): Promise<string> {
  const res = await secretary.gql<{ createPairing: { pairing: { id: string } } }>(
    `mutation($i: CreatePairingInput!) { createPairing(input: $i) { pairing { id } } }`,
    {
      i: {
        menteeId: id(mentee),
        leadMentorId: id(lead),
        supportMentorIds: support.map(id),
        reason: 'EARLY_WARNING',
        goals: '按时到岗，改进工作作风',
        startDate: '2026-11-01',
        plannedEndDate: '2027-05-01',
        contactIntervalDays: 30,
        riskNotes: '饮酒问题',
      },
    },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.createPairing.pairing.id;
}

/** A snapshot of everything a refused mutation must leave as it was. */
async function snapshot(pairingId: string) {
  const em = t.app.orm.em.fork();
  const p = await em.findOneOrFail(Pairing, Number(pairingId));
  return {
    pairing: { status: p.status, goals: p.goals, version: p.version, riskNotes: p.riskNotes, end: p.plannedEndDate },
    terms: await em.count(PairingMentor, { pairing: p.id }),
    openTerms: await em.count(PairingMentor, { pairing: p.id, endedAt: null }),
    events: await em.count(PairingEvent, { pairing: p.id }),
    audits: await em.count(AuditEvent, { subjectType: 'Pairing', subjectId: String(p.id) }),
  };
}

async function expectUntouched(pairingId: string, run: () => Promise<unknown>) {
  const before = await snapshot(pairingId);
  await run();
  expect(await snapshot(pairingId)).toEqual(before);
}

beforeAll(async () => {
  t = await initTestApp({ now: new Date('2026-11-26T02:00:00Z') });
  secretary = await t.login('secretary');
  secretary2 = await t.login('secretary2');
  const a = await meOf(secretary);
  ids = await addOfficers(t, a.branchId, [
    { name: '欧阳甲', initials: 'oyj', badge: '610001', username: 'oy_mentee', flaggedReason: 'EARLY_WARNING' },
    { name: '欧阳乙', initials: 'oyy', badge: '610002' },
    { name: '欧阳丙', initials: 'oyb', badge: '610003', username: 'oy_bing' },
    { name: '皇甫一', initials: 'hfy', badge: '610011', isMentor: true, username: 'hf_one' },
    { name: '皇甫二', initials: 'hfe', badge: '610012', isMentor: true, username: 'hf_two' },
    { name: '皇甫三', initials: 'hfs', badge: '610013', isMentor: true },
    { name: '皇甫停', initials: 'hft', badge: '610014', isMentor: true, disabled: true },
  ]);
});
afterAll(() => t?.close());

describe('updatePairing', () => {
  let pid: string;
  beforeAll(async () => {
    pid = await create('欧阳甲', '皇甫一', ['皇甫三']);
  });

  it('changes goals, dates, cadence and notes, moves the version on and records an event', async () => {
    const res = await secretary.gql(UPDATE, {
      i: { id: pid, version: 1, goals: '新的帮扶目标', plannedEndDate: '2027-06-30', contactIntervalDays: 7 },
    });
    expect(res.errors).toBeUndefined();
    const p = res.data!.updatePairing.pairing;
    expect(p).toMatchObject({
      goals: '新的帮扶目标',
      plannedEndDate: '2027-06-30',
      contactIntervalDays: 7,
      version: 2,
    });
    // No contact yet: start (2026-11-01, UTC+8) + 7 days.
    expect(p.nextContactDue).toBe('2026-11-07T16:00:00.000Z');
    const updated = p.timeline.find((e: any) => e.type === 'updated');
    expect(updated.summary).toBe('goals, plannedEndDate, contactIntervalDays');
  });

  it('refuses a stale version with CONFLICT and overwrites nothing', async () => {
    await expectUntouched(pid, async () => {
      const res = await secretary.gql(UPDATE, { i: { id: pid, version: 1, goals: '过期的编辑' } });
      expect(refusal(res).code).toBe('CONFLICT');
    });
    expect((await secretary.gql(GET, { id: pid })).data!.pairing.goals).toBe('新的帮扶目标');
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const results = await Promise.all(
      ['并发一', '并发二'].map((goals) => secretary.gql(UPDATE, { i: { id: pid, version: 2, goals } })),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => refusal(r).code === 'CONFLICT')).toHaveLength(1);
    const stored = (await secretary.gql(GET, { id: pid })).data!.pairing;
    expect(stored.version).toBe(3);
    expect(stored.goals).toBe(ok[0].data!.updatePairing.pairing.goals);
  });

  it('refuses bad values naming the field, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ plannedEndDate: '2026-10-01' }, 'plannedEndDate'],
      [{ plannedEndDate: '2027-13-01' }, 'plannedEndDate'],
      [{ contactIntervalDays: 100 }, 'contactIntervalDays'],
      [{ goals: '' }, 'goals'],
      [{ riskNotes: 'x'.repeat(4001) }, 'riskNotes'],
      [{ leadMentorId: id('欧阳甲') }, 'leadMentorId'],
      [{ leadMentorId: id('皇甫停') }, 'leadMentorId'],
      [{ supportMentorIds: [id('皇甫一')] }, 'supportMentorIds'],
      [{ supportMentorIds: [id('皇甫三'), id('皇甫三')] }, 'supportMentorIds'],
    ];
    for (const [change, field] of cases) {
      await expectUntouched(pid, async () => {
        const res = await secretary.gql(UPDATE, { i: { id: pid, version: 3, ...change } });
        expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field });
      });
    }
  });

  it('is NOT_FOUND for another branch’s secretary and FORBIDDEN for a mentor, writing nothing', async () => {
    const lead = await t.login('hf_one');
    await expectUntouched(pid, async () => {
      expect(refusal(await secretary2.gql(UPDATE, { i: { id: pid, version: 3, goals: 'x' } })).code).toBe('NOT_FOUND');
      expect(refusal(await lead.gql(UPDATE, { i: { id: pid, version: 3, goals: 'x' } })).code).toBe('FORBIDDEN');
      expect(refusal(await secretary.gql(UPDATE, { i: { id: '999999', version: 1, goals: 'x' } })).code).toBe(
        'NOT_FOUND',
      );
    });
  });

  it('hands over: the old lead’s term ends, the new lead sees the whole timeline, the old one loses the pairing', async () => {
    const oldLead = await t.login('hf_one');
    const newLead = await t.login('hf_two');
    expect((await oldLead.gql(GET, { id: pid })).data!.pairing.id).toBe(pid);
    expect((await newLead.gql(GET, { id: pid })).data!.pairing).toBeNull();

    const res = await secretary.gql(UPDATE, { i: { id: pid, version: 3, leadMentorId: id('皇甫二') } });
    expect(res.errors).toBeUndefined();
    const p = res.data!.updatePairing.pairing;
    expect(p.version).toBe(4);
    expect(p.mentors.map((m: any) => [m.role, m.officer.name])).toEqual([
      ['LEAD', '皇甫二'],
      ['SUPPORT', '皇甫三'],
    ]);
    const history = p.mentorHistory.map((m: any) => [m.role, m.officer.name, m.endedAt !== null]);
    expect(history).toEqual([
      ['LEAD', '皇甫一', true],
      ['SUPPORT', '皇甫三', false],
      ['LEAD', '皇甫二', false],
    ]);
    const handover = p.timeline.find((e: any) => e.type === 'handover');
    expect(handover.summary).toBe('皇甫一 → 皇甫二');

    expect((await oldLead.gql(GET, { id: pid })).data!.pairing).toBeNull();
    const list = await oldLead.gql('{ pairings(first: 100) { edges { node { id } } } }');
    expect(list.data!.pairings.edges.map((e: any) => e.node.id)).not.toContain(pid);
    const seen = (await newLead.gql(GET, { id: pid })).data!.pairing;
    expect(seen.timeline.map((e: any) => e.type)).toEqual(['created', 'updated', 'updated', 'handover']);
    expect(seen.riskNotes).toBe('饮酒问题');
  });

  it('changes the supporting mentors, which turns a "1+X" into a "1+1" and back', async () => {
    const toOne = await secretary.gql(UPDATE, { i: { id: pid, version: 4, supportMentorIds: [] } });
    expect(toOne.errors).toBeUndefined();
    expect(toOne.data!.updatePairing.pairing.pairingType).toBe('ONE_PLUS_ONE');
    const back = await secretary.gql(UPDATE, { i: { id: pid, version: 5, supportMentorIds: [id('皇甫一')] } });
    expect(back.errors).toBeUndefined();
    const p = back.data!.updatePairing.pairing;
    expect(p.pairingType).toBe('ONE_PLUS_X');
    expect(p.mentors.map((m: any) => m.officer.name)).toEqual(['皇甫二', '皇甫一']);
    expect(p.timeline.filter((e: any) => e.type === 'mentors_changed').map((e: any) => e.summary)).toEqual([
      '−皇甫三',
      '+皇甫一',
    ]);
    // Back on the team, the earlier lead sees it again.
    expect((await (await t.login('hf_one')).gql(GET, { id: pid })).data!.pairing.id).toBe(pid);
  });

  it('keeps the mentee away from risk notes, the review summary and the cancel reason in every path', async () => {
    const mentee = await t.login('oy_mentee');
    const res = await mentee.gql(GET, { id: pid });
    expect(res.errors).toBeUndefined();
    expect(res.data!.pairing.riskNotes).toBeNull();
    expect(JSON.stringify(res.data)).not.toContain('饮酒问题');
    const me = await mentee.gql('{ me { officer { currentPairing { id riskNotes } } } }');
    expect(me.data!.me.officer.currentPairing).toEqual({ id: pid, riskNotes: null });
  });
});

describe('submitPairingForReview and cancelPairing', () => {
  let toSubmit: string;
  let toCancel: string;
  beforeAll(async () => {
    toSubmit = await create('欧阳乙', '皇甫一');
    toCancel = await create('欧阳丙', '皇甫二');
  });

  it('requires a summary and a reason, naming the field', async () => {
    await expectUntouched(toSubmit, async () => {
      expect(refusal(await secretary.gql(SUBMIT, { id: toSubmit, s: '  ' }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'summary',
      });
      expect(refusal(await secretary.gql(SUBMIT, { id: toSubmit, s: 'x'.repeat(4001) })).field).toBe('summary');
    });
    await expectUntouched(toCancel, async () => {
      expect(refusal(await secretary.gql(CANCEL, { id: toCancel, r: '' }))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
    });
  });

  it('is NOT_FOUND for another branch, FORBIDDEN for a mentor, CONFLICT on a stale version', async () => {
    const lead = await t.login('hf_one');
    await expectUntouched(toSubmit, async () => {
      expect(refusal(await secretary2.gql(SUBMIT, { id: toSubmit, s: '小结' })).code).toBe('NOT_FOUND');
      expect(refusal(await lead.gql(SUBMIT, { id: toSubmit, s: '小结' })).code).toBe('FORBIDDEN');
      expect(refusal(await secretary.gql(SUBMIT, { id: toSubmit, s: '小结', v: 99 })).code).toBe('CONFLICT');
    });
    await expectUntouched(toCancel, async () => {
      expect(refusal(await secretary2.gql(CANCEL, { id: toCancel, r: '调离' })).code).toBe('NOT_FOUND');
      expect(refusal(await secretary.gql(CANCEL, { id: toCancel, r: '调离', v: 99 })).code).toBe('CONFLICT');
    });
  });

  it('submits an active pairing for review, once', async () => {
    t.clock.set(new Date('2026-11-26T02:10:00Z'));
    const res = await secretary.gql(SUBMIT, { id: toSubmit, s: '思想稳定，工作积极', v: 1 });
    expect(res.errors).toBeUndefined();
    const p = res.data!.submitPairingForReview;
    expect(p).toMatchObject({
      status: 'IN_REVIEW',
      reviewSummary: '思想稳定，工作积极',
      submittedAt: '2026-11-26T02:10:00.000Z',
      version: 2,
    });
    expect(p.timeline.at(-1)).toMatchObject({
      kind: 'EVENT',
      type: 'submitted',
      status: 'IN_REVIEW',
      summary: '思想稳定，工作积极',
    });
    const em = t.app.orm.em.fork();
    expect(await em.count(AuditEvent, { action: 'submitPairingForReview', subjectId: toSubmit })).toBe(1);
    await expectUntouched(toSubmit, async () => {
      const again = await secretary.gql(SUBMIT, { id: toSubmit, s: '再次提交' });
      expect(refusal(again).code).toBe('CONFLICT');
      expect(refusal(await secretary.gql(CANCEL, { id: toSubmit, r: '撤销' })).code).toBe('CONFLICT');
    });
  });

  it('while in review, freezes goals, dates and cadence but allows risk notes and a handover', async () => {
    await expectUntouched(toSubmit, async () => {
      const goals = await secretary.gql(UPDATE, { i: { id: toSubmit, version: 2, goals: '改目标' } });
      expect(refusal(goals)).toEqual({ code: 'CONFLICT', field: 'goals' });
      const cadence = await secretary.gql(UPDATE, { i: { id: toSubmit, version: 2, contactIntervalDays: 60 } });
      expect(refusal(cadence)).toEqual({ code: 'CONFLICT', field: 'contactIntervalDays' });
    });
    // Sending the unchanged values (as an edit form does) is fine.
    const res = await secretary.gql(UPDATE, {
      i: {
        id: toSubmit,
        version: 2,
        goals: '按时到岗，改进工作作风',
        contactIntervalDays: 30,
        riskNotes: '已戒酒',
        leadMentorId: id('皇甫三'),
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePairing.pairing).toMatchObject({ status: 'IN_REVIEW', riskNotes: '已戒酒', version: 3 });
  });

  it('cancels an active pairing with its reason; the mentee sees that it ended but not why', async () => {
    const res = await secretary.gql(CANCEL, { id: toCancel, r: '调离本单位' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.cancelPairing).toMatchObject({ status: 'CANCELLED', cancelReason: '调离本单位' });
    await expectUntouched(toCancel, async () => {
      expect(refusal(await secretary.gql(CANCEL, { id: toCancel, r: '再次' })).code).toBe('CONFLICT');
      expect(refusal(await secretary.gql(SUBMIT, { id: toCancel, s: '小结' })).code).toBe('CONFLICT');
      expect(refusal(await secretary.gql(UPDATE, { i: { id: toCancel, version: 2, goals: 'x' } })).code).toBe(
        'CONFLICT',
      );
    });
    const mentee = await t.login('oy_bing');
    const seen = (await mentee.gql(GET, { id: toCancel })).data!.pairing;
    expect(seen.status).toBe('CANCELLED');
    expect(seen.cancelReason).toBeNull();
    expect(seen.timeline.at(-1)).toMatchObject({ type: 'cancelled', status: 'CANCELLED', summary: null });
    // The mentee may now pair again.
    const again = await secretary.gql(
      '{ officers(filter: { search: "欧阳丙" }) { edges { node { currentPairing { id } } } } }',
    );
    expect(again.data!.officers.edges[0].node.currentPairing).toBeNull();
  });
});
