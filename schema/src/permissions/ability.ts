import {
  AbilityBuilder,
  createMongoAbility,
  detectSubjectType as caslSubjectType,
  type MongoAbility,
  type MongoQuery,
} from '@casl/ability';
import { isExclusiveRole, Role, ROLES } from '../enums.js';
import {
  type Action,
  type SubjectName,
  OFFICER_ROSTER_FIELDS,
  FORUM_FIELDS_WITHOUT_CONFIDENTIAL,
  PAIRING_FIELDS_FOR_MENTEE,
  REVIEW_FIELDS_FOR_MENTEE,
  TALK_FIELDS_FOR_TALKEE,
  VISIT_FIELDS_FOR_MENTEE,
} from './subjects.js';

/** A record as CASL sees it: relations reduced to their ids, so conditions match both here and in SQL. */
export type SubjectRecord = Record<string, unknown> & { __typename?: SubjectName };
export type AppAbility = MongoAbility<[Action, SubjectName | SubjectRecord], MongoQuery>;

/** What the rules need to know about the viewer; computed by the server per request. */
export interface Viewer {
  officerId: number;
  bureauId: number;
  branchId: number;
  roles: readonly string[];
  /** Pairings the viewer currently mentors (lead or support), not the ones handed over. */
  mentoredPairingIds: readonly number[];
  /** Mentees of those pairings. */
  menteeIds: readonly number[];
  /** Forums (座谈会) the viewer attended (marked present at). */
  attendedForumIds?: readonly number[];
  /**
   * The account was given a one-time password and must choose its own first: until then it holds
   * no rules at all (the server lets it call only changePassword, logout and me).
   */
  mustChangePassword?: boolean;
}

type Builder = AbilityBuilder<AppAbility>;

// Conditions use only equality, $in and $ne on flat columns (bureau, branch, mentee, pairing,
// talker, talkee, author, owner, createdBy, status, confidential, acknowledgedAt): CASL evaluates them on a
// record and MikroORM turns the very same object into the SQL WHERE.

/**
 * No one reads, with a role's wider rights, what is written about themselves: a secretary who is
 * the mentee of a pairing in their own branch sees it as a mentee does (no risk notes, no
 * confidential visit notes, no talk assessment). Their OFFICER rules cover those records.
 */
const notAbout = (v: Viewer) => ({ $ne: v.officerId });

// Separation of duties (三员分立): the program's people (committee, secretaries, mentors) keep the
// content and administer no accounts; the system administrator keeps accounts, roles, branches
// and the roster and reads no content; the security auditor reads the audit log and the accounts.
// The committee no longer reads the audit log: the log records the committee's own reads of
// confidential talks, and those audited do not audit themselves. Secretaries no longer update
// officers: editing the roster is account and roster administration, the sysadmin's.

/**
 * 提醒: a person's inbox is theirs alone. What an entry may say is decided when it is computed, from
 * the records the recipient's own rules let them read; the entry itself is read by no one else.
 */
function ownInbox({ can }: Builder, v: Viewer) {
  can(['read', 'update'], 'Notification', { recipient: v.officerId });
}

function committee({ can }: Builder, v: Viewer) {
  const bureau = { bureau: v.bureauId };
  can('read', 'Bureau', { id: v.bureauId });
  can('read', ['Branch', 'Officer', 'ActionItem'], bureau);
  can('read', ['Pairing', 'Visit', 'OutcomeReview'], { ...bureau, mentee: notAbout(v) });
  // A confidential talk is readable by its talker and the committee, no one else.
  can('read', 'Talk', { ...bureau, talkee: notAbout(v) });
  can('create', 'Talk', { ...bureau, talkee: notAbout(v) });
  // The talker corrects their own talk; the service adds the 7-day lock with its clock.
  can('update', 'Talk', { talker: v.officerId });
  can('review', 'Pairing', { ...bureau, status: 'IN_REVIEW', mentee: notAbout(v) });
  can('create', 'OutcomeReview', { ...bureau, mentee: notAbout(v) });
  // Forums of the bureau, confidential minutes included (read like a confidential talk), and the
  // committee holds the bureau's own forums (交心会); problems anywhere in the bureau.
  can(['read', 'create'], 'Forum', bureau);
  can(['read', 'create', 'update', 'complete'], 'Problem', bureau);
  can('read', 'Dashboard', bureau);
  can('export', 'Ledger', bureau);
}

