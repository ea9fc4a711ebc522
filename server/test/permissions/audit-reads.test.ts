import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity.js';
import { countQueries, initTestApp, type TestApp, type TestClient } from '../test-app.js';
import { buildFixture, type Fixture } from './fixture.js';
import { loginAll, type User } from './harness.js';

// Every read of a confidential talk or of non-empty confidential visit notes leaves an audit
// event: once per record per request, written in one INSERT before the response leaves.

let t: TestApp;
let fx: Fixture;
let clients: Map<User, TestClient>;

beforeAll(async () => {
  t = await initTestApp();
  fx = await buildFixture(t);
  clients = await loginAll(t);
});
afterAll(() => t?.close());

async function readEvents(actorId: number) {
  const events = await t.app.orm.em.fork().find(AuditEvent, { actor: actorId, action: { $like: 'read:%' } });
  return events.map((e) => `${e.action} ${e.subjectType}#${e.subjectId}`).sort();
}

async function newReads(user: User, actorId: number, query: string) {
  const before = await readEvents(actorId);
  const res = await clients.get(user)!.gql(query);
  expect(res.errors).toBeUndefined();
  const after = await readEvents(actorId);
  const added = [...after];
  for (const e of before) added.splice(added.indexOf(e), 1);
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
    expect(added).toEqual([`read:Talk Talk#${talk.id}`]);
    const event = await t.app.orm.em
      .fork()
      .findOneOrFail(AuditEvent, { action: 'read:Talk', subjectId: String(talk.id) });
    expect(event.bureau?.id).toBe(fx.committee.bureau.id);
    expect(event.createdAt.getTime()).toBe(t.clock.now().getTime());
  });

  it('traces each confidential talk of a list, and only those', async () => {
    const { added } = await newReads(
      'secretary',
      fx.a.secretary.id,
      `{ talks(first: 100) { edges { node { id topics confidential } } } }`,
    );
    expect(added).toContain(`read:Talk Talk#${fx.a.talkConfidentialBySecretary.id}`);
    expect(added).not.toContain(`read:Talk Talk#${fx.a.talkBySecretary.id}`);
    expect(added.every((e) => e.startsWith('read:Talk'))).toBe(true);
  });

  it('traces confidential visit notes when they are read, not when they are not asked for or hidden', async () => {
    const visit = fx.a.visitOpen;
    const asked = await newReads('mentor', fx.a.mentor.id, `{ visit(id: "${visit.id}") { confidentialNotes } }`);
    expect(asked.added).toEqual([`read:Visit.confidentialNotes Visit#${visit.id}`]);
    const notAsked = await newReads('mentor', fx.a.mentor.id, `{ visit(id: "${visit.id}") { summary } }`);
    expect(notAsked.added).toEqual([]);
    const hidden = await newReads('officer', fx.a.officer.id, `{ visit(id: "${visit.id}") { confidentialNotes } }`);
    expect(hidden.res.data?.visit.confidentialNotes).toBeNull();
    expect(hidden.added).toEqual([]);
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
        .gql('{ talks(first: 100, filter: { confidential: true }) { edges { node { topics } } } }'),
    );
    const inserts = statements.filter((s) => /insert into [`"]?audit_event/i.test(s));
    expect(inserts).toHaveLength(1);
  });
});
