import { beforeAll, describe, expect, it } from 'vitest';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { daysAgo, expectOk, listStatements } from './visits-fixture.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';

// The search box of the visits, talks and action items lists: a person's name, pinyin initials
// or badge number, matched in SQL inside the viewer's scope, in the page's own statement.

let officer: Officer;
let officer2: Officer;
let mentor: Officer;
const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d } = useDemoApp({ now: NOW });

beforeAll(async () => {
  const em = t.app.orm.em.fork();
  [officer, officer2, mentor] = await Promise.all(
    [d.id.officer, d.id.officer2, d.id.mentor].map((id) => em.findOneOrFail(Officer, Number(id))),
  );
  // One record of each kind on both demo pairings, so every search below has something to find.
  for (const [as, pairingId, mentee] of [
    [d.as.mentor, d.pairingA, d.id.officer],
    [d.as.mentor2, d.pairingB, d.id.officer2],
  ] as const) {
    const visit = await as.gql('mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }', {
      input: {
        pairingId,
        kind: 'HOME_VISIT',
        occurredAt: daysAgo(NOW, 1),
        summary: '走访了解近况',
        actionItems: [{ ownerId: mentee, description: '提交思想汇报', dueDate: '2026-12-10' }],
      },
    });
    expectOk(visit);
    const talk = await as.gql('mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id } }', {
      input: { talkeeId: mentee, pairingId, kind: 'CARE', occurredAt: daysAgo(NOW, 1), topics: '谈心' },
    });
    expectOk(talk);
  }
  // An item the mentor owns on pairing A: found by the mentor's name and by the mentee's.
  expectOk(
    await d.as.mentor.gql('mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }', {
      input: {
        pairingId: d.pairingA,
        kind: 'FOLLOW_UP',
        occurredAt: daysAgo(NOW, 0.5),
        summary: '回访',
        actionItems: [{ ownerId: d.id.mentor, description: '联系家属', dueDate: '2026-12-10' }],
      },
    }),
  );
});

const VISITS = `query($f: VisitFilter) { visits(filter: $f, first: 100) { totalCount edges { node {
  id branch: pairing { branch { id } } pairing { mentee { id name } } } } } }`;
const TALKS = `query($f: TalkFilter) { talks(filter: $f, first: 100) { totalCount edges { node {
  id talkee { id name } branch { id } } } } }`;
const ITEMS = `query($f: ActionItemFilter) { actionItems(filter: $f, first: 100) { totalCount edges { node {
  id owner { id } pairing { mentee { id } } branch { id } } } } }`;

const nodes = (res: any, field: string) => expectOk(res)[field].edges.map((e: any) => e.node);

/** The ways a user types a person: part of the name, initials (either case), the badge's start. */
const termsFor = (o: Officer) => [
  o.name.slice(-1),
  o.name,
  o.nameInitials,
  o.nameInitials.toUpperCase(),
  o.badgeNumber.slice(0, -1),
];

