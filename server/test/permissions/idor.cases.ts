import type { BranchSet, Fixture, Fresh } from './fixture.js';
import type { User } from './harness.js';
import { DOCS, Inputs } from './inputs.js';

// The IDOR cases, keyed by `operation.argumentPath`. Each attempt swaps in the id of a record the
// viewer must not reach: another branch's ("branch B"), another mentor's or mentee's in the same
// branch, or the other bureau's ("bureau Z", for the committee). `own` is the control: the same
// question about a record of their own, which must get a different answer (for mutations a fresh
// record, since it may succeed).

export type Kind = 'byId' | 'list' | 'error';
type Vars = Record<string, unknown>;

export interface Attempt {
  as: User;
  whose: string;
  kind: Kind;
  doc: string;
  vars: (id: string) => Vars | Promise<Vars>;
  foreign: number;
  own?: number | (() => Promise<number>);
}

export interface CaseContext {
  fx: Fixture;
  i: Inputs;
  fresh: Fresh;
}

type Build = (ctx: CaseContext) => Attempt[];

const att =
  (kind: Kind, doc: string, vars: Attempt['vars']) =>
  (as: User, whose: string, foreign: number, own?: Attempt['own']): Attempt => ({
    as,
    whose,
    kind,
    doc,
    vars,
    foreign,
    own,
  });

const byId = (doc: string) => att('byId', doc, (id) => ({ id }));
const filter = (doc: string, key: string, extra: Vars = {}) =>
  att('list', doc, (id) => ({ f: { [key]: id, ...extra } }));

/** Ids of the record a mutation acts on: out of scope is NOT_FOUND, like a missing one. */
export const ACTED_ON = new Set([
  'acknowledgeVisit.id',
  'cancelPairing.id',
  'submitPairingForReview.id',
  'updatePairing.input.id',
  'reviewPairing.input.pairingId',
  'updateVisit.input.id',
  'updateActionItem.input.id',
  'editActionItem.input.id',
  'updateTalk.input.id',
  'logVisit.input.pairingId',
  'recordTalk.input.talkeeId',
  'recordTalk.input.pairingId',
  'createPairing.input.menteeId',
  'exportLedger.input.branchId',
  'renameBranch.input.id',
  'createOfficer.input.branchId',
  'updateOfficer.input.id',
  'transferOfficer.input.officerId',
  'transferOfficer.input.branchId',
  'deactivateOfficer.input.officerId',
  'createAccount.input.officerId',
  'setAccountRoles.input.officerId',
  'disableAccount.officerId',
  'enableAccount.officerId',
  'resetPassword.officerId',
  'createForum.input.branchId',
  'updateForum.input.id',
  'markForumAttendance.input.forumId',
  'raiseProblem.input.forumId',
  'raiseProblem.input.talkId',
  'raiseProblem.input.visitId',
  'fixOnTheSpot.input.id',
  'startRectifying.input.id',
  'closeProblem.input.id',
  'declineProblem.input.id',
  'logProblemFollowUp.input.problemId',
]);

/** Operations whose arguments name no record. */
export const NO_RECORD_IDS = new Set([
  'login',
  'logout',
  'me',
  'branches',
  'reviewQueue',
  'accounts',
  'createBranch',
  'changePassword',
  // The viewer's own inbox, digest setting and bureau settings: nothing names whose.
  'notifications',
  'notificationCounts',
  'dueSummary',
  'markAllNotificationsRead',
  'reminderPreference',
  'updateReminderPreference',
  'reminderSettings',
  'updateReminderSettings',
  'problemCategories',
]);

/** An input with some of its fields replaced. */
function withInput(vars: { input: Record<string, unknown> }, extra: Record<string, unknown>) {
  return { input: { ...vars.input, ...extra } };
}

/** raiseProblem with the set's category, a text and the origin or field given. */
function raise(set: BranchSet, extra: Record<string, unknown>) {
  return { input: { categoryId: String(set.problem.category.id), text: '测试问题', ...extra } };
}

/** A status change of another branch's problem; the control is a fresh problem of their own. */
function problemStep({ fx: { a, b }, fresh }: CaseContext, doc: string, extra: Record<string, unknown>): Attempt {
  return att('error', doc, (id) => ({ input: { id, ...extra } }))(
    'secretary',
    'branch B',
    b.problem.id,
    async () => (await fresh.problem(a)).id,
  );
}

