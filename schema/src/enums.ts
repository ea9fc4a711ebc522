// Shared vocabulary of the domain (DESIGN.md glossary). The server registers these as GraphQL
// enums and the portal imports them, so both sides speak the same values.

/** `{ A: 'A', B: 'B' }` from `'A', 'B'`: an enum object whose keys are its values. */
export function enumOf<const V extends string>(...values: V[]): { readonly [K in V]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in V]: K };
}
/** The union of an enum object's values. */
export type ValueOf<E> = E[keyof E];

// SYSADMIN (系统管理员): accounts, roles, branches and the roster; reads no pairing content.
// AUDITOR (安全审计员): reads the audit log and the accounts; no content. Both are held alone.
export const Role = enumOf('COMMITTEE', 'SECRETARY', 'MENTOR', 'OFFICER', 'SYSADMIN', 'AUDITOR');
export type Role = ValueOf<typeof Role>;
export const ROLES = Object.values(Role);

/**
 * 三员分立: the roles an account holds alone. Such an account is no officer or mentor in the
 * program, and may not hold both of them either.
 */
export const EXCLUSIVE_ROLES: readonly Role[] = [Role.SYSADMIN, Role.AUDITOR];
export const isExclusiveRole = (r: string) => (EXCLUSIVE_ROLES as readonly string[]).includes(r);

/**
 * Why a pairing waits for its branch secretary after the roster changed under it: a mentor left
 * the force and no successor was named, or the mentee left.
 */
export const PairingAttention = enumOf('MENTOR_LEFT', 'MENTEE_LEFT');
export type PairingAttention = ValueOf<typeof PairingAttention>;

export const OfficerCategory = enumOf('POLICE', 'AUXILIARY');
export type OfficerCategory = ValueOf<typeof OfficerCategory>;

export const BranchKind = enumOf('STATION', 'DEPARTMENT');
export type BranchKind = ValueOf<typeof BranchKind>;

export const PairingStatus = enumOf('ACTIVE', 'IN_REVIEW', 'CONCLUDED', 'ESCALATED', 'CANCELLED');
export type PairingStatus = ValueOf<typeof PairingStatus>;

export const PairingReason = enumOf('DISCIPLINED', 'EARLY_WARNING', 'PERFORMANCE', 'HARDSHIP', 'WELLBEING', 'OTHER');
export type PairingReason = ValueOf<typeof PairingReason>;

export const MentorRole = enumOf('LEAD', 'SUPPORT');
export type MentorRole = ValueOf<typeof MentorRole>;

export const VisitKind = enumOf('HOME_VISIT', 'INDIVIDUAL_TALK', 'FORUM', 'FOLLOW_UP');
export type VisitKind = ValueOf<typeof VisitKind>;

export const TalkKind = enumOf('ROUTINE', 'REMINDER', 'CARE', 'AFTER_DISCIPLINE', 'FOLLOW_UP');
export type TalkKind = ValueOf<typeof TalkKind>;

export const ActionItemStatus = enumOf('OPEN', 'DONE', 'DROPPED');
export type ActionItemStatus = ValueOf<typeof ActionItemStatus>;

/** 座谈会 kinds: 交心会 (with sanctioned officers) / 帮扶座谈会 / 群体座谈会 / other. */
export const ForumKind = enumOf('HEART_TO_HEART', 'ASSISTANCE', 'GROUP', 'OTHER');
export type ForumKind = ValueOf<typeof ForumKind>;

/**
 * A problem raised at a forum, talk or visit: OPEN → FIXED_ON_THE_SPOT (即知即改) or RECTIFYING
 * (限期整改) → CLOSED (销号); OPEN or RECTIFYING → DECLINED with a reason.
 */
export const ProblemStatus = enumOf('OPEN', 'FIXED_ON_THE_SPOT', 'RECTIFYING', 'CLOSED', 'DECLINED');
export type ProblemStatus = ValueOf<typeof ProblemStatus>;

/** What happened to a problem, one entry of its history; FOLLOW_UP is a 回访 with the raiser. */
export const ProblemEventType = enumOf('RAISED', 'FIXED_ON_THE_SPOT', 'RECTIFYING', 'CLOSED', 'DECLINED', 'FOLLOW_UP');
export type ProblemEventType = ValueOf<typeof ProblemEventType>;

/** 电话回访 / 上门拜访. */
export const ProblemFollowUpKind = enumOf('PHONE', 'IN_PERSON');
export type ProblemFollowUpKind = ValueOf<typeof ProblemFollowUpKind>;

export const ReviewRating = enumOf('SIGNIFICANT_IMPROVEMENT', 'IMPROVED', 'NO_CHANGE', 'WORSENED');
export type ReviewRating = ValueOf<typeof ReviewRating>;

export const ReviewDecision = enumOf('CONCLUDE', 'EXTEND', 'ESCALATE');
export type ReviewDecision = ValueOf<typeof ReviewDecision>;

export const ErrorCode = enumOf(
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  // The operation is over a cost, depth, alias, directive or size limit; refused before it runs.
  'QUERY_TOO_COMPLEX',
  // The request ran out of its time budget; its remaining work was stopped.
  'REQUEST_TIMEOUT',
  // The database is briefly unreachable: try again in a moment.
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  // Refusals of the HTTP request itself, before GraphQL reads it: a body that is not JSON, or too large.
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
);
export type ErrorCode = ValueOf<typeof ErrorCode>;

/**
 * 提醒: why a person is told something is due. One kind per due rule of a role (issue 15); DIGEST is
 * the daily digest's own inbox entry. PROBLEM_OVERDUE is the secretary's once forums exist.
 */
export const NotificationKind = enumOf(
  'CONTACT_DUE',
  'ITEM_DUE',
  'VISIT_UNACKNOWLEDGED',
  'VISIT_TO_ACKNOWLEDGE',
  'PAIRING_OVERDUE',
  'PLAN_ENDING',
  'REVIEW_WAITING',
  'ESCALATED',
  'BRANCH_OVERDUE',
  'PROBLEM_OVERDUE',
  'DIGEST',
);
export type NotificationKind = ValueOf<typeof NotificationKind>;

/** How a digest is posted to the bureau's webhook: Tongxin's own signed JSON, or a DingTalk robot's body. */
export const WebhookFormat = enumOf('GENERIC', 'DINGTALK');
export type WebhookFormat = ValueOf<typeof WebhookFormat>;

export const DeliveryChannel = enumOf('WEBHOOK', 'EMAIL');
export type DeliveryChannel = ValueOf<typeof DeliveryChannel>;

export const DeliveryStatus = enumOf('PENDING', 'SENT', 'FAILED');
export type DeliveryStatus = ValueOf<typeof DeliveryStatus>;
