import { describe, expect, it } from 'vitest';
import { daysAgo, expectOk, pairingRow } from './visits-fixture.js';
import { useDemoApp } from './demo-suite.js';

// Logging a visit or a talk moves a pairing's last/next contact, but it is not an edit of the
// pairing: a secretary who opened the edit form before the mentor logged must still be able to save.

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d } = useDemoApp({ now: NOW });

const LOG = `mutation($input: LogVisitInput!) { logVisit(input: $input) {
  id version pairing { id version lastContactAt nextContactDue }
} }`;
const UPDATE_VISIT = `mutation($input: UpdateVisitInput!) { updateVisit(input: $input) {
  id version pairing { id version lastContactAt }
} }`;
const TALK = `mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id pairing { id version lastContactAt } } }`;
const EDIT = `mutation($i: UpdatePairingInput!) { updatePairing(input: $i) { pairing { id version goals } } }`;
const READ = `query($id: ID!) { pairing(id: $id) { id version lastContactAt nextContactDue } }`;

const time = (v: string | Date | null | undefined) => (v == null ? null : new Date(v).getTime());

async function readAsSecretary(id: string) {
  return expectOk(await d.as.secretary.gql(READ, { id })).pairing;
}

describe('contact bookkeeping is not an edit of the pairing', () => {
  it('logging a newer visit moves the contact dates, keeps the version, and the secretary’s edit still saves', async () => {
    const opened = await readAsSecretary(d.pairingA);
    const occurredAt = daysAgo(t.clock.now(), 0.5);
    expect(time(occurredAt)).toBeGreaterThan(time(opened.lastContactAt) ?? 0);

    const visit = expectOk(
      await d.as.mentor.gql(LOG, {
        input: { pairingId: d.pairingA, kind: 'HOME_VISIT', occurredAt, location: '家中', summary: '了解近况' },
      }),
    ).logVisit;
    // The write happened: the contact dates moved…
    expect(time(visit.pairing.lastContactAt)).toBe(time(occurredAt));
    expect(time(visit.pairing.nextContactDue)).not.toBe(time(opened.nextContactDue));
    // …and the version did not, in the answer and in the database.
    expect(visit.pairing.version).toBe(opened.version);
    expect((await pairingRow(t, d.pairingA)).version).toBe(opened.version);

    const saved = await d.as.secretary.gql(EDIT, {
      i: { id: d.pairingA, version: opened.version, goals: '调整后的目标' },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updatePairing.pairing).toMatchObject({ goals: '调整后的目标', version: opened.version + 1 });
  });

  it('correcting a visit’s date recomputes the contact dates without a new version', async () => {
    const opened = await readAsSecretary(d.pairingA);
    const [latest] = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ id: number; version: number }[]>(
        'select id, version from visit where pairing_id = ? order by occurred_at desc limit 1',
        [Number(d.pairingA)],
      );
    const corrected = daysAgo(t.clock.now(), 0.25);
    const res = expectOk(
      await d.as.mentor.gql(UPDATE_VISIT, {
        input: { id: String(latest.id), version: latest.version, occurredAt: corrected },
      }),
    ).updateVisit;
    expect(time(res.pairing.lastContactAt)).toBe(time(corrected));
    expect(res.pairing.version).toBe(opened.version);
    expect((await pairingRow(t, d.pairingA)).version).toBe(opened.version);
    const saved = await d.as.secretary.gql(EDIT, { i: { id: d.pairingA, version: opened.version, goals: '再次调整' } });
    expect(saved.errors).toBeUndefined();
  });

  it('a talk on the pairing moves the contact dates and keeps the version', async () => {
    const opened = await readAsSecretary(d.pairingA);
    const occurredAt = daysAgo(t.clock.now(), 0.1);
    const res = expectOk(
      await d.as.mentor.gql(TALK, {
        input: {
          talkeeId: d.id.officer,
          pairingId: d.pairingA,
          kind: 'ROUTINE',
          occurredAt,
          topics: '近期工作与生活情况',
        },
      }),
    ).recordTalk;
    expect(res.pairing.id).toBe(d.pairingA);
    expect(time(res.pairing.lastContactAt)).toBe(time(occurredAt));
    expect(res.pairing.version).toBe(opened.version);
    expect((await pairingRow(t, d.pairingA)).version).toBe(opened.version);
    const saved = await d.as.secretary.gql(EDIT, {
      i: { id: d.pairingA, version: opened.version, goals: '谈话后调整' },
    });
    expect(saved.errors).toBeUndefined();
  });
});
