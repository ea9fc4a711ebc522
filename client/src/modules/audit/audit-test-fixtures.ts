import type { FakeServer } from '../../test/fake-api';

// Audit events as the API answers them, and a fake server paging them by cursor: shared by the
// full log's tests and the auditor's home's.

export function event(
  id: number,
  action: string,
  actor: { id: string; name: string } | null,
  over: { subjectType?: string; subjectId?: string | null; detail?: unknown } = {},
) {
  return {
    __typename: 'AuditEvent',
    id: String(id),
    action,
    subjectType: action.startsWith('read:') ? 'Talk' : 'Pairing',
    subjectId: String(100 + id),
    createdAt: '2026-11-20T02:00:00.000Z',
    detail: id === 1 ? { ip: '10.0.0.1' } : null,
    actor: actor ? { __typename: 'Officer', badgeNumber: '0001', ...actor } : null,
    ...over,
  };
}

/** Serves AuditEvents from pages, following `after`; records the variables of each request. */
export function serveAudit(server: FakeServer, pages: ReturnType<typeof event>[][]) {
  const seen: Record<string, any>[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables: Record<string, unknown> };
      if (body.operationName !== 'AuditEvents') return base(input, init);
      seen.push(body.variables);
      const index = body.variables.after ? Number(body.variables.after) : 0;
      const data = {
        auditEvents: {
          __typename: 'AuditEventConnection',
          totalCount: pages.flat().length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: index + 1 < pages.length, endCursor: String(index + 1) },
          edges: (pages[index] ?? []).map((n) => ({ __typename: 'AuditEventEdge', node: n })),
        },
      };
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return seen;
}
