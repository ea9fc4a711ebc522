import type { TestApp } from '../test-app.js';

// Who may read what, worked out again from the raw tables and the table in DESIGN.md, without the
// CASL rules, scopeWhere, loaders or resolvers: the fuzz test compares the server's answers with it.

type Row = Record<string, unknown>;
export type Table =
  | 'bureau'
  | 'branch'
  | 'officer'
  | 'pairing'
  | 'visit'
  | 'talk'
  | 'action_item'
  | 'outcome_review'
  | 'audit_event'
  | 'forum'
  | 'problem';

export const TABLE_OF: Record<string, Table> = {
  Bureau: 'bureau',
  Branch: 'branch',
  Officer: 'officer',
  Pairing: 'pairing',
  Visit: 'visit',
  Talk: 'talk',
  ActionItem: 'action_item',
  OutcomeReview: 'outcome_review',
  AuditEvent: 'audit_event',
  Forum: 'forum',
  Problem: 'problem',
};

export interface Db {
  rows: Record<Table, Map<number, Row>>;
  /** Open mentor terms: officer id → pairing ids. */
  mentoring: Map<number, Set<number>>;
  /** Forums an officer was present at: officer id → forum ids. */
  attended: Map<number, Set<number>>;
}

const num = (v: unknown) => (v == null ? null : Number(v));
const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';

export async function loadDb(t: TestApp): Promise<Db> {
  const conn = t.app.orm.em.fork().getConnection();
  const rows = {} as Db['rows'];
  for (const table of Object.values(TABLE_OF)) {
    const list = (await conn.execute(`select * from ${table}`)) as Row[];
    rows[table] = new Map(list.map((r) => [Number(r.id), r]));
  }
  const mentoring = new Map<number, Set<number>>();
  for (const term of (await conn.execute(
    'select officer_id, pairing_id from pairing_mentor where ended_at is null',
  )) as Row[]) {
    const officer = Number(term.officer_id);
    if (!mentoring.has(officer)) mentoring.set(officer, new Set());
    mentoring.get(officer)!.add(Number(term.pairing_id));
  }
  const attended = new Map<number, Set<number>>();
  for (const a of (await conn.execute('select officer_id, forum_id, present from forum_attendance')) as Row[]) {
    if (!truthy(a.present)) continue;
    const officer = Number(a.officer_id);
    if (!attended.has(officer)) attended.set(officer, new Set());
    attended.get(officer)!.add(Number(a.forum_id));
  }
  return { rows, mentoring, attended };
}

export interface Person {
  id: number;
  bureau: number;
  branch: number;
  committee: boolean;
  secretary: boolean;
  /** 系统管理员: the bureau's branches and roster, no content. Held alone. */
  sysadmin: boolean;
  /** 安全审计员: the bureau's audit log, nothing else. Held alone. */
  auditor: boolean;
  pairs: Set<number>;
  mentees: Set<number>;
  attended: Set<number>;
}

export function person(db: Db, username: string): Person {
  const row = [...db.rows.officer.values()].find((r) => r.username === username);
  if (!row) throw new Error(`no officer ${username}`);
  const roles = (typeof row.roles === 'string' ? JSON.parse(row.roles) : (row.roles ?? [])) as string[];
  const sysadmin = roles.includes('SYSADMIN');
  const auditor = roles.includes('AUDITOR');
  // A sysadmin or auditor is no officer or mentor in the program, whatever the tables say.
  const pairs = sysadmin || auditor ? new Set<number>() : (db.mentoring.get(Number(row.id)) ?? new Set<number>());
  const mentees = new Set([...pairs].map((p) => num(db.rows.pairing.get(p)?.mentee_id)!));
  return {
    id: Number(row.id),
    bureau: Number(row.bureau_id),
    branch: Number(row.branch_id),
    committee: roles.includes('COMMITTEE'),
    secretary: roles.includes('SECRETARY'),
    sysadmin,
    auditor,
    pairs,
    mentees,
    attended: sysadmin || auditor ? new Set<number>() : (db.attended.get(Number(row.id)) ?? new Set<number>()),
  };
}

/** A confidential talk, or an item one produced. */
function confidentialTalk(db: Db, table: Table, r: Row): Row | null {
  const talk =
    table === 'talk' ? r : table === 'action_item' && r.talk_id != null ? db.rows.talk.get(Number(r.talk_id)) : null;
  return talk && truthy(talk.confidential) ? talk : null;
}

/**
 * May `p` read this row, and with which extent: 'full' (restricted fields included), 'limited'
 * (as the person it is about: no risk notes, confidential notes, assessment or rating), or null.
 */
export function access(db: Db, p: Person, table: Table, id: number): 'full' | 'limited' | null {
  const r = db.rows[table].get(id);
  if (!r) return null;
  const bureau = num(r.bureau_id);
  const branch = num(r.branch_id);
  const mentee = num(r.mentee_id);
  const inBureau = p.committee && bureau === p.bureau;
  const inBranch = p.secretary && branch === p.branch;
  if (p.sysadmin) {
    if (table === 'bureau') return id === p.bureau ? 'full' : null;
    return (table === 'branch' || table === 'officer') && bureau === p.bureau ? 'full' : null;
  }
  if (p.auditor) {
    if (table === 'bureau') return id === p.bureau ? 'full' : null;
    return table === 'audit_event' && bureau === p.bureau ? 'full' : null;
  }
  switch (table) {
    case 'bureau':
      return id === p.bureau ? 'full' : null;
    case 'branch':
      return id === p.branch || (p.committee && bureau === p.bureau) ? 'full' : null;
    case 'officer':
      return id === p.id || inBureau || inBranch || p.mentees.has(id) ? 'full' : null;
    case 'pairing':
    case 'visit':
    case 'outcome_review': {
      const pairing = table === 'pairing' ? id : num(r.pairing_id)!;
      const aboutOthers = mentee !== p.id;
      if ((inBureau || inBranch) && aboutOthers) return 'full';
      if (p.pairs.has(pairing)) return 'full';
      return mentee === p.id ? 'limited' : null;
    }
    case 'talk': {
      const talkee = num(r.talkee_id);
      const confidential = truthy(r.confidential);
      if (num(r.talker_id) === p.id) return 'full';
      if (inBureau && talkee !== p.id) return 'full';
      if (inBranch && talkee !== p.id && !confidential) return 'full';
      return talkee === p.id && !confidential ? 'limited' : null;
    }
    case 'action_item': {
      // A confidential talk's follow-ups: its talker and the committee, no one else.
      if (confidentialTalk(db, table, r)) {
        return inBureau || num(confidentialTalk(db, table, r)!.talker_id) === p.id ? 'full' : null;
      }
      const pairing = num(r.pairing_id);
      return inBureau || inBranch || (pairing != null && p.pairs.has(pairing)) || num(r.owner_id) === p.id
        ? 'full'
        : null;
    }
    case 'forum': {
      // The confidential minutes are the host's and the committee's; the branch's secretary and
      // those present read the rest.
      if (inBureau || num(r.host_id) === p.id) return 'full';
      return inBranch || p.attended.has(id) ? 'limited' : null;
    }
    case 'problem': {
      const mine = [r.raised_by_id, r.created_by_id, r.owner_id].some((v) => num(v) === p.id);
      const branchOwns = p.secretary && num(r.owner_branch_id) === p.branch;
      return inBureau || inBranch || branchOwns || mine ? 'full' : null;
    }
    case 'audit_event':
      // The committee holds the content; the auditor alone reads the log (三员分立).
      return null;
  }
}
