import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity.js';
import { countQueries, initTestApp, type TestApp, type TestClient } from '../test-app.js';
import { buildFixture, type Fixture } from './fixture.js';
import { loginAll, type User } from './harness.js';

// Every read of a confidential talk or of non-empty confidential visit notes leaves a trace: one
// audit event per request (per kind of read) naming every record read, each record once, written
// in one INSERT before the response leaves.

let t: TestApp;
let fx: Fixture;
let clients: Map<User, TestClient>;

beforeAll(async () => {
  t = await initTestApp();
  fx = await buildFixture(t);
  clients = await loginAll(t);
});
afterAll(() => t?.close());

interface Trace {
  action: string;
  subject: string;
  ids: string[];
  count: number;
}

async function readEvents(actorId: number): Promise<{ id: number; trace: Trace }[]> {
  const events = await t.app.orm.em
    .fork()
    .find(AuditEvent, { actor: actorId, action: { $like: 'read:%' } }, { orderBy: { id: 'asc' } });
  return events.map((e) => ({
    id: e.id,
    trace: {
      action: e.action,
      subject: `${e.subjectType}#${e.subjectId ?? ''}`,
      ids: (e.detail?.ids as string[]) ?? [],
      count: (e.detail?.count as number) ?? 0,
    },
  }));
}

async function newReads(user: User, actorId: number, query: string) {
  const before = new Set((await readEvents(actorId)).map((e) => e.id));
  const res = await clients.get(user)!.gql(query);
  expect(res.errors).toBeUndefined();
  const added = (await readEvents(actorId)).filter((e) => !before.has(e.id)).map((e) => e.trace);
  return { res, added };
}

