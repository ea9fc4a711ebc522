import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import { defineAbilityFor, defineRulesFor, effectiveRoles, type Viewer } from './ability.js';
import { PAIRING_FIELDS_FOR_MENTEE, REVIEW_FIELDS_FOR_MENTEE, type SubjectName } from './subjects.js';

// Two branches (A = 10, B = 20) of bureau 1, another bureau 2. Officer 4 is the mentee of
// pairing 100 in branch A, mentored by 3; officer 8 the mentee of pairing 200 in branch B.
const committee: Viewer = {
  officerId: 1,
  bureauId: 1,
  branchId: 99,
  roles: ['COMMITTEE'],
  mentoredPairingIds: [],
  menteeIds: [],
};
const secretary: Viewer = {
  officerId: 2,
  bureauId: 1,
  branchId: 10,
  roles: ['SECRETARY'],
  mentoredPairingIds: [],
  menteeIds: [],
};
const mentor: Viewer = {
  officerId: 3,
  bureauId: 1,
  branchId: 10,
  roles: ['MENTOR'],
  mentoredPairingIds: [100],
  menteeIds: [4],
};
const officer: Viewer = { officerId: 4, bureauId: 1, branchId: 10, roles: [], mentoredPairingIds: [], menteeIds: [] };

const rec = (type: SubjectName, fields: Record<string, unknown>) => subject(type, { ...fields });
const pairingA = (extra: Record<string, unknown> = {}) =>
  rec('Pairing', { id: 100, bureau: 1, branch: 10, mentee: 4, status: 'ACTIVE', ...extra });
const pairingB = (extra: Record<string, unknown> = {}) =>
  rec('Pairing', { id: 200, bureau: 1, branch: 20, mentee: 8, status: 'ACTIVE', ...extra });
const visitA = (extra: Record<string, unknown> = {}) =>
  rec('Visit', { id: 1, pairing: 100, bureau: 1, branch: 10, mentee: 4, author: 3, acknowledgedAt: null, ...extra });
const visitB = () => rec('Visit', { id: 2, pairing: 200, bureau: 1, branch: 20, mentee: 8, author: 7 });
const talk = (extra: Record<string, unknown>) =>
  rec('Talk', { id: 1, bureau: 1, branch: 10, talker: 1, talkee: 4, confidential: false, ...extra });

describe('roles', () => {
  it('throws on an unknown role', () => {
    expect(() => defineRulesFor({ ...officer, roles: ['ADMIN'] })).toThrow(/Unknown role: ADMIN/);
  });

  it('makes everyone an officer and a current mentor a mentor', () => {
    expect(effectiveRoles(officer)).toEqual(['OFFICER']);
    expect(effectiveRoles({ ...officer, mentoredPairingIds: [5], menteeIds: [6] })).toEqual(['MENTOR', 'OFFICER']);
    expect(effectiveRoles({ ...secretary, roles: ['SECRETARY', 'COMMITTEE'] })).toEqual([
      'COMMITTEE',
      'SECRETARY',
      'OFFICER',
    ]);
  });

  it('adds the abilities of several roles up', () => {
    const both = defineAbilityFor({ ...secretary, mentoredPairingIds: [200], menteeIds: [8] });
    expect(both.can('read', pairingA())).toBe(true); // as secretary of A
    expect(both.can('read', pairingB())).toBe(true); // as mentor of 200
    expect(both.can('create', rec('Visit', { pairing: 200, mentee: 8 }))).toBe(true);
    expect(both.can('create', rec('Visit', { pairing: 100, mentee: 4 }))).toBe(false);
  });

  it('detects the subject from __typename (GraphQL objects) or subject()', () => {
    const a = defineAbilityFor(officer);
    expect(a.can('read', { __typename: 'Pairing', mentee: 4 }, 'status')).toBe(true);
    expect(a.can('read', pairingA(), 'status')).toBe(true);
    expect(() => a.can('read', { mentee: 4 } as never)).toThrow(/__typename/);
  });

  it('allows nothing outside the table (deny by default)', () => {
    const a = defineAbilityFor(officer);
    for (const action of ['create', 'update', 'cancel', 'submit', 'review', 'export'] as const) {
      for (const s of ['Pairing', 'Visit', 'Talk', 'ActionItem', 'OutcomeReview', 'Officer', 'Ledger'] as const) {
        expect(a.can(action, s), `${action} ${s}`).toBe(false);
      }
    }
    expect(a.can('read', 'AuditEvent')).toBe(false);
    expect(a.can('read', 'Dashboard')).toBe(false);
  });
});

