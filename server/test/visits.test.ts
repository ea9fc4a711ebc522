import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { addPairing, counts, daysAgo, expectOk, listStatements, pairingRow } from './visits-fixture.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d, advanceDays } = useDemoApp({ now: NOW });

const LOG = `mutation($input: LogVisitInput!) { logVisit(input: $input) {
  id kind occurredAt summary observations confidentialNotes locked editable version acknowledgedAt
  author { id } pairing { id lastContactAt nextContactDue }
  actionItems { id description dueDate status owner { id } }
} }`;
const UPDATE = `mutation($input: UpdateVisitInput!) { updateVisit(input: $input) { id summary version locked } }`;
const ACK = `mutation($id: ID!, $c: String) { acknowledgeVisit(id: $id, comment: $c) { id acknowledgedAt acknowledgmentComment locked } }`;
const VISIT = `query($id: ID!) { visit(id: $id) { id summary observations confidentialNotes locked editable } }`;

const base = (over: Record<string, unknown> = {}) => ({
  pairingId: d.pairingA,
  kind: 'HOME_VISIT',
  occurredAt: daysAgo(t.clock.now(), 1),
  location: '家中',
  summary: '了解近况，情绪稳定',
  observations: '精神状态较好',
  confidentialNotes: '家庭经济压力较大',
  ...over,
});

async function logAsMentor(over: Record<string, unknown> = {}) {
  return expectOk(await d.as.mentor.gql(LOG, { input: base(over) })).logVisit;
}

