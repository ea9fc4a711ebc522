import type { ActionItemStatus, PairingStatus, SubjectName } from '@tongxin/schema';
import { canReadField } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import type { ActionItem } from '../action-items/action-item.entity.js';
import type { ReportScope } from '../dashboard/report-scope.js';
import type { Pairing } from '../pairings/pairing.entity.js';
import type { OutcomeReview } from '../reviews/outcome-review.entity.js';
import type { Talk } from '../talks/talk.entity.js';
import type { Visit } from '../visits/visit.entity.js';
import { forumSheets } from './ledger-forums.js';
import { groupByPairing } from './ledger-groups.js';
import {
  DECISION,
  ITEM_STATUS,
  MENTOR_ROLE,
  PAIRING_REASON,
  PAIRING_STATUS,
  RATING,
  TALK_KIND,
  VISIT_KIND,
  localDateTime,
} from './ledger-labels.js';
import { type ColumnSpec, type LedgerSheet, type ReadField, columnsOf, plain, sheetOf } from './ledger-sheet.js';
import type { LedgerRecords } from './ledger.repository.js';

export type { Cell, LedgerColumn, LedgerSheet } from './ledger-sheet.js';

/** One line of the printable ledger: a record of a pairing, in date order. */
export interface LedgerEntry {
  at: string;
  title: string;
  lines: string[];
}
export interface LedgerGroup {
  pairingId: number | null;
  heading: string;
  details: string[];
  entries: LedgerEntry[];
}
export interface LedgerContent {
  title: string;
  scopeName: string;
  from: string;
  to: string;
  generatedAt: string;
  sheets: LedgerSheet[];
  groups: LedgerGroup[];
  counts: Record<string, number>;
  /** Confidential records whose content went into the file (for the audit event). */
  confidentialRead: { talks: number[]; visitNotes: number[]; forumMinutes: number[] };
}

type Named = { unwrap(): { name: string } } | null | undefined;
const name = (ref: Named) => ref?.unwrap().name ?? '';

/** The columns every record of a pairing starts with: its number, its pairing's and its branch. */
function recordColumns<T extends { id: number; branch: Named; pairing?: { id: number } | null }>(): ColumnSpec<T>[] {
  return [
    plain('id', '编号', { width: 8 }),
    plain('pairingId', '结对编号', { width: 8, value: (r) => r.pairing?.id }),
    plain('branch', '支部', { width: 18, value: (r) => name(r.branch) }),
  ];
}

/**
 * The ledger's sheets, and the printable ledger's groups, from the loaded records. Each sheet is
 * one list of columns; a column marked `line` is repeated in the printable entry. Every value goes
 * through the viewer's field rules: a field they may not read is left empty, whatever role let
 * them export.
 */
