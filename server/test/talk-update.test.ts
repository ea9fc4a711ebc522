import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { counts, daysAgo, type Demo, expectOk, pairingRow } from './visits-fixture.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';

// updateTalk: the talker corrects a talk within 7 days of recording it, like a visit's author.

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d, advanceDays } = useDemoApp({ now: NOW });

const RECORD = `mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateTalkInput!) { updateTalk(input: $input) {
  id kind topics guidance assessment occurredAt version locked editable } }`;
const TALK = `query($id: ID!) { talk(id: $id) { id topics assessment locked editable } }`;

async function record(as: keyof Demo['as'], talkee: string, over: Record<string, unknown> = {}) {
  const res = await d.as[as].gql(RECORD, {
    input: {
      talkeeId: talkee,
      kind: 'ROUTINE',
      occurredAt: daysAgo(t.clock.now(), 1),
      topics: '初稿主题',
      assessment: '初稿评价',
      ...over,
    },
  });
  return expectOk(res).recordTalk as { id: string; version: number };
}

describe('updateTalk', () => {
  it('lets the talker correct their talk, audited, with the version read', async () => {
    const talk = await record('secretary', d.id.officer);
    expect(expectOk(await d.as.secretary.gql(TALK, { id: talk.id })).talk).toMatchObject({
      locked: false,
      editable: true,
    });
    const res = await d.as.secretary.gql(UPDATE, {
      input: { id: talk.id, version: talk.version, kind: 'CARE', topics: '  更正后的主题 ', guidance: '多沟通' },
    });
    expect(expectOk(res).updateTalk).toMatchObject({
      kind: 'CARE',
      topics: '更正后的主题',
      guidance: '多沟通',
      assessment: '初稿评价',
      version: talk.version + 1,
      locked: false,
    });
    const events = await t.app.orm.em.fork().find(AuditEvent, { action: 'updateTalk', subjectId: talk.id });
    expect(events).toHaveLength(1);
    expect(events[0].detail).toEqual({ changed: ['kind', 'topics', 'guidance'] });

    const stale = await d.as.secretary.gql(UPDATE, { input: { id: talk.id, version: talk.version, topics: '旧' } });
    expectError(stale, 'CONFLICT');
    expectError(
      await d.as.secretary.gql(UPDATE, { input: { id: talk.id, version: talk.version + 1, topics: ' ' } }),
      'BAD_USER_INPUT',
      'topics',
    );
    expectError(
      await d.as.secretary.gql(UPDATE, {
        input: { id: talk.id, version: talk.version + 1, occurredAt: daysAgo(t.clock.now(), -1) },
      }),
      'BAD_USER_INPUT',
      'occurredAt',
    );
  });

  it('is refused to everyone but the talker: NOT_FOUND out of scope, FORBIDDEN in it, writing nothing', async () => {
    const talk = await record('mentor', d.id.officer);
    const input = { id: talk.id, version: talk.version, topics: '他人修改' };
    const before = await counts(t);
    // The mentor's talk is read by their own branch's secretary and the committee: in scope, not theirs.
    for (const who of ['secretary', 'committee', 'officer'] as const) {
      expectError(await d.as[who].gql(UPDATE, { input }), 'FORBIDDEN');
      expect(expectOk(await d.as[who].gql(TALK, { id: talk.id })).talk.editable).not.toBe(true);
    }
    for (const who of ['secretary2', 'mentor2', 'officer2'] as const) {
      expectError(await d.as[who].gql(UPDATE, { input }), 'NOT_FOUND');
    }
    expect(await counts(t)).toEqual(before);
    // A confidential talk is not even visible to the branch secretary.
    const secret = await record('committee', d.id.officer, { confidential: true });
    const secretInput = { id: secret.id, version: secret.version, topics: 'x' };
    expectError(await d.as.secretary.gql(UPDATE, { input: secretInput }), 'NOT_FOUND');
    expectOk(await d.as.committee.gql(UPDATE, { input: secretInput }));
  });

  it('locks a talk 7 days after it was recorded', async () => {
    const talk = await record('mentor', d.id.officer);
    await advanceDays(6); // sessions expire when idle: this logs in again after moving the clock
    expectOk(await d.as.mentor.gql(UPDATE, { input: { id: talk.id, version: 1, guidance: '补充' } }));
    await advanceDays(2);
    const res = await d.as.mentor.gql(UPDATE, { input: { id: talk.id, version: 2, guidance: '太迟' } });
    expectError(res, 'FORBIDDEN', { reason: 'TALK_LOCKED', params: { days: 7, locked: true } });
    expect(expectOk(await d.as.mentor.gql(TALK, { id: talk.id })).talk).toMatchObject({
      locked: true,
      editable: false,
    });
  });

  it('moves the pairing’s last contact when the date of a talk on it is corrected', async () => {
    const talk = await record('mentor', d.id.officer, {
      pairingId: d.pairingA,
      occurredAt: new Date(t.clock.now().getTime() - 3_600_000).toISOString(),
    });
    const when = new Date(t.clock.now().getTime() - 1_800_000);
    const res = await d.as.mentor.gql(UPDATE, { input: { id: talk.id, version: 1, occurredAt: when.toISOString() } });
    expectOk(res);
    expect(new Date((await pairingRow(t, d.pairingA)).lastContactAt!).toISOString()).toBe(when.toISOString());
  });
});