describe('logVisit', () => {
  it('logs a visit with action items, closes older items, and moves the pairing’s contact dates', async () => {
    const first = await logAsMentor({
      occurredAt: daysAgo(t.clock.now(), 10),
      actionItems: [{ ownerId: d.id.officer, description: '每周运动三次', dueDate: '2026-11-15' }],
    });
    const older = first.actionItems[0];
    expect(older).toMatchObject({ status: 'OPEN', owner: { id: d.id.officer } });

    const before = await counts(t);
    const occurredAt = daysAgo(t.clock.now(), 1);
    const visit = await logAsMentor({
      occurredAt,
      participantMentorIds: [d.id.mentor],
      nextVisitDue: '2026-12-10',
      actionItems: [{ ownerId: d.id.mentor, description: '联系家属了解情况', dueDate: '2026-12-01' }],
      closeActionItemIds: [older.id],
    });
    expect(visit).toMatchObject({
      kind: 'HOME_VISIT',
      locked: false,
      editable: true,
      acknowledgedAt: null,
      author: { id: d.id.mentor },
      confidentialNotes: '家庭经济压力较大',
    });
    expect(visit.actionItems).toHaveLength(1);
    expect(visit.pairing.lastContactAt).toBe(occurredAt);
    expect(new Date(visit.pairing.nextContactDue).getTime()).toBe(new Date(occurredAt).getTime() + 30 * 86_400_000);

    const after = await counts(t);
    expect(after.visits).toBe(before.visits + 1);
    expect(after.items).toBe(before.items + 1);
    expect(after.openItems).toBe(before.openItems); // one added, one closed
    const item = await d.as.mentor.gql('query($id: ID!) { actionItem(id: $id) { status closedAt } }', { id: older.id });
    expect(item.data?.actionItem.status).toBe('DONE');

    const em = t.app.orm.em.fork();
    const events = await em.find(AuditEvent, { action: 'logVisit', subjectId: visit.id });
    expect(events).toHaveLength(1);
    const row = await pairingRow(t, d.pairingA);
    expect(new Date(row.lastContactAt!).toISOString()).toBe(occurredAt);
  });

  it('keeps the latest contact when an older visit is logged later', async () => {
    const before = await pairingRow(t, d.pairingA);
    await logAsMentor({ occurredAt: daysAgo(t.clock.now(), 20) });
    const after = await pairingRow(t, d.pairingA);
    expect(new Date(after.lastContactAt!).getTime()).toBe(new Date(before.lastContactAt!).getTime());
    expect(after.version).toBe(before.version); // contact bookkeeping is not an edit of the pairing
  });

  it.each([
    ['occurredAt', { occurredAt: new Date(NOW.getTime() + 86_400_000).toISOString() }],
    ['occurredAt', { occurredAt: '2026-05-31T08:00:00Z' }],
    ['summary', { summary: '   ' }],
    ['pairingId', { pairingId: 'abc' }],
    ['participantMentorIds', { participantMentorIds: ['999999'] }],
    ['nextVisitDue', { nextVisitDue: '2026-02-30' }],
    ['actionItems.0.dueDate', { actionItems: [{ ownerId: '1', description: 'x', dueDate: 'tomorrow' }] }],
    ['actionItems.0.description', { actionItems: [{ ownerId: 'OFFICER', description: ' ', dueDate: '2026-12-01' }] }],
  ])('refuses a bad %s with BAD_USER_INPUT and writes nothing', async (field, over) => {
    const before = await counts(t);
    const input = JSON.parse(JSON.stringify(base(over)).replaceAll('"OFFICER"', JSON.stringify(d.id.officer)));
    const res = await d.as.mentor.gql(LOG, { input });
    expectError(res, 'BAD_USER_INPUT', field);
    expect(await counts(t)).toEqual(before);
  });

  it('checks action item owners and due dates against the pairing', async () => {
    const outsider = await d.as.mentor.gql(LOG, {
      input: base({ actionItems: [{ ownerId: d.id.officer2, description: '越权', dueDate: '2026-12-01' }] }),
    });
    expectError(outsider, 'BAD_USER_INPUT', 'actionItems.0.ownerId');
    const early = await d.as.mentor.gql(LOG, {
      input: base({
        actionItems: [
          { ownerId: d.id.officer, description: 'ok', dueDate: '2026-12-01' },
          { ownerId: d.id.officer, description: '过早', dueDate: '2026-01-01' },
        ],
      }),
    });
    expectError(early, 'BAD_USER_INPUT', 'actionItems.1.dueDate');
  });

  it('cannot close another pairing’s items, and writes nothing', async () => {
    const other = await addPairing(t, { menteeId: d.id.secretary, mentorIds: [d.id.mentor] });
    const foreign = (
      await logAsMentor({
        pairingId: other,
        actionItems: [{ ownerId: d.id.secretary, description: '另一结对事项', dueDate: '2026-12-01' }],
      })
    ).actionItems[0];
    const before = await counts(t);
    // Not an item of this pairing: NOT_FOUND naming the field, as for an id that never existed.
    const res = await d.as.mentor.gql(LOG, { input: base({ closeActionItemIds: [foreign.id] }) });
    expectError(res, 'NOT_FOUND', 'closeActionItemIds');
    expectError(
      await d.as.mentor.gql(LOG, { input: base({ closeActionItemIds: ['999999'] }) }),
      'NOT_FOUND',
      'closeActionItemIds',
    );
    expect(await counts(t)).toEqual(before);
  });

  it('is refused to everyone but a current mentor of an ACTIVE pairing, writing nothing', async () => {
    const before = await counts(t);
    expectError(await d.as.mentor2.gql(LOG, { input: base() }), 'NOT_FOUND');
    expectError(await d.as.secretary2.gql(LOG, { input: base() }), 'NOT_FOUND');
    expectError(await d.as.officer2.gql(LOG, { input: base() }), 'NOT_FOUND');
    expectError(await d.as.mentor.gql(LOG, { input: base({ pairingId: d.pairingB }) }), 'NOT_FOUND');
    expectError(await d.as.mentor.gql(LOG, { input: base({ pairingId: '999999' }) }), 'NOT_FOUND');
    expectError(await d.as.secretary.gql(LOG, { input: base() }), 'FORBIDDEN');
    expectError(await d.as.committee.gql(LOG, { input: base() }), 'FORBIDDEN');
    expectError(await d.as.officer.gql(LOG, { input: base() }), 'FORBIDDEN');
    expect(await counts(t)).toEqual(before);
  });

  it('is refused on a pairing that is no longer ACTIVE', async () => {
    const done = await addPairing(t, { menteeId: d.id.secretary2, mentorIds: [d.id.mentor2], status: 'CONCLUDED' });
    const res = await d.as.mentor2.gql(LOG, { input: base({ pairingId: done }) });
    expectError(res, 'FORBIDDEN');
  });

  it('logs a resent form once (same client key)', async () => {
    const input = base({ clientKey: 'draft-7f3a', summary: '网络中断后重发' });
    const before = await counts(t);
    const a = expectOk(await d.as.mentor.gql(LOG, { input })).logVisit;
    const b = expectOk(await d.as.mentor.gql(LOG, { input })).logVisit;
    expect(b.id).toBe(a.id);
    expect((await counts(t)).visits).toBe(before.visits + 1);
  });
});