function secretary({ can }: Builder, v: Viewer) {
  const branch = { branch: v.branchId };
  const aboutOthers = { ...branch, mentee: notAbout(v) };
  can('read', 'Bureau', { id: v.bureauId });
  can('read', 'Branch', { id: v.branchId });
  can('read', 'Officer', branch);
  can(['read', 'create', 'update'], 'Pairing', aboutOthers);
  // Only an active pairing can be cancelled or handed in for review.
  can(['cancel', 'submit'], 'Pairing', { ...aboutOthers, status: 'ACTIVE' });
  can('read', ['Visit', 'OutcomeReview'], aboutOthers);
  // Marking an item done is part of updating it; 'complete' is spelled out so a check for it passes.
  can(['read', 'update', 'complete'], 'ActionItem', { ...branch, confidential: false });
  // A confidential talk's follow-ups go with the talk: its talker and the committee.
  can(['read', 'update', 'complete'], 'ActionItem', { confidential: true, createdBy: v.officerId });
  // Talk.branch is the talkee's branch.
  can('create', 'Talk', { ...branch, talkee: notAbout(v) });
  can('read', 'Talk', { ...branch, confidential: false, talkee: notAbout(v) });
  // The talks they held, confidential ones included (the talker and the committee read those).
  can(['read', 'update'], 'Talk', { talker: v.officerId });
  // Their branch's forums without the confidential minutes (the host and the committee read those).
  can('read', 'Forum', FORUM_FIELDS_WITHOUT_CONFIDENTIAL, branch);
  can('create', 'Forum', branch);
  // Problems raised in their branch and problems handed to their branch to fix.
  can(['read', 'create', 'update', 'complete'], 'Problem', branch);
  can(['read', 'update', 'complete'], 'Problem', { ownerBranch: v.branchId });
  can('read', 'Dashboard', branch);
  can('export', 'Ledger', branch);
}

function mentor({ can }: Builder, v: Viewer) {
  const pairs = { $in: [...v.mentoredPairingIds] };
  const mentees = { $in: [...v.menteeIds] };
  can('read', 'Bureau', { id: v.bureauId });
  can('read', 'Branch', { id: v.branchId });
  can('read', 'Officer', { id: mentees });
  can('read', 'Pairing', { id: pairs });
  can('read', 'Visit', { pairing: pairs });
  can('create', 'Visit', { pairing: pairs, mentee: mentees });
  // Their own visits until the mentee acknowledges; the service adds the 7-day lock with its clock.
  can('update', 'Visit', { author: v.officerId, pairing: pairs, acknowledgedAt: null });
  can('create', 'Talk', { talkee: mentees });
  can(['read', 'update'], 'Talk', { talker: v.officerId });
  can(['read', 'update', 'complete'], 'ActionItem', { pairing: pairs, confidential: false });
  // A confidential talk's follow-ups go with the talk: its talker and the committee.
  can(['read', 'update', 'complete'], 'ActionItem', { confidential: true, createdBy: v.officerId });
  can('read', 'OutcomeReview', { pairing: pairs });
}

function officer(b: Builder, v: Viewer) {
  const { can } = b;
  const self = v.officerId;
  can('read', 'Bureau', { id: v.bureauId });
  can('read', 'Branch', { id: v.branchId });
  can('read', 'Officer', { id: self });
  can('read', 'Pairing', PAIRING_FIELDS_FOR_MENTEE, { mentee: self });
  can('read', 'Visit', VISIT_FIELDS_FOR_MENTEE, { mentee: self });
  // 签字确认 once: an acknowledged visit cannot be acknowledged again.
  can('acknowledge', 'Visit', { mentee: self, acknowledgedAt: null });
  can('read', 'Talk', TALK_FIELDS_FOR_TALKEE, { talkee: self, confidential: false });
  can(['read', 'complete'], 'ActionItem', { owner: self, confidential: false });
  can('read', 'OutcomeReview', REVIEW_FIELDS_FOR_MENTEE, { mentee: self });
  ownInbox(b, v);
  // The host of a forum reads all of it and edits it; the service adds the 7-day lock with its clock.
  can(['read', 'update'], 'Forum', { host: self });
  const attended = v.attendedForumIds ?? [];
  if (attended.length > 0) {
    can('read', 'Forum', FORUM_FIELDS_WITHOUT_CONFIDENTIAL, { id: { $in: [...attended] } });
  }
  // A raiser reads what they raised (an anonymous problem names nobody, so nobody reads it this way);
  // whoever noted a problem (a host, a talker, a mentor) reads it; an owner reads and closes theirs.
  can('read', 'Problem', { raisedBy: self });
  can('read', 'Problem', { createdBy: self });
  can(['read', 'complete'], 'Problem', { owner: self });
}

