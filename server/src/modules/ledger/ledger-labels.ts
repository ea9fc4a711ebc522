import type {
  ActionItemStatus,
  ForumKind,
  MentorRole,
  PairingReason,
  PairingStatus,
  ProblemStatus,
  ReviewDecision,
  ReviewRating,
  TalkKind,
  VisitKind,
} from '@tongxin/schema';

// The ledger is filed in Chinese: the portal's zh-CN words for the shared enums.

export const VISIT_KIND: Record<VisitKind, string> = {
  HOME_VISIT: '上门走访',
  INDIVIDUAL_TALK: '个别谈话',
  FORUM: '座谈会',
  FOLLOW_UP: '回访教育',
};
export const TALK_KIND: Record<TalkKind, string> = {
  ROUTINE: '日常谈心',
  REMINDER: '提醒谈话',
  CARE: '关怀谈心',
  AFTER_DISCIPLINE: '处分后谈话',
  FOLLOW_UP: '回访谈话',
};
export const PAIRING_REASON: Record<PairingReason, string> = {
  DISCIPLINED: '受处分',
  EARLY_WARNING: '苗头性问题',
  PERFORMANCE: '绩效落后',
  HARDSHIP: '家庭困难',
  WELLBEING: '思想/心理压力',
  OTHER: '其他',
};
export const PAIRING_STATUS: Record<PairingStatus, string> = {
  ACTIVE: '帮扶中',
  IN_REVIEW: '待评估',
  CONCLUDED: '已结束',
  ESCALATED: '已上报',
  CANCELLED: '已撤销',
};
export const ITEM_STATUS: Record<ActionItemStatus, string> = { OPEN: '未完成', DONE: '已完成', DROPPED: '已撤销' };
export const RATING: Record<ReviewRating, string> = {
  SIGNIFICANT_IMPROVEMENT: '明显好转',
  IMPROVED: '有所好转',
  NO_CHANGE: '无明显变化',
  WORSENED: '有所退步',
};
export const DECISION: Record<ReviewDecision, string> = {
  CONCLUDE: '结束帮扶',
  EXTEND: '延长帮扶',
  ESCALATE: '上报处理',
};
export const MENTOR_ROLE: Record<MentorRole, string> = { LEAD: '帮教责任人', SUPPORT: '帮扶成员' };

/** 'YYYY-MM-DD HH:mm' in the bureau's time (UTC+8). */
export function localDateTime(d: Date | null | undefined): string {
  if (!d) return '';
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export const FORUM_KIND: Record<ForumKind, string> = {
  HEART_TO_HEART: '交心会',
  ASSISTANCE: '帮扶座谈会',
  GROUP: '群体座谈会',
  OTHER: '其他座谈会',
};
export const PROBLEM_STATUS: Record<ProblemStatus, string> = {
  OPEN: '待处理',
  FIXED_ON_THE_SPOT: '即知即改',
  RECTIFYING: '限期整改',
  CLOSED: '已销号',
  DECLINED: '不予采纳',
};
