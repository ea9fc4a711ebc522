import type { FakeAccount, FakeServer } from '../../test/fake-api';

// Answers for the pairing module's own operations in component tests; everything else goes to the
// FakeServer (session, login).

export const OFFICER_ONLY: FakeAccount = {
  username: 'officer',
  password: 'tongxin-demo',
  name: '周磊',
  roles: ['OFFICER'],
};

type Answer = (operation: string, variables: Record<string, unknown>) => unknown;

/** Serves `answer(op, vars)` as `{ data }` when it returns something; records what was asked. */
export function serveOps(server: FakeServer, answer: Answer) {
  const seen: { operation: string; variables: Record<string, unknown> }[] = [];
  const base = server.fetch;
  Object.defineProperty(server, 'fetch', {
    value: (async (input: RequestInfo | URL, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as { operationName: string; variables?: Record<string, unknown> };
      const variables = body.variables ?? {};
      const data = answer(body.operationName, variables);
      if (data === undefined) return base(input, init);
      seen.push({ operation: body.operationName, variables });
      return new Response(JSON.stringify({ data }), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  });
  return seen;
}

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A pairing as the detail query answers it: id 7, mentee 12 (the fake MENTOR's pair), branch 3. */
export function pairingDetail(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Pairing',
    id: '7',
    status: 'ACTIVE',
    reason: 'WELLBEING',
    goals: '帮助其放下思想包袱',
    pairingType: 'ONE_PLUS_ONE',
    startDate: '2026-09-01',
    plannedEndDate: '2027-03-01',
    contactIntervalDays: 30,
    riskNotes: null,
    lastContactAt: daysFromNow(-35),
    nextContactDue: daysFromNow(-5),
    overdue: true,
    reviewSummary: null,
    submittedAt: null,
    cancelReason: null,
    version: 3,
    mentee: { __typename: 'Officer', id: '12', name: '周磊', badgeNumber: '028462', position: null },
    branch: { __typename: 'Branch', id: '3', name: '东柳派出所' },
    mentors: [
      {
        __typename: 'PairingMentor',
        role: 'LEAD',
        startedAt: '2026-09-01T00:00:00.000Z',
        officer: { __typename: 'Officer', id: '11', name: '王建国' },
      },
    ],
    mentorHistory: [],
    visitCounts: [],
    timeline: [],
    ...over,
  };
}
