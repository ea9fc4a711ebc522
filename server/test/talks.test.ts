import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { addPairing, counts, daysAgo, expectOk, listStatements, pairingRow } from './visits-fixture.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d } = useDemoApp({ now: NOW });

const RECORD = `mutation($input: RecordTalkInput!) { recordTalk(input: $input) {
  id kind topics assessment confidential occurredAt
  talker { id } talkee { id } branch { id } pairing { id lastContactAt }
  actionItems { id owner { id } status }
} }`;
const TALK = `query($id: ID!) { talk(id: $id) { id topics guidance assessment confidential talker { id } } }`;
const TALKS = `query($f: TalkFilter) { talks(filter: $f, first: 100) { totalCount edges { node {
  id kind confidential assessment occurredAt talker { id } talkee { id } } } } }`;

const talk = (talkee: string, over: Record<string, unknown> = {}) => ({
  talkeeId: talkee,
  kind: 'ROUTINE',
  occurredAt: daysAgo(t.clock.now(), 1),
  topics: '近期工作与生活情况',
  officerViews: '压力较大但能正确对待',
  guidance: '鼓励其放下包袱',
  assessment: '思想有波动，需持续关注',
  ...over,
});

const ids = (res: any) => res.talks.edges.map((e: any) => e.node.id);

