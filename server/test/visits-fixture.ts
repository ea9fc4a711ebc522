import type { PairingStatus } from '@tongxin/schema';
import { expect } from 'vitest';
import { ActionItem } from '../src/modules/action-items/action-item.entity.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { Talk } from '../src/modules/talks/talk.entity.js';
import { Visit } from '../src/modules/visits/visit.entity.js';
import { makePairing } from './factory.js';
import { countQueries, type GqlResult, type TestApp, type TestClient } from './test-app.js';

// Shared by the visit, talk and action-item suites: the demo accounts, their ids (looked up, never
// hard-coded) and direct counts of what is in the database, to prove a refusal wrote nothing.

export const ACCOUNTS = ['committee', 'secretary', 'mentor', 'officer', 'secretary2', 'mentor2', 'officer2'] as const;
export type Account = (typeof ACCOUNTS)[number];

export interface Demo {
  as: Record<Account, TestClient>;
  id: Record<Account, string>;
  /** The ACTIVE pairing of `officer` (mentor: `mentor`) and of `officer2` (mentor: `mentor2`). */
  pairingA: string;
  pairingB: string;
}

export async function loadDemo(t: TestApp): Promise<Demo> {
  const as = {} as Record<Account, TestClient>;
  const id = {} as Record<Account, string>;
  for (const name of ACCOUNTS) {
    as[name] = await t.login(name);
    const me = await as[name].gql('{ me { id } }');
    id[name] = me.data?.me.id;
  }
  const em = t.app.orm.em.fork();
  const a = await em.findOneOrFail(Pairing, { mentee: Number(id.officer) });
  const b = await em.findOneOrFail(Pairing, { mentee: Number(id.officer2) });
  return { as, id, pairingA: String(a.id), pairingB: String(b.id) };
}

/** A further pairing straight in the database, for states the demo does not have. */
export async function addPairing(
  t: TestApp,
  opts: { menteeId: string; mentorIds: string[]; status?: PairingStatus; startDate?: string },
): Promise<string> {
  const em = t.app.orm.em.fork();
  const mentee = await em.findOneOrFail(Officer, Number(opts.menteeId));
  const [lead, ...supports] = opts.mentorIds.map((m) => em.getReference(Officer, Number(m)));
  const pairing = makePairing(em, {
    mentee,
    lead,
    supports,
    status: opts.status ?? 'ACTIVE',
    ...(opts.startDate ? { startDate: opts.startDate } : {}),
  });
  await em.flush();
  return String(pairing.id);
}

/** Rows in the tables a refused mutation must not touch. */
export async function counts(t: TestApp) {
  const em = t.app.orm.em.fork();
  return {
    visits: await em.count(Visit, {}),
    talks: await em.count(Talk, {}),
    items: await em.count(ActionItem, {}),
    openItems: await em.count(ActionItem, { status: 'OPEN' }),
    audit: await em.count(AuditEvent, {}),
  };
}

export async function pairingRow(t: TestApp, id: string) {
  return t.app.orm.em.fork().findOneOrFail(Pairing, Number(id));
}

export function expectOk<T = Record<string, any>>(res: GqlResult<T>): T {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

export const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/**
 * Statements a list query costs beyond resolving the session: one for the page plus at most one
 * per relation or nested list named in the query, however many rows come back (no N+1).
 */
export async function listStatements(t: TestApp, client: TestClient, query: string, variables = {}) {
  const session = (await countQueries(t, () => client.gql('{ __typename }'))).length;
  let result: GqlResult = {};
  const statements = await countQueries(t, async () => {
    result = await client.gql(query, variables);
  });
  return { count: statements.length - session, statements, result };
}

const LOG_WITH_ITEMS = `mutation($input: LogVisitInput!) { logVisit(input: $input) {
  id actionItems { id version status dueDate owner { id } } } }`;

export interface LoggedItem {
  id: string;
  version: number;
  status: string;
  dueDate: string;
  owner: { id: string };
}

/** `mentor` logs a visit on pairing A with `input` (its action items among it); the items come back in input order. */
export async function logVisitWithItems(d: Demo, input: Record<string, unknown>): Promise<LoggedItem[]> {
  const res = await d.as.mentor.gql(LOG_WITH_ITEMS, { input: { pairingId: d.pairingA, ...input } });
  return expectOk(res).logVisit.actionItems;
}
