// Input limits shared by the server's validation and the portal's forms.
export const LIMITS = {
  pageSizeDefault: 20,
  pageSizeMax: 100,
  usernameMax: 64,
  passwordMax: 256,
  nameMax: 64,
  shortText: 200,
  longText: 4000,
  /** Others present at a visit, a mentee's acknowledgment comment. */
  mediumText: 500,
  /** An action item's description and completion note. */
  actionItemText: 1000,
  /** Free-text id filters (audit subject id). */
  idFilterMax: 64,
  contactIntervalDaysMin: 7,
  contactIntervalDaysMax: 90,
  contactIntervalDaysDefault: 30,
  mentorCapacityDefault: 5,
  supportMentorsMax: 10,
  actionItemsPerRecordMax: 20,
  visitLockDays: 7,
  /** A forum's attendees (a 群体座谈会 of a large branch). */
  forumAttendeesMax: 200,
  /** Problems raised in one raiseProblem call's text, and one problem's text. */
  problemText: 1000,
  /** The earliest date any record may carry (YYYY-MM-DD). */
  dateMin: '2000-01-01',
  /** How far ahead a date may lie (a planned end, a due date), in years from today. */
  dateMaxYearsAhead: 5,
  /** 警号: the Officer column's length. */
  badgeNumberMax: 16,
  /** A roster import file: its size and its data rows (a bureau has a few thousand people). */
  rosterImportMaxMb: 10,
  rosterImportMaxRows: 20_000,
} as const;