describe('COMMITTEE (own bureau)', () => {
  const a = defineAbilityFor(committee);
  it('reads everything of the bureau, nothing of another', () => {
    expect(a.can('read', pairingB(), 'riskNotes')).toBe(true);
    expect(a.can('read', visitB(), 'confidentialNotes')).toBe(true);
    expect(a.can('read', talk({ confidential: true, talker: 2 }), 'assessment')).toBe(true);
    expect(a.can('read', rec('Branch', { id: 20, bureau: 1 }))).toBe(true);
    expect(a.can('read', rec('Officer', { id: 8, bureau: 1, branch: 20 }))).toBe(true);
    expect(a.can('read', rec('ActionItem', { bureau: 1, branch: 20, confidential: false }))).toBe(true);
    expect(a.can('read', rec('OutcomeReview', { bureau: 1, branch: 20, mentee: 8 }), 'rating')).toBe(true);
    expect(a.can('read', pairingB({ bureau: 2 }))).toBe(false);
    expect(a.can('read', rec('Bureau', { id: 2 }))).toBe(false);
  });
  it('reads no audit log and administers no account (三员分立)', () => {
    expect(a.can('read', rec('AuditEvent', { bureau: 1 }))).toBe(false);
    expect(a.can('read', 'Account')).toBe(false);
    expect(a.can('update', rec('Officer', { id: 8, bureau: 1, branch: 20 }))).toBe(false);
  });
  it('reviews a pairing only while it is in review', () => {
    expect(a.can('review', pairingB({ status: 'IN_REVIEW' }))).toBe(true);
    expect(a.can('review', pairingB({ status: 'ACTIVE' }))).toBe(false);
    expect(a.can('create', rec('OutcomeReview', { bureau: 1, mentee: 8 }))).toBe(true);
  });
  it('talks with anyone in the bureau', () => {
    expect(a.can('create', talk({ talkee: 8, branch: 20 }))).toBe(true);
    expect(a.can('create', talk({ bureau: 2 }))).toBe(false);
  });
  it('does not manage pairings, log visits or mark items', () => {
    expect(a.can('create', 'Pairing')).toBe(false);
    expect(a.can('create', 'Visit')).toBe(false);
    expect(a.can('update', 'ActionItem')).toBe(false);
  });
});

