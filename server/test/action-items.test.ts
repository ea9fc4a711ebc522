import { describe, expect, it } from 'vitest';
import { counts, daysAgo, expectOk, listStatements, logVisitWithItems } from './visits-fixture.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d, relogin } = useDemoApp({ now: NOW });

const UPDATE = `mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) {
  id status note closedAt version overdue } }`;
const ITEMS = `query($f: ActionItemFilter, $first: Int) { actionItems(filter: $f, first: $first) {
  totalCount edges { node { id status dueDate overdue owner { id } pairing { id } visit { id } } } } }`;

/** A visit by `mentor` with one item for the mentee and one for the mentor. */
async function visitWithItems(due = '2026-12-15') {
  const [mentee, mentor] = await logVisitWithItems(d, {
    kind: 'INDIVIDUAL_TALK',
    occurredAt: daysAgo(t.clock.now(), 0.5),
    summary: '谈话并布置整改事项',
    actionItems: [
      { ownerId: d.id.officer, description: '按时上交学习心得', dueDate: due },
      { ownerId: d.id.mentor, description: '走访家属', dueDate: due },
    ],
  });
  return { mentee, mentor };
}

describe('updateActionItem', () => {
  it('lets the owner mark their item done, once', async () => {
    const { mentee } = await visitWithItems();
    const done = expectOk(
      await d.as.officer.gql(UPDATE, { input: { id: mentee.id, status: 'DONE', note: '已上交' } }),
    ).updateActionItem;
    expect(done).toMatchObject({ status: 'DONE', note: '已上交', version: mentee.version + 1, overdue: false });
    expect(done.closedAt).toBe(t.clock.now().toISOString());
    const again = await d.as.officer.gql(UPDATE, { input: { id: mentee.id, status: 'DONE' } });
    expectError(again, 'CONFLICT', { reason: 'ACTION_ITEM_ALREADY_CLOSED' });
  });

  it('does not let the owner drop an item, nor touch someone else’s', async () => {
    const { mentee, mentor } = await visitWithItems();
    const before = await counts(t);
    const drop = await d.as.officer.gql(UPDATE, { input: { id: mentee.id, status: 'DROPPED', note: '不想做' } });
    expectError(drop, 'FORBIDDEN');
    // The mentee does not see the mentor's own items at all.
    expectError(await d.as.officer.gql(UPDATE, { input: { id: mentor.id, status: 'DONE' } }), 'NOT_FOUND');
    expect(await counts(t)).toEqual(before);
  });

  it('lets a mentor drop an item with a note, and refuses bad input', async () => {
    const { mentee } = await visitWithItems();
    expectError(
      await d.as.mentor.gql(UPDATE, { input: { id: mentee.id, status: 'DROPPED', note: '  ' } }),
      'BAD_USER_INPUT',
      'note',
    );
    expectError(
      await d.as.mentor.gql(UPDATE, { input: { id: mentee.id, status: 'OPEN' } }),
      'BAD_USER_INPUT',
      'status',
    );
    expectError(await d.as.mentor.gql(UPDATE, { input: { id: 'x1', status: 'DONE' } }), 'BAD_USER_INPUT', 'id');
    expectError(
      await d.as.mentor.gql(UPDATE, { input: { id: mentee.id, status: 'DONE', version: mentee.version + 5 } }),
      'CONFLICT',
    );
    const dropped = expectOk(
      await d.as.mentor.gql(UPDATE, {
        input: { id: mentee.id, status: 'DROPPED', note: '情况变化，不再需要', version: mentee.version },
      }),
    ).updateActionItem;
    expect(dropped).toMatchObject({ status: 'DROPPED', note: '情况变化，不再需要' });
  });

  it('follows the rule table for everyone else, writing nothing when refused', async () => {
    const { mentee, mentor } = await visitWithItems();
    const before = await counts(t);
    for (const who of ['mentor2', 'secretary2', 'officer2'] as const) {
      expectError(await d.as[who].gql(UPDATE, { input: { id: mentee.id, status: 'DONE' } }), 'NOT_FOUND');
    }
    expectError(await d.as.committee.gql(UPDATE, { input: { id: mentee.id, status: 'DONE' } }), 'FORBIDDEN');
    expectError(await d.as.mentor.gql(UPDATE, { input: { id: '999999', status: 'DONE' } }), 'NOT_FOUND');
    expect(await counts(t)).toEqual(before);
    // The branch secretary runs the branch's follow-ups.
    const done = await d.as.secretary.gql(UPDATE, { input: { id: mentor.id, status: 'DONE' } });
    expect(expectOk(done).updateActionItem.status).toBe('DONE');
  });
});

describe('actionItems', () => {
  it('shows each viewer only the items they may read', async () => {
    const { mentee, mentor } = await visitWithItems();
    const officerIds = expectOk(await d.as.officer.gql(ITEMS, { first: 100 })).actionItems.edges.map(
      (e: any) => e.node,
    );
    expect(officerIds.map((n: any) => n.id)).toContain(mentee.id);
    expect(officerIds.map((n: any) => n.id)).not.toContain(mentor.id);
    expect(officerIds.every((n: any) => n.owner.id === d.id.officer)).toBe(true);
    for (const who of ['mentor2', 'secretary2', 'officer2'] as const) {
      const list = expectOk(await d.as[who].gql(ITEMS, { f: { pairingId: d.pairingA } })).actionItems;
      expect(list).toEqual({ totalCount: 0, edges: [] });
      expect(
        expectOk(await d.as[who].gql('query($id: ID!) { actionItem(id: $id) { id } }', { id: mentee.id })),
      ).toEqual({ actionItem: null });
    }
    const mine = expectOk(await d.as.mentor.gql(ITEMS, { f: { ownerId: d.id.mentor, status: 'OPEN' }, first: 100 }))
      .actionItems.edges;
    expect(mine.map((e: any) => e.node.id)).toContain(mentor.id);
    expect(mine.every((e: any) => e.node.owner.id === d.id.mentor && e.node.status === 'OPEN')).toBe(true);
  });

  it('marks open items past their due date (bureau time) as overdue', async () => {
    const { mentee } = await visitWithItems('2026-11-21');
    const q = async (f: Record<string, unknown>) =>
      expectOk(await d.as.mentor.gql(ITEMS, { f, first: 100 })).actionItems.edges.map((e: any) => e.node);
    expect((await q({ overdue: false })).map((n: any) => n.id)).toContain(mentee.id);
    t.clock.set(new Date('2026-11-21T15:59:00Z')); // 23:59 on the 21st in the bureau: still due today
    await relogin();
    expect((await q({ overdue: true })).map((n: any) => n.id)).not.toContain(mentee.id);
    t.clock.set(new Date('2026-11-21T16:01:00Z')); // 00:01 on the 22nd
    await relogin();
    const overdue = await q({ overdue: true });
    expect(overdue.map((n: any) => n.id)).toContain(mentee.id);
    expect(overdue.every((n: any) => n.overdue && n.status === 'OPEN')).toBe(true);
  });

  it('costs one statement per level, however many items come back', async () => {
    for (let i = 0; i < 3; i++) await visitWithItems();
    // Relations: owner, pairing, pairing.mentee, visit, visit.author, talk.
    const q = `query($n: Int) { actionItems(first: $n) { edges { node {
      id owner { name } pairing { id mentee { name } } visit { id summary author { name } } talk { id } } } } }`;
    const { count, result } = await listStatements(t, d.as.mentor, q, { n: 50 });
    expect(expectOk(result).actionItems.edges.length).toBeGreaterThan(7);
    expect(count).toBeLessThanOrEqual(1 + 6);
  });
});
