import type { BranchSet, Fixture, Fresh } from './fixture.js';
import type { User } from './harness.js';
import { DOCS, type Inputs } from './inputs.js';

// One probe per (action, subject) of the rules: the GraphQL call that exercises it, on a record in
// the viewer's scope or out of it. In scope = the role's own reach (committee: branch B of its
// bureau; secretary: branch A; mentor: the pair they mentor; officer: their own pairing). Out of
// scope = the other bureau (committee), branch B (secretary), another mentor's or mentee's
// records in branch A (mentor, officer). Mutations get fresh records, since they may succeed.

export type Role = 'COMMITTEE' | 'SECRETARY' | 'MENTOR' | 'OFFICER' | 'SYSADMIN' | 'AUDITOR';
/** Roles whose reach is the bureau, like the committee's: in scope = branch B, out = bureau Z. */
const bureauWide = (role: Role) => role === 'COMMITTEE' || role === 'SYSADMIN' || role === 'AUDITOR';
export type Scope = 'in' | 'out';

export const ACCOUNT: Record<Role, User> = {
  COMMITTEE: 'committee',
  SECRETARY: 'secretary',
  MENTOR: 'mentor',
  OFFICER: 'officer',
  SYSADMIN: 'admin',
  AUDITOR: 'auditor',
};

/** How the call's answer says allowed: a non-null field, a list containing the id, or a mutation without error. */
export type Check =
  { kind: 'byId'; field: string } | { kind: 'inList'; ids: (data: any) => string[]; id: number } | { kind: 'mutation' };

export interface Call {
  doc: string;
  vars: Record<string, unknown>;
  check: Check;
}

export interface ProbeContext {
  fx: Fixture;
  i: Inputs;
  fresh: Fresh;
}

type Probe = (role: Role, scope: Scope, ctx: ProbeContext) => Promise<Call>;

/** The records a role reaches (in) and those it must not (out). */
function sets(role: Role, scope: Scope, fx: Fixture): { set: BranchSet; other: boolean } {
  if (bureauWide(role)) return { set: scope === 'in' ? fx.b : fx.z, other: false };
  if (role === 'SECRETARY') return { set: scope === 'in' ? fx.a : fx.b, other: false };
  // mentor and officer: their own pair in branch A, or another mentor's pair there
  return { set: fx.a, other: scope === 'out' };
}

const byId = (field: keyof typeof DOCS, id: number): Call => ({
  doc: DOCS[field],
  vars: { id: String(id) },
  check: { kind: 'byId', field },
});
/** The ids in a list answer: a plain list or a connection. */
const idsOf = (field: string) => (data: any) => {
  const value = data?.[field];
  const nodes = Array.isArray(value) ? value : (value?.edges ?? []).map((e: any) => e.node);
  return nodes.map((n: any) => String(n.id));
};
const inList = (field: keyof typeof DOCS, id: number, vars: Record<string, unknown> = {}): Call => ({
  doc: DOCS[field],
  vars,
  check: { kind: 'inList', ids: idsOf(field), id },
});
const mutation = (field: keyof typeof DOCS, vars: Record<string, unknown>): Call => ({
  doc: DOCS[field],
  vars,
  check: { kind: 'mutation' },
});

/** A branch the role reaches (in) or does not (out). */
function branchOf(role: Role, scope: Scope, fx: Fixture): BranchSet {
  if (bureauWide(role)) return scope === 'in' ? fx.b : fx.z;
  return scope === 'in' ? fx.a : fx.b;
}

/** A fresh pairing for a Pairing mutation: the role's own kind of pair, or one out of reach. */
async function pairingFor(role: Role, scope: Scope, ctx: ProbeContext, status: 'ACTIVE' | 'IN_REVIEW' = 'ACTIVE') {
  const { set, other } = sets(role, scope, ctx.fx);
  // The officer's own pairing (one live pairing per mentee); they may change nothing on it.
  if (role === 'OFFICER' && !other) return set.own;
  return ctx.fresh.pairing(set, status, other ? { leadId: set.otherMentor.id } : {});
}