function sysadmin({ can }: Builder, v: Viewer) {
  const bureau = { bureau: v.bureauId };
  // Not their own account or record: another sysadmin changes those, so no one raises, moves or
  // locks themselves (and nobody locks the last door behind them).
  const others = { ...bureau, id: { $ne: v.officerId } };
  can('read', 'Bureau', { id: v.bureauId });
  can(['read', 'create', 'update'], 'Branch', bureau);
  // The roster fields only: no flag reason, pairing or mentoring load (no count by person either).
  can('read', 'Officer', OFFICER_ROSTER_FIELDS, bureau);
  can(['create', 'update'], 'Officer', bureau);
  can(['transfer', 'deactivate'], 'Officer', others);
  can(['read', 'create'], 'Account', bureau);
  can(['update', 'resetPassword'], 'Account', others);
  can('import', 'Roster', bureau);
  // The reminder channels (webhook, e-mail), the digest hour and the thresholds: configuration,
  // not content. The sysadmin has no inbox: they are told about no record.
  can(['read', 'update'], 'ReminderSettings', bureau);
}

function auditor({ can }: Builder, v: Viewer) {
  can('read', 'Bureau', { id: v.bureauId });
  // The log says who did what and names records by id; the records themselves stay closed.
  can('read', 'AuditEvent', { bureau: v.bureauId });
  can('read', 'Account', { bureau: v.bureauId });
}

const byRole: Record<Role, (b: Builder, v: Viewer) => void> = {
  COMMITTEE: committee,
  SECRETARY: secretary,
  MENTOR: mentor,
  OFFICER: officer,
  SYSADMIN: sysadmin,
  AUDITOR: auditor,
};

/** The rules one role alone gives this viewer (the permissions document lists them role by role). */
export function rulesForRole(role: Role, v: Viewer) {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  byRole[role](builder, v);
  return builder.rules;
}

/**
 * The roles whose rules apply: every account is an officer; mentoring a pairing makes one a mentor.
 * SYSADMIN and AUDITOR are held alone and make no officer or mentor of their holder; an account
 * stored with one of them beside any other role (the services refuse to write one) gets no role
 * at all: deny by default rather than guess which was meant.
 */
export function effectiveRoles(v: Viewer): Role[] {
  for (const r of v.roles) {
    if (!(ROLES as readonly string[]).includes(r)) throw new Error(`Unknown role: ${r}`);
  }
  const exclusive = v.roles.filter(isExclusiveRole) as Role[];
  if (exclusive.length > 0) return new Set(v.roles).size === 1 ? [exclusive[0]] : [];
  const roles = new Set<Role>(v.roles as Role[]);
  roles.add(Role.OFFICER);
  if (v.mentoredPairingIds.length > 0) roles.add(Role.MENTOR);
  return ROLES.filter((r) => roles.has(r));
}

/** GraphQL objects carry `__typename`; records built with `subject('Visit', {...})` carry CASL's own mark. */
export function detectSubjectType(o: SubjectRecord): SubjectName {
  if (o.__typename) return o.__typename;
  const marked = caslSubjectType(o);
  if (marked && marked !== 'Object') return marked as SubjectName;
  throw new Error('Subject without __typename');
}

/** Rules of a viewer: the union of the rules of each of their roles (deny by default). */
export function defineRulesFor(v: Viewer) {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  if (v.mustChangePassword) return builder.rules;
  for (const role of effectiveRoles(v)) byRole[role](builder, v);
  return builder.rules;
}

export function defineAbilityFor(v: Viewer): AppAbility {
  return createMongoAbility(defineRulesFor(v), { detectSubjectType });
}

export function abilityFromRules(rules: AppAbility['rules']): AppAbility {
  return createMongoAbility(rules, { detectSubjectType });
}
