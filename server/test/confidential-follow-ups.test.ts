import { describe, expect, it } from 'vitest';
import { useDemoApp } from './demo-suite.js';
import { download, workbook } from './ledger-files.js';
import type { TestClient } from './test-app.js';
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
const ITEM_STATUS = `query($id: ID!) { actionItem(id: $id) { id status } }`;
const LOG_VISIT = `mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }`;
const DASHBOARD = `{ dashboard(from: "2026-11-01", to: "2026-11-30") { talkCount visitCount followUpVisits
  contactsByKind { kind count } talksByKind { kind count } overduePairings
  actionItems { total open done dropped overdue counted } } }`;

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

  it('leak nowhere else: closing by id, dashboards, ledgers, filters and searches', async () => {
    const secret = `${SECRET}（其他途径）`;
    const who = ['secretary', 'mentor', 'officer'] as const;
    const dashboard = async (c: TestClient) => {
      const res = await c.gql(DASHBOARD);
      return res.errors?.[0]?.extensions?.code === 'FORBIDDEN' ? 'FORBIDDEN' : expectOk(res).dashboard;
    };
    const before: Record<string, unknown> = {};
    for (const w of [...who, 'committee'] as const) before[w] = await dashboard(d.as[w]);

    // Overdue on purpose: the overdue figures and filters are where an item shows without its text.
    const res = await d.as.committee.gql(RECORD, {
      input: {
        talkeeId: d.id.officer,
        pairingId: d.pairingA,
        kind: 'CARE',
        occurredAt: daysAgo(t.clock.now(), 15),
        topics: '保密谈话（其他途径）',
        confidential: true,
        actionItems: [{ ownerId: d.id.officer, description: secret, dueDate: '2026-11-10' }],
      },
    });
    const talk = expectOk(res).recordTalk;
    const [item] = talk.actionItems;
    const officerName = expectOk(await d.as.officer.gql(`{ me { officer { name } } }`)).me.officer.name as string;

    // (a) Closing it by id from a visit: NOT_FOUND naming the field, as for an id that never existed.
    const close = (ids: string[]) =>
      d.as.mentor.gql(LOG_VISIT, {
        input: {
          pairingId: d.pairingA,
          kind: 'HOME_VISIT',
          occurredAt: daysAgo(t.clock.now(), 0),
          summary: '走访',
          closeActionItemIds: ids,
        },
      });
    const hidden = await close([item.id]);
    const missing = await close(['987654']);
    expect(hidden.data?.logVisit ?? null, JSON.stringify(hidden.errors)).toBeNull();
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'closeActionItemIds' });
    expect(hidden.errors?.[0]?.extensions).toEqual(missing.errors?.[0]?.extensions);
    expect(hidden.errors?.[0]?.message.replace(item.id, 'ID')).toBe(
      missing.errors?.[0]?.message.replace('987654', 'ID'),
    );
    expect(expectOk(await d.as.committee.gql(ITEM_STATUS, { id: item.id })).actionItem.status).toBe('OPEN');

    // (b) Figures: DESIGN lets no one else read the talk, so it is not even counted for them: their
    // dashboards do not move. The committee's does (the check can see a change).
    for (const w of who) expect(await dashboard(d.as[w]), w).toEqual(before[w]);
    expect(await dashboard(d.as.committee)).not.toEqual(before.committee);

    // (c) Every other path that lists action items, talks or timeline entries.
    for (const w of who) {
      const c = d.as[w];
      const answers = await Promise.all([
        c.gql(
          `{ actionItems(first: 100, filter: { overdue: true }) { totalCount edges { node { id description } } } }`,
        ),
        c.gql(
          `query($id: ID!) { actionItems(first: 100, filter: { talkId: $id }) { totalCount edges { node { id } } } }`,
          {
            id: talk.id,
          },
        ),
        c.gql(
          `query($q: String!) { actionItems(first: 100, filter: { search: $q }) { totalCount edges { node { id description } } } }`,
          { q: officerName },
        ),
        c.gql(
          `query($id: ID!) { actionItems(first: 100, filter: { pairingId: $id }) { totalCount edges { node { id description } } } }`,
          {
            id: d.pairingA,
          },
        ),
        c.gql(`{ talks(first: 100) { totalCount edges { node { id topics actionItems { id description } } } } }`),
        c.gql(`query($id: ID!) { talk(id: $id) { id topics } }`, { id: talk.id }),
        c.gql(`query($id: ID!) { officer(id: $id) { id actionItems { id description } } }`, { id: d.id.officer }),
        c.gql(`{ visits(first: 100) { edges { node { id actionItems { id description } } } } }`),
        c.gql(
          `{ pairings(first: 100) { edges { node { id actionItems { id description } timeline { id summary } } } } }`,
        ),
      ]);
      for (const a of answers) {
        const text = JSON.stringify(a);
        expect(text, w).not.toContain(secret);
        expect(text, w).not.toContain(`ACTION_ITEM:${item.id}"`);
        expect(text, w).not.toContain(`TALK:${talk.id}"`);
        expect(a.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? [], w).toEqual([]);
      }
      const ids = (a: (typeof answers)[number], list: 'actionItems' | 'talks') =>
        ((a.data?.[list] as { edges: { node: { id: string } }[] } | undefined)?.edges ?? []).map((e) => e.node.id);
      for (const a of answers.slice(0, 4)) expect(ids(a, 'actionItems'), w).not.toContain(item.id);
      expect(answers[1].data?.actionItems?.totalCount ?? 0, w).toBe(0);
      expect(ids(answers[4], 'talks'), w).not.toContain(talk.id);
      expect(answers[5].data?.talk ?? null, w).toBeNull();
    }

    // The secretary's ledger of the period: neither the talk nor its item, not a word of it.
    const { body } = await download(d.as.secretary, { from: '2026-11-01', to: '2026-11-30', format: 'XLSX' });
    const wb = await workbook(body);
    expect(wb.sheet('谈心谈话').rows.map((r) => r['编号'])).not.toContain(talk.id);
    expect(wb.sheet('整改事项').rows.map((r) => r['编号'])).not.toContain(item.id);
    expect(JSON.stringify(wb.sheet('整改事项').rows)).not.toContain(secret);
  });
});
