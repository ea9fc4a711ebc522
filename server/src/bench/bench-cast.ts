import http from 'node:http';
import pg from 'pg';

/**
 * The people the scenarios run as: accounts found in the bench database by role, up to `max` of
 * each spread evenly over the province, each logged in through the real login mutation (a real
 * session per account). Mentors come with their ACTIVE pairings, secretaries with their branch's
 * ACTIVE pairings and versions (for updatePairing).
 */
export interface Viewer {
  username: string;
  officerId: number;
  branchId: number;
  cookie: string;
}
export interface MentorViewer extends Viewer {
  pairings: number[];
}
export interface SecretaryViewer extends Viewer {
  pairings: { id: number; version: number }[];
}
export interface Cast {
  mentors: MentorViewer[];
  secretaries: SecretaryViewer[];
  committee: Viewer[];
}

const PASSWORD = 'tongxin-demo';

interface Row {
  id: number;
  username: string;
  branch_id: number;
  pairings: { id: number; version: number }[];
}

const MENTORS = `select o.id, o.username, o.branch_id,
    json_agg(json_build_object('id', p.id, 'version', p.version) order by p.id) as pairings
  from officer o join pairing_mentor m on m.officer_id = o.id and m.ended_at is null
  join pairing p on p.id = m.pairing_id and p.status = 'ACTIVE'
  where o.roles ? 'MENTOR' and o.password_hash is not null and not o.account_disabled
  group by o.id order by o.id`;
const SECRETARIES = `select o.id, o.username, o.branch_id,
    json_agg(json_build_object('id', p.id, 'version', p.version) order by p.id) as pairings
  from officer o join pairing p on p.branch_id = o.branch_id and p.status = 'ACTIVE'
  where o.roles ? 'SECRETARY' and o.password_hash is not null and not o.account_disabled
  group by o.id order by o.id`;
const COMMITTEE = `select o.id, o.username, o.branch_id, '[]'::json as pairings from officer o
  where o.roles ? 'COMMITTEE' and o.password_hash is not null and not o.account_disabled order by o.id`;

/** Up to `max` rows spread evenly over the list (the first, the last and those between). */
const spread = <T>(rows: T[], max: number) =>
  rows.length <= max ? rows : Array.from({ length: max }, (_, i) => rows[Math.floor((i * rows.length) / max)]);

export async function castOf(databaseUrl: string, port: number, max: number): Promise<Cast> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  let rows: Row[][];
  try {
    rows = [];
    for (const sql of [MENTORS, SECRETARIES, COMMITTEE]) rows.push(spread((await db.query<Row>(sql)).rows, max));
  } finally {
    await db.end();
  }
  const [mentors, secretaries, committee] = await Promise.all(rows.map((r) => loginAll(port, r)));
  if (!mentors.length || !secretaries.length || !committee.length) {
    throw new Error('the bench database needs mentor, secretary and committee accounts');
  }
  return {
    mentors: mentors.map((v) => ({ ...v, pairings: v.pairings.map((p) => p.id) })),
    secretaries,
    committee: committee.map(({ pairings: _, ...v }) => v),
  };
}

async function loginAll(port: number, rows: Row[]) {
  const out: (Viewer & { pairings: Row['pairings'] })[] = [];
  // Four at a time: each login verifies an argon2 hash, which is meant to be slow.
  for (let i = 0; i < rows.length; i += 4) {
    const batch = rows.slice(i, i + 4);
    const cookies = await Promise.all(batch.map((r) => login(port, r.username)));
    batch.forEach((r, j) =>
      out.push({
        username: r.username,
        officerId: r.id,
        branchId: r.branch_id,
        cookie: cookies[j],
        pairings: r.pairings,
      }),
    );
  }
  return out;
}

export async function login(port: number, username: string): Promise<string> {
  const res = await post(port, {
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
    variables: { u: username, p: PASSWORD },
  });
  const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
  if (!cookie || res.body.includes('"errors"')) throw new Error(`login ${username}: ${res.body.slice(0, 300)}`);
  return cookie;
}

/** One request outside the load (logins, the floor check). */
export function post(port: number, payload: object, cookie?: string, pathname = '/graphql') {
  const body = JSON.stringify(payload);
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(cookie ? { cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Size S is the demo bureau, whose program accounts are one or two per role. For the bench its
 * other mentors of live pairings and the secretaries who created pairings get accounts too (with
 * the demo password), so S spreads over as many sessions as its people allow.
 */
export async function openDemoAccounts(databaseUrl: string) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hash = `(select password_hash from officer where username = 'mentor')`;
    await db.query(`update officer o set username = 'b-mentor-' || o.id, password_hash = ${hash},
        roles = '["MENTOR"]'::jsonb
      where o.username is null and o.id in (select m.officer_id from pairing_mentor m
        join pairing p on p.id = m.pairing_id where m.ended_at is null and p.status in ('ACTIVE', 'IN_REVIEW'))`);
    await db.query(`update officer o set username = 'b-sec-' || o.id, password_hash = ${hash},
        roles = '["SECRETARY"]'::jsonb
      where o.username is null and o.id in (select p.created_by_id from pairing p where p.branch_id = o.branch_id)`);
  } finally {
    await db.end();
  }
}

/** The pairings' current versions (for updatePairing after a window's unanswered requests). */
export async function pairingVersions(databaseUrl: string, ids: number[]): Promise<Map<number, number>> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const rows = (
      await db.query<{ id: number; version: number }>('select id, version from pairing where id = any($1)', [ids])
    ).rows;
    return new Map(rows.map((r) => [r.id, r.version]));
  } finally {
    await db.end();
  }
}
