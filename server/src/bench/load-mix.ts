/**
 * What the load script's connections send: each demo account's share of the portal's everyday
 * requests, reads and writes mixed as the roles use them (mentors log visits and talks, the
 * committee and secretaries read lists and the dashboard, officers read their own records).
 */

export interface Operation {
  name: string;
  weight: number;
  query: string;
  /** Fresh variables per request (writes need a new clientKey and an hour-old time). */
  variables?: (n: number) => Record<string, unknown>;
}

export interface MentorTargets {
  mentorId: string;
  pairings: { id: string; menteeId: string }[];
}

const page = (field: string, node: string) =>
  `{ ${field}(first: 20) { totalCount edges { cursor node { ${node} } } pageInfo { hasNextPage endCursor } } }`;

const READS = {
  me: { name: 'me', weight: 2, query: '{ me { id username roles officer { id name } branch { id name } } }' },
  pairings: {
    name: 'pairings',
    weight: 4,
    query: page(
      'pairings',
      'id status reason mentee { name } mentors { role officer { name } } overdue nextContactDue lastContactAt',
    ),
  },
  visits: {
    name: 'visits',
    weight: 3,
    query: page('visits', 'id kind occurredAt summary author { name } actionItems { id status }'),
  },
  talks: {
    name: 'talks',
    weight: 2,
    query: page('talks', 'id kind occurredAt topics talker { name } talkee { name }'),
  },
  actionItems: { name: 'actionItems', weight: 2, query: page('actionItems', 'id description dueDate status') },
  officers: { name: 'officers', weight: 2, query: page('officers', 'id name badgeNumber branch { name }') },
  dashboard: {
    name: 'dashboard',
    weight: 1,
    query: '{ dashboard { officersHelped overduePairings followUpVisits pairings { active } } }',
  },
} satisfies Record<string, Operation>;

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();

function writes(prefix: string, t: MentorTargets): Operation[] {
  const pairing = (n: number) => t.pairings[n % t.pairings.length];
  const item = (n: number) => [{ ownerId: pairing(n).menteeId, description: `负载测试事项 ${n}`, dueDate: day(14) }];
  return [
    {
      name: 'logVisit',
      weight: 4,
      query: 'mutation($input: LogVisitInput!) { logVisit(input: $input) { id actionItems { id } } }',
      variables: (n) => ({
        input: {
          pairingId: pairing(n).id,
          kind: 'HOME_VISIT',
          occurredAt: hourAgo(),
          summary: `负载测试走访 ${n}`,
          actionItems: item(n),
          clientKey: `${prefix}-visit-${n}`,
        },
      }),
    },
    {
      name: 'recordTalk',
      weight: 2,
      query: 'mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id actionItems { id } } }',
      variables: (n) => ({
        input: {
          talkeeId: pairing(n).menteeId,
          pairingId: pairing(n).id,
          kind: 'ROUTINE',
          occurredAt: hourAgo(),
          topics: `负载测试谈话 ${n}`,
          actionItems: item(n),
          clientKey: `${prefix}-talk-${n}`,
        },
      }),
    },
  ];
}

/** The accounts the script logs in as, and what each sends. */
export const ACCOUNTS = ['committee', 'secretary', 'mentor', 'officer', 'secretary2', 'mentor2', 'officer2'] as const;
export type Account = (typeof ACCOUNTS)[number];

export function operationsFor(account: Account, targets: MentorTargets | null): Operation[] {
  const r = READS;
  if (account === 'committee') return [r.me, r.pairings, r.visits, r.talks, r.officers, r.dashboard];
  if (account.startsWith('secretary')) return [r.me, r.pairings, r.visits, r.actionItems, r.officers, r.dashboard];
  if (account.startsWith('mentor') && targets) {
    return [r.me, r.pairings, r.visits, r.actionItems, ...writes(`load-${account}-${Date.now()}`, targets)];
  }
  return [r.me, r.pairings, r.visits, r.actionItems];
}

export const MENTOR_TARGETS = `query($m: ID!) {
  pairings(filter: { mentorId: $m, status: [ACTIVE] }, first: 20) { edges { node { id mentee { id } } } } }`;

/** A weighted pick; `random` in [0, 1). */
export function pick(ops: Operation[], random: number): Operation {
  const total = ops.reduce((n, o) => n + o.weight, 0);
  let x = random * total;
  for (const o of ops) {
    x -= o.weight;
    if (x < 0) return o;
  }
  return ops[ops.length - 1];
}
