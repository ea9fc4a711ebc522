import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '@tongxin/schema';

/**
 * The two reads every request makes before anything else (its session and what the permission
 * rules need to know about its viewer), as plain SQL rows rather than managed entities: they are
 * read on every request and never changed through the entity, so hydrating and tracking them is
 * pure cost. Column names are the migrations'; the statements run on SQLite and PostgreSQL alike.
 */

/** A session with the account facts of its officer. */
export interface SessionRow {
  id: number;
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
  officer: {
    id: number;
    bureauId: number;
    branchId: number;
    roles: Role[];
    mustChangePassword: boolean;
    disabled: boolean;
    accountDisabled: boolean;
  };
}

/** The pairings an officer currently mentors (with their mentees) and the forums they attended. */
export interface ViewerLinks {
  mentoredPairingIds: number[];
  menteeIds: number[];
  attendedForumIds: number[];
}

// SQLite gives dates as the number MikroORM wrote (or its text), booleans as 0/1 and JSON as text;
// PostgreSQL gives Date, boolean and parsed JSON.
const toDate = (value: unknown): Date =>
  value instanceof Date
    ? value
    : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as number));
const toBool = (value: unknown) => value === true || value === 1 || value === '1' || value === 'true';
const toRoles = (value: unknown): Role[] => {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as Role[]) : [];
};

// The session with its officer, then (the same token) the officer's open mentor terms and
// attended forums, in one statement: every request makes it before anything else.
const SESSION = `select 'S' as kind, s.id, s.last_seen_at, s.absolute_expires_at, o.id as officer_id, o.bureau_id,
  o.branch_id, o.roles, o.must_change_password, o.disabled, o.account_disabled, null as mentee_id
  from "session" s join officer o on o.id = s.officer_id where s.token_hash = ?
  union all
  select 'P', pm.pairing_id, null, null, null, null, null, null, null, null, null, p.mentee_id
  from "session" s join pairing_mentor pm on pm.officer_id = s.officer_id join pairing p on p.id = pm.pairing_id
  where s.token_hash = ? and pm.ended_at is null
  union all
  select 'F', fa.forum_id, null, null, null, null, null, null, null, null, null, null
  from "session" s join forum_attendance fa on fa.officer_id = s.officer_id
  where s.token_hash = ? and fa.present = ?
  order by 1 desc, 2`;

interface RawSession {
  kind: string;
  id: number | string;
  last_seen_at: unknown;
  absolute_expires_at: unknown;
  officer_id: number | string;
  bureau_id: number | string;
  branch_id: number | string;
  roles: unknown;
  must_change_password: unknown;
  disabled: unknown;
  account_disabled: unknown;
  mentee_id: number | string | null;
}

/**
 * The session of a token hash with its officer and the officer's links (see findViewerLinks); one
 * statement, from the primary even when reads go to a replica (a new login or a logout counts at
 * once on every instance).
 */
export async function findSession(
  em: EntityManager,
  tokenHash: string,
): Promise<(SessionRow & { links: ViewerLinks }) | null> {
  const rows = await em
    .getConnection('write')
    .execute<RawSession[]>(SESSION, [tokenHash, tokenHash, tokenHash, true], 'all');
  const row = rows.find((r: RawSession) => r.kind === 'S');
  if (!row) return null;
  return {
    links: linksOf(rows),
    id: Number(row.id),
    lastSeenAt: toDate(row.last_seen_at),
    absoluteExpiresAt: toDate(row.absolute_expires_at),
    officer: {
      id: Number(row.officer_id),
      bureauId: Number(row.bureau_id),
      branchId: Number(row.branch_id),
      roles: toRoles(row.roles),
      mustChangePassword: toBool(row.must_change_password),
      disabled: toBool(row.disabled),
      accountDisabled: toBool(row.account_disabled),
    },
  };
}

// A handed-over term (ended_at set) no longer counts; an absent attendee attended nothing.
const LINKS = `select 'P' as kind, pm.pairing_id as id, p.mentee_id as mentee_id
  from pairing_mentor pm join pairing p on p.id = pm.pairing_id
  where pm.officer_id = ? and pm.ended_at is null
  union all
  select 'F' as kind, fa.forum_id as id, null as mentee_id
  from forum_attendance fa where fa.officer_id = ? and fa.present = ?
  order by 1, 2`;

/** What the permission rules need to know about an officer's pairings and forums; one statement. */
export async function findViewerLinks(em: EntityManager, officerId: number): Promise<ViewerLinks> {
  const rows = await em
    .getConnection()
    .execute<{ kind: string; id: number | string; mentee_id: number | string | null }[]>(
      LINKS,
      [officerId, officerId, true],
      'all',
      em.getTransactionContext(),
    );
  return linksOf(rows);
}

function linksOf(rows: { kind: string; id: number | string; mentee_id: number | string | null }[]): ViewerLinks {
  const pairingIds = new Set<number>();
  const menteeIds = new Set<number>();
  const forumIds: number[] = [];
  for (const row of rows) {
    if (row.kind === 'F') forumIds.push(Number(row.id));
    else if (row.kind === 'P') {
      pairingIds.add(Number(row.id));
      if (row.mentee_id != null) menteeIds.add(Number(row.mentee_id));
    }
  }
  return { mentoredPairingIds: [...pairingIds], menteeIds: [...menteeIds], attendedForumIds: forumIds };
}
