// Why the server refused a request, as a code the portal translates (extensions.reason beside
// extensions.code and extensions.field). Each reason names the parameters it is sent with, so the
// server cannot throw a reason without them and the portal's texts can rely on them.
import type { PairingStatus } from './enums.js';

type None = Record<string, never>;
type Max = { max: number };
type Named = { name: string };
type Locked = { days: number; locked: true };
type Status = { status: PairingStatus };

export interface ErrorParams {
  // Session and access
  NOT_LOGGED_IN: None;
  WRONG_CREDENTIALS: None;
  RATE_LIMITED: { retryAfterSeconds: number };
  NOT_ALLOWED: None;
  STALE_VERSION: None;
  EXPORT_FAILED: None;
  SERVICE_UNAVAILABLE: None;
  // Records that are missing or outside the viewer's scope
  PAIRING_NOT_FOUND: None;
  VISIT_NOT_FOUND: None;
  TALK_NOT_FOUND: None;
  ACTION_ITEM_NOT_FOUND: None;
  TALKEE_NOT_FOUND: None;
  MENTEE_NOT_FOUND: None;
  BRANCH_NOT_FOUND: None;
  // Input shape
  INVALID_INPUT: None;
  INVALID_ID: None;
  INVALID_CURSOR: None;
  INVALID_DATE: None;
  INVALID_TIME: None;
  INVALID_FORMAT: None;
  CONTROL_CHARACTERS: None;
  DATE_OUT_OF_RANGE: { min: string; max: string };
  REQUIRED: None;
  TOO_LONG: Max;
  TOO_MANY_ITEMS: Max;
  TOO_MANY_SUPPORT_MENTORS: Max;
  CONTACT_INTERVAL_RANGE: { min: number; max: number };
  IN_FUTURE: None;
  BEFORE_PAIRING_START: { date: string };
  END_BEFORE_START: None;
  START_DATE_REQUIRED: None;
  END_DATE_REQUIRED: None;
  PERIOD_TOO_LONG: None;
  // Pairings
  MENTEE_DISABLED: Named;
  MENTOR_DISABLED: Named;
  MENTEE_ALREADY_PAIRED: Named;
  MENTEE_PAIRED_MEANWHILE: None;
  PLANNED_END_NOT_AFTER_START: None;
  LEAD_MENTOR_IS_MENTEE: None;
  SUPPORT_MENTOR_IS_MENTEE: None;
  DUPLICATE_MENTOR: None;
  MENTOR_OUTSIDE_BUREAU: None;
  PAIRING_FIELD_FROZEN: Status;
  PAIRING_CLOSED: Status;
  CANCEL_NOT_ACTIVE: Status;
  SUBMIT_NOT_ACTIVE: Status;
  // Reviews
  COMMITTEE_ONLY: None;
  NOT_AWAITING_REVIEW: None;
  COMMENTS_REQUIRED: None;
  NEW_END_DATE_REQUIRED: None;
  NEW_END_DATE_NOT_AFTER_TODAY: None;
  NEW_END_DATE_EXTEND_ONLY: None;
  // Visits
  PAIRING_NOT_ACTIVE: None;
  PAIRING_MENTORS_ONLY: None;
  PARTICIPANTS_NOT_MENTORS: None;
  NEXT_VISIT_BEFORE_VISIT: None;
  VISIT_LOCKED: Locked;
  VISIT_AUTHOR_ONLY: None;
  VISIT_ALREADY_ACKNOWLEDGED: None;
  MENTEE_ACKNOWLEDGES_ONLY: None;
  // Talks
  TALK_LOCKED: Locked;
  TALKER_ONLY: None;
  TALK_NOT_ALLOWED: None;
  TALKEE_NOT_MENTEE: None;
  // Action items
  ACTION_ITEM_EDITORS_ONLY: None;
  ACTION_ITEM_CLOSED: None;
  ACTION_ITEM_ALREADY_CLOSED: None;
  DUE_DATE_TOO_EARLY: { date: string };
  OWNER_NOT_IN_PAIRING: None;
  OWNER_NOT_ALLOWED: None;
  ONLY_OPEN_ITEMS_CLOSABLE: None;
  MARK_DONE_ONLY: None;
  DONE_OR_DROPPED: None;
  DROP_REASON_REQUIRED: None;
  // Request limits (code QUERY_TOO_COMPLEX, RATE_LIMITED or REQUEST_TIMEOUT)
  QUERY_TOO_COMPLEX: { cost: number; max: number };
  QUERY_TOO_DEEP: { depth: number; max: number };
  TOO_MANY_ALIASES: Max;
  TOO_MANY_DIRECTIVES: Max;
  QUERY_TOO_LONG: Max;
  SERVER_BUSY: { retryAfterSeconds: number };
  REQUEST_TIMEOUT: { seconds: number };
  LEDGER_TOO_LARGE: Max;
  // Accounts, passwords and the roster (administration)
  PASSWORD_CHANGE_REQUIRED: None;
  WRONG_PASSWORD: None;
  PASSWORD_TOO_SHORT: { min: number };
  PASSWORD_TOO_LONG: Max;
  PASSWORD_TOO_COMMON: None;
  PASSWORD_CONTAINS_IDENTITY: None;
  PASSWORD_UNCHANGED: None;
  OFFICER_NOT_FOUND: None;
  ACCOUNT_NOT_FOUND: None;
  ACCOUNT_EXISTS: None;
  USERNAME_TAKEN: None;
  INVALID_USERNAME: None;
  ROLE_HELD_ALONE: None;
  ADMIN_ROLE_IN_PAIRING: None;
  ADMIN_NOT_PAIRABLE: Named;
  OFFICER_DISABLED: Named;
  BADGE_TAKEN: None;
  BRANCH_CODE_TAKEN: None;
  SAME_BRANCH: None;
  SUCCESSOR_IS_LEAVER: None;
  // Roster import: the file as a whole, then its rows (a row's problem names its column)
  PREFLIGHT_HEADER_REQUIRED: None;
  IMPORT_FILE_UNREADABLE: None;
  IMPORT_FILE_TOO_LARGE: { maxMb: number };
  IMPORT_FILE_EMPTY: None;
  IMPORT_TOO_MANY_ROWS: Max;
  IMPORT_COLUMN_MISSING: { column: string };
  IMPORT_HAS_PROBLEMS: { rows: number };
  BADGE_INVALID: None;
  BADGE_DUPLICATE_IN_FILE: { line: number };
  BRANCH_UNKNOWN: Named;
  CATEGORY_UNKNOWN: { value: string };
  ROLE_UNKNOWN: { value: string };
  ROLE_NEEDS_ACCOUNT: None;
  PHONE_INVALID: None;
  // Reminders: the inbox, the personal digest setting, the bureau's channels
  NOTIFICATION_NOT_FOUND: None;
  EMAIL_INVALID: None;
  WEBHOOK_URL_INVALID: None;
  CHANNEL_NOT_CONFIGURED: { channel: string };
}

