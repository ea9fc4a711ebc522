import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueries, initTestApp, type TestApp, type TestClient } from '../test-app.js';
import { expectError } from '../expect.js';

// The audit log: the security auditor lists the bureau's events; everyone else, the committee and the
// sysadmin included (三员分立), gets an empty list.

let t: TestApp;
let auditor: TestClient;
beforeAll(async () => {
  t = await initTestApp();
  auditor = await t.login('auditor');
  for (const u of ['secretary', 'mentor', 'officer', 'secretary2']) await t.login(u);
});
afterAll(() => t?.close());

const LIST = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id action subjectType subjectId createdAt actor { id name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('auditEvents', () => {
  it('lists the bureau’s events newest first, with the actor', async () => {
    const res = await auditor.gql(LIST, { filter: { action: 'login' } });
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.auditEvents.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(5);
    expect(nodes.every((n: any) => n.action === 'login' && n.actor?.name)).toBe(true);
    const ids = nodes.map((n: any) => Number(n.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('filters by actor, subject and time, and pages with a cursor', async () => {
    const me = (await (await t.login('mentor')).gql('{ me { id } }')).data?.me;
    const byActor = await auditor.gql(LIST, { filter: { actorId: me.id } });
    const actors = byActor.data?.auditEvents.edges.map((e: any) => e.node.actor.id);
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set([me.id]));

    const all = await auditor.gql(LIST, { filter: { subjectType: 'Session' } });
    const total = all.data?.auditEvents.totalCount;
    expect(total).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await auditor.gql(LIST, { filter: { subjectType: 'Session' }, first: 2, after });
      expect(page.data.auditEvents.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.auditEvents.edges.map((e: any) => e.node.id));
      after = page.data.auditEvents.pageInfo.hasNextPage ? page.data.auditEvents.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);

    const future = new Date(Date.now() + 86_400_000).toISOString();
    const none = await auditor.gql(LIST, { filter: { from: future } });
    expect(none.data?.auditEvents.totalCount).toBe(0);
    const past = await auditor.gql(LIST, { filter: { to: future, action: 'login' } });
    expect(past.data?.auditEvents.totalCount).toBeGreaterThan(0);
  });

  it('refuses a reversed time range and a malformed actor id, naming the field', async () => {
    const reversed = await auditor.gql(LIST, {
      filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    expectError(reversed, 'BAD_USER_INPUT', { field: 'to', reason: 'END_BEFORE_START' });
    const bad = await auditor.gql(LIST, { filter: { actorId: 'x' } });
    expectError(bad, 'BAD_USER_INPUT', { reason: 'INVALID_ID' });
  });

  it('loads the actors of a page in one statement', async () => {
    const statements = await countQueries(t, () => auditor.gql(LIST, { first: 50 }));
    expect(statements.filter((s) => /from [`"]audit_event[`"]/i.test(s))).toHaveLength(2); // page + totalCount
    expect(statements.filter((s) => /from [`"]officer[`"]/i.test(s))).toHaveLength(1); // every actor at once
  });

  it('gives everyone but the auditor an empty list', async () => {
    for (const u of ['committee', 'admin', 'secretary', 'mentor', 'officer', 'secretary2']) {
      const c = await t.login(u);
      const res = await c.gql(LIST, {});
      expect(res.errors, u).toBeUndefined();
      expect(res.data?.auditEvents.totalCount, u).toBe(0);
      expect(res.data?.auditEvents.edges, u).toEqual([]);
    }
    const anonymous = await t.client().gql(LIST, {});
    expectError(anonymous, 'UNAUTHENTICATED', { reason: 'NOT_LOGGED_IN' });
  });

  it('records logout as a mutation event', async () => {
    const c = await t.login('officer2');
    await c.gql('mutation { logout }');
    const res = await auditor.gql(LIST, { filter: { action: 'logout' } });
    expect(res.data?.auditEvents.totalCount).toBeGreaterThan(0);
  });
});