describe('search on the record lists', () => {
  it('finds visits by the mentee’s name, pinyin initials or badge number', async () => {
    for (const search of termsFor(officer)) {
      const found = nodes(await d.as.secretary.gql(VISITS, { f: { search } }), 'visits');
      expect(found.length, search).toBeGreaterThan(0);
      expect(found.map((v: any) => v.pairing.mentee.id)).toContain(d.id.officer);
    }
    const exact = nodes(await d.as.secretary.gql(VISITS, { f: { search: officer.badgeNumber } }), 'visits');
    expect(exact.every((v: any) => v.pairing.mentee.id === d.id.officer)).toBe(true);
    const none = await d.as.secretary.gql(VISITS, { f: { search: '无此人名' } });
    expect(expectOk(none).visits).toEqual({ totalCount: 0, edges: [] });
    // Wildcards typed by the user match themselves, not everything.
    expect(expectOk(await d.as.secretary.gql(VISITS, { f: { search: '%' } })).visits.totalCount).toBe(
      expectOk(await d.as.secretary.gql(VISITS, {})).visits.totalCount,
    );
  });

  it('finds talks by the talkee and action items by their owner or the pairing’s mentee', async () => {
    for (const search of termsFor(officer)) {
      const talks = nodes(await d.as.secretary.gql(TALKS, { f: { search } }), 'talks');
      expect(
        talks.map((x: any) => x.talkee.id),
        search,
      ).toContain(d.id.officer);
      const items = nodes(await d.as.secretary.gql(ITEMS, { f: { search } }), 'actionItems');
      expect(
        items.map((x: any) => x.owner.id),
        search,
      ).toContain(d.id.officer);
      // The mentor's item on the officer's pairing is found by the mentee too.
      expect(
        items.map((x: any) => x.owner.id),
        search,
      ).toContain(d.id.mentor);
    }
    const byBadge = nodes(await d.as.secretary.gql(TALKS, { f: { search: officer.badgeNumber } }), 'talks');
    expect(byBadge.every((x: any) => x.talkee.id === d.id.officer)).toBe(true);
    const byOwner = nodes(await d.as.mentor.gql(ITEMS, { f: { search: mentor.badgeNumber } }), 'actionItems');
    expect(byOwner.length).toBeGreaterThan(0);
    expect(byOwner.every((x: any) => x.owner.id === d.id.mentor)).toBe(true);
  });

  it('stays in the viewer’s scope: another branch’s records are never found', async () => {
    for (const search of termsFor(officer2)) {
      for (const [doc, field] of [
        [VISITS, 'visits'],
        [TALKS, 'talks'],
        [ITEMS, 'actionItems'],
      ] as const) {
        const found = nodes(await d.as.secretary.gql(doc, { f: { search } }), field);
        const branchIds = found.map((x: any) => (x.branch?.branch ?? x.branch).id);
        expect(new Set(branchIds).size <= 1, `${field} ${search}`).toBe(true);
        expect(found.some((x: any) => JSON.stringify(x).includes(`"id":"${d.id.officer2}"`))).toBe(false);
        const theirs = nodes(await d.as.secretary2.gql(doc, { f: { search } }), field);
        expect(theirs.length, `${field} ${search} for secretary2`).toBeGreaterThan(0);
      }
    }
    // The mentor sees only their pairs' records, searching or not.
    expect(expectOk(await d.as.mentor.gql(VISITS, { f: { search: officer2.name } })).visits.totalCount).toBe(0);
  });

  it('adds no statement: the match is joined into the page’s own query, whatever the page size', async () => {
    // Relations named in each query: visits pairing, pairing.branch, pairing.mentee; talks talkee,
    // branch; items owner, pairing, pairing.mentee, branch.
    for (const [doc, field, relations] of [
      [VISITS, 'visits', 3],
      [TALKS, 'talks', 2],
      [ITEMS, 'actionItems', 4],
    ] as const) {
      const plain = await listStatements(t, d.as.committee, doc, {});
      const searched = await listStatements(t, d.as.committee, doc, {
        f: { search: officer.nameInitials.slice(0, 1) },
      });
      expect(nodes(searched.result, field).length, field).toBeGreaterThan(5);
      // Reads only: reading confidential talks writes an audit event, which is not a query.
      const reads = (r: typeof plain) => r.statements.filter((q) => /^\S*\s*select\b/i.test(q)).length;
      expect(reads(searched), field).toBeLessThanOrEqual(reads(plain));
      // The page, its totalCount, one per relation level (+1 for the audit insert of a read).
      expect(searched.count, field).toBeLessThanOrEqual(2 + relations + 1);
    }
  });

  it('refuses an over-long search naming the field', async () => {
    const res = await d.as.secretary.gql(VISITS, { f: { search: '字'.repeat(65) } });
    expect(expectError(res, 'BAD_USER_INPUT').extensions?.field).toMatch(/search$/);
  });
});
