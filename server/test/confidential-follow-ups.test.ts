import { describe, expect, it } from 'vitest';
import { useDemoApp } from './demo-suite.js';
import { daysAgo, expectOk, pairingRow } from './visits-fixture.js';

// Issue 12: a confidential talk recorded by the committee on a pairing, with an action item. Its
// follow-ups, its timeline entry and its effect on the contact dates belong to those who may read
// the talk (its talker and the committee); the secretary, the mentor and the mentee learn nothing.

const { t, d } = useDemoApp({ now: new Date('2026-11-20T02:00:00Z') });

const RECORD = `mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id actionItems { id confidential } } }`;
const PAIRING = `query($id: ID!) { pairing(id: $id) { id lastContactAt nextContactDue
  actionItems { id description } timeline { id kind summary } } }`;
const ITEM = `query($id: ID!) { actionItem(id: $id) { id description } }`;
const ITEMS = `{ actionItems(first: 100) { edges { node { id } } } }`;
const SECRET = '保密谈话后续：不得外传的事项';

describe('a confidential talk’s follow-ups', () => {
  it('are read by its talker and the committee only, and move no contact date', async () => {
    const before = await pairingRow(t, d.pairingA);
    const res = await d.as.committee.gql(RECORD, {
      input: {
        talkeeId: d.id.officer,
        pairingId: d.pairingA,
        kind: 'CARE',
        occurredAt: daysAgo(t.clock.now(), 0),
        topics: '保密谈话',
        confidential: true,
        actionItems: [{ ownerId: d.id.officer, description: SECRET, dueDate: '2026-12-20' }],
      },
    });
    const talk = expectOk(res).recordTalk;
    const [item] = talk.actionItems;
    expect(item.confidential).toBe(true);

    // The contact dates stay where the non-confidential contacts put them.
    const after = await pairingRow(t, d.pairingA);
    expect(new Date(after.lastContactAt!).getTime()).toBe(new Date(before.lastContactAt!).getTime());
    expect(new Date(after.nextContactDue).getTime()).toBe(new Date(before.nextContactDue).getTime());

    for (const who of ['secretary', 'mentor', 'officer'] as const) {
      const pairing = expectOk(await d.as[who].gql(PAIRING, { id: d.pairingA })).pairing;
      const text = JSON.stringify(pairing);
      expect(text, who).not.toContain(SECRET);
      expect(
        pairing.actionItems.map((i: { id: string }) => i.id),
        who,
      ).not.toContain(item.id);
      expect(
        pairing.timeline.map((e: { id: string }) => e.id),
        who,
      ).not.toContain(`ACTION_ITEM:${item.id}`);
      expect(
        pairing.timeline.map((e: { id: string }) => e.id),
        who,
      ).not.toContain(`TALK:${talk.id}`);
      expect(expectOk(await d.as[who].gql(ITEM, { id: item.id })).actionItem, who).toBeNull();
      const listed = expectOk(await d.as[who].gql(ITEMS)).actionItems.edges.map((e: any) => e.node.id);
      expect(listed, who).not.toContain(item.id);
    }

    // The committee (the talker here) reads it where it reads the talk.
    const own = expectOk(await d.as.committee.gql(PAIRING, { id: d.pairingA })).pairing;
    expect(own.actionItems.map((i: { description: string }) => i.description)).toContain(SECRET);
    expect(expectOk(await d.as.committee.gql(ITEM, { id: item.id })).actionItem.description).toBe(SECRET);
  });

  it('a secretary’s confidential talk: its items are theirs and the committee’s, not the mentor’s', async () => {
    const res = await d.as.secretary.gql(RECORD, {
      input: {
        talkeeId: d.id.officer,
        pairingId: d.pairingA,
        kind: 'REMINDER',
        occurredAt: daysAgo(t.clock.now(), 0),
        topics: '提醒谈话',
        confidential: true,
        actionItems: [{ ownerId: d.id.officer, description: `${SECRET}（支部）`, dueDate: '2026-12-20' }],
      },
    });
    const [item] = expectOk(res).recordTalk.actionItems;
    expect(expectOk(await d.as.secretary.gql(ITEM, { id: item.id })).actionItem).not.toBeNull();
    expect(expectOk(await d.as.committee.gql(ITEM, { id: item.id })).actionItem).not.toBeNull();
    expect(expectOk(await d.as.mentor.gql(ITEM, { id: item.id })).actionItem).toBeNull();
    expect(expectOk(await d.as.officer.gql(ITEM, { id: item.id })).actionItem).toBeNull();
    expect(expectOk(await d.as.secretary2.gql(ITEM, { id: item.id })).actionItem).toBeNull();
  });
});