describe('recordTalk: who may talk with whom', () => {
  it('a secretary with an officer of their branch; the talk belongs to the talkee’s branch', async () => {
    const res = await d.as.secretary.gql(RECORD, {
      input: talk(d.id.officer, {
        actionItems: [{ ownerId: d.id.officer, description: '写思想汇报', dueDate: '2026-12-01' }],
      }),
    });
    const rec = expectOk(res).recordTalk;
    expect(rec).toMatchObject({
      talker: { id: d.id.secretary },
      talkee: { id: d.id.officer },
      confidential: false,
      pairing: null,
      assessment: '思想有波动，需持续关注',
    });
    expect(rec.actionItems).toEqual([{ id: expect.any(String), owner: { id: d.id.officer }, status: 'OPEN' }]);
    const me = expectOk(await d.as.officer.gql('{ me { branch { id } } }')).me;
    expect(rec.branch.id).toBe(me.branch.id);
    const events = await t.app.orm.em.fork().find(AuditEvent, { action: 'recordTalk', subjectId: rec.id });
    expect(events).toHaveLength(1);
  });

  it('refuses officers out of reach (NOT_FOUND) and those in reach but not allowed (FORBIDDEN), writing nothing', async () => {
    const before = await counts(t);
    expectError(await d.as.secretary.gql(RECORD, { input: talk(d.id.officer2) }), 'NOT_FOUND');
    expectError(await d.as.secretary.gql(RECORD, { input: talk('999999') }), 'NOT_FOUND');
    expectError(await d.as.mentor.gql(RECORD, { input: talk(d.id.officer2) }), 'NOT_FOUND');
    expectError(await d.as.mentor.gql(RECORD, { input: talk(d.id.committee) }), 'NOT_FOUND');
    expectError(await d.as.officer.gql(RECORD, { input: talk(d.id.officer2) }), 'NOT_FOUND');
    expectError(await d.as.officer.gql(RECORD, { input: talk(d.id.officer) }), 'FORBIDDEN');
    expectError(await d.as.secretary.gql(RECORD, { input: talk(d.id.secretary) }), 'FORBIDDEN');
    expectError(await d.as.committee.gql(RECORD, { input: talk(d.id.committee) }), 'FORBIDDEN');
    expect(await counts(t)).toEqual(before);
  });

  it('the committee with anyone in the bureau, a mentor with their mentee', async () => {
    expectOk(await d.as.committee.gql(RECORD, { input: talk(d.id.officer2, { kind: 'CARE' }) }));
    expectOk(await d.as.committee.gql(RECORD, { input: talk(d.id.secretary2) }));
    expectOk(await d.as.mentor.gql(RECORD, { input: talk(d.id.officer, { kind: 'REMINDER' }) }));
    expectOk(await d.as.mentor2.gql(RECORD, { input: talk(d.id.officer2) }));
  });

  it('on a pairing: the talkee must be its mentee, and the pairing’s last contact moves', async () => {
    const other = await addPairing(t, { menteeId: d.id.secretary, mentorIds: [d.id.mentor] });
    const wrong = await d.as.mentor.gql(RECORD, { input: talk(d.id.officer, { pairingId: other }) });
    expectError(wrong, 'BAD_USER_INPUT', 'pairingId');
    expectError(await d.as.mentor.gql(RECORD, { input: talk(d.id.officer, { pairingId: d.pairingB }) }), 'NOT_FOUND');

    const occurredAt = daysAgo(t.clock.now(), 0.25);
    const rec = expectOk(
      await d.as.mentor.gql(RECORD, { input: talk(d.id.officer, { pairingId: d.pairingA, occurredAt }) }),
    ).recordTalk;
    expect(rec.pairing).toEqual({ id: d.pairingA, lastContactAt: occurredAt });
    const row = await pairingRow(t, d.pairingA);
    expect(new Date(row.nextContactDue).getTime()).toBe(Date.parse(occurredAt) + row.contactIntervalDays * 86_400_000);
  });

  it.each([
    ['topics', { topics: ' ' }],
    ['occurredAt', { occurredAt: new Date(NOW.getTime() + 3_600_000).toISOString() }],
    ['talkeeId', { talkeeId: 'abc' }],
    ['actionItems.0.ownerId', { actionItems: [{ ownerId: 'OTHER', description: 'x', dueDate: '2026-12-01' }] }],
    ['actionItems.0.dueDate', { actionItems: [{ ownerId: 'SELF', description: 'x', dueDate: '2026-11-01' }] }],
  ])('refuses a bad %s with BAD_USER_INPUT', async (field, over) => {
    const before = await counts(t);
    const input = JSON.parse(
      JSON.stringify(talk(d.id.officer, over))
        .replaceAll('"OTHER"', JSON.stringify(d.id.officer2))
        .replaceAll('"SELF"', JSON.stringify(d.id.secretary)),
    );
    expectError(await d.as.secretary.gql(RECORD, { input }), 'BAD_USER_INPUT', field);
    expect(await counts(t)).toEqual(before);
  });

  it('records a resent form once (same client key): the resend returns the stored talk and writes nothing', async () => {
    const input = talk(d.id.officer, {
      clientKey: 'talk-draft-5c1e',
      topics: '网络中断后重发',
      actionItems: [{ ownerId: d.id.officer, description: '每周汇报思想动态', dueDate: '2026-12-01' }],
    });
    const before = await counts(t);
    const a = expectOk(await d.as.mentor.gql(RECORD, { input })).recordTalk;
    const after = await counts(t);
    expect(after).toMatchObject({ talks: before.talks + 1, items: before.items + 1, audit: before.audit + 1 });
    const b = expectOk(await d.as.mentor.gql(RECORD, { input: { ...input, topics: '重发的副本' } })).recordTalk;
    expect(b.id).toBe(a.id);
    expect(b.topics).toBe('网络中断后重发');
    expect(await counts(t)).toEqual(after);
    // The key is the talker's own: another talker using it records their own talk.
    const other = expectOk(await d.as.secretary.gql(RECORD, { input })).recordTalk;
    expect(other.id).not.toBe(a.id);
    expect((await counts(t)).talks).toBe(after.talks + 1);
  });

  it('refuses a client key longer than 64 characters', async () => {
    const before = await counts(t);
    const res = await d.as.mentor.gql(RECORD, { input: talk(d.id.officer, { clientKey: 'k'.repeat(65) }) });
    expectError(res, 'BAD_USER_INPUT', 'clientKey');
    expect(await counts(t)).toEqual(before);
  });

  it('refuses a talk on a pairing dated before the pairing started', async () => {
    const res = await d.as.mentor.gql(RECORD, {
      input: talk(d.id.officer, { pairingId: d.pairingA, occurredAt: '2026-05-01T02:00:00Z' }),
    });
    expectError(res, 'BAD_USER_INPUT', 'occurredAt');
  });
});

