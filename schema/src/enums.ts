// Shared vocabulary of the domain (DESIGN.md glossary). The server registers these as GraphQL
// enums and the portal imports them, so both sides speak the same values.

export const Role = {
  COMMITTEE: 'COMMITTEE',
  SECRETARY: 'SECRETARY',
  MENTOR: 'MENTOR',
  OFFICER: 'OFFICER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export const OfficerCategory = { POLICE: 'POLICE', AUXILIARY: 'AUXILIARY' } as const;
export type OfficerCategory = (typeof OfficerCategory)[keyof typeof OfficerCategory];

export const BranchKind = { STATION: 'STATION', DEPARTMENT: 'DEPARTMENT' } as const;
export type BranchKind = (typeof BranchKind)[keyof typeof BranchKind];

export const PairingStatus = {
  ACTIVE: 'ACTIVE',
  IN_REVIEW: 'IN_REVIEW',
  CONCLUDED: 'CONCLUDED',
  ESCALATED: 'ESCALATED',
  CANCELLED: 'CANCELLED',
} as const;
export type PairingStatus = (typeof PairingStatus)[keyof typeof PairingStatus];

export const PairingReason = {
  DISCIPLINED: 'DISCIPLINED',
  EARLY_WARNING: 'EARLY_WARNING',
  PERFORMANCE: 'PERFORMANCE',
  HARDSHIP: 'HARDSHIP',
  WELLBEING: 'WELLBEING',
  OTHER: 'OTHER',
} as const;
export type PairingReason = (typeof PairingReason)[keyof typeof PairingReason];

export const MentorRole = { LEAD: 'LEAD', SUPPORT: 'SUPPORT' } as const;
export type MentorRole = (typeof MentorRole)[keyof typeof MentorRole];

export const VisitKind = {
  HOME_VISIT: 'HOME_VISIT',
  INDIVIDUAL_TALK: 'INDIVIDUAL_TALK',
  FORUM: 'FORUM',
  FOLLOW_UP: 'FOLLOW_UP',
} as const;
export type VisitKind = (typeof VisitKind)[keyof typeof VisitKind];

export const TalkKind = {
  ROUTINE: 'ROUTINE',
  REMINDER: 'REMINDER',
  CARE: 'CARE',
  AFTER_DISCIPLINE: 'AFTER_DISCIPLINE',
  FOLLOW_UP: 'FOLLOW_UP',
} as const;
export type TalkKind = (typeof TalkKind)[keyof typeof TalkKind];

export const ActionItemStatus = { OPEN: 'OPEN', DONE: 'DONE', DROPPED: 'DROPPED' } as const;
export type ActionItemStatus = (typeof ActionItemStatus)[keyof typeof ActionItemStatus];

export const ReviewRating = {
  SIGNIFICANT_IMPROVEMENT: 'SIGNIFICANT_IMPROVEMENT',
  IMPROVED: 'IMPROVED',
  NO_CHANGE: 'NO_CHANGE',
  WORSENED: 'WORSENED',
} as const;
export type ReviewRating = (typeof ReviewRating)[keyof typeof ReviewRating];

export const ReviewDecision = { CONCLUDE: 'CONCLUDE', EXTEND: 'EXTEND', ESCALATE: 'ESCALATE' } as const;
export type ReviewDecision = (typeof ReviewDecision)[keyof typeof ReviewDecision];

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  // Refusals of the HTTP request itself, before GraphQL reads it: a body that is not JSON, or too large.
  BAD_REQUEST: 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