describe('SECRETARY (own branch)', () => {
  const a = defineAbilityFor(secretary);
  it('runs the pairs of their branch', () => {
    for (const action of ['read', 'create', 'update', 'cancel', 'submit'] as const) {
      expect(a.can(action, pairingA()), action).toBe(true);
      expect(a.can(action, pairingB()), action).toBe(false);
    }
    expect(a.can('cancel', pairingA({ status: 'IN_REVIEW' }))).toBe(false);
    expect(a.can('submit', pairingA({ status: 'CONCLUDED' }))).toBe(false);
    expect(a.can('review', pairingA({ status: 'IN_REVIEW' }))).toBe(false);
    expect(a.can('read', pairingA(), 'riskNotes')).toBe(true);
  });
  it('reads their branch’s officers and edits no roster or account', () => {
    expect(a.can('read', rec('Officer', { id: 4, bureau: 1, branch: 10 }))).toBe(true);
    expect(a.can('update', rec('Officer', { id: 4, bureau: 1, branch: 10 }))).toBe(false);
    expect(a.can('read', rec('Officer', { id: 8, bureau: 1, branch: 20 }))).toBe(false);
    expect(a.can('read', 'Account')).toBe(false);
  });
  it('reads visits and reviews of the branch, logs no visit', () => {
    expect(a.can('read', visitA(), 'confidentialNotes')).toBe(true);
    expect(a.can('read', visitB())).toBe(false);
    expect(a.can('create', visitA())).toBe(false);
    expect(a.can('update', visitA())).toBe(false);
    expect(a.can('read', rec('OutcomeReview', { branch: 10, mentee: 4 }), 'rating')).toBe(true);
    expect(a.can('read', rec('OutcomeReview', { branch: 20, mentee: 8 }))).toBe(false);
  });
  it('reads non-confidential talks of the branch and every talk they held', () => {
    expect(a.can('read', talk({}), 'assessment')).toBe(true);
    expect(a.can('read', talk({ confidential: true }))).toBe(false);
    expect(a.can('read', talk({ confidential: true, talker: 2 }), 'assessment')).toBe(true);
    expect(a.can('read', talk({ confidential: true, talker: 2, branch: 20, talkee: 8 }))).toBe(true);
    expect(a.can('read', talk({ branch: 20, talkee: 8 }))).toBe(false);
    expect(a.can('create', talk({ talker: 2 }))).toBe(true);
    expect(a.can('create', talk({ talker: 2, branch: 20, talkee: 8 }))).toBe(false);
  });
  it('reads and updates the branch’s action items', () => {
    expect(a.can('update', rec('ActionItem', { branch: 10, owner: 4, confidential: false }))).toBe(true);
    expect(a.can('update', rec('ActionItem', { branch: 20, owner: 8, confidential: false }))).toBe(false);
  });
  it('sees what is written about themselves only as a mentee does', () => {
    const own = pairingA({ mentee: 2 });
    expect(a.can('read', own, 'riskNotes')).toBe(false);
    expect(a.can('read', own, 'status')).toBe(true);
    expect(a.can('update', own)).toBe(false);
    expect(a.can('read', visitA({ mentee: 2 }), 'confidentialNotes')).toBe(false);
    expect(a.can('read', talk({ talkee: 2 }), 'assessment')).toBe(false);
    expect(a.can('read', talk({ talkee: 2 }), 'topics')).toBe(true);
  });
});

describe('MENTOR (pairs they are on)', () => {
  const a = defineAbilityFor(mentor);
  it('reads their pairs and mentees, nothing else', () => {
    expect(a.can('read', pairingA(), 'riskNotes')).toBe(true);
    expect(a.can('read', pairingB())).toBe(false);
    expect(a.can('update', pairingA())).toBe(false);
    expect(a.can('read', rec('Officer', { id: 4, branch: 10 }))).toBe(true);
    expect(a.can('read', rec('Officer', { id: 5, branch: 10 }))).toBe(false);
  });
  it('logs visits on their pairs and edits their own until acknowledged', () => {
    expect(a.can('read', visitA(), 'confidentialNotes')).toBe(true);
    expect(a.can('create', rec('Visit', { pairing: 100, mentee: 4 }))).toBe(true);
    expect(a.can('create', rec('Visit', { pairing: 200, mentee: 8 }))).toBe(false);
    expect(a.can('update', visitA())).toBe(true);
    expect(a.can('update', visitA({ author: 9 }))).toBe(false);
    expect(a.can('update', visitA({ acknowledgedAt: new Date() }))).toBe(false);
    expect(a.can('read', visitB())).toBe(false);
  });
  it('talks with their mentees and reads the talks they held', () => {
    expect(a.can('create', talk({ talker: 3, talkee: 4 }))).toBe(true);
    expect(a.can('create', talk({ talker: 3, talkee: 5 }))).toBe(false);
    expect(a.can('read', talk({ talker: 3, confidential: true }), 'assessment')).toBe(true);
    expect(a.can('read', talk({ talker: 1 }))).toBe(false);
  });
  it('reads and updates action items and reads reviews of their pairs', () => {
    expect(a.can('update', rec('ActionItem', { pairing: 100, confidential: false }))).toBe(true);
    expect(a.can('update', rec('ActionItem', { pairing: 200, confidential: false }))).toBe(false);
    expect(a.can('read', rec('OutcomeReview', { pairing: 100 }), 'rating')).toBe(true);
    expect(a.can('read', rec('OutcomeReview', { pairing: 200 }))).toBe(false);
  });
  it('loses a handed-over pairing', () => {
    const former = defineAbilityFor({ ...mentor, roles: [], mentoredPairingIds: [], menteeIds: [] });
    expect(former.can('read', pairingA())).toBe(false);
    expect(former.can('create', rec('Visit', { pairing: 100, mentee: 4 }))).toBe(false);
  });
});