describe('reading talks', () => {
  it('a confidential talk is read by its talker and the committee, no one else', async () => {
    const secret = expectOk(
      await d.as.secretary.gql(RECORD, { input: talk(d.id.officer, { confidential: true, topics: '保密谈话' }) }),
    ).recordTalk;
    expect(expectOk(await d.as.secretary.gql(TALK, { id: secret.id })).talk.topics).toBe('保密谈话');
    expect(expectOk(await d.as.committee.gql(TALK, { id: secret.id })).talk.assessment).toBe('思想有波动，需持续关注');
    for (const who of ['officer', 'mentor', 'secretary2', 'mentor2', 'officer2'] as const) {
      expect(expectOk(await d.as[who].gql(TALK, { id: secret.id })).talk, who).toBeNull();
      expect(ids(expectOk(await d.as[who].gql(TALKS, { f: { confidential: true } }))), who).not.toContain(secret.id);
    }
    const byCommittee = expectOk(
      await d.as.committee.gql(RECORD, { input: talk(d.id.officer, { confidential: true }) }),
    ).recordTalk;
    // Another talker's confidential talk stays hidden from the branch secretary.
    expect(expectOk(await d.as.secretary.gql(TALK, { id: byCommittee.id })).talk).toBeNull();
  });

  it('the talkee reads their non-confidential talks without the assessment, on every path', async () => {
    const rec = expectOk(
      await d.as.mentor.gql(RECORD, { input: talk(d.id.officer, { pairingId: d.pairingA }) }),
    ).recordTalk;
    const direct = expectOk(await d.as.officer.gql(TALK, { id: rec.id })).talk;
    expect(direct).toMatchObject({ topics: '近期工作与生活情况', guidance: '鼓励其放下包袱', assessment: null });
    const list = expectOk(await d.as.officer.gql(TALKS, { f: { talkeeId: d.id.officer } })).talks.edges;
    expect(list.map((e: any) => e.node.id)).toContain(rec.id);
    expect(list.every((e: any) => e.node.assessment === null && e.node.confidential === false)).toBe(true);
    const nested = expectOk(
      await d.as.officer.gql('query($id: ID!) { pairing(id: $id) { talks { id assessment } } }', { id: d.pairingA }),
    ).pairing.talks;
    expect(nested.map((x: any) => x.id)).toContain(rec.id);
    expect(nested.every((x: any) => x.assessment === null)).toBe(true);
  });

  it('scopes lists by branch and filters by kind, talker, talkee and dates', async () => {
    const care = expectOk(
      await d.as.secretary.gql(RECORD, {
        input: talk(d.id.officer, { kind: 'AFTER_DISCIPLINE', occurredAt: '2026-09-30T17:00:00Z' }),
      }),
    ).recordTalk; // 10-01 01:00 local
    expect(ids(expectOk(await d.as.secretary2.gql(TALKS, { f: { talkeeId: d.id.officer } })))).toEqual([]);
    expect(ids(expectOk(await d.as.mentor2.gql(TALKS, {})))).not.toContain(care.id);
    const kind = expectOk(await d.as.secretary.gql(TALKS, { f: { kind: 'AFTER_DISCIPLINE' } })).talks.edges;
    expect(kind.map((e: any) => e.node.id)).toContain(care.id);
    expect(kind.every((e: any) => e.node.kind === 'AFTER_DISCIPLINE')).toBe(true);
    const day = expectOk(await d.as.secretary.gql(TALKS, { f: { from: '2026-10-01', to: '2026-10-01' } }));
    expect(ids(day)).toContain(care.id);
    expect(ids(expectOk(await d.as.secretary.gql(TALKS, { f: { to: '2026-09-30' } })))).not.toContain(care.id);
    const byTalker = expectOk(await d.as.committee.gql(TALKS, { f: { talkerId: d.id.secretary } })).talks.edges;
    expect(byTalker.map((e: any) => e.node.id)).toContain(care.id);
    expect(byTalker.every((e: any) => e.node.talker.id === d.id.secretary)).toBe(true);
  });

  it('costs one statement per level for a page of talks with nested items', async () => {
    for (let i = 0; i < 4; i++) {
      await d.as.committee.gql(RECORD, {
        input: talk(i % 2 ? d.id.officer : d.id.officer2, {
          actionItems: [
            { ownerId: i % 2 ? d.id.officer : d.id.officer2, description: `事项${i}`, dueDate: '2026-12-31' },
          ],
        }),
      });
    }
    // Relations: talker, talkee, branch, pairing, actionItems, actionItems.owner.
    const q = `{ talks(first: 50, filter: { confidential: false }) { edges { node { id topics talker { name } talkee { name } branch { name }
      pairing { id } actionItems { id owner { name } } } } } }`;
    const { count, result } = await listStatements(t, d.as.committee, q);
    expect(expectOk(result).talks.edges.length).toBeGreaterThan(7);
    expect(count).toBeLessThanOrEqual(1 + 6);
  });
});