export function buildLedgerContent(ctx: AppContext, scope: ReportScope, records: LedgerRecords): LedgerContent {
  const read: ReadField = (type: SubjectName, entity, field, value) =>
    canReadField(ctx, type, entity, field) && value != null ? value : '';

  const team = new Map<number, { lead: string; support: string; type: string }>();
  const mentorsOf = (p: Pairing) => {
    if (!canReadField(ctx, 'Pairing', p, 'mentors')) return { lead: '', support: '', type: '' };
    let m = team.get(p.id);
    if (!m) {
      const terms = records.mentors.get(p.id) ?? [];
      const names = (lead: boolean) =>
        terms.filter((t) => (t.role === 'LEAD') === lead).map((t) => t.officer.unwrap().name);
      const support = names(false);
      m = { lead: names(true).join('、'), support: support.join('、'), type: support.length > 0 ? '1+X' : '1+1' };
      team.set(p.id, m);
    }
    return m;
  };

  const P = columnsOf<Pairing>('Pairing', read);
  const pairings = sheetOf('结对帮扶', records.pairings, [
    P.plain('id', '编号', { width: 8 }),
    P.plain('branch', '支部', { width: 18, value: (p) => name(p.branch) }),
    P.ruled('mentee', '帮扶对象', { value: (p) => name(p.mentee) }),
    P.ruled('badge', '警号', { width: 10, field: 'mentee', value: (p) => p.mentee.unwrap().badgeNumber }),
    P.plain('type', '结对方式', { width: 8, value: (p) => mentorsOf(p).type, line: true }),
    P.plain('lead', MENTOR_ROLE.LEAD, { value: (p) => mentorsOf(p).lead, line: true }),
    P.plain('support', MENTOR_ROLE.SUPPORT, { width: 20, value: (p) => mentorsOf(p).support, line: true }),
    P.ruled('reason', '帮扶原因', { value: (p) => PAIRING_REASON[p.reason], line: true }),
    P.ruled('goals', '帮扶目标', { width: 40, line: true }),
    P.ruled('startDate', '开始日期', {
      width: 12,
      line: (p) => (p.startDate ? `帮扶期限：${p.startDate} 至 ${p.plannedEndDate}` : null),
    }),
    P.ruled('plannedEndDate', '计划结束日期', { width: 12 }),
    P.ruled('interval', '联系周期（天）', {
      width: 10,
      field: 'contactIntervalDays',
      value: (p) => p.contactIntervalDays,
    }),
    P.ruled('status', '状态', { width: 10, value: (p) => PAIRING_STATUS[p.status as PairingStatus], line: true }),
    P.ruled('lastContactAt', '最近联系', { width: 17, value: (p) => localDateTime(p.lastContactAt) }),
    P.ruled('nextContactDue', '下次联系期限', { width: 12, value: (p) => localDate(p.nextContactDue) }),
    P.ruled('riskNotes', '风险提示', { width: 30, line: true }),
    P.ruled('reviewSummary', '提交小结', { width: 40 }),
  ]);

  const V = columnsOf<Visit>('Visit', read);
  const visits = sheetOf('走访记录', records.visits, [
    ...recordColumns<Visit>(),
    V.ruled('mentee', '帮扶对象', { value: (v) => name(v.mentee) }),
    V.plain('kind', '方式', { width: 10, value: (v) => VISIT_KIND[v.kind] }),
    V.plain('occurredAt', '时间', { width: 17, value: (v) => localDateTime(v.occurredAt) }),
    V.ruled('location', '地点', { width: 18, line: true }),
    V.ruled('participants', '参加人员', { width: 18, line: true }),
    V.ruled('summary', '内容摘要', { width: 40, line: '内容' }),
    V.ruled('observations', '情况观察', { width: 30, line: true }),
    V.ruled('confidentialNotes', '保密备注', { width: 30, line: true }),
    V.ruled('author', '记录人', { value: (v) => name(v.author) }),
    V.ruled('acknowledgedAt', '签字确认时间', {
      width: 17,
      value: (v) => localDateTime(v.acknowledgedAt),
      line: (v) => (v.acknowledgedAt ? `本人签字确认：${v.acknowledgedAt}` : '本人未签字确认'),
    }),
    V.ruled('acknowledgmentComment', '确认意见', { width: 20 }),
  ]);

  const T = columnsOf<Talk>('Talk', read);
  const talks = sheetOf('谈心谈话', records.talks, [
    ...recordColumns<Talk>(),
    T.ruled('talker', '谈话人', { value: (t) => name(t.talker) }),
    T.ruled('talkee', '谈话对象', { value: (t) => name(t.talkee) }),
    T.plain('kind', '谈话类型', { width: 12, value: (t) => TALK_KIND[t.kind] }),
    T.plain('occurredAt', '时间', { width: 17, value: (t) => localDateTime(t.occurredAt) }),
    T.ruled('topics', '谈话主题', { width: 30, line: true }),
    T.ruled('officerViews', '本人思想状况', { width: 30, line: true }),
    T.ruled('problemsRaised', '反映问题', { width: 30, line: true }),
    T.ruled('guidance', '指导意见', { width: 30, line: true }),
    T.ruled('assessment', '谈话评价', { width: 30, line: true }),
    T.plain('confidential', '是否保密', { width: 8, value: (t) => (t.confidential ? '是' : '否') }),
  ]);

  const A = columnsOf<ActionItem>('ActionItem', read);
  const closedOn = (a: ActionItem) => (a.closedAt ? localDate(a.closedAt) : '');
  const items = sheetOf('整改事项', records.actionItems, [
    ...recordColumns<ActionItem>(),
    A.plain('source', '来源', {
      width: 12,
      value: (a) => (a.visit ? `走访 #${a.visit.id}` : a.talk ? `谈话 #${a.talk.id}` : ''),
    }),
    A.ruled('owner', '责任人', { value: (a) => name(a.owner), line: true }),
    A.ruled('description', '整改内容', { width: 40, line: '内容' }),
    A.plain('dueDate', '完成期限', { width: 12 }),
    A.plain('status', '状态', { width: 10, value: (a) => ITEM_STATUS[a.status as ActionItemStatus] }),
    A.ruled('closedAt', '完成时间', { width: 17, value: (a) => localDateTime(a.closedAt), line: true }),
    A.plain('onTime', '按期完成', {
      width: 8,
      value: (a) => (a.status === 'DONE' ? (closedOn(a) && closedOn(a) <= a.dueDate ? '是' : '否') : ''),
    }),
    A.ruled('note', '备注', { width: 30, line: true }),
  ]);

  const R = columnsOf<OutcomeReview>('OutcomeReview', read);
  const reviews = sheetOf('成效评估', records.reviews, [
    ...recordColumns<OutcomeReview>(),
    R.ruled('mentee', '帮扶对象', { value: (r) => name(r.mentee) }),
    R.ruled('reviewer', '评估人', { value: (r) => name(r.reviewer) }),
    R.plain('createdAt', '评估时间', { width: 17, value: (r) => localDateTime(r.createdAt) }),
    R.ruled('rating', '评估等级', { width: 12, value: (r) => RATING[r.rating] }),
    R.ruled('decision', '评估决定', { width: 12, value: (r) => DECISION[r.decision] }),
    R.ruled('comments', '评估意见', { width: 40, line: true }),
    R.ruled('newPlannedEndDate', '新计划结束日期', { width: 12, line: true }),
    R.ruled('submissionSummary', '提交小结', { width: 40 }),
  ]);

  const all = { pairings, visits, talks, actionItems: items, reviews };
  const f = forumSheets(records, read, localDate(scope.now));
  const forumSheetsAll = { forums: f.forums, problems: f.problems };
  return {
    title: '结对帮扶工作台账',
    scopeName: scope.branch ? scope.branch.name : '全局',
    from: scope.from,
    to: scope.to,
    generatedAt: localDateTime(scope.now),
    sheets: [...Object.values(all), ...Object.values(forumSheetsAll)].map((s) => s.sheet),
    groups: [...groupByPairing(all), f.group],
    counts: Object.fromEntries(Object.entries({ ...all, ...forumSheetsAll }).map(([k, s]) => [k, s.rows.length])),
    confidentialRead: {
      talks: records.talks.filter((t) => t.confidential).map((t) => t.id),
      visitNotes: visits.rows.filter((r) => r.confidentialNotes).map((r) => Number(r.id)),
      forumMinutes: f.forums.rows.filter((r) => r.confidentialMinutes).map((r) => Number(r.id)),
    },
  };
}