async function visitFor(role: Role, scope: Scope, ctx: ProbeContext) {
  const { set, other } = sets(role, scope, ctx.fx);
  return other ? ctx.fresh.visitOn(set.other.id, set.otherMentor.id) : ctx.fresh.visitOn(set.own.id, set.mentor.id);
}

async function itemFor(role: Role, scope: Scope, ctx: ProbeContext) {
  const { set, other } = sets(role, scope, ctx.fx);
  if (other) return ctx.fresh.itemOn(set.other.id, set.otherMentee.id);
  return ctx.fresh.itemOn(set.own.id, role === 'MENTOR' ? set.mentor.id : set.officer.id);
}

/**
 * A fresh forum: bureau-wide roles get one of branch B (out: bureau Z); a secretary one of branch A
 * hosted by the officer (out: branch B); a mentor one of branch A they did not attend (out: hosted
 * by the other mentor); an officer one they host (out: hosted by the other mentee).
 */
function forumFor(role: Role, scope: Scope, { fx, fresh }: ProbeContext) {
  const [set, host] = bureauWide(role)
    ? scope === 'in'
      ? [fx.b, fx.b.secretary]
      : [fx.z, fx.z.secretary]
    : role === 'SECRETARY'
      ? scope === 'in'
        ? [fx.a, fx.a.officer]
        : [fx.b, fx.b.secretary]
      : role === 'MENTOR'
        ? [fx.a, scope === 'in' ? fx.a.secretary : fx.a.otherMentor]
        : [fx.a, scope === 'in' ? fx.a.officer : fx.a.otherMentee];
  return fresh.forum(set, host.id);
}

/**
 * A fresh problem at a forum hosted by the branch's secretary: bureau-wide roles in branch B (out:
 * bureau Z), a secretary in A (out: B), a mentor in A not theirs; an officer's raised by them
 * (`read`) or owned by them (`own`), out of scope the other mentee's.
 */
function problemFor(role: Role, scope: Scope, { fx, fresh }: ProbeContext, mine: 'read' | 'own' = 'read') {
  if (bureauWide(role)) return fresh.problem(scope === 'in' ? fx.b : fx.z);
  if (role === 'SECRETARY') return fresh.problem(scope === 'in' ? fx.a : fx.b);
  if (role === 'MENTOR') return fresh.problem(fx.a, scope === 'in' ? {} : { raisedById: fx.a.otherMentee.id });
  const who = scope === 'in' ? fx.a.officer.id : fx.a.otherMentee.id;
  return fresh.problem(fx.a, mine === 'read' ? { raisedById: who } : { ownerId: who });
}

/** A record of the kind named, the one the role reads in scope or must not read out of it. */
function pick<K extends keyof BranchSet>(role: Role, scope: Scope, fx: Fixture, own: K, others: K, branchWide: K) {
  const { set, other } = sets(role, scope, fx);
  if (bureauWide(role) || role === 'SECRETARY') return set[branchWide];
  return set[other ? others : own];
}