export const CASES: Record<string, Build> = {
  // ---- forums and problems: records by id, list filters, the record acted on, and the people,
  // branches and categories an input names (another bureau's are the same as missing ones)
  'forum.id': ({ fx: { a, b, z } }) => [
    byId(DOCS.forum)('secretary', 'branch B', b.forum.id, a.forum.id),
    byId(DOCS.forum)('officer2', 'branch A', a.forum.id, b.forum.id),
    byId(DOCS.forum)('committee', 'bureau Z', z.forum.id, b.forum.id),
  ],
  'problem.id': ({ fx: { a, b, z } }) => [
    byId(DOCS.problem)('secretary', 'branch B', b.problem.id, a.problem.id),
    byId(DOCS.problem)('officer', 'an anonymous', a.anonymousProblem.id, a.problem.id),
    byId(DOCS.problem)('committee', 'bureau Z', z.problem.id, b.problem.id),
  ],
  'forums.filter.branchId': ({ fx: { a, b } }) => [
    filter(DOCS.forums, 'branchId')('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'forums.filter.hostId': ({ fx: { a, b } }) => [
    filter(DOCS.forums, 'hostId')('secretary', 'branch B', b.secretary.id, a.secretary.id),
  ],
  // The attendees of a forum the viewer reads are on it for them to see: the foreign one is another bureau's.
  'forums.filter.attendeeId': ({ fx: { a, z } }) => [
    filter(DOCS.forums, 'attendeeId')('secretary', 'bureau Z', z.officer.id, a.officer.id),
  ],
  'problems.filter.categoryId': ({ fx: { b, z } }) => [
    filter(DOCS.problems, 'categoryId')('committee', 'bureau Z', z.problem.category.id, b.problem.category.id),
  ],
  'problems.filter.ownerId': ({ fx: { b } }) => [
    filter(DOCS.problems, 'ownerId')('secretary', 'branch B', b.officer.id),
  ],
  'problems.filter.ownerBranchId': ({ fx: { a, b } }) => [
    filter(DOCS.problems, 'ownerBranchId')('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'problems.filter.branchId': ({ fx: { a, b } }) => [
    filter(DOCS.problems, 'branchId')('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'problems.filter.forumId': ({ fx: { a, b } }) => [
    filter(DOCS.problems, 'forumId')('secretary', 'branch B', b.forum.id, a.forum.id),
  ],
  'problems.filter.talkId': ({ fx: { b } }) => [
    filter(DOCS.problems, 'talkId')('secretary', 'branch B', b.talkBySecretary.id),
  ],
  'problems.filter.visitId': ({ fx: { b } }) => [
    filter(DOCS.problems, 'visitId')('secretary', 'branch B', b.visitOpen.id),
  ],
  'createForum.input.branchId': ({ fx: { a, b }, i }) => [
    att('error', DOCS.createForum, (id) => i.createForum(id))('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'createForum.input.hostId': ({ fx: { a, z }, i }) => [
    att('error', DOCS.createForum, (id) => withInput(i.createForum(a.branch.id), { hostId: id }))(
      'secretary',
      'bureau Z',
      z.officer.id,
      a.officer.id,
    ),
  ],
  'createForum.input.attendees.officerId': ({ fx: { a, z }, i }) => [
    att('error', DOCS.createForum, (id) => withInput(i.createForum(a.branch.id), { attendees: [{ officerId: id }] }))(
      'secretary',
      'bureau Z',
      z.officer.id,
      a.officer.id,
    ),
  ],
  'createForum.input.problems.categoryId': ({ fx: { a, z }, i }) => [
    att('error', DOCS.createForum, (id) =>
      withInput(i.createForum(a.branch.id), { problems: [{ categoryId: id, text: '问题' }] }),
    )('secretary', 'bureau Z', z.problem.category.id, a.problem.category.id),
  ],
  'createForum.input.problems.raisedById': ({ fx: { a, z }, i }) => [
    att('error', DOCS.createForum, (id) =>
      withInput(i.createForum(a.branch.id), {
        problems: [{ categoryId: String(a.problem.category.id), text: '问题', raisedById: id }],
      }),
    )('secretary', 'bureau Z', z.officer.id),
  ],
  'createForum.input.problems.ownerId': ({ fx: { a, z }, i }) => [
    att('error', DOCS.createForum, (id) =>
      withInput(i.createForum(a.branch.id), {
        problems: [{ categoryId: String(a.problem.category.id), text: '问题', ownerId: id }],
      }),
    )('secretary', 'bureau Z', z.officer.id, a.officer.id),
  ],
  'createForum.input.problems.ownerBranchId': ({ fx: { a, z }, i }) => [
    att('error', DOCS.createForum, (id) =>
      withInput(i.createForum(a.branch.id), {
        problems: [{ categoryId: String(a.problem.category.id), text: '问题', ownerBranchId: id }],
      }),
    )('secretary', 'bureau Z', z.branch.id, a.branch.id),
  ],
  'updateForum.input.id': ({ fx: { a, b }, fresh }) => [
    att('error', DOCS.updateForum, (id) => ({ input: { id, version: 1, title: '改' } }))(
      'secretary',
      'branch B',
      b.forum.id,
      async () => (await fresh.forum(a, a.secretary.id)).id,
    ),
  ],
  'updateForum.input.hostId': ({ fx: { a, z }, fresh }) => {
    const forum = fresh.forum(a, a.secretary.id);
    return [
      att('error', DOCS.updateForum, async (id) => ({
        input: { id: String((await forum).id), version: 1, hostId: id },
      }))('secretary', 'bureau Z', z.officer.id, a.officer.id),
    ];
  },
  'updateForum.input.attendees.officerId': ({ fx: { a, z }, fresh }) => {
    const forum = fresh.forum(a, a.secretary.id);
    return [
      att('error', DOCS.updateForum, async (id) => ({
        input: { id: String((await forum).id), version: 1, attendees: [{ officerId: id }] },
      }))('secretary', 'bureau Z', z.officer.id, a.officer.id),
    ];
  },
  'markForumAttendance.input.forumId': ({ fx: { a, b }, fresh }) => [
    att('error', DOCS.markForumAttendance, (id) => ({
      input: { forumId: id, officerId: String(a.officer.id), present: false },
    }))(
      'secretary',
      'branch B',
      b.forum.id,
      async () => (await fresh.forum(a, a.secretary.id, { attendeeIds: [a.officer.id] })).id,
    ),
  ],
  'markForumAttendance.input.officerId': ({ fx: { a, z }, fresh }) => {
    const forum = fresh.forum(a, a.secretary.id, { attendeeIds: [a.officer.id] });
    return [
      att('error', DOCS.markForumAttendance, async (id) => ({
        input: { forumId: String((await forum).id), officerId: id, present: false },
      }))('secretary', 'bureau Z', z.officer.id, a.officer.id),
    ];
  },
  'raiseProblem.input.forumId': ({ fx: { a, b } }) => [
    att('error', DOCS.raiseProblem, (id) => raise(a, { forumId: id }))('secretary', 'branch B', b.forum.id, a.forum.id),
    att('error', DOCS.raiseProblem, (id) => raise(a, { forumId: id }))('mentor2', 'branch A', a.forum.id),
  ],
  'raiseProblem.input.talkId': ({ fx: { a, b } }) => [
    att('error', DOCS.raiseProblem, (id) => raise(a, { talkId: id }))(
      'secretary',
      'branch B',
      b.talkBySecretary.id,
      a.talkBySecretary.id,
    ),
  ],
  'raiseProblem.input.visitId': ({ fx: { a, b } }) => [
    att('error', DOCS.raiseProblem, (id) => raise(a, { visitId: id }))(
      'secretary',
      'branch B',
      b.visitOpen.id,
      a.visitOpen.id,
    ),
  ],
  'raiseProblem.input.categoryId': ({ fx: { a, z } }) => [
    att('error', DOCS.raiseProblem, (id) => raise(a, { forumId: String(a.forum.id), categoryId: id }))(
      'secretary',
      'bureau Z',
      z.problem.category.id,
      a.problem.category.id,
    ),
  ],
  'raiseProblem.input.raisedById': ({ fx: { a, z } }) => [
    att('error', DOCS.raiseProblem, (id) => raise(a, { forumId: String(a.forum.id), raisedById: id }))(
      'secretary',
      'bureau Z',
      z.officer.id,
      a.officer.id,
    ),
  ],
  'raiseProblem.input.ownerId': ({ fx: { a, z } }) => [
    att('error', DOCS.raiseProblem, (id) => raise(a, { forumId: String(a.forum.id), ownerId: id }))(
      'secretary',
      'bureau Z',
      z.officer.id,
      a.officer.id,
    ),
  ],
  'raiseProblem.input.ownerBranchId': ({ fx: { a, z } }) => [
    att('error', DOCS.raiseProblem, (id) => raise(a, { forumId: String(a.forum.id), ownerBranchId: id }))(
      'secretary',
      'bureau Z',
      z.branch.id,
      a.branch.id,
    ),
  ],
  'fixOnTheSpot.input.id': (ctx) => [problemStep(ctx, DOCS.fixOnTheSpot, {})],
  'startRectifying.input.id': (ctx) => [
    problemStep(ctx, DOCS.startRectifying, { dueDate: ctx.i.startRectifying(1).input.dueDate }),
  ],
  'startRectifying.input.ownerId': ({ fx: { a, z }, i, fresh }) => {
    const problem = fresh.problem(a);
    return [
      att('error', DOCS.startRectifying, async (id) => ({
        input: { ...i.startRectifying((await problem).id).input, ownerId: id },
      }))('secretary', 'bureau Z', z.officer.id, a.officer.id),
    ];
  },
  'startRectifying.input.ownerBranchId': ({ fx: { a, z }, i, fresh }) => {
    const problem = fresh.problem(a);
    return [
      att('error', DOCS.startRectifying, async (id) => ({
        input: { ...i.startRectifying((await problem).id).input, ownerBranchId: id },
      }))('secretary', 'bureau Z', z.branch.id, a.branch.id),
    ];
  },
  'closeProblem.input.id': (ctx) => [problemStep(ctx, DOCS.closeProblem, { resolution: '已整改' })],
  'declineProblem.input.id': (ctx) => [problemStep(ctx, DOCS.declineProblem, { reason: '不予采纳' })],
  'logProblemFollowUp.input.problemId': ({ fx: { a, b }, fresh }) => [
    att('error', DOCS.logProblemFollowUp, (id) => ({
      input: { problemId: id, kind: 'PHONE', occurredAt: new Date(Date.now() - 3_600_000).toISOString(), note: '回访' },
    }))('secretary', 'branch B', b.problem.id, async () => (await fresh.problem(a)).id),
  ],
  // ---- by-id queries
  'pairing.id': ({ fx: { a, b, z } }) => [
    byId(DOCS.pairing)('mentor', "another mentor's", a.other.id, a.own.id),
    byId(DOCS.pairing)('mentor', 'branch B', b.own.id, a.own.id),
    byId(DOCS.pairing)('officer', "another mentee's", a.other.id, a.own.id),
    byId(DOCS.pairing)('secretary', 'branch B', b.own.id, a.own.id),
    byId(DOCS.pairing)('committee', 'bureau Z', z.own.id, b.own.id),
  ],
  'visit.id': ({ fx: { a, b, z } }) => [
    byId(DOCS.visit)('mentor', "another mentor's", a.visitOther.id, a.visitOpen.id),
    byId(DOCS.visit)('officer', "another mentee's", a.visitOther.id, a.visitOpen.id),
    byId(DOCS.visit)('secretary', 'branch B', b.visitOpen.id, a.visitOther.id),
    byId(DOCS.visit)('committee', 'bureau Z', z.visitOpen.id, b.visitOpen.id),
  ],
  'talk.id': ({ fx: { a, b, z } }) => [
    byId(DOCS.talk)('mentor', "the secretary's", a.talkBySecretary.id, a.talkByMentor.id),
    byId(DOCS.talk)('mentor2', 'branch A', a.talkByMentor.id, b.talkByMentor.id),
    byId(DOCS.talk)('officer', "another mentee's", a.talkOther.id, a.talkBySecretary.id),
    byId(DOCS.talk)('officer', 'a confidential one about them', a.talkConfidentialByCommittee.id, a.talkBySecretary.id),
    byId(DOCS.talk)(
      'secretary',
      "the committee's confidential",
      a.talkConfidentialByCommittee.id,
      a.talkConfidentialBySecretary.id,
    ),
    byId(DOCS.talk)('secretary', 'branch B', b.talkBySecretary.id, a.talkBySecretary.id),
    byId(DOCS.talk)('committee', 'bureau Z', z.talkBySecretary.id, b.talkBySecretary.id),
  ],
  'actionItem.id': ({ fx: { a, b, z } }) => [
    byId(DOCS.actionItem)('mentor', "another mentor's", a.itemOther.id, a.itemOfMentor.id),
    byId(DOCS.actionItem)('officer', "another officer's", a.itemOther.id, a.itemOfOfficer.id),
    byId(DOCS.actionItem)('secretary', 'branch B', b.itemOfOfficer.id, a.itemOther.id),
    byId(DOCS.actionItem)('committee', 'bureau Z', z.itemOfOfficer.id, b.itemOfOfficer.id),
  ],
  'officer.id': ({ fx: { a, b, z } }) => [
    byId(DOCS.officer)('mentor', "another mentor's mentee", a.otherMentee.id, a.officer.id),
    byId(DOCS.officer)('officer', 'a colleague', a.mentor.id, a.officer.id),
    byId(DOCS.officer)('secretary', 'branch B', b.officer.id, a.otherMentee.id),
    byId(DOCS.officer)('committee', 'bureau Z', z.officer.id, b.officer.id),
  ],
  // ---- list filters naming a record: the answer is the empty list a missing id gets
  'pairings.filter.branchId': ({ fx: { a, b } }) => [
    filter(DOCS.pairings, 'branchId')('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'pairings.filter.menteeId': ({ fx: { a } }) => [
    filter(DOCS.pairings, 'menteeId')('mentor', "another mentor's mentee", a.otherMentee.id, a.officer.id),
  ],
  'pairings.filter.mentorId': ({ fx: { a } }) => [
    filter(DOCS.pairings, 'mentorId')('officer', 'another mentor', a.otherMentor.id, a.mentor.id),
  ],
  'visits.filter.pairingId': ({ fx: { a } }) => [
    filter(DOCS.visits, 'pairingId')('mentor', "another mentor's", a.other.id, a.own.id),
  ],
  'visits.filter.menteeId': ({ fx: { a } }) => [
    filter(DOCS.visits, 'menteeId')('officer', "another mentee's", a.otherMentee.id, a.officer.id),
  ],
  'visits.filter.authorId': ({ fx: { a } }) => [
    filter(DOCS.visits, 'authorId')('mentor', 'another mentor', a.otherMentor.id, a.mentor.id),
  ],
  'visits.filter.branchId': ({ fx: { a, b } }) => [
    filter(DOCS.visits, 'branchId')('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'talks.filter.branchId': ({ fx: { a, b } }) => [
    filter(DOCS.talks, 'branchId')('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'talks.filter.pairingId': ({ fx: { a } }) => [
    filter(DOCS.talks, 'pairingId')('officer', "another mentee's", a.other.id, a.own.id),
  ],
  'talks.filter.talkeeId': ({ fx: { a } }) => [
    filter(DOCS.talks, 'talkeeId')('mentor', "another mentor's mentee", a.otherMentee.id, a.officer.id),
  ],
  'talks.filter.talkerId': ({ fx: { a } }) => [
    filter(DOCS.talks, 'talkerId', { confidential: true })(
      'secretary',
      "the committee's confidential",
      a.talkConfidentialByCommittee.talker.id,
      a.secretary.id,
    ),
  ],
  'actionItems.filter.ownerId': ({ fx: { a } }) => [
    filter(DOCS.actionItems, 'ownerId')('officer', 'another officer', a.otherMentee.id, a.officer.id),
  ],
  'actionItems.filter.pairingId': ({ fx: { a } }) => [
    filter(DOCS.actionItems, 'pairingId')('mentor', "another mentor's", a.other.id, a.own.id),
  ],
  'actionItems.filter.visitId': ({ fx: { a, b } }) => [
    filter(DOCS.actionItems, 'visitId')('secretary', 'branch B', b.visitOpen.id, a.visitOpen.id),
  ],
  'actionItems.filter.talkId': ({ fx: { a, b } }) => [
    filter(DOCS.actionItems, 'talkId')('mentor', 'branch B', b.talkBySecretary.id, a.talkBySecretary.id),
  ],
  'officers.filter.branchId': ({ fx: { a, b } }) => [
    filter(DOCS.officers, 'branchId')('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'outcomeReviews.branchId': ({ fx: { a, b } }) => [
    att('list', DOCS.outcomeReviews, (id) => ({ b: id }))('secretary', 'branch B', b.branch.id, a.branch.id),
  ],
  'auditEvents.filter.actorId': ({ fx: { b, z } }) => [
    filter(DOCS.auditEvents, 'actorId')('auditor', 'bureau Z', z.secretary.id, b.secretary.id),
  ],
  'mentorCapacity.mentorIds': ({ fx: { a, b } }) => [
    att('list', DOCS.mentorCapacity, (id) => ({ ids: [id] }))('secretary', 'branch B', b.mentor.id, a.mentor.id),
  ],
  'dashboard.branchId': ({ fx: { a, b, z } }) => [
    att('error', DOCS.dashboard, (id) => ({ b: id }))('secretary', 'branch B', b.branch.id, a.branch.id),
    att('error', DOCS.dashboard, (id) => ({ b: id }))('committee', 'bureau Z', z.branch.id, b.branch.id),
  ],
  // ---- mutations: the record acted on
  'acknowledgeVisit.id': ({ fx: { a, b }, fresh }) => [
    att('error', DOCS.acknowledgeVisit, (id) => ({ id }))(
      'officer',
      "another mentee's",
      a.visitOther.id,
      async () => (await fresh.visit(a)).id,
    ),
    att('error', DOCS.acknowledgeVisit, (id) => ({ id }))('officer', 'branch B', b.visitOpen.id),
  ],
  'cancelPairing.id': ({ fx: { a, b }, fresh }) => [
    att('error', DOCS.cancelPairing, (id) => ({ id }))(
      'secretary',
      'branch B',
      b.own.id,
      async () => (await fresh.pairing(a)).id,
    ),
    att('error', DOCS.cancelPairing, (id) => ({ id }))('mentor', "another mentor's", a.other.id, a.own.id),
  ],
  'submitPairingForReview.id': ({ fx: { a, b }, fresh }) => [
    att('error', DOCS.submitPairingForReview, (id) => ({ id }))(
      'secretary',
      'branch B',
      b.own.id,
      async () => (await fresh.pairing(a)).id,
    ),
    att('error', DOCS.submitPairingForReview, (id) => ({ id }))('officer', "another mentee's", a.other.id, a.own.id),
  ],
  'updatePairing.input.id': ({ fx: { a, b }, i, fresh }) => [
    att('error', DOCS.updatePairing, (id) => i.updatePairing(id))(
      'secretary',
      'branch B',
      b.own.id,
      async () => (await fresh.pairing(a)).id,
    ),
    att('error', DOCS.updatePairing, (id) => i.updatePairing(id))('mentor', "another mentor's", a.other.id, a.own.id),
  ],
  // Mentors may come from any branch of the bureau (issue 4's decision): out of scope is another bureau.
  'updatePairing.input.leadMentorId': ({ fx: { a, z }, i, fresh }) => {
    const target = fresh.pairing(a);
    return [
      att('error', DOCS.updatePairing, async (id) => i.updatePairing((await target).id, { leadMentorId: id }))(
        'secretary',
        'bureau Z',
        z.spareMentor.id,
        a.spareMentor.id,
      ),
    ];
  },
  'updatePairing.input.supportMentorIds': ({ fx: { a, z }, i, fresh }) => {
    const target = fresh.pairing(a);
    return [
      att('error', DOCS.updatePairing, async (id) => i.updatePairing((await target).id, { supportMentorIds: [id] }))(
        'secretary',
        'bureau Z',
        z.spareMentor.id,
        a.otherMentor.id,
      ),
    ];
  },
  'reviewPairing.input.pairingId': ({ fx: { b, z }, i, fresh }) => [
    att('error', DOCS.reviewPairing, (id) => i.reviewPairing(id))(
      'committee',
      'bureau Z',
      z.inReview.id,
      async () => (await fresh.pairing(b, 'IN_REVIEW')).id,
    ),
  ],
  'updateVisit.input.id': ({ fx: { a, b }, i, fresh }) => [
    att('error', DOCS.updateVisit, (id) => i.updateVisit(id))(
      'mentor',
      "another mentor's",
      a.visitOther.id,
      async () => (await fresh.visit(a)).id,
    ),
    att('error', DOCS.updateVisit, (id) => i.updateVisit(id))('mentor', 'branch B', b.visitOpen.id),
  ],
  'updateVisit.input.participantMentorIds': ({ fx: { a }, i, fresh }) => {
    const visit = fresh.visit(a);
    return [
      att('error', DOCS.updateVisit, async (id) => i.updateVisit((await visit).id, { participantMentorIds: [id] }))(
        'mentor',
        'another mentor',
        a.otherMentor.id,
        a.mentor.id,
      ),
    ];
  },
  'updateActionItem.input.id': ({ fx: { a, b }, i, fresh }) => [
    att('error', DOCS.updateActionItem, (id) => i.updateActionItem(id))(
      'officer',
      "another officer's",
      a.itemOther.id,
      async () => (await fresh.item(a)).id,
    ),
    att('error', DOCS.updateActionItem, (id) => i.updateActionItem(id))(
      'mentor',
      "another mentor's",
      a.itemOther.id,
      async () => (await fresh.item(a)).id,
    ),
    att('error', DOCS.updateActionItem, (id) => i.updateActionItem(id))(
      'secretary',
      'branch B',
      b.itemOfOfficer.id,
      async () => (await fresh.item(a)).id,
    ),
  ],
  'editActionItem.input.id': ({ fx: { a, b }, i, fresh }) => [
    att('error', DOCS.editActionItem, (id) => i.editActionItem(id))(
      'mentor',
      "another mentor's",
      a.itemOther.id,
      async () => (await fresh.item(a, 'mentor')).id,
    ),
    att('error', DOCS.editActionItem, (id) => i.editActionItem(id))(
      'secretary',
      'branch B',
      b.itemOfOfficer.id,
      async () => (await fresh.item(a)).id,
    ),
  ],
  'updateTalk.input.id': ({ fx: { a, b }, i, fresh }) => [
    att('error', DOCS.updateTalk, (id) => i.updateTalk(id))(
      'mentor',
      "another talker's",
      a.talkOther.id,
      async () => (await fresh.talk(a.mentor.id, a.officer.id)).id,
    ),
    att('error', DOCS.updateTalk, (id) => i.updateTalk(id))(
      'secretary',
      'branch B',
      b.talkBySecretary.id,
      async () => (await fresh.talk(a.secretary.id, a.officer.id)).id,
    ),
  ],
  // ---- mutations: people and records the input names
  'createPairing.input.menteeId': ({ fx: { a, b }, i, fresh }) => [
    att('error', DOCS.createPairing, (id) => i.createPairing(id, a.spareMentor.id))(
      'secretary',
      'branch B',
      b.spare.id,
      async () => (await fresh.officer(a)).id,
    ),
  ],
  'createPairing.input.leadMentorId': ({ fx: { a, z }, i, fresh }) => {
    const mentee = fresh.officer(a);
    return [
      att('error', DOCS.createPairing, async (id) => i.createPairing((await mentee).id, id))(
        'secretary',
        'bureau Z',
        z.spareMentor.id,
        a.spareMentor.id,
      ),
    ];
  },
  'createPairing.input.supportMentorIds': ({ fx: { a, z }, i, fresh }) => {
    const mentee = fresh.officer(a);
    return [
      att('error', DOCS.createPairing, async (id) => i.createPairing((await mentee).id, a.spareMentor.id, [id]))(
        'secretary',
        'bureau Z',
        z.spareMentor.id,
        a.otherMentor.id,
      ),
    ];
  },
  'logVisit.input.pairingId': ({ fx: { a, b }, i }) => [
    att('error', DOCS.logVisit, (id) => i.logVisit(id))('mentor', "another mentor's", a.other.id, a.own.id),
    att('error', DOCS.logVisit, (id) => i.logVisit(id))('mentor', 'branch B', b.own.id),
  ],
  'logVisit.input.participantMentorIds': ({ fx: { a }, i }) => [
    att('error', DOCS.logVisit, (id) => i.logVisit(a.own.id, { participantMentorIds: [id] }))(
      'mentor',
      'another mentor',
      a.otherMentor.id,
      a.mentor.id,
    ),
  ],
  'logVisit.input.closeActionItemIds': ({ fx: { a }, i, fresh }) => [
    att('error', DOCS.logVisit, (id) => i.logVisit(a.own.id, { closeActionItemIds: [id] }))(
      'mentor',
      "another mentor's",
      a.itemOther.id,
      async () => (await fresh.item(a)).id,
    ),
  ],
  'logVisit.input.actionItems.ownerId': ({ fx: { a, b }, i }) => [
    att('error', DOCS.logVisit, (id) => i.logVisit(a.own.id, { actionItems: [i.newItem(id)] }))(
      'mentor',
      'branch B',
      b.officer.id,
      a.officer.id,
    ),
  ],
  'recordTalk.input.talkeeId': ({ fx: { a, b, z }, i }) => [
    att('error', DOCS.recordTalk, (id) => i.recordTalk(id))(
      'mentor',
      "another mentor's mentee",
      a.otherMentee.id,
      a.officer.id,
    ),
    att('error', DOCS.recordTalk, (id) => i.recordTalk(id))('secretary', 'branch B', b.officer.id, a.officer.id),
    att('error', DOCS.recordTalk, (id) => i.recordTalk(id))('committee', 'bureau Z', z.officer.id, b.officer.id),
  ],
  'recordTalk.input.pairingId': ({ fx: { a }, i }) => [
    att('error', DOCS.recordTalk, (id) => i.recordTalk(a.officer.id, { pairingId: id }))(
      'mentor',
      "another mentor's",
      a.other.id,
      a.own.id,
    ),
  ],
  'recordTalk.input.actionItems.ownerId': ({ fx: { a, b }, i }) => [
    att('error', DOCS.recordTalk, (id) => i.recordTalk(a.officer.id, { actionItems: [i.newItem(id)] }))(
      'secretary',
      'branch B',
      b.officer.id,
      a.officer.id,
    ),
  ],
  'editActionItem.input.ownerId': ({ fx: { a, b }, i, fresh }) => {
    const item = fresh.item(a, 'mentor');
    return [
      att('error', DOCS.editActionItem, async (id) => {
        const { input } = await i.editActionItem((await item).id);
        return { input: { ...input, ownerId: id } };
      })('mentor', 'branch B', b.officer.id, a.officer.id),
    ];
  },
  'exportLedger.input.branchId': ({ fx: { a, b, z }, i }) => [
    att('error', DOCS.exportLedger, (id) => i.exportLedger(id))('secretary', 'branch B', b.branch.id, a.branch.id),
    att('error', DOCS.exportLedger, (id) => i.exportLedger(id))('committee', 'bureau Z', z.branch.id, b.branch.id),
  ],
  // ---- administration: the sysadmin of the demo bureau, with bureau Z's records
  'renameBranch.input.id': ({ fx: { b, z } }) => [
    att('error', DOCS.renameBranch, (id) => ({ input: { id, name: '改名' } }))(
      'admin',
      'bureau Z',
      z.branch.id,
      b.branch.id,
    ),
  ],
  'createOfficer.input.branchId': ({ fx: { b, z }, i }) => [
    att('error', DOCS.createOfficer, (id) => i.createOfficer(id))('admin', 'bureau Z', z.branch.id, b.branch.id),
  ],
  'updateOfficer.input.id': ({ fx: { b, z } }) => [
    att('error', DOCS.updateOfficer, (id) => ({ input: { id, version: 1, position: '内勤' } }))(
      'admin',
      'bureau Z',
      z.spare.id,
      b.spare.id,
    ),
  ],
  'transferOfficer.input.officerId': ({ fx: { a, b, z }, fresh }) => [
    att('error', DOCS.transferOfficer, (id) => ({ input: { officerId: id, branchId: String(a.branch.id) } }))(
      'admin',
      'bureau Z',
      z.spare.id,
      async () => (await fresh.officer(b)).id,
    ),
  ],
  'transferOfficer.input.branchId': ({ fx: { a, b, z }, fresh }) => {
    const officer = fresh.officer(b);
    return [
      att('error', DOCS.transferOfficer, async (id) => ({
        input: { officerId: String((await officer).id), branchId: id },
      }))('admin', 'bureau Z', z.branch.id, a.branch.id),
    ];
  },
  'deactivateOfficer.input.officerId': ({ fx: { b, z }, fresh }) => [
    att('error', DOCS.deactivateOfficer, (id) => ({ input: { officerId: id } }))(
      'admin',
      'bureau Z',
      z.spare.id,
      async () => (await fresh.officer(b)).id,
    ),
  ],
  'deactivateOfficer.input.successorMentorId': ({ fx: { b, z }, fresh }) => {
    const leaver = fresh.officer(b);
    return [
      att('error', DOCS.deactivateOfficer, async (id) => ({
        input: { officerId: String((await leaver).id), successorMentorId: id },
      }))('admin', 'bureau Z', z.spareMentor.id, b.spareMentor.id),
    ];
  },
  'createAccount.input.officerId': ({ fx: { b, z }, fresh }) => [
    att('error', DOCS.createAccount, (id) => ({ input: { officerId: id, username: `idor${id}`, roles: ['OFFICER'] } }))(
      'admin',
      'bureau Z',
      z.spare.id,
      async () => (await fresh.officer(b)).id,
    ),
  ],
  'setAccountRoles.input.officerId': ({ fx: { b, z }, fresh }) => [
    att('error', DOCS.setAccountRoles, (id) => ({ input: { officerId: id, roles: ['SECRETARY'] } }))(
      'admin',
      'bureau Z',
      z.secretary.id,
      async () => (await fresh.account(b)).id,
    ),
  ],
  'disableAccount.officerId': ({ fx: { b, z }, fresh }) => [
    att('error', DOCS.disableAccount, (id) => ({ id }))(
      'admin',
      'bureau Z',
      z.secretary.id,
      async () => (await fresh.account(b)).id,
    ),
  ],
  'enableAccount.officerId': ({ fx: { b, z }, fresh }) => [
    att('error', DOCS.enableAccount, (id) => ({ id }))(
      'auditor',
      'bureau Z',
      z.secretary.id,
      async () => (await fresh.account(b)).id,
    ),
  ],
  'resetPassword.officerId': ({ fx: { b, z }, fresh }) => [
    att('error', DOCS.resetPassword, (id) => ({ id }))(
      'admin',
      'bureau Z',
      z.secretary.id,
      async () => (await fresh.account(b)).id,
    ),
  ],
  'markNotificationRead.id': ({ fx: { a }, fresh }) => [
    att('error', DOCS.markNotificationRead, (id) => ({ id }))(
      'mentor',
      "the mentee's",
      a.inboxOfOfficer.id,
      async () => (await fresh.notification(a.mentor)).id,
    ),
  ],
};