describe('OFFICER (self)', () => {
  const a = defineAbilityFor(officer);
  it('reads their own pairing without the risk notes', () => {
    expect(a.can('read', pairingA(), 'status')).toBe(true);
    expect(a.can('read', pairingA(), 'riskNotes')).toBe(false);
    expect(a.can('read', pairingB())).toBe(false);
    expect(PAIRING_FIELDS_FOR_MENTEE).not.toContain('riskNotes');
  });
  it('reads and acknowledges visits on their pairing, without confidential notes', () => {
    expect(a.can('read', visitA(), 'summary')).toBe(true);
    expect(a.can('read', visitA(), 'confidentialNotes')).toBe(false);
    expect(a.can('acknowledge', visitA())).toBe(true);
    expect(a.can('acknowledge', visitA({ acknowledgedAt: new Date() }))).toBe(false);
    expect(a.can('acknowledge', visitB())).toBe(false);
    expect(a.can('update', visitA())).toBe(false);
  });
  it('reads non-confidential talks with them, without the assessment', () => {
    expect(a.can('read', talk({}), 'guidance')).toBe(true);
    expect(a.can('read', talk({}), 'assessment')).toBe(false);
    expect(a.can('read', talk({ confidential: true }))).toBe(false);
    expect(a.can('read', talk({ talkee: 5 }))).toBe(false);
  });
  it('reads and marks done their own action items', () => {
    expect(a.can('complete', rec('ActionItem', { owner: 4, confidential: false }))).toBe(true);
    expect(a.can('read', rec('ActionItem', { owner: 4, confidential: false }))).toBe(true);
    expect(a.can('update', rec('ActionItem', { owner: 4, confidential: false }))).toBe(false);
    expect(a.can('complete', rec('ActionItem', { owner: 5, confidential: false }))).toBe(false);
  });
  it('reads only the decision of a review of their pairing', () => {
    const review = rec('OutcomeReview', { pairing: 100, mentee: 4, branch: 10 });
    expect(a.can('read', review, 'decision')).toBe(true);
    for (const hidden of ['rating', 'comments', 'submissionSummary', 'reviewer']) {
      expect(a.can('read', review, hidden), hidden).toBe(false);
    }
    expect(REVIEW_FIELDS_FOR_MENTEE).toContain('decision');
    expect(a.can('read', rec('OutcomeReview', { mentee: 8 }))).toBe(false);
  });
  it('reads themselves, their branch and bureau only', () => {
    expect(a.can('read', rec('Officer', { id: 4 }))).toBe(true);
    expect(a.can('read', rec('Officer', { id: 3 }))).toBe(false);
    expect(a.can('read', rec('Branch', { id: 10 }))).toBe(true);
    expect(a.can('read', rec('Branch', { id: 20 }))).toBe(false);
    expect(a.can('read', rec('Bureau', { id: 1 }))).toBe(true);
  });
});

const sysadmin: Viewer = {
  officerId: 50,
  bureauId: 1,
  branchId: 99,
  roles: ['SYSADMIN'],
  mentoredPairingIds: [],
  menteeIds: [],
};
const auditor: Viewer = { ...sysadmin, officerId: 51, roles: ['AUDITOR'] };
const CONTENT = ['Pairing', 'Visit', 'Talk', 'ActionItem', 'OutcomeReview', 'Dashboard', 'Ledger'] as const;

describe('SYSADMIN and AUDITOR are held alone (三员分立)', () => {
  it('makes no officer or mentor of them, even while a pairing names them', () => {
    expect(effectiveRoles(sysadmin)).toEqual(['SYSADMIN']);
    expect(effectiveRoles({ ...auditor, mentoredPairingIds: [100], menteeIds: [4] })).toEqual(['AUDITOR']);
  });
  it('gives an account holding one of them beside another role no rights at all', () => {
    for (const roles of [
      ['SYSADMIN', 'AUDITOR'],
      ['SYSADMIN', 'SECRETARY'],
      ['AUDITOR', 'COMMITTEE'],
    ]) {
      expect(effectiveRoles({ ...sysadmin, roles }), roles.join()).toEqual([]);
      expect(defineRulesFor({ ...sysadmin, roles }), roles.join()).toEqual([]);
    }
  });
  it('gives an account that must change its password no rules', () => {
    expect(defineRulesFor({ ...committee, mustChangePassword: true })).toEqual([]);
  });
});

