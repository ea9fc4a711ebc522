import { AbilityBuilder, createMongoAbility, type MongoAbility, type MongoQuery } from '@casl/ability';
import { Role, ROLES } from '../enums.js';
import {
  type Action,
  type SubjectName,
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
}

type Builder = AbilityBuilder<AppAbility>;

function committee({ can }: Builder, v: Viewer) {
  const bureau = { bureau: v.bureauId };
  can('read', ['Bureau'], { id: v.bureauId });
  can('read', ['Branch', 'Officer', 'Pairing', 'Visit', 'ActionItem', 'OutcomeReview', 'AuditEvent'], bureau);
  // A confidential talk is readable by its talker and the committee, no one else.
  can('read', 'Talk', bureau);
  can('create', 'Talk', bureau);
  can('review', 'Pairing', { bureau: v.bureauId, status: 'IN_REVIEW' });
  can('create', 'OutcomeReview', bureau);
  can('read', 'Dashboard', bureau);
  can('export', 'Ledger', bureau);
}

function secretary({ can }: Builder, v: Viewer) {
  const branch = { branch: v.branchId };
  can('read', 'Bureau', { id: v.bureauId });
  can('read', 'Branch', { id: v.branchId });
  can(['read', 'update'], 'Officer', branch);
  can(['read', 'create', 'update', 'cancel', 'submit'], 'Pairing', branch);
  can('read', ['Visit', 'OutcomeReview'], branch);
  can(['read', 'update', 'complete'], 'ActionItem', branch);
  can('create', 'Talk', branch);
  can('read', 'Talk', { branch: v.branchId, confidential: false });
  can('read', 'Talk', { talker: v.officerId });
  can('read', 'Dashboard', branch);
  can('export', 'Ledger', branch);
}

function mentor({ can }: Builder, v: Viewer) {
  const pairs = { $in: [...v.mentoredPairingIds] };
  can('read', 'Bureau', { id: v.bureauId });
  can('read', 'Branch', { id: v.branchId });
  can('read', 'Officer', { id: { $in: [...v.menteeIds] } });
  can('read', 'Pairing', { id: pairs });
  can('read', 'Visit', { pairing: pairs });
  can('create', 'Visit', { pairing: pairs, mentee: { $in: [...v.menteeIds] } });
  // The service adds the time lock (acknowledged, or older than 7 days) with its clock.
  can('update', 'Visit', { author: v.officerId, pairing: pairs });
  can('create', 'Talk', { talkee: { $in: [...v.menteeIds] } });
  can('read', 'Talk', { talker: v.officerId });
  can(['read', 'update', 'complete'], 'ActionItem', { pairing: pairs });
  can('read', 'OutcomeReview', { pairing: pairs });
}

function officer({ can }: Builder, v: Viewer) {
  const self = v.officerId;
  can('read', 'Bureau', { id: v.bureauId });
  can('read', 'Branch', { id: v.branchId });
  can('read', 'Officer', { id: self });
  can('read', 'Pairing', PAIRING_FIELDS_FOR_MENTEE, { mentee: self });
  can('read', 'Visit', VISIT_FIELDS_FOR_MENTEE, { mentee: self });
  can('acknowledge', 'Visit', { mentee: self });
  can('read', 'Talk', TALK_FIELDS_FOR_TALKEE, { talkee: self, confidential: false });
  can('read', 'ActionItem', { owner: self });
  can('complete', 'ActionItem', { owner: self });
  can('read', 'OutcomeReview', REVIEW_FIELDS_FOR_MENTEE, { mentee: self });
}

const byRole: Record<Role, (b: Builder, v: Viewer) => void> = {
  COMMITTEE: committee,
  SECRETARY: secretary,
  MENTOR: mentor,
  OFFICER: officer,
};

/** The roles whose rules apply: every account is an officer; mentoring a pairing makes one a mentor. */
export function effectiveRoles(v: Viewer): Role[] {
  for (const r of v.roles) {
    if (!(ROLES as readonly string[]).includes(r)) throw new Error(`Unknown role: ${r}`);
  }
  const roles = new Set<Role>(v.roles as Role[]);
  roles.add(Role.OFFICER);
  if (v.mentoredPairingIds.length > 0) roles.add(Role.MENTOR);
  return ROLES.filter((r) => roles.has(r));
}

export function detectSubjectType(o: SubjectRecord): SubjectName {
  if (!o.__typename) throw new Error('Subject without __typename');
  return o.__typename;
}

/** Rules of a viewer: the union of the rules of each of their roles (deny by default). */
export function defineRulesFor(v: Viewer) {
  const builder = new AbilityBuilder<AppAbility>(createMongoAbility);
  for (const role of effectiveRoles(v)) byRole[role](builder, v);
  return builder.rules;
}

export function defineAbilityFor(v: Viewer): AppAbility {
  return createMongoAbility(defineRulesFor(v), { detectSubjectType });
}

export function abilityFromRules(rules: AppAbility['rules']): AppAbility {
  return createMongoAbility(rules, { detectSubjectType });
}