describe('updateVisit and the lock', () => {
  it('lets the author edit until the mentee acknowledges; then it is locked (已锁定)', async () => {
    const visit = await logAsMentor({ summary: '初稿' });
    const edited = expectOk(
      await d.as.mentor.gql(UPDATE, { input: { id: visit.id, version: visit.version, summary: '修改后' } }),
    ).updateVisit;
    expect(edited).toMatchObject({ summary: '修改后', version: visit.version + 1, locked: false });

    const stale = await d.as.mentor.gql(UPDATE, { input: { id: visit.id, version: visit.version, summary: '旧版本' } });
    expectError(stale, 'CONFLICT');
    expectError(await d.as.mentor2.gql(UPDATE, { input: { id: visit.id, version: 2, summary: 'x' } }), 'NOT_FOUND');
    expectError(await d.as.secretary.gql(UPDATE, { input: { id: visit.id, version: 2, summary: 'x' } }), 'FORBIDDEN');
    expectError(await d.as.officer.gql(UPDATE, { input: { id: visit.id, version: 2, summary: 'x' } }), 'FORBIDDEN');
    expectError(
      await d.as.mentor.gql(UPDATE, { input: { id: visit.id, version: 2, summary: '' } }),
      'BAD_USER_INPUT',
      'summary',
    );

    const ack = expectOk(await d.as.officer.gql(ACK, { id: visit.id, c: '属实' })).acknowledgeVisit;
    expect(ack).toMatchObject({ acknowledgmentComment: '属实', locked: true });
    expect(ack.acknowledgedAt).toBe(t.clock.now().toISOString());

    const locked = expectError(
      await d.as.mentor.gql(UPDATE, { input: { id: visit.id, version: 2, summary: '确认后再改' } }),
      'FORBIDDEN',
      { reason: 'VISIT_LOCKED', params: { days: 7, locked: true } },
    );
    expect(locked.message).toBe('The visit is locked (acknowledged or older than 7 days)');
    const read = expectOk(await d.as.mentor.gql(VISIT, { id: visit.id })).visit;
    expect(read).toMatchObject({ summary: '修改后', locked: true, editable: false });
  });

  it('locks a visit 7 days after it was logged', async () => {
    const visit = await logAsMentor({ summary: '一周后锁定' });
    await advanceDays(6); // sessions expire when idle: this logs in again after moving the clock
    expectOk(await d.as.mentor.gql(UPDATE, { input: { id: visit.id, version: 1, observations: '补充' } }));
    await advanceDays(2);
    const res = await d.as.mentor.gql(UPDATE, { input: { id: visit.id, version: 2, observations: '太迟' } });
    expectError(res, 'FORBIDDEN', { reason: 'VISIT_LOCKED' });
    expect(expectOk(await d.as.mentor.gql(VISIT, { id: visit.id })).visit.locked).toBe(true);
  });
});