export const PROBES: Record<string, Probe> = {
  'read Bureau': async (role, scope, { fx }) =>
    // No operation takes a bureau id: in scope it is the viewer's own; out of scope it never shows.
    scope === 'in'
      ? { doc: '{ me { bureau { id name } } }', vars: {}, check: { kind: 'byId', field: 'me' } }
      : {
          doc: '{ branches { bureau { id } } }',
          vars: {},
          check: { kind: 'inList', ids: (d) => d.branches.map((b: any) => b.bureau.id), id: fx.z.branch.bureau.id },
        },
  'read Branch': async (role, scope, { fx }) => inList('branches', branchOf(role, scope, fx).branch.id),
  'read Officer': async (role, scope, { fx }) => {
    const { set, other } = sets(role, scope, fx);
    const target =
      bureauWide(role) || role === 'SECRETARY'
        ? set.otherMentee
        : role === 'MENTOR'
          ? other
            ? set.otherMentee
            : set.officer
          : other
            ? set.mentor
            : set.officer;
    return byId('officer', target.id);
  },
  'read Pairing': async (role, scope, { fx }) => byId('pairing', pick(role, scope, fx, 'own', 'other', 'other').id),
  'create Pairing': async (role, scope, ctx) => {
    const target = branchOf(role, scope, ctx.fx);
    const mentee = await ctx.fresh.officer(target);
    return mutation('createPairing', ctx.i.createPairing(mentee.id, target.spareMentor.id));
  },
  'update Pairing': async (role, scope, ctx) =>
    mutation('updatePairing', await ctx.i.updatePairing((await pairingFor(role, scope, ctx)).id)),
  'cancel Pairing': async (role, scope, ctx) =>
    mutation('cancelPairing', { id: String((await pairingFor(role, scope, ctx)).id) }),
  'submit Pairing': async (role, scope, ctx) =>
    mutation('submitPairingForReview', { id: String((await pairingFor(role, scope, ctx)).id) }),
  'review Pairing': async (role, scope, ctx) =>
    mutation('reviewPairing', ctx.i.reviewPairing((await pairingFor(role, scope, ctx, 'IN_REVIEW')).id)),
  'read Visit': async (role, scope, { fx }) =>
    byId('visit', pick(role, scope, fx, 'visitOpen', 'visitOther', 'visitOther').id),
  'create Visit': async (role, scope, ctx) =>
    mutation('logVisit', ctx.i.logVisit(pick(role, scope, ctx.fx, 'own', 'other', 'other').id)),
  'update Visit': async (role, scope, ctx) =>
    mutation('updateVisit', await ctx.i.updateVisit((await visitFor(role, scope, ctx)).id)),
  'acknowledge Visit': async (role, scope, ctx) =>
    mutation('acknowledgeVisit', { id: String((await visitFor(role, scope, ctx)).id) }),
  'read Talk': async (role, scope, { fx }) => {
    const { set, other } = sets(role, scope, fx);
    const talk = {
      SYSADMIN: set.talkBySecretary,
      AUDITOR: set.talkBySecretary,
      COMMITTEE: set.talkConfidentialBySecretary,
      SECRETARY: set.talkByMentor,
      MENTOR: other ? set.talkBySecretary : set.talkByMentor,
      OFFICER: other ? set.talkOther : set.talkBySecretary,
    }[role];
    return byId('talk', talk.id);
  },
  'create Talk': async (role, scope, ctx) => {
    const { set, other } = sets(role, scope, ctx.fx);
    const talkee = bureauWide(role) || role === 'SECRETARY' ? set.otherMentee : other ? set.otherMentee : set.officer;
    return mutation('recordTalk', ctx.i.recordTalk(role === 'OFFICER' && !other ? set.spare.id : talkee.id));
  },
  'read ActionItem': async (role, scope, { fx }) => {
    const { set, other } = sets(role, scope, fx);
    const item = role === 'MENTOR' && !other ? set.itemOfMentor : other ? set.itemOther : set.itemOfOfficer;
    return byId('actionItem', item.id);
  },
  'update Talk': async (role, scope, ctx) => {
    // In scope: a talk the role's account held (the officer holds none: one about them). Out: one
    // another talker held, out of the role's reach.
    const { fx } = ctx;
    const [talker, talkee] = {
      SYSADMIN: scope === 'in' ? [fx.committee, fx.b.otherMentee] : [fx.z.secretary, fx.z.otherMentee],
      AUDITOR: scope === 'in' ? [fx.committee, fx.b.otherMentee] : [fx.z.secretary, fx.z.otherMentee],
      COMMITTEE: scope === 'in' ? [fx.committee, fx.b.otherMentee] : [fx.z.secretary, fx.z.otherMentee],
      SECRETARY: scope === 'in' ? [fx.a.secretary, fx.a.otherMentee] : [fx.b.secretary, fx.b.otherMentee],
      MENTOR: scope === 'in' ? [fx.a.mentor, fx.a.officer] : [fx.a.otherMentor, fx.a.otherMentee],
      OFFICER: scope === 'in' ? [fx.a.secretary, fx.a.officer] : [fx.a.secretary, fx.a.otherMentee],
    }[role];
    const talk = await ctx.fresh.talk(talker.id, talkee.id);
    return mutation('updateTalk', await ctx.i.updateTalk(talk.id));
  },
  // Correcting an open item; dropping it is the same right (its denial is in action-items.test.ts).
  'update ActionItem': async (role, scope, ctx) =>
    mutation('editActionItem', await ctx.i.editActionItem((await itemFor(role, scope, ctx)).id)),
  'complete ActionItem': async (role, scope, ctx) =>
    mutation('updateActionItem', ctx.i.updateActionItem((await itemFor(role, scope, ctx)).id, 'DONE')),
  'read OutcomeReview': async (role, scope, { fx }) =>
    inList('outcomeReviews', pick(role, scope, fx, 'reviewOwn', 'reviewOther', 'reviewOther').id),
  'create OutcomeReview': async (role, scope, ctx) =>
    mutation('reviewPairing', ctx.i.reviewPairing((await pairingFor(role, scope, ctx, 'IN_REVIEW')).id)),
  'read Forum': async (role, scope, ctx) => byId('forum', (await forumFor(role, scope, ctx)).id),
  'create Forum': async (role, scope, ctx) =>
    mutation('createForum', ctx.i.createForum(branchOf(role, scope, ctx.fx).branch.id)),
  'update Forum': async (role, scope, ctx) =>
    mutation('updateForum', await ctx.i.updateForum((await forumFor(role, scope, ctx)).id)),
  'read Problem': async (role, scope, ctx) => byId('problem', (await problemFor(role, scope, ctx)).id),
  // The host of a forum notes problems at it too (forums.test.ts); here the officer's forum is the secretary's.
  'create Problem': async (role, scope, ctx) => {
    const forum =
      role === 'OFFICER'
        ? await ctx.fresh.forum(ctx.fx.a, scope === 'in' ? ctx.fx.a.secretary.id : ctx.fx.a.otherMentee.id)
        : await forumFor(role, scope, ctx);
    return mutation('raiseProblem', await ctx.i.raiseProblem(forum.id));
  },
  'update Problem': async (role, scope, ctx) =>
    mutation('startRectifying', ctx.i.startRectifying((await problemFor(role, scope, ctx, 'own')).id)),
  'complete Problem': async (role, scope, ctx) =>
    mutation('closeProblem', ctx.i.closeProblem((await problemFor(role, scope, ctx, 'own')).id)),
  'read AuditEvent': async (_role, scope, ctx) =>
    inList('auditEvents', (await ctx.fresh.auditEvent(scope === 'in' ? ctx.fx.b : ctx.fx.z)).id),
  'read Dashboard': async (role, scope, { fx }) => ({
    doc: DOCS.dashboard,
    vars: { b: String(branchOf(role, scope, fx).branch.id) },
    check: { kind: 'byId', field: 'dashboard' },
  }),
  'export Ledger': async (role, scope, ctx) =>
    mutation('exportLedger', ctx.i.exportLedger(branchOf(role, scope, ctx.fx).branch.id)),
  // Administration: in scope = the bureau of branch B, out = bureau Z. Fresh records, since these succeed.
  // No operation creates a branch elsewhere than in the viewer's bureau: out of scope, another
  // bureau's branch never shows.
  'create Branch': async (_role, scope, ctx) =>
    scope === 'in' ? mutation('createBranch', ctx.i.createBranch()) : inList('branches', ctx.fx.z.branch.id),
  'update Branch': async (role, scope, ctx) =>
    mutation('renameBranch', { input: { id: String(branchOf(role, scope, ctx.fx).branch.id), name: '改名后的支部' } }),
  'create Officer': async (role, scope, ctx) =>
    mutation('createOfficer', ctx.i.createOfficer(branchOf(role, scope, ctx.fx).branch.id)),
  'update Officer': async (role, scope, ctx) => {
    const o = await ctx.fresh.officer(branchOf(role, scope, ctx.fx));
    return mutation('updateOfficer', { input: { id: String(o.id), version: o.version, position: '内勤' } });
  },
  'transfer Officer': async (role, scope, ctx) => {
    const set = branchOf(role, scope, ctx.fx);
    const o = await ctx.fresh.officer(set);
    // The other branch of the same bureau: A for branch B, Z's own for bureau Z.
    const to = set === ctx.fx.b ? ctx.fx.a.branch : set === ctx.fx.a ? ctx.fx.b.branch : ctx.fx.z.branch;
    return mutation('transferOfficer', { input: { officerId: String(o.id), branchId: String(to.id) } });
  },
  'deactivate Officer': async (role, scope, ctx) =>
    mutation('deactivateOfficer', {
      input: { officerId: String((await ctx.fresh.officer(branchOf(role, scope, ctx.fx))).id) },
    }),
  'read Account': async (role, scope, ctx) => {
    const o = await ctx.fresh.account(branchOf(role, scope, ctx.fx));
    return inList('accounts', o.id, { f: { search: o.username, includeDisabled: true } });
  },
  'create Account': async (role, scope, ctx) => {
    const o = await ctx.fresh.officer(branchOf(role, scope, ctx.fx));
    return mutation('createAccount', { input: { officerId: String(o.id), username: `u${o.id}`, roles: ['OFFICER'] } });
  },
  'update Account': async (role, scope, ctx) =>
    mutation('disableAccount', { id: String((await ctx.fresh.account(branchOf(role, scope, ctx.fx))).id) }),
  'resetPassword Account': async (role, scope, ctx) =>
    mutation('resetPassword', { id: String((await ctx.fresh.account(branchOf(role, scope, ctx.fx))).id) }),
};

