import { expect } from 'vitest';
import type { HttpAnswer, HttpClient, Sql } from './child-server.js';

// A mentor's stream of logVisit and recordTalk mutations, each with action items and a clientKey,
// and the SQL that checks what a fault left behind.

const LOG_VISIT = `mutation($input: LogVisitInput!) { logVisit(input: $input) { id actionItems { id } } }`;
const RECORD_TALK = `mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id actionItems { id } } }`;
const TARGETS = `query($m: ID!) { me { officer { id } }
  pairings(filter: { mentorId: $m, status: [ACTIVE] }, first: 20) { edges { node { id mentee { id } } } } }`;
const ME = `{ me { officer { id } } }`;

export interface Targets {
  mentorId: string;
  pairings: { id: string; menteeId: string }[];
}

export async function mentorTargets(client: HttpClient): Promise<Targets> {
  const me = await client.gql(ME);
  const mentorId = me.json?.data?.me?.officer?.id as string;
  const res = await client.gql(TARGETS, { m: mentorId });
  const pairings = (res.json?.data?.pairings?.edges ?? []).map((e: any) => ({
    id: e.node.id as string,
    menteeId: e.node.mentee.id as string,
  }));
  if (!mentorId || pairings.length === 0) throw new Error(`the demo mentor has no active pairing: ${res.text}`);
  return { mentorId, pairings };
}

export type RecordKind = 'visit' | 'talk';

export interface Mutation {
  kind: RecordKind;
  clientKey: string;
  items: number;
  query: string;
  variables: Record<string, unknown>;
}

export type Outcome =
  | { state: 'ok'; id: string }
  /** An HTTP answer with errors: the mutation was refused or failed. */
  | { state: 'error'; answer: HttpAnswer }
  /** No answer: the connection died with the request in flight. */
  | { state: 'lost' };

export interface Sent extends Mutation {
  outcome: Outcome;
}

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The n-th mutation of a stream: visits and talks alternate, with 1–3 action items each. */
export function mutation(n: number, targets: Targets, prefix: string): Mutation {
  const pairing = targets.pairings[n % targets.pairings.length];
  const kind: RecordKind = n % 2 === 0 ? 'visit' : 'talk';
  const clientKey = `${prefix}-${kind}-${n}`;
  const items = 1 + (n % 3);
  const actionItems = Array.from({ length: items }, (_, i) => ({
    ownerId: i % 2 === 0 ? pairing.menteeId : targets.mentorId,
    description: `整改事项 ${n}.${i}`,
    dueDate: day(14 + i),
  }));
  // An hour ago: never in the future, always after the demo pairings started.
  const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
  if (kind === 'visit') {
    return {
      kind,
      clientKey,
      items,
      query: LOG_VISIT,
      variables: {
        input: {
          pairingId: pairing.id,
          kind: 'HOME_VISIT',
          occurredAt,
          summary: `走访记录 ${n}`,
          actionItems,
          clientKey,
        },
      },
    };
  }
  return {
    kind,
    clientKey,
    items,
    query: RECORD_TALK,
    variables: {
      input: {
        talkeeId: pairing.menteeId,
        pairingId: pairing.id,
        kind: 'ROUTINE',
        occurredAt,
        topics: `谈心谈话 ${n}`,
        actionItems,
        clientKey,
      },
    },
  };
}

export async function send(client: HttpClient, m: Mutation): Promise<Outcome> {
  let answer: HttpAnswer;
  try {
    answer = await client.gql(m.query, m.variables);
  } catch {
    return { state: 'lost' };
  }
  const record = answer.json?.data?.[m.kind === 'visit' ? 'logVisit' : 'recordTalk'];
  if (record?.id && !answer.json?.errors?.length) {
    expect(record.actionItems, answer.text).toHaveLength(m.items);
    return { state: 'ok', id: String(record.id) };
  }
  return { state: 'error', answer };
}

export interface StreamOptions {
  client: HttpClient;
  targets: Targets;
  prefix: string;
  workers: number;
  /** Sequence numbers start here (so that rounds do not reuse clientKeys). */
  from?: number;
  /** Checked before each send; the stream ends when it is true. */
  stop: () => boolean;
  onSent?: (sent: Sent) => void;
}

/** `workers` concurrent senders, each sending its next mutation as soon as the last one answered. */
export async function runStream(options: StreamOptions): Promise<Sent[]> {
  const sent: Sent[] = [];
  let next = options.from ?? 0;
  const worker = async () => {
    while (!options.stop()) {
      const m = mutation(next++, options.targets, options.prefix);
      const s = { ...m, outcome: await send(options.client, m) };
      sent.push(s);
      options.onSent?.(s);
      if (s.outcome.state === 'lost') return;
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return sent;
}

interface RecordRow {
  id: number | string;
  client_key: string;
  items: number | string;
  audits: number | string;
}

/** Every record of the stream with its action items and its audit event, straight from SQL. */
export async function streamRecords(sql: Sql, prefix: string): Promise<Map<string, RecordRow & { kind: RecordKind }>> {
  const rows = new Map<string, RecordRow & { kind: RecordKind }>();
  for (const [kind, table, action, column] of [
    ['visit', 'visit', 'logVisit', 'visit_id'],
    ['talk', 'talk', 'recordTalk', 'talk_id'],
  ] as const) {
    const found = await sql.all<RecordRow>(
      `select r.id, r.client_key,
         (select count(*) from action_item a where a.${column} = r.id) as items,
         (select count(*) from audit_event e
           where e.action = ? and e.subject_id = cast(r.id as varchar(32))) as audits
       from ${table} r where r.client_key like ?`,
      [action, `${prefix}-%`],
    );
    for (const row of found) rows.set(row.client_key, { ...row, kind });
  }
  return rows;
}

/**
 * What must hold after any fault: every mutation answered with success is stored under its
 * clientKey with that id, and no record of the stream lacks its action items or its audit event.
 */
export async function expectNothingLostOrHalfWritten(sql: Sql, prefix: string, sent: Sent[]) {
  const rows = await streamRecords(sql, prefix);
  const planned = new Map(sent.map((s) => [s.clientKey, s]));
  for (const s of sent) {
    if (s.outcome.state !== 'ok') continue;
    const row = rows.get(s.clientKey);
    expect(row, `${s.clientKey} was answered with success but is not stored`).toBeDefined();
    expect(String(row!.id)).toBe(s.outcome.id);
  }
  for (const [key, row] of rows) {
    const s = planned.get(key);
    expect(s, `${key} is stored but was never sent`).toBeDefined();
    expect(Number(row.items), `${row.kind} ${key}: action items`).toBe(s!.items);
    expect(Number(row.audits), `${row.kind} ${key}: audit events`).toBe(1);
  }
  return rows;
}

/** Row counts of the tables a mutation writes. */
export async function tableCounts(sql: Sql) {
  const counts: Record<string, number> = {};
  for (const table of ['visit', 'talk', 'action_item', 'audit_event']) {
    const [row] = await sql.all<{ n: number | string }>(`select count(*) as n from ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}
