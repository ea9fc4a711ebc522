import type { ActionItemStatus, PairingStatus, SubjectName } from '@tongxin/schema';
import { canReadField } from '../../common/authz.js';
import { localDate } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import type { ReportScope } from '../dashboard/report-scope.js';
import type { Pairing } from '../pairings/pairing.entity.js';
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
import { groupByPairing } from './ledger-groups.js';
import type { LedgerRecords } from './ledger.repository.js';

export type Cell = string | number;
export interface LedgerColumn {
  header: string;
  key: string;
  width: number;
}
export interface LedgerSheet {
  name: string;
  columns: LedgerColumn[];
  rows: Record<string, Cell>[];
}
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
  confidentialRead: { talks: number[]; visitNotes: number[] };
}

const col = (header: string, key: string, width = 14): LedgerColumn => ({ header, key, width });

/**
 * The ledger's rows and groups from the loaded records. Every value goes through the viewer's
 * field rules: a field they may not read is left empty, whatever role let them export.
 */
export function buildLedgerContent(ctx: AppContext, scope: ReportScope, records: LedgerRecords): LedgerContent {
  const read = (type: SubjectName, entity: object, field: string, value: Cell | null | undefined): Cell =>
    canReadField(ctx, type, entity, field) && value != null ? value : '';
  const name = (ref: { unwrap(): { name: string } } | null | undefined) => ref?.unwrap().name ?? '';
  const confidentialTalks: number[] = [];
  const visitNotes: number[] = [];

  const mentorNames = (p: Pairing) => {
    const terms = records.mentors.get(p.id) ?? [];
    const lead = terms.filter((t) => t.role === 'LEAD').map((t) => t.officer.unwrap().name);
    const support = terms.filter((t) => t.role !== 'LEAD').map((t) => t.officer.unwrap().name);
    return { lead: lead.join('、'), support: support.join('、'), type: support.length > 0 ? '1+X' : '1+1' };
  };

  const pairingRows = records.pairings.map((p) => {
    const m = canReadField(ctx, 'Pairing', p, 'mentors') ? mentorNames(p) : { lead: '', support: '', type: '' };
    return {
      id: p.id,
      branch: p.branch.unwrap().name,
      mentee: read('Pairing', p, 'mentee', name(p.mentee)),
      badge: read('Pairing', p, 'mentee', p.mentee.unwrap().badgeNumber),
      type: m.type,
      lead: m.lead,
      support: m.support,
      reason: read('Pairing', p, 'reason', PAIRING_REASON[p.reason]),
      goals: read('Pairing', p, 'goals', p.goals),
      startDate: read('Pairing', p, 'startDate', p.startDate),
      plannedEndDate: read('Pairing', p, 'plannedEndDate', p.plannedEndDate),
      interval: read('Pairing', p, 'contactIntervalDays', p.contactIntervalDays),
      status: read('Pairing', p, 'status', PAIRING_STATUS[p.status as PairingStatus]),
      lastContactAt: read('Pairing', p, 'lastContactAt', localDateTime(p.lastContactAt)),
      nextContactDue: read('Pairing', p, 'nextContactDue', localDate(p.nextContactDue)),
      riskNotes: read('Pairing', p, 'riskNotes', p.riskNotes),
      reviewSummary: read('Pairing', p, 'reviewSummary', p.reviewSummary),
    };
  });

  const visitRows = records.visits.map((v) => {
    const notes = read('Visit', v, 'confidentialNotes', v.confidentialNotes);
    if (notes) visitNotes.push(v.id);
    return {
      id: v.id,
      pairingId: v.pairing.id,
      branch: v.branch.unwrap().name,
      mentee: read('Visit', v, 'mentee', name(v.mentee)),
      kind: VISIT_KIND[v.kind],
      occurredAt: localDateTime(v.occurredAt),
      location: read('Visit', v, 'location', v.location),
      participants: read('Visit', v, 'participants', v.participants),
      summary: read('Visit', v, 'summary', v.summary),
      observations: read('Visit', v, 'observations', v.observations),
      confidentialNotes: notes,
      author: read('Visit', v, 'author', name(v.author)),
      acknowledgedAt: read('Visit', v, 'acknowledgedAt', localDateTime(v.acknowledgedAt)),
      acknowledgmentComment: read('Visit', v, 'acknowledgmentComment', v.acknowledgmentComment),
    };
  });

  const talkRows = records.talks.map((t) => {
    if (t.confidential) confidentialTalks.push(t.id);
    return {
      id: t.id,
      pairingId: t.pairing?.id ?? '',
      branch: t.branch.unwrap().name,
      talker: read('Talk', t, 'talker', name(t.talker)),
      talkee: read('Talk', t, 'talkee', name(t.talkee)),
      kind: TALK_KIND[t.kind],
      occurredAt: localDateTime(t.occurredAt),
      topics: read('Talk', t, 'topics', t.topics),
      officerViews: read('Talk', t, 'officerViews', t.officerViews),
      problemsRaised: read('Talk', t, 'problemsRaised', t.problemsRaised),
      guidance: read('Talk', t, 'guidance', t.guidance),
      assessment: read('Talk', t, 'assessment', t.assessment),
      confidential: t.confidential ? '是' : '否',
    };
  });

  const itemRows = records.actionItems.map((a) => {
    const closedOn = a.closedAt ? localDate(a.closedAt) : '';
    return {
      id: a.id,
      pairingId: a.pairing?.id ?? '',
      branch: a.branch.unwrap().name,
      source: a.visit ? `走访 #${a.visit.id}` : a.talk ? `谈话 #${a.talk.id}` : '',
      owner: read('ActionItem', a, 'owner', name(a.owner)),
      description: read('ActionItem', a, 'description', a.description),
      dueDate: a.dueDate,
      status: ITEM_STATUS[a.status as ActionItemStatus],
      closedAt: read('ActionItem', a, 'closedAt', localDateTime(a.closedAt)),
      onTime: a.status === 'DONE' ? (closedOn && closedOn <= a.dueDate ? '是' : '否') : '',
      note: read('ActionItem', a, 'note', a.note),
    };
  });

  const reviewRows = records.reviews.map((r) => ({
    id: r.id,
    pairingId: r.pairing.id,
    branch: r.branch.unwrap().name,
    mentee: read('OutcomeReview', r, 'mentee', name(r.mentee)),
    reviewer: read('OutcomeReview', r, 'reviewer', name(r.reviewer)),
    createdAt: localDateTime(r.createdAt),
    rating: read('OutcomeReview', r, 'rating', RATING[r.rating]),
    decision: read('OutcomeReview', r, 'decision', DECISION[r.decision]),
    comments: read('OutcomeReview', r, 'comments', r.comments),
    newPlannedEndDate: read('OutcomeReview', r, 'newPlannedEndDate', r.newPlannedEndDate),
    submissionSummary: read('OutcomeReview', r, 'submissionSummary', r.submissionSummary),
  }));

  const sheets: LedgerSheet[] = [
    {
      name: '结对帮扶',
      columns: [
        col('编号', 'id', 8),
        col('支部', 'branch', 18),
        col('帮扶对象', 'mentee'),
        col('警号', 'badge', 10),
        col('结对方式', 'type', 8),
        col(MENTOR_ROLE.LEAD, 'lead'),
        col(MENTOR_ROLE.SUPPORT, 'support', 20),
        col('帮扶原因', 'reason'),
        col('帮扶目标', 'goals', 40),
        col('开始日期', 'startDate', 12),
        col('计划结束日期', 'plannedEndDate', 12),
        col('联系周期（天）', 'interval', 10),
        col('状态', 'status', 10),
        col('最近联系', 'lastContactAt', 17),
        col('下次联系期限', 'nextContactDue', 12),
        col('风险提示', 'riskNotes', 30),
        col('提交小结', 'reviewSummary', 40),
      ],
      rows: pairingRows,
    },
    {
      name: '走访记录',
      columns: [
        col('编号', 'id', 8),
        col('结对编号', 'pairingId', 8),
        col('支部', 'branch', 18),
        col('帮扶对象', 'mentee'),
        col('方式', 'kind', 10),
        col('时间', 'occurredAt', 17),
        col('地点', 'location', 18),
        col('参加人员', 'participants', 18),
        col('内容摘要', 'summary', 40),
        col('情况观察', 'observations', 30),
        col('保密备注', 'confidentialNotes', 30),
        col('记录人', 'author'),
        col('签字确认时间', 'acknowledgedAt', 17),
        col('确认意见', 'acknowledgmentComment', 20),
      ],
      rows: visitRows,
    },
    {
      name: '谈心谈话',
      columns: [
        col('编号', 'id', 8),
        col('结对编号', 'pairingId', 8),
        col('支部', 'branch', 18),
        col('谈话人', 'talker'),
        col('谈话对象', 'talkee'),
        col('谈话类型', 'kind', 12),
        col('时间', 'occurredAt', 17),
        col('谈话主题', 'topics', 30),
        col('本人思想状况', 'officerViews', 30),
        col('反映问题', 'problemsRaised', 30),
        col('指导意见', 'guidance', 30),
        col('谈话评价', 'assessment', 30),
        col('是否保密', 'confidential', 8),
      ],
      rows: talkRows,
    },
    {
      name: '整改事项',
      columns: [
        col('编号', 'id', 8),
        col('结对编号', 'pairingId', 8),
        col('支部', 'branch', 18),
        col('来源', 'source', 12),
        col('责任人', 'owner'),
        col('整改内容', 'description', 40),
        col('完成期限', 'dueDate', 12),
        col('状态', 'status', 10),
        col('完成时间', 'closedAt', 17),
        col('按期完成', 'onTime', 8),
        col('备注', 'note', 30),
      ],
      rows: itemRows,
    },
    {
      name: '成效评估',
      columns: [
        col('编号', 'id', 8),
        col('结对编号', 'pairingId', 8),
        col('支部', 'branch', 18),
        col('帮扶对象', 'mentee'),
        col('评估人', 'reviewer'),
        col('评估时间', 'createdAt', 17),
        col('评估等级', 'rating', 12),
        col('评估决定', 'decision', 12),
        col('评估意见', 'comments', 40),
        col('新计划结束日期', 'newPlannedEndDate', 12),
        col('提交小结', 'submissionSummary', 40),
      ],
      rows: reviewRows,
    },
  ];

  const groups = groupByPairing(pairingRows, visitRows, talkRows, itemRows, reviewRows);
  const scopeName = scope.branch ? scope.branch.name : '全局';
  return {
    title: '结对帮扶工作台账',
    scopeName,
    from: scope.from,
    to: scope.to,
    generatedAt: localDateTime(scope.now),
    sheets,
    groups,
    counts: {
      pairings: pairingRows.length,
      visits: visitRows.length,
      talks: talkRows.length,
      actionItems: itemRows.length,
      reviews: reviewRows.length,
    },
    confidentialRead: { talks: confidentialTalks, visitNotes },
  };
}