describe('acknowledgeVisit', () => {
  it('is the mentee’s alone, and only once', async () => {
    const visit = await logAsMentor();
    const before = await counts(t);
    expectError(await d.as.mentor.gql(ACK, { id: visit.id }), 'FORBIDDEN', { reason: 'MENTEE_ACKNOWLEDGES_ONLY' });
    expectError(await d.as.secretary.gql(ACK, { id: visit.id }), 'FORBIDDEN', { reason: 'MENTEE_ACKNOWLEDGES_ONLY' });
    expectError(await d.as.officer2.gql(ACK, { id: visit.id }), 'NOT_FOUND');
    expectError(await d.as.mentor2.gql(ACK, { id: visit.id }), 'NOT_FOUND');
    expect(await counts(t)).toEqual(before);
    expectOk(await d.as.officer.gql(ACK, { id: visit.id }));
    expectError(await d.as.officer.gql(ACK, { id: visit.id, c: '再次' }), 'CONFLICT', {
      reason: 'VISIT_ALREADY_ACKNOWLEDGED',
    });
  });
});

describe('reading visits', () => {
  it('hides confidential notes from the mentee on every path', async () => {
    const visit = await logAsMentor({ confidentialNotes: '仅责任人可见' });
    const direct = expectOk(await d.as.officer.gql(VISIT, { id: visit.id })).visit;
    expect(direct).toMatchObject({ observations: '精神状态较好', confidentialNotes: null });
    expect(direct.editable).not.toBe(true);
    const list = expectOk(await d.as.officer.gql('{ visits(first: 100) { edges { node { id confidentialNotes } } } }'))
      .visits.edges;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((e: any) => e.node.confidentialNotes === null)).toBe(true);
    const nested = expectOk(
      await d.as.officer.gql('query($id: ID!) { pairing(id: $id) { visits { confidentialNotes } } }', {
        id: d.pairingA,
      }),
    ).pairing.visits;
    expect(nested.length).toBeGreaterThan(0);
    expect(nested.every((v: any) => v.confidentialNotes === null)).toBe(true);
    const viaItem = expectOk(
      await d.as.officer.gql('{ actionItems(first: 50) { edges { node { visit { confidentialNotes } } } } }'),
    ).actionItems.edges;
    expect(viaItem.every((e: any) => !e.node.visit || e.node.visit.confidentialNotes === null)).toBe(true);
    expect(expectOk(await d.as.secretary.gql(VISIT, { id: visit.id })).visit.confidentialNotes).toBe('仅责任人可见');
  });

  it('scopes lists and ids: another branch or mentor sees nothing', async () => {
    const visit = await logAsMentor();
    for (const who of ['mentor2', 'secretary2', 'officer2'] as const) {
      expect(expectOk(await d.as[who].gql(VISIT, { id: visit.id })).visit).toBeNull();
      const list = expectOk(
        await d.as[who].gql(
          'query($p: ID) { visits(filter: { pairingId: $p }) { totalCount edges { node { id } } } }',
          {
            p: d.pairingA,
          },
        ),
      ).visits;
      expect(list).toEqual({ totalCount: 0, edges: [] });
    }
    const all = expectOk(await d.as.committee.gql('{ visits { totalCount } }')).visits.totalCount;
    const mine = expectOk(await d.as.mentor.gql('{ visits { totalCount } }')).visits.totalCount;
    expect(all).toBeGreaterThanOrEqual(mine);
    expect(mine).toBeGreaterThan(0);
  });

  it('filters by kind, acknowledgment, author, mentee and local date range', async () => {
    const forum = await logAsMentor({ kind: 'FORUM', occurredAt: '2026-10-01T16:30:00Z' }); // 10-02 00:30 local
    const q = `query($f: VisitFilter) { visits(filter: $f, first: 100) { edges { node {
      id kind occurredAt acknowledgedAt author { id } pairing { mentee { id } } } } } }`;
    const nodes = async (f: Record<string, unknown>) =>
      expectOk(await d.as.mentor.gql(q, { f })).visits.edges.map((e: any) => e.node);
    const ids = (list: any[]) => list.map((v) => v.id);

    const forums = await nodes({ kind: 'FORUM' });
    expect(ids(forums)).toContain(forum.id);
    expect(forums.every((v: any) => v.kind === 'FORUM')).toBe(true);

    const day = await nodes({ from: '2026-10-02', to: '2026-10-02' });
    expect(ids(day)).toContain(forum.id);
    const start = Date.parse('2026-10-01T16:00:00Z');
    expect(
      day.every((v: any) => Date.parse(v.occurredAt) >= start && Date.parse(v.occurredAt) < start + 86_400_000),
    ).toBe(true);
    expect(ids(await nodes({ to: '2026-10-01' }))).not.toContain(forum.id);

    const pending = await nodes({ acknowledged: false });
    expect(ids(pending)).toContain(forum.id);
    expect(pending.every((v: any) => v.acknowledgedAt === null)).toBe(true);
    const signed = await nodes({ acknowledged: true });
    expect(ids(signed)).not.toContain(forum.id);
    expect(signed.every((v: any) => v.acknowledgedAt !== null)).toBe(true);

    const byMentor2 = await nodes({ authorId: d.id.mentor2 });
    expect(byMentor2).toEqual([]); // mentor cannot see mentor2's visits at all
    const aboutOfficer = await nodes({ menteeId: d.id.officer });
    expect(ids(aboutOfficer)).toContain(forum.id);
    expect(aboutOfficer.every((v: any) => v.pairing.mentee.id === d.id.officer)).toBe(true);
    expectError(await d.as.mentor.gql(q, { f: { from: '2026-13-01' } }), 'BAD_USER_INPUT', 'from');
  });

  it('pages with cursors', async () => {
    const q =
      'query($a: String) { visits(first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const p1 = expectOk(await d.as.mentor.gql(q)).visits;
    const p2 = expectOk(await d.as.mentor.gql(q, { a: p1.pageInfo.endCursor })).visits;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const seen = [...p1.edges, ...p2.edges].map((e: any) => e.node.id);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('costs one statement per level for a page of visits with nested items', async () => {
    for (let i = 0; i < 3; i++) {
      await logAsMentor({
        participantMentorIds: [d.id.mentor],
        actionItems: [{ ownerId: d.id.officer, description: `事项 ${i}`, dueDate: '2026-12-31' }],
      });
    }
    // Relations: author, pairing, pairing.mentee, participantMentors, actionItems, actionItems.owner.
    const q = `{ visits(first: 50) { edges { node { id kind author { name } pairing { id mentee { name } }
      participantMentors { name } actionItems { id owner { name } } } } } }`;
    const { count, result } = await listStatements(t, d.as.committee, q);
    expect(expectOk(result).visits.edges.length).toBeGreaterThan(7);
    expect(count).toBeLessThanOrEqual(1 + 6);
  });

  it('batches a pairing’s visits, talks and open items across a page of pairings', async () => {
    const q = `{ pairings(first: 50) { edges { node { id
      visits { id actionItems { id } } talks { id } actionItems(status: OPEN) { id dueDate } } } } }`;
    const { count, result, statements } = await listStatements(t, d.as.committee, q);
    const pairings = expectOk(result).pairings.edges;
    expect(pairings.length).toBeGreaterThan(7);
    const mine = statements.filter((sql) => /from ["`](visit|talk|action_item)["`]/.test(sql));
    expect(mine).toHaveLength(4); // visits, their items, talks, open items
    expect(count).toBeLessThanOrEqual(1 + 4 + 2); // the pairing list may spend a statement of its own
  });
});