describe('SYSADMIN (own bureau, no content)', () => {
  const a = defineAbilityFor(sysadmin);
  it('administers branches, the roster and accounts of the bureau', () => {
    for (const action of ['read', 'create', 'update'] as const) {
      expect(a.can(action, rec('Branch', { id: 20, bureau: 1 })), action).toBe(true);
      expect(a.can(action, rec('Branch', { id: 30, bureau: 2 })), action).toBe(false);
    }
    const o8 = rec('Officer', { id: 8, bureau: 1, branch: 20 });
    for (const action of ['read', 'update', 'transfer', 'deactivate'] as const) expect(a.can(action, o8)).toBe(true);
    for (const action of ['read', 'create', 'update', 'resetPassword'] as const)
      expect(a.can(action, rec('Account', { id: 8, bureau: 1 })), action).toBe(true);
    expect(a.can('read', rec('Account', { id: 9, bureau: 2 }))).toBe(false);
  });
  it('reads the roster fields of an officer, not why they were flagged nor their pairing or load', () => {
    const o8 = rec('Officer', { id: 8, bureau: 1, branch: 20 });
    for (const f of ['name', 'badgeNumber', 'category', 'position', 'phone', 'branch', 'disabled'])
      expect(a.can('read', o8, f), f).toBe(true);
    for (const f of ['flaggedReason', 'currentPairing', 'activeMentoringCount'])
      expect(a.can('read', o8, f), f).toBe(false);
  });
  it('does not change, move or lock their own account', () => {
    expect(a.can('update', rec('Account', { id: 50, bureau: 1 }))).toBe(false);
    expect(a.can('resetPassword', rec('Account', { id: 50, bureau: 1 }))).toBe(false);
    expect(a.can('deactivate', rec('Officer', { id: 50, bureau: 1, branch: 99 }))).toBe(false);
    expect(a.can('transfer', rec('Officer', { id: 50, bureau: 1, branch: 99 }))).toBe(false);
  });
  it('reads no content and no audit log', () => {
    for (const s of CONTENT)
      for (const action of ['read', 'create', 'export'] as const) expect(a.can(action, s)).toBe(false);
    expect(a.can('read', 'AuditEvent')).toBe(false);
  });
});

describe('AUDITOR (the audit log, no content)', () => {
  const a = defineAbilityFor(auditor);
  it('reads the bureau’s audit log and accounts, changes nothing', () => {
    expect(a.can('read', rec('AuditEvent', { bureau: 1 }))).toBe(true);
    expect(a.can('read', rec('AuditEvent', { bureau: 2 }))).toBe(false);
    expect(a.can('read', rec('Account', { id: 8, bureau: 1 }))).toBe(true);
    for (const action of ['create', 'update', 'resetPassword'] as const) expect(a.can(action, 'Account')).toBe(false);
  });
  it('reads no content, roster or branch', () => {
    for (const s of [...CONTENT, 'Officer', 'Branch'] as const) expect(a.can('read', s), s).toBe(false);
  });
});

describe('a confidential talk’s action items', () => {
  const item = (over: Record<string, unknown> = {}) =>
    rec('ActionItem', { bureau: 1, branch: 10, pairing: 100, owner: 4, createdBy: 9, confidential: true, ...over });
  it('are read by the committee and the talker who created them, by no one else', () => {
    expect(defineAbilityFor(committee).can('read', item())).toBe(true);
    expect(defineAbilityFor(secretary).can('read', item())).toBe(false);
    expect(defineAbilityFor(mentor).can('read', item())).toBe(false);
    expect(defineAbilityFor(officer).can('read', item())).toBe(false);
    expect(defineAbilityFor(secretary).can('update', item({ createdBy: secretary.officerId }))).toBe(true);
  });
});