/** DESIGN.md's "Who may do what", as (action subject) per role; the test holds the rules to it. */
export const DESIGN_GRANTS: Record<Role, string[]> = {
  COMMITTEE: [
    'read Bureau',
    'read Branch',
    'read Officer',
    'read Pairing',
    'review Pairing',
    'read Visit',
    'read Talk',
    'create Talk',
    'update Talk',
    'read ActionItem',
    'read OutcomeReview',
    'create OutcomeReview',
    'read Dashboard',
    'export Ledger',
    'read Forum',
    'create Forum',
    'read Problem',
    'create Problem',
    'update Problem',
    'complete Problem',
  ],
  SECRETARY: [
    'read Bureau',
    'read Branch',
    'read Officer',
    'read Pairing',
    'create Pairing',
    'update Pairing',
    'cancel Pairing',
    'submit Pairing',
    'read Visit',
    'read Talk',
    'create Talk',
    'update Talk',
    'read ActionItem',
    'update ActionItem',
    'complete ActionItem',
    'read OutcomeReview',
    'read Dashboard',
    'export Ledger',
    'read Forum',
    'create Forum',
    'read Problem',
    'create Problem',
    'update Problem',
    'complete Problem',
  ],
  MENTOR: [
    'read Bureau',
    'read Branch',
    'read Officer',
    'read Pairing',
    'read Visit',
    'create Visit',
    'update Visit',
    'read Talk',
    'create Talk',
    'update Talk',
    'read ActionItem',
    'update ActionItem',
    'complete ActionItem',
    'read OutcomeReview',
  ],
  OFFICER: [
    'read Bureau',
    'read Branch',
    'read Officer',
    'read Pairing',
    'read Visit',
    'acknowledge Visit',
    'read Talk',
    'read ActionItem',
    'complete ActionItem',
    'read OutcomeReview',
    'read Forum',
    'update Forum',
    'read Problem',
    'complete Problem',
  ],
  // 三员分立: accounts, branches and the roster; no content.
  SYSADMIN: [
    'read Bureau',
    'read Branch',
    'create Branch',
    'update Branch',
    'read Officer',
    'create Officer',
    'update Officer',
    'transfer Officer',
    'deactivate Officer',
    'read Account',
    'create Account',
    'update Account',
    'resetPassword Account',
    'import Roster',
  ],
  AUDITOR: ['read Bureau', 'read AuditEvent', 'read Account'],
};

/** Granted by the rules but with no operation yet; the test fails once one appears. */
export const PENDING: Record<string, RegExp> = {
  // A file upload, so an HTTP route (POST /admin/roster/import) rather than a mutation: roster.test.ts
  // probes it for every role. Should a GraphQL operation for it appear, it needs a probe here.
  'import Roster': /^importRoster$/,
};
