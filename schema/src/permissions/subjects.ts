// Actions and subjects of Tongxin's permission model. Subjects are the GraphQL object type names,
// so the portal can detect a subject from `__typename` and the server from the entity class name.

export const ACTIONS = [
  'read',
  'create',
  'update',
  'cancel',
  'submit',
  'review',
  'acknowledge',
  'complete',
  'export',
  // Administration (SYSADMIN): move an officer to another branch, take them off the roster when
  // they leave the force, give an account a new one-time password.
  'transfer',
  'deactivate',
  'resetPassword',
  // The sysadmin loads the roster from a spreadsheet (支部, 姓名, 警号, …) into their bureau.
  'import',
] as const;
export type Action = (typeof ACTIONS)[number];

export const SUBJECTS = [
  'Bureau',
  'Branch',
  'Officer',
  'Pairing',
  'Visit',
  'Talk',
  'ActionItem',
  'OutcomeReview',
  /** 座谈会: a meeting of officers with minutes; its confidential minutes are the host's and the committee's. */
  'Forum',
  /** 问题 / 意见建议 raised at a forum, talk or visit, with an owner until it is closed. */
  'Problem',
  'AuditEvent',
  'Dashboard',
  'Ledger',
  /** The login of an officer (username, roles, locked or not); its id is the officer's. */
  'Account',
  /** The bureau's roster as a whole, for a spreadsheet import; its condition is the bureau. */
  'Roster',
  /** 提醒: one inbox entry of one person (its condition is the recipient). */
  'Notification',
  /** The bureau's reminder channels, digest hour and thresholds (the sysadmin's). */
  'ReminderSettings',
] as const;
export type SubjectName = (typeof SUBJECTS)[number];

/**
 * Fields readable by someone whose rule is field-restricted. A field missing from these lists is
 * hidden from those viewers: a new field is private until it is added here on purpose.
 */
export const PAIRING_FIELDS_FOR_MENTEE = [
  'id',
  'status',
  'reason',
  'goals',
  'mentee',
  'mentors',
  'mentorHistory',
  'leadMentor',
  'branch',
  'startDate',
  'plannedEndDate',
  'contactIntervalDays',
  'lastContactAt',
  'nextContactDue',
  'overdue',
  'timeline',
  'version',
  'visits',
  'visitCounts',
  'createdAt',
  'updatedAt',
  'reviews',
  'actionItems',
  'pairingType',
  'visitCount',
  'talks',
];
export const VISIT_FIELDS_FOR_MENTEE = [
  'id',
  'pairing',
  'kind',
  'occurredAt',
  'location',
  'participants',
  'summary',
  'observations',
  'acknowledgedAt',
  'acknowledgmentComment',
  'actionItems',
  'author',
  'version',
  'createdAt',
  'nextVisitDue',
  'locked',
  'editable',
  'participantMentors',
  'updatedAt',
];
export const TALK_FIELDS_FOR_TALKEE = [
  'id',
  'talker',
  'talkee',
  'pairing',
  'kind',
  'occurredAt',
  'topics',
  'officerViews',
  'problemsRaised',
  'guidance',
  'confidential',
  'actionItems',
  'createdAt',
  'updatedAt',
  'branch',
  'version',
  'locked',
  'editable',
];
/**
 * The roster as the system administrator reads it: who a person is and where they serve. Not why
 * their branch flagged them for help (flaggedReason), nor their pairing or mentoring load: those
 * are the program's content.
 */
export const OFFICER_ROSTER_FIELDS = [
  'id',
  'name',
  'nameInitials',
  'badgeNumber',
  'category',
  'position',
  'phone',
  'branch',
  'disabled',
  'isMentor',
  'version',
  'createdAt',
  'updatedAt',
  'account',
];
/**
 * A forum as its attendees and the branch's secretary read it: everything but the confidential
 * minutes, which are read like a confidential talk (the host and the committee).
 */
export const FORUM_FIELDS_WITHOUT_CONFIDENTIAL = [
  'id',
  'kind',
  'title',
  'occurredAt',
  'place',
  'branch',
  'host',
  'createdBy',
  'attendances',
  'attendeeCount',
  'presentCount',
  'minutes',
  'hasConfidentialMinutes',
  'problems',
  'version',
  'locked',
  'editable',
  'createdAt',
  'updatedAt',
];
export const REVIEW_FIELDS_FOR_MENTEE = ['id', 'pairing', 'decision', 'newPlannedEndDate', 'createdAt', 'updatedAt'];

/**
 * What each field-restricted rule exists to hide: the notes written about the person reading. The
 * rules list what such a viewer may read (anything else is hidden too); these names are the ones
 * the permissions document and the tests call out.
 */
export const RESTRICTED_FIELDS: Partial<Record<SubjectName, readonly string[]>> = {
  Pairing: ['riskNotes', 'reviewSummary', 'cancelReason', 'evidence'],
  Visit: ['confidentialNotes'],
  Forum: ['confidentialMinutes'],
  Talk: ['assessment'],
  OutcomeReview: ['rating', 'comments', 'submissionSummary', 'reviewer'],
  Officer: ['flaggedReason', 'currentPairing', 'activeMentoringCount'],
};

/**
 * Identity fields of a record reached through a relation of a record the viewer may read: the
 * mentors on my pairing, the talker of my talk, the branch of my mentee. They name the person or
 * unit and nothing more; everything else about them follows the viewer's own rules.
 */
export const IDENTITY_FIELDS: Partial<Record<SubjectName, readonly string[]>> = {
  Officer: ['id', 'name', 'badgeNumber', 'category', 'position', 'branch'],
  Branch: ['id', 'name', 'kind', 'code'],
  Bureau: ['id', 'name', 'code'],
};
