import type { DeviceDb, LastAccount } from './device-db';

// The mentor's live pairings (and what the visit and talk forms load) readable with no signal.
// Every answer the server gives to one of OFFLINE_OPERATIONS is kept in IndexedDB under the account
// that fetched it; when fetch fails at the transport level (no network), the kept answer is served
// instead, and the header says the portal is offline and how old the data is. Only these queries
// are kept, only whole answers without errors, and nothing of another account is ever served:
// the account is the one of the last `me` answer, and logging out removes all of it.

/** The queries the mentor's home and record forms need offline. */
export const OFFLINE_OPERATIONS = new Set([
  'Me',
  'MentorHome',
  'LogVisitPairing',
  'TalkeeOptions',
  'OfficerById',
  'TalkeePairings',
]);

export interface OfflineStatus {
  /** The last GraphQL request failed at the transport level and kept answers are being shown. */
  fromDevice: boolean;
  /** When the shown account's answers were last stored. */
  syncedAt: string | null;
}

let status: OfflineStatus = { fromDevice: false, syncedAt: null };
const listeners = new Set<() => void>();

function setStatus(next: Partial<OfflineStatus>) {
  const merged = { ...status, ...next };
  if (merged.fromDevice === status.fromDevice && merged.syncedAt === status.syncedAt) return;
  status = merged;
  listeners.forEach((l) => l());
}

export const offlineStatus = () => status;

export function subscribeOfflineStatus(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

let db: DeviceDb | null = null;
let current: LastAccount | null = null;
let generation = 0;

/** Changes whenever every kept answer was deleted (logout, session end): what was synced must be fetched again. */
export const keptAnswersGeneration = () => generation;

/** Installs the device database; without it (tests, no IndexedDB) requests pass straight through. */
export async function installAnswerDb(next: DeviceDb | null) {
  db = next;
  current = next ? ((await next.get('meta', 'lastAccount')) ?? null) : null;
  setStatus({ fromDevice: false, syncedAt: current?.syncedAt ?? null });
}

const answerKey = (account: string, operation: string, variables: unknown) =>
  `${account}\u0000${operation}\u0000${JSON.stringify(variables ?? {})}`;

interface GraphQLBody {
  operationName?: string;
  variables?: unknown;
}

function offlineOperation(init: RequestInit | undefined): GraphQLBody | null {
  if (typeof init?.body !== 'string') return null;
  try {
    const body = JSON.parse(init.body) as GraphQLBody;
    return body.operationName && OFFLINE_OPERATIONS.has(body.operationName) ? body : null;
  } catch {
    return null;
  }
}

async function keep(op: GraphQLBody, text: string) {
  if (!db) return;
  let parsed: { data?: { me?: { id?: string } | null } | null; errors?: { extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    return;
  }
  const now = new Date().toISOString();
  if (op.operationName === 'Me') {
    const me = parsed.data?.me;
    if (!me?.id) {
      // Nobody is logged in (the session ended): no account's answers may be shown any more.
      if (parsed.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) await forgetAll();
      return;
    }
    // Another account on this device: the previous one's answers go.
    if (current && current.account !== me.id) await forgetAccount(current.account);
    current = { account: me.id, syncedAt: current?.account === me.id ? current.syncedAt : now };
  }
  if (!current || parsed.errors?.length || !parsed.data) return;
  current = { account: current.account, syncedAt: now };
  const tx = db.transaction(['answers', 'meta'], 'readwrite');
  void tx
    .objectStore('answers')
    .put(
      { account: current.account, body: text, savedAt: now },
      answerKey(current.account, op.operationName!, op.variables),
    );
  void tx.objectStore('meta').put(current, 'lastAccount');
  await tx.done;
  setStatus({ syncedAt: now });
}

async function kept(op: GraphQLBody): Promise<Response | null> {
  if (!db || !current) return null;
  const answer = await db.get('answers', answerKey(current.account, op.operationName!, op.variables));
  if (!answer) return null;
  setStatus({ fromDevice: true, syncedAt: current.syncedAt });
  return new Response(answer.body, {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-tongxin-kept-at': answer.savedAt },
  });
}

/**
 * Wraps the API client's fetch: keeps the answers of the offline queries, and serves them when the
 * network is gone. Any other request, and any failure other than "no network", passes unchanged.
 */
export function withOfflineAnswers(base: typeof fetch): typeof fetch {
  return async (input, init) => {
    const op = offlineOperation(init);
    let res: Response;
    try {
      res = await base(input, init);
    } catch (error) {
      const answer = op ? await kept(op).catch(() => null) : null;
      if (answer) return answer;
      if (db) setStatus({ fromDevice: true });
      throw error;
    }
    if (db) setStatus({ fromDevice: false });
    if (op && res.ok) await keep(op, await res.clone().text()).catch(() => undefined);
    return res;
  };
}

async function forgetAccount(account: string) {
  if (!db) return;
  const tx = db.transaction('answers', 'readwrite');
  for (const key of await tx.store.index('account').getAllKeys(account)) void tx.store.delete(key);
  await tx.done;
}

async function forgetAll() {
  current = null;
  generation += 1;
  setStatus({ fromDevice: false, syncedAt: null });
  if (!db) return;
  const tx = db.transaction(['answers', 'meta'], 'readwrite');
  void tx.objectStore('answers').clear();
  void tx.objectStore('meta').delete('lastAccount');
  await tx.done;
}

/** Logging out: every kept answer on this device goes, and no account is remembered. */
export const clearOfflineAnswers = () => forgetAll();