describe('audit of confidential reads', () => {
  it('traces a confidential talk once per request, however many paths read it', async () => {
    const talk = fx.a.talkConfidentialByCommittee;
    const { res, added } = await newReads(
      'committee',
      fx.committee.id,
      `{ talk(id: "${talk.id}") { topics assessment } again: talk(id: "${talk.id}") { guidance }
         pairing(id: "${fx.a.own.id}") { talks { id topics } } }`,
    );
    expect(res.data?.talk.assessment).toBe(talk.assessment);
    // One record read: it is the event's subject, so the log links to it.
    expect(added).toEqual([{ action: 'read:Talk', subject: `Talk#${talk.id}`, ids: [String(talk.id)], count: 1 }]);
    const event = await t.app.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { action: 'read:Talk', subjectId: String(talk.id) }, { orderBy: { id: 'desc' } });
    expect(event.bureau?.id).toBe(fx.committee.bureau.id);
    expect(event.createdAt.getTime()).toBe(t.clock.now().getTime());
  });

  it('writes one event naming all N confidential talks of a list read in one request', async () => {
    const { res, added } = await newReads(
      'committee',
      fx.committee.id,
      `{ talks(first: 100, filter: { confidential: true }) { edges { node { id topics } } } }`,
    );
    const ids = (res.data?.talks.edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ action: 'read:Talk', subject: 'Talk#', count: ids.length });
    expect(added[0].ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
  });

  it('finds a grouped read event from any one of the records it names', async () => {
    const talk = fx.a.talkConfidentialBySecretary;
    const { added } = await newReads(
      'committee',
      fx.committee.id,
      `{ talks(first: 100, filter: { confidential: true }) { edges { node { id topics } } } }`,
    );
    expect(added[0].ids).toContain(String(talk.id));
    const res = await clients.get('auditor')!.gql(
      `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) {
         totalCount edges { node { action subjectId detail } } } }`,
      { filter: { subjectType: 'Talk', subjectId: String(talk.id), action: 'read:Talk' } },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.auditEvents.edges.map((e: { node: unknown }) => e.node) as {
      subjectId: string | null;
      detail: { ids: string[] };
    }[];
    expect(nodes.length).toBeGreaterThan(0);
    expect(res.data?.auditEvents.totalCount).toBe(nodes.length);
    expect(nodes.every((n) => n.subjectId === String(talk.id) || n.detail.ids.includes(String(talk.id)))).toBe(true);
    expect(nodes.some((n) => n.subjectId === null)).toBe(true);
    // An id that is only a part of a named one does not match: "1" does not find "12".
    const part = String(talk.id).slice(0, -1) || '0';
    const byPart = await clients.get('auditor')!.gql(
      `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) {
         edges { node { subjectId detail } } } }`,
      { filter: { action: 'read:Talk', subjectId: part } },
    );
    expect(byPart.errors).toBeUndefined();
    for (const { node } of byPart.data?.auditEvents.edges as {
      node: { subjectId: string | null; detail: { ids: string[] } };
    }[]) {
      expect(node.subjectId === part || node.detail.ids.includes(part)).toBe(true);
    }
  });

  it('names only the confidential talks of a list', async () => {
    const { added } = await newReads(
      'secretary',
      fx.a.secretary.id,
      `{ talks(first: 100) { edges { node { id topics confidential } } } }`,
    );
    expect(added).toHaveLength(1);
    expect(added[0].action).toBe('read:Talk');
    expect(added[0].ids).toContain(String(fx.a.talkConfidentialBySecretary.id));
    expect(added[0].ids).not.toContain(String(fx.a.talkBySecretary.id));
    expect(added[0].count).toBe(added[0].ids.length);
  });

  it('traces confidential visit notes when they are read, not when they are not asked for or hidden', async () => {
    const visit = fx.a.visitOpen;
    const asked = await newReads('mentor', fx.a.mentor.id, `{ visit(id: "${visit.id}") { confidentialNotes } }`);
    expect(asked.added).toEqual([
      { action: 'read:Visit.confidentialNotes', subject: `Visit#${visit.id}`, ids: [String(visit.id)], count: 1 },
    ]);
    const notAsked = await newReads('mentor', fx.a.mentor.id, `{ visit(id: "${visit.id}") { summary } }`);
    expect(notAsked.added).toEqual([]);
    const hidden = await newReads('officer', fx.a.officer.id, `{ visit(id: "${visit.id}") { confidentialNotes } }`);
    expect(hidden.res.data?.visit.confidentialNotes).toBeNull();
    expect(hidden.added).toEqual([]);
  });

  it('keeps one event per kind of read when a request reads talks and visit notes', async () => {
    const visit = fx.a.visitOpen;
    const talk = fx.a.talkConfidentialByCommittee;
    const { added } = await newReads(
      'committee',
      fx.committee.id,
      `{ visit(id: "${visit.id}") { confidentialNotes } talk(id: "${talk.id}") { topics } }`,
    );
    expect(added.map((e) => e.action).sort()).toEqual(['read:Talk', 'read:Visit.confidentialNotes']);
  });

  it('does not trace empty confidential notes or non-confidential talks', async () => {
    const em = t.app.orm.em.fork();
    await em.nativeUpdate('Visit', { id: fx.b.visitAcknowledged.id }, { confidentialNotes: null });
    const { added } = await newReads(
      'committee',
      fx.committee.id,
      `{ visit(id: "${fx.b.visitAcknowledged.id}") { confidentialNotes } talk(id: "${fx.b.talkBySecretary.id}") { assessment } }`,
    );
    expect(added).toEqual([]);
  });

  it('writes a request’s read events in one statement', async () => {
    const statements = await countQueries(t, () =>
      clients
        .get('committee')!
        .gql(
          `{ talks(first: 100, filter: { confidential: true }) { edges { node { topics } } } visit(id: "${fx.a.visitOpen.id}") { confidentialNotes } }`,
        ),
    );
    const inserts = statements.filter((s) => /insert into [`"]?audit_event/i.test(s));
    expect(inserts).toHaveLength(1);
  });
});
