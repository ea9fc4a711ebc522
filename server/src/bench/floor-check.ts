import { isDeepStrictEqual } from 'node:util';
import type { Cast } from './bench-cast.js';
import { post } from './bench-cast.js';
import type { BenchProcess } from './bench-process.js';
import { floorSql } from './floor-sql.js';
import { portalDocument, portalDocumentNode } from './portal-documents.js';

/**
 * The floor's routes: Q2 and Q3 under the viewer's scope as the permission rules state it (a
 * mentor reads the pairings they hold an open term on; a secretary those of their branch), with
 * the filter and the default order (live pairings: ACTIVE before IN_REVIEW, soonest due first,
 * then id) the server applies to these documents.
 */
export function floorRoutes(): Record<string, string> {
  const order = 'p.status, p.next_contact_due, p.id';
  return {
    q2: floorSql(portalDocumentNode('MentorHome'), {
      where: `p.status = 'ACTIVE' and exists (select 1 from pairing_mentor t
        where t.pairing_id = p.id and t.officer_id = $1 and t.ended_at is null)`,
      orderBy: order,
      first: 50,
    }),
    q3: floorSql(portalDocumentNode('PairingsList'), {
      where: `p.status in ('ACTIVE', 'IN_REVIEW') and p.branch_id = (select branch_id from officer where id = $1)`,
      orderBy: order,
      first: 20,
    }),
  };
}

/** Cursors are opaque and each side encodes its own; everything else must be equal. */
const OPAQUE = new Set(['cursor', 'endCursor']);
const strip = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(strip)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).flatMap(([k, x]) => (OPAQUE.has(k) ? [] : [[k, strip(x)]])))
      : v;

/** Where Tongxin's `data` and the floor's differ (cursors aside), or null when they agree. */
export const floorDifference = (tongxin: unknown, floor: unknown) => firstDifference(strip(tongxin), strip(floor));

function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: Tongxin ${JSON.stringify(a)?.slice(0, 200)} ≠ floor ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * Asks Tongxin and the floor the same questions for up to `sample` mentors and secretaries and
 * compares the answers. Returns the records compared; throws on the first difference.
 */
export async function checkFloor(tongxin: BenchProcess, floor: BenchProcess, cast: Cast, sample = 8) {
  let records = 0;
  const home = portalDocument('MentorHome');
  const list = portalDocument('PairingsList');
  const cases = [
    ...cast.mentors.slice(0, sample).map((m) => ({
      route: 'q2',
      viewer: m,
      payload: { query: home, variables: { mentorId: String(m.officerId) } },
    })),
    ...cast.secretaries.slice(0, sample).map((s) => ({
      route: 'q3',
      viewer: s,
      payload: { query: list, variables: { filter: {}, first: 20 } },
    })),
  ];
  for (const c of cases) {
    const t = await post(tongxin.port, c.payload, c.viewer.cookie);
    const f = await getFloor(floor.port, c.route, c.viewer.officerId);
    const tj = JSON.parse(t.body) as { data?: Record<string, { edges: unknown[] }>; errors?: unknown };
    if (tj.errors || !tj.data) throw new Error(`Tongxin ${c.route} for ${c.viewer.username}: ${t.body.slice(0, 300)}`);
    const diff = floorDifference(tj.data, (JSON.parse(f) as { data: unknown }).data);
    if (diff) throw new Error(`Tongxin and the floor disagree on ${c.route} for ${c.viewer.username}: ${diff}`);
    records += Object.values(tj.data).reduce((n, conn) => n + conn.edges.length, 0);
  }
  return records;
}

async function getFloor(port: number, route: string, viewer: number): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}/${route}?viewer=${viewer}`);
  if (res.status !== 200) throw new Error(`floor ${route}: HTTP ${res.status} ${await res.text()}`);
  return res.text();
}
