import { IDENTITY_FIELDS, RESTRICTED_FIELDS } from '@tongxin/schema';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema.js';
import { useDemoApp } from '../demo-suite.js';
import { isPostgres, type TestClient } from '../test-app.js';
import { type Pools, QueryGenerator, prng } from './query-generator.js';
import { type Db, type Person, TABLE_OF, access, loadDb, person } from './scope-oracle.js';

// A seeded schema-driven fuzz: random valid queries as every demo account, each answer checked
// against the scope worked out independently from the tables (scope-oracle.ts). It fails on any
// record outside the viewer's scope, any restricted field readable by someone it is hidden from,
// any 5xx and any error without a code or coded INTERNAL_SERVER_ERROR. Replay a failure with
// FUZZ_SEED=<seed> (and FUZZ_QUERIES=<n> for a longer run).

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_412);
// Issue 12 asks for a few thousand queries per demo role: `.ci/run` runs this file again with
// `FUZZ_QUERIES=2000` for every account (its "fuzz" step). The unit suite's default is a short pass
// (fewer on PostgreSQL, whose round trips are slower); docs/reliability.md has the figures.
const QUERIES_PER_ACCOUNT = Number(process.env.FUZZ_QUERIES ?? (isPostgres() ? 80 : 150));
// Queries in flight at once over keep-alive connections. The next batch is generated only after
// the last one's answers were taken in, in order, so a seed replays the same queries (at the same
// FUZZ_CONCURRENCY).
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
// Every demo account with a role; the accounts without content (admin, auditor) join when the demo has them.
const DEMO_ACCOUNTS = [
  'committee',
  'secretary',
  'mentor',
  'officer',
  'secretary2',
  'mentor2',
  'officer2',
  'admin',
  'auditor',
];
let ACCOUNTS: string[] = [];
const MAX_FAILURES = Number(process.env.FUZZ_MAX_FAILURES ?? 20);
const TIMELINE_TABLE: Record<string, keyof Db['rows']> = {
  VISIT: 'visit',
  TALK: 'talk',
  ACTION_ITEM: 'action_item',
  REVIEW: 'outcome_review',
};

const { t } = useDemoApp();
let schema: GraphQLSchema;
let db: Db;
const pools: Pools = { ids: [], cursors: [] };

beforeAll(async () => {
  schema = await buildAppSchema();
  db = await loadDb(t);
  for (const table of Object.values(db.rows)) for (const id of table.keys()) pools.ids.push(String(id));
  const usernames = new Set([...db.rows.officer.values()].map((r) => r.username));
  ACCOUNTS = DEMO_ACCOUNTS.filter((a) => usernames.has(a));
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(client: TestClient, query: string): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(client.cookie ? { cookie: client.cookie } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

/** Audit events are written while the fuzz runs (logins, confidential reads): read the new ones. */
async function refreshAuditEvents(answer: Answer) {
  if (!JSON.stringify(answer.body.data ?? null).includes('"AuditEvent"')) return;
  const rows = (await t.app.orm.em.fork().getConnection().execute('select * from audit_event')) as Record<
    string,
    unknown
  >[];
  for (const r of rows) db.rows.audit_event.set(Number(r.id), r);
}

/** What is wrong with one answer for this viewer; empty when nothing is. */
function problems(p: Person, answer: Answer): string[] {
  const out: string[] = [];
  if (answer.status >= 500) out.push(`HTTP ${answer.status}`);
  for (const e of answer.body.errors ?? []) {
    const code = e.extensions?.code;
    if (!code || code === 'INTERNAL_SERVER_ERROR') out.push(`uncoded or internal error: ${JSON.stringify(e)}`);
  }
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}.${i}`));
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    const type = o.__typename as string | undefined;
    const table = type ? TABLE_OF[type] : undefined;
    if (table && o.id != null) {
      const extent = access(db, p, table, Number(o.id));
      const shown = Object.keys(o).filter((k) => o[k] != null && k !== '__typename');
      if (!extent) {
        const identity = (IDENTITY_FIELDS as Record<string, readonly string[] | undefined>)[type!] ?? [];
        const beyond = shown.filter((k) => !identity.includes(k));
        if (beyond.length)
          out.push(`${path}: ${type} ${String(o.id)} is outside the scope, yet shows ${beyond.join(', ')}`);
      } else if (extent === 'limited') {
        const restricted = (RESTRICTED_FIELDS as Record<string, readonly string[] | undefined>)[type!] ?? [];
        const leaked = shown.filter((k) => restricted.includes(k));
        if (leaked.length)
          out.push(`${path}: ${type} ${String(o.id)} shows ${leaked.join(', ')} to the person it is about`);
      }
    }
    if (type === 'TimelineEntry' && typeof o.id === 'string') {
      const [kind, recordId] = o.id.split(':');
      const source = TIMELINE_TABLE[kind];
      if (source && !access(db, p, source, Number(recordId)))
        out.push(`${path}: timeline entry ${o.id} is outside the scope`);
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`);
  };
  visit(answer.body.data, 'data');
  return out;
}

/** Cursors from the answers, to page with (and to tamper with) in later queries. */
function collectCursors(value: unknown) {
  if (Array.isArray(value)) return value.forEach(collectCursors);
  if (!value || typeof value !== 'object') return;
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'endCursor' || k === 'cursor') && typeof v === 'string' && pools.cursors.length < 500)
      pools.cursors.push(v);
    else collectCursors(v);
  }
}

describe(`schema-driven fuzz (seed ${SEED}, ${CONCURRENCY} queries at a time)`, () => {
  it.each(DEMO_ACCOUNTS)(
    'answers random queries as %s inside their scope, with coded errors only',
    async (account) => {
      if (!ACCOUNTS.includes(account)) return; // not in this demo
      const seed = SEED + DEMO_ACCOUNTS.indexOf(account);
      const client = await t.login(account);
      const p = person(db, account);
      const generator = new QueryGenerator(schema, prng(seed), pools);
      const total = QUERIES_PER_ACCOUNT;
      const failures: string[] = [];
      let answered = 0;
      const started = performance.now();
      for (let i = 0; i < total && failures.length < MAX_FAILURES; i += CONCURRENCY) {
        const queries = Array.from({ length: Math.min(CONCURRENCY, total - i) }, () => generator.query());
        const answers = await Promise.all(queries.map((q) => post(client, q)));
        for (const [j, answer] of answers.entries()) {
          answered++;
          collectCursors(answer.body.data);
          await refreshAuditEvents(answer);
          for (const problem of problems(p, answer))
            failures.push(`[seed ${seed}, ${account}, query #${i + j}] ${problem}\n  ${queries[j]}`);
        }
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        `fuzz ${account} (${isPostgres() ? 'PostgreSQL' : 'SQLite'}): ${answered} queries in ${seconds.toFixed(1)} s`,
      );
      if (failures.length) console.error(`replay with FUZZ_SEED=${SEED}\n${failures.join('\n')}`);
      expect(failures).toEqual([]);
      expect(answered).toBe(total);
    },
    600_000,
  );
});
