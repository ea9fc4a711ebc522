import type { Cast, SecretaryViewer } from './bench-cast.js';
import { portalDocument } from './portal-documents.js';

/**
 * The scenarios, each as the role that runs it, round-robin over the cast's sessions:
 * Q1 pairing(id) with mentee and mentors (a mentor), Q2 the mentor's home (the portal's
 * MentorHome), Q3 a secretary's pairings page (the portal's PairingsList, 20 a page, the default
 * order: overdue first), Q4 the committee's dashboard of the bureau (the portal's Dashboard),
 * M1 logVisit (a mentor, the portal's LogVisit), M2 updatePairing with the version last read
 * (a secretary, the portal's UpdatePairing), and the mix: 80 % reads, 20 % writes. F2 and F3 are
 * the floor's answers to Q2 and Q3 for the same viewers.
 */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  cookie?: string;
  /** Called with the response; returns false when it is an error (GraphQL errors included). */
  done?: (status: number, body: string) => boolean;
}

export interface Scenario {
  name: string;
  target: 'tongxin' | 'floor';
  next(): BenchRequest;
  /** Fewer connections than asked when the scenario has fewer independent rows to write. */
  maxConnections?: number;
  /** Before each window, once the server is idle: forget what the last window left unanswered. */
  reset?: () => Promise<void>;
}

/** The current version of each pairing, read from the database. */
export type VersionsOf = (ids: number[]) => Promise<Map<number, number>>;

const Q1 = `query Q1($id: ID!) { pairing(id: $id) { id status mentee { id name } mentors { role officer { id name } } } }`;

const ok = (status: number, body: string) => status === 200 && !body.includes('"errors"');
const graphql = (query: string, variables: object, cookie: string, done = ok): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
  cookie,
  done,
});

/**
 * The secretaries' pairings for updatePairing, each with the version last read. A pairing is
 * lent to one request at a time: two concurrent edits of one pairing are a CONFLICT by design,
 * which is not what M2 measures.
 */
class VersionedPool {
  private readonly items: { s: SecretaryViewer; id: number; version: number; busy: boolean }[];
  private n = 0;
  constructor(secretaries: SecretaryViewer[]) {
    // Interleaved over the secretaries so consecutive edits come from different sessions.
    const longest = Math.max(...secretaries.map((s) => s.pairings.length));
    this.items = [];
    for (let i = 0; i < longest; i++) {
      for (const s of secretaries) if (s.pairings[i]) this.items.push({ s, ...s.pairings[i], busy: false });
    }
  }
  get size() {
    return this.items.length;
  }
  /**
   * The requests autocannon dropped at the end of a window were answered all the same: the
   * versions are read again and nothing is lent any more.
   */
  async reset(versionsOf: VersionsOf) {
    const versions = await versionsOf(this.items.map((i) => i.id));
    for (const item of this.items) {
      item.version = versions.get(item.id) ?? item.version;
      item.busy = false;
    }
  }
  next(): BenchRequest {
    let item = this.items[this.n++ % this.items.length];
    for (let i = 0; item.busy && i < this.items.length; i++) item = this.items[this.n++ % this.items.length];
    item.busy = true;
    const n = this.n;
    return graphql(
      UPDATE,
      { input: { id: String(item.id), version: item.version, goals: `压力测试：帮扶目标第 ${n} 次修订` } },
      item.s.cookie,
      (status, body) => {
        item.busy = false;
        const version = /"version":(\d+)/.exec(body)?.[1];
        if (version) item.version = Number(version);
        return ok(status, body);
      },
    );
  }
}

let UPDATE = '';

export function scenarios(cast: Cast, versionsOf: VersionsOf): Scenario[] {
  UPDATE = portalDocument('UpdatePairing');
  const home = portalDocument('MentorHome');
  const list = portalDocument('PairingsList');
  const dashboard = portalDocument('Dashboard');
  const logVisit = portalDocument('LogVisit');
  const versions = new VersionedPool(cast.secretaries);
  const reset = () => versions.reset(versionsOf);
  const counters = new Map<string, number>();
  const tick = (name: string) => {
    const n = (counters.get(name) ?? 0) + 1;
    counters.set(name, n);
    return n;
  };
  const mentor = (n: number) => cast.mentors[n % cast.mentors.length];
  const secretary = (n: number) => cast.secretaries[n % cast.secretaries.length];
  const runId = Date.now().toString(36);

  const reads: Record<string, () => BenchRequest> = {
    Q1: () => {
      const n = tick('Q1');
      const m = mentor(n);
      return graphql(Q1, { id: String(m.pairings[n % m.pairings.length]) }, m.cookie);
    },
    Q2: () => {
      const m = mentor(tick('Q2'));
      return graphql(home, { mentorId: String(m.officerId) }, m.cookie);
    },
    Q3: () => graphql(list, { filter: {}, first: 20 }, secretary(tick('Q3')).cookie),
    Q4: () => {
      const n = tick('Q4');
      return graphql(dashboard, { from: null, to: null }, cast.committee[n % cast.committee.length].cookie);
    },
  };
  const writes: Record<string, () => BenchRequest> = {
    M1: () => {
      const n = tick('M1');
      const m = mentor(n);
      const input = {
        pairingId: String(m.pairings[n % m.pairings.length]),
        kind: 'HOME_VISIT',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        summary: `压力测试走访记录 ${n}`,
        clientKey: `bench-${runId}-${n}`,
      };
      return graphql(logVisit, { input }, m.cookie);
    },
    M2: () => versions.next(),
  };
  const MIX: [string, number][] = [
    ['Q1', 15],
    ['Q2', 30],
    ['Q3', 25],
    ['Q4', 10],
    ['M1', 15],
    ['M2', 5],
  ];
  const all = { ...reads, ...writes };
  const floor = (route: string, viewer: () => number): Scenario => ({
    name: route.toUpperCase().replace('Q', 'F'),
    target: 'floor',
    next: () => ({ method: 'GET', path: `/${route}?viewer=${viewer()}`, done: ok }),
  });
  return [
    ...Object.entries(reads).map(([name, next]): Scenario => ({ name, target: 'tongxin', next })),
    { name: 'M1', target: 'tongxin', next: writes.M1 },
    { name: 'M2', target: 'tongxin', next: writes.M2, maxConnections: versions.size, reset },
    {
      name: 'mix',
      target: 'tongxin',
      next: () => {
        // A fixed permutation of 100 rather than random draws: every run sends the same sequence.
        let k = (tick('mix') * 37) % 100;
        for (const [name, weight] of MIX) {
          if (k < weight) return all[name]();
          k -= weight;
        }
        return all.Q2();
      },
      maxConnections: versions.size * 4,
      reset,
    },
    floor('q2', () => mentor(tick('F2')).officerId),
    floor('q3', () => secretary(tick('F3')).officerId),
  ];
}