export type ErrorReason = keyof ErrorParams;

/** Every reason, for code that must cover them all (the portal's texts, tests). */
export const ERROR_REASONS = Object.keys({
  NOT_LOGGED_IN: 1,
  WRONG_CREDENTIALS: 1,
  RATE_LIMITED: 1,
  NOT_ALLOWED: 1,
  STALE_VERSION: 1,
  EXPORT_FAILED: 1,
  SERVICE_UNAVAILABLE: 1,
  PAIRING_NOT_FOUND: 1,
  VISIT_NOT_FOUND: 1,
  TALK_NOT_FOUND: 1,
  ACTION_ITEM_NOT_FOUND: 1,
  TALKEE_NOT_FOUND: 1,
  MENTEE_NOT_FOUND: 1,
  BRANCH_NOT_FOUND: 1,
  INVALID_INPUT: 1,
  INVALID_ID: 1,
  INVALID_CURSOR: 1,
  INVALID_DATE: 1,
  INVALID_TIME: 1,
  INVALID_FORMAT: 1,
  CONTROL_CHARACTERS: 1,
  DATE_OUT_OF_RANGE: 1,
  REQUIRED: 1,
  TOO_LONG: 1,
  TOO_MANY_ITEMS: 1,
  TOO_MANY_SUPPORT_MENTORS: 1,
  CONTACT_INTERVAL_RANGE: 1,
  IN_FUTURE: 1,
  BEFORE_PAIRING_START: 1,
  END_BEFORE_START: 1,
  START_DATE_REQUIRED: 1,
  END_DATE_REQUIRED: 1,
  PERIOD_TOO_LONG: 1,
  MENTEE_DISABLED: 1,
  MENTOR_DISABLED: 1,
  MENTEE_ALREADY_PAIRED: 1,
  MENTEE_PAIRED_MEANWHILE: 1,
  PLANNED_END_NOT_AFTER_START: 1,
  LEAD_MENTOR_IS_MENTEE: 1,
  SUPPORT_MENTOR_IS_MENTEE: 1,
  DUPLICATE_MENTOR: 1,
  MENTOR_OUTSIDE_BUREAU: 1,
  PAIRING_FIELD_FROZEN: 1,
  PAIRING_CLOSED: 1,
  CANCEL_NOT_ACTIVE: 1,
  SUBMIT_NOT_ACTIVE: 1,
  COMMITTEE_ONLY: 1,
  NOT_AWAITING_REVIEW: 1,
  COMMENTS_REQUIRED: 1,
  NEW_END_DATE_REQUIRED: 1,
  NEW_END_DATE_NOT_AFTER_TODAY: 1,
  NEW_END_DATE_EXTEND_ONLY: 1,
  PAIRING_NOT_ACTIVE: 1,
  PAIRING_MENTORS_ONLY: 1,
  PARTICIPANTS_NOT_MENTORS: 1,
  NEXT_VISIT_BEFORE_VISIT: 1,
  VISIT_LOCKED: 1,
  VISIT_AUTHOR_ONLY: 1,
  VISIT_ALREADY_ACKNOWLEDGED: 1,
  MENTEE_ACKNOWLEDGES_ONLY: 1,
  TALK_LOCKED: 1,
  TALKER_ONLY: 1,
  TALK_NOT_ALLOWED: 1,
  TALKEE_NOT_MENTEE: 1,
  ACTION_ITEM_EDITORS_ONLY: 1,
  ACTION_ITEM_CLOSED: 1,
  ACTION_ITEM_ALREADY_CLOSED: 1,
  DUE_DATE_TOO_EARLY: 1,
  OWNER_NOT_IN_PAIRING: 1,
  OWNER_NOT_ALLOWED: 1,
  ONLY_OPEN_ITEMS_CLOSABLE: 1,
  MARK_DONE_ONLY: 1,
  DONE_OR_DROPPED: 1,
  DROP_REASON_REQUIRED: 1,
  QUERY_TOO_COMPLEX: 1,
  QUERY_TOO_DEEP: 1,
  TOO_MANY_ALIASES: 1,
  TOO_MANY_DIRECTIVES: 1,
  QUERY_TOO_LONG: 1,
  SERVER_BUSY: 1,
  REQUEST_TIMEOUT: 1,
  LEDGER_TOO_LARGE: 1,
  PASSWORD_CHANGE_REQUIRED: 1,
  WRONG_PASSWORD: 1,
  PASSWORD_TOO_SHORT: 1,
  PASSWORD_TOO_LONG: 1,
  PASSWORD_TOO_COMMON: 1,
  PASSWORD_CONTAINS_IDENTITY: 1,
  PASSWORD_UNCHANGED: 1,
  OFFICER_NOT_FOUND: 1,
  ACCOUNT_NOT_FOUND: 1,
  ACCOUNT_EXISTS: 1,
  USERNAME_TAKEN: 1,
  INVALID_USERNAME: 1,
  ROLE_HELD_ALONE: 1,
  ADMIN_ROLE_IN_PAIRING: 1,
  ADMIN_NOT_PAIRABLE: 1,
  OFFICER_DISABLED: 1,
  BADGE_TAKEN: 1,
  BRANCH_CODE_TAKEN: 1,
  SAME_BRANCH: 1,
  SUCCESSOR_IS_LEAVER: 1,
  PREFLIGHT_HEADER_REQUIRED: 1,
  IMPORT_FILE_UNREADABLE: 1,
  IMPORT_FILE_TOO_LARGE: 1,
  IMPORT_FILE_EMPTY: 1,
  IMPORT_TOO_MANY_ROWS: 1,
  IMPORT_COLUMN_MISSING: 1,
  IMPORT_HAS_PROBLEMS: 1,
  BADGE_INVALID: 1,
  BADGE_DUPLICATE_IN_FILE: 1,
  BRANCH_UNKNOWN: 1,
  CATEGORY_UNKNOWN: 1,
  ROLE_UNKNOWN: 1,
  ROLE_NEEDS_ACCOUNT: 1,
  PHONE_INVALID: 1,
  NOTIFICATION_NOT_FOUND: 1,
  EMAIL_INVALID: 1,
  WEBHOOK_URL_INVALID: 1,
  CHANNEL_NOT_CONFIGURED: 1,
} satisfies Record<ErrorReason, 1>) as ErrorReason[];

export const isErrorReason = (value: unknown): value is ErrorReason =>
  typeof value === 'string' && (ERROR_REASONS as string[]).includes(value);

/** The arguments after the reason: none when the reason has no parameters. */
export type ReasonArgs<R extends ErrorReason> = ErrorParams[R] extends None ? [] : [params: ErrorParams[R]];

/** The reasons sent without parameters. */
export type PlainReason = { [R in ErrorReason]: ErrorParams[R] extends None ? R : never }[ErrorReason];
