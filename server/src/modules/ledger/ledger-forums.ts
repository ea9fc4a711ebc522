import { ProblemStatus } from '@tongxin/schema';
import type { Forum } from '../forums/forum.entity.js';
import type { Problem } from '../problems/problem.entity.js';
import type { LedgerGroup } from './ledger-content.js';
import { FORUM_KIND, PROBLEM_STATUS, localDateTime } from './ledger-labels.js';
import { type ReadField, columnsOf, sheetOf } from './ledger-sheet.js';

type Named = { unwrap(): { name: string } } | null | undefined;
const name = (ref: Named) => ref?.unwrap().name ?? '';

export interface ForumRecords {
  forums: Forum[];
  /** Attendees listed and present, per forum. */
  attendance: Map<number, { listed: number; present: number }>;
  problems: Problem[];
}

const origin = (p: Problem) =>
  p.forum ? `座谈会 #${p.forum.id}` : p.talk ? `谈话 #${p.talk.id}` : p.visit ? `走访 #${p.visit.id}` : '';

/**
 * The forums sheet (座谈会) and the problems sheet (征集问题), and the printable ledger's section of
 * forums with the problems raised at each. Every ruled cell goes through the viewer's field rules
 * (the confidential minutes are the host's and the committee's); an anonymous problem's raiser is
 * 匿名 because nobody stored one.
 */
export function forumSheets(records: ForumRecords, read: ReadField, today: string) {
  const F = columnsOf<Forum>('Forum', read);
  const counts = (f: Forum) => records.attendance.get(f.id) ?? { listed: 0, present: 0 };
  const forums = sheetOf('座谈会', records.forums, [
    F.plain('id', '编号', { width: 8 }),
    F.plain('branch', '组织单位', { width: 18, value: (f) => (f.branch ? name(f.branch) : '党委') }),
    F.plain('kind', '类型', { width: 12, value: (f) => FORUM_KIND[f.kind] }),
    F.ruled('title', '主题', { width: 30 }),
    F.plain('occurredAt', '时间', { width: 17, value: (f) => localDateTime(f.occurredAt) }),
    F.ruled('place', '地点', { width: 16, line: true }),
    F.ruled('host', '主持人', { value: (f) => name(f.host), line: true }),
    F.plain('listed', '应到人数', { width: 8, value: (f) => counts(f).listed }),
    F.plain('present', '实到人数', { width: 8, value: (f) => counts(f).present, line: '实到' }),
    F.ruled('minutes', '会议纪要', { width: 40, line: '纪要' }),
    F.ruled('confidentialMinutes', '保密纪要', { width: 30, line: true }),
  ]);

  const P = columnsOf<Problem>('Problem', read);
  const overdue = (p: Problem) =>
    (p.status === ProblemStatus.OPEN || p.status === ProblemStatus.RECTIFYING) && !!p.dueDate && p.dueDate < today;
  const problems = sheetOf('征集问题', records.problems, [
    P.plain('id', '编号', { width: 8 }),
    P.plain('branch', '支部', { width: 18, value: (p) => (p.branch ? name(p.branch) : '党委') }),
    P.plain('origin', '来源', { width: 12, value: origin }),
    P.plain('category', '类别', { width: 12, value: (p) => name(p.category as Named) }),
    P.ruled('text', '问题内容', { width: 40 }),
    P.ruled('raisedBy', '提出人', { value: (p) => (p.anonymous ? '匿名' : name(p.raisedBy)) }),
    P.ruled('owner', '责任人/责任支部', { width: 18, value: (p) => name(p.owner) || name(p.ownerBranch) }),
    P.plain('dueDate', '整改期限', { width: 12 }),
    P.plain('status', '状态', { width: 10, value: (p) => PROBLEM_STATUS[p.status as ProblemStatus] }),
    P.plain('overdue', '逾期', { width: 6, value: (p) => (overdue(p) ? '是' : '否') }),
    P.ruled('resolvedAt', '办结时间', { width: 17, value: (p) => localDateTime(p.resolvedAt) }),
    P.ruled('resolution', '整改结果', { width: 30 }),
    P.ruled('declineReason', '不予采纳理由', { width: 30 }),
  ]);

  const atForum = new Map<string, string[]>();
  for (const row of problems.rows) {
    const key = String(row.origin);
    const list = atForum.get(key) ?? [];
    list.push(`问题 #${row.id}【${row.category}】${row.text || '—'}（${row.status}）`);
    atForum.set(key, list);
  }
  const group: LedgerGroup = {
    pairingId: null,
    heading: '座谈会与征集问题',
    details: [],
    entries: forums.rows.map((row) => ({
      at: String(row.occurredAt),
      title: `${row.kind} · ${row.title || '—'}（${row.branch}）`,
      lines: [...forums.lines(row), ...(atForum.get(`座谈会 #${row.id}`) ?? [])],
    })),
  };
  return { forums, problems, group };
}
