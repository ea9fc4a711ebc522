import type { EntityManager } from '@mikro-orm/core';
import { localDate } from '../../src/common/clock.js';
import { ActionItem } from '../../src/modules/action-items/action-item.entity.js';
import { Forum } from '../../src/modules/forums/forum.entity.js';
import { Pairing } from '../../src/modules/pairings/pairing.entity.js';
import { ProblemCategory } from '../../src/modules/problems/problem-category.entity.js';
import { Talk } from '../../src/modules/talks/talk.entity.js';
import { Visit } from '../../src/modules/visits/visit.entity.js';

// Valid inputs of the mutations, so that in a permission or IDOR case the only thing wrong (or
// right) is whose record an id names.

const DAY = 86_400_000;
type Id = number | string;
const s = (id: Id) => String(id);

export const DOCS = {
  pairing: 'query($id: ID!) { pairing(id: $id) { id } }',
  visit: 'query($id: ID!) { visit(id: $id) { id } }',
  talk: 'query($id: ID!) { talk(id: $id) { id } }',
  actionItem: 'query($id: ID!) { actionItem(id: $id) { id } }',
  officer: 'query($id: ID!) { officer(id: $id) { id } }',
  pairings: 'query($f: PairingFilter) { pairings(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  visits: 'query($f: VisitFilter) { visits(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  talks: 'query($f: TalkFilter) { talks(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  actionItems:
    'query($f: ActionItemFilter) { actionItems(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  officers: 'query($f: OfficerFilter) { officers(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  outcomeReviews: 'query($b: ID) { outcomeReviews(branchId: $b, first: 100) { totalCount edges { node { id } } } }',
  auditEvents:
    'query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  dashboard: 'query($b: ID) { dashboard(branchId: $b) { visitCount talkCount } }',
  mentorCapacity: 'query($ids: [ID!]!) { mentorCapacity(mentorIds: $ids) { officerId activeCount } }',
  reviewQueue: '{ reviewQueue(first: 100) { totalCount edges { node { id } } } }',
  branches: '{ branches { id } }',
  acknowledgeVisit: 'mutation($id: ID!) { acknowledgeVisit(id: $id) { id acknowledgedAt } }',
  cancelPairing: 'mutation($id: ID!) { cancelPairing(id: $id, reason: "测试撤销") { id status } }',
  submitPairingForReview: 'mutation($id: ID!) { submitPairingForReview(id: $id, summary: "测试小结") { id status } }',
  createPairing: 'mutation($input: CreatePairingInput!) { createPairing(input: $input) { pairing { id } } }',
  updatePairing: 'mutation($input: UpdatePairingInput!) { updatePairing(input: $input) { pairing { id } } }',
  reviewPairing: 'mutation($input: ReviewPairingInput!) { reviewPairing(input: $input) { id status } }',
  logVisit: 'mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }',
  updateVisit: 'mutation($input: UpdateVisitInput!) { updateVisit(input: $input) { id } }',
  recordTalk: 'mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id } }',
  updateTalk: 'mutation($input: UpdateTalkInput!) { updateTalk(input: $input) { id } }',
  editActionItem: 'mutation($input: EditActionItemInput!) { editActionItem(input: $input) { id } }',
  updateActionItem: 'mutation($input: UpdateActionItemInput!) { updateActionItem(input: $input) { id status } }',
  exportLedger: 'mutation($input: ExportLedgerInput!) { exportLedger(input: $input) { url filename } }',
  logout: 'mutation { logout }',
  forum: 'query($id: ID!) { forum(id: $id) { id } }',
  forums: 'query($f: ForumFilter) { forums(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  problems: 'query($f: ProblemFilter) { problems(filter: $f, first: 100) { totalCount edges { node { id } } } }',
  problem: 'query($id: ID!) { problem(id: $id) { id } }',
  createForum: 'mutation($input: CreateForumInput!) { createForum(input: $input) { id } }',
  updateForum: 'mutation($input: UpdateForumInput!) { updateForum(input: $input) { id version } }',
  markForumAttendance:
    'mutation($input: MarkForumAttendanceInput!) { markForumAttendance(input: $input) { id presentCount } }',
  raiseProblem: 'mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { id } }',
  fixOnTheSpot: 'mutation($input: FixOnTheSpotInput!) { fixOnTheSpot(input: $input) { id status } }',
  startRectifying: 'mutation($input: StartRectifyingInput!) { startRectifying(input: $input) { id status } }',
  closeProblem: 'mutation($input: CloseProblemInput!) { closeProblem(input: $input) { id status } }',
  declineProblem: 'mutation($input: DeclineProblemInput!) { declineProblem(input: $input) { id status } }',
  logProblemFollowUp: 'mutation($input: LogProblemFollowUpInput!) { logProblemFollowUp(input: $input) { id status } }',
  accounts:
    'query($f: AccountFilter) { accounts(filter: $f, first: 100) { totalCount edges { node { id username } } } }',
  createBranch: 'mutation($input: CreateBranchInput!) { createBranch(input: $input) { id } }',
  renameBranch: 'mutation($input: RenameBranchInput!) { renameBranch(input: $input) { id name } }',
  createOfficer: 'mutation($input: CreateOfficerInput!) { createOfficer(input: $input) { id } }',
  updateOfficer: 'mutation($input: UpdateOfficerInput!) { updateOfficer(input: $input) { id } }',
  transferOfficer: 'mutation($input: TransferOfficerInput!) { transferOfficer(input: $input) { id } }',
  deactivateOfficer: 'mutation($input: DeactivateOfficerInput!) { deactivateOfficer(input: $input) { id } }',
  createAccount: 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }',
  setAccountRoles: 'mutation($input: SetAccountRolesInput!) { setAccountRoles(input: $input) { id roles } }',
  disableAccount: 'mutation($id: ID!) { disableAccount(officerId: $id) { id disabled } }',
  enableAccount: 'mutation($id: ID!) { enableAccount(officerId: $id) { id disabled } }',
  resetPassword: 'mutation($id: ID!) { resetPassword(officerId: $id) { account { id } } }',
  changePassword: 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }',
} as const;

export class Inputs {
  constructor(
    readonly em: () => EntityManager,
    readonly now: () => Date,
  ) {}

  private today = () => localDate(this.now());
  private daysFromToday = (n: number) => localDate(new Date(this.now().getTime() + n * DAY));

  createPairing(menteeId: Id, leadMentorId: Id, supportMentorIds: Id[] = []) {
    return {
      input: {
        menteeId: s(menteeId),
        leadMentorId: s(leadMentorId),
        supportMentorIds: supportMentorIds.map(s),
        reason: 'EARLY_WARNING',
        goals: '测试结对目标',
        startDate: this.today(),
        plannedEndDate: this.daysFromToday(180),
      },
    };
  }

  async updatePairing(id: Id, extra: Record<string, unknown> = {}) {
    const p = await this.em().findOne(Pairing, Number(id));
    return { input: { id: s(id), version: p?.version ?? 1, goals: '修改后的结对目标', ...extra } };
  }

  reviewPairing(pairingId: Id) {
    return { input: { pairingId: s(pairingId), rating: 'IMPROVED', decision: 'CONCLUDE', comments: '测试评估' } };
  }

  logVisit(pairingId: Id, extra: Record<string, unknown> = {}) {
    return {
      input: {
        pairingId: s(pairingId),
        kind: 'HOME_VISIT',
        occurredAt: new Date(this.now().getTime() - 3_600_000).toISOString(),
        summary: '测试走访记录',
        ...extra,
      },
    };
  }

  newItem(ownerId: Id) {
    return { ownerId: s(ownerId), description: '测试整改事项', dueDate: this.daysFromToday(7) };
  }

  async updateVisit(id: Id, extra: Record<string, unknown> = {}) {
    const v = await this.em().findOne(Visit, Number(id));
    return { input: { id: s(id), version: v?.version ?? 1, summary: '修改后的走访记录', ...extra } };
  }

  recordTalk(talkeeId: Id, extra: Record<string, unknown> = {}) {
    return {
      input: {
        talkeeId: s(talkeeId),
        kind: 'CARE',
        occurredAt: new Date(this.now().getTime() - 3_600_000).toISOString(),
        topics: '测试谈话主题',
        ...extra,
      },
    };
  }

  async updateTalk(id: Id) {
    const talk = await this.em().findOne(Talk, Number(id));
    return { input: { id: s(id), version: talk?.version ?? 1, topics: '修改后的谈话主题' } };
  }

  async editActionItem(id: Id) {
    const item = await this.em().findOne(ActionItem, Number(id));
    return { input: { id: s(id), version: item?.version ?? 1, description: '修改后的整改事项' } };
  }

  updateActionItem(id: Id, status: 'DONE' | 'DROPPED' = 'DONE') {
    return { input: { id: s(id), status, ...(status === 'DROPPED' ? { note: '不再跟进的原因' } : {}) } };
  }

  private seq = 0;

  createForum(branchId: Id) {
    return {
      input: {
        kind: 'GROUP',
        title: '测试座谈会',
        occurredAt: new Date(this.now().getTime() - DAY),
        branchId: s(branchId),
      },
    };
  }

  async updateForum(id: Id) {
    const forum = await this.em().findOneOrFail(Forum, Number(id));
    return { input: { id: s(id), version: forum.version, title: '改过的座谈会' } };
  }

  async raiseProblem(forumId: Id) {
    const forum = await this.em().findOneOrFail(Forum, Number(forumId));
    const [category] = await this.em().find(ProblemCategory, { bureau: forum.bureau.id });
    return { input: { forumId: s(forumId), categoryId: s(category?.id ?? 1), text: '测试问题' } };
  }

  startRectifying(id: Id) {
    return { input: { id: s(id), dueDate: localDate(new Date(this.now().getTime() + 30 * DAY)) } };
  }

  closeProblem(id: Id) {
    return { input: { id: s(id), resolution: '已整改到位' } };
  }

  createBranch() {
    const n = `${Date.now() % 100_000}-${++this.seq}`;
    return { input: { name: `测试支部${n}`, code: `T-${n}`, kind: 'DEPARTMENT' } };
  }

  createOfficer(branchId: Id) {
    return {
      input: {
        branchId: s(branchId),
        name: '新入职民警',
        badgeNumber: `N${Date.now() % 1_000_000}${++this.seq}`,
        category: 'POLICE',
      },
    };
  }

  exportLedger(branchId: Id | null) {
    return {
      input: {
        from: this.daysFromToday(-90),
        to: this.today(),
        format: 'XLSX',
        ...(branchId == null ? {} : { branchId: s(branchId) }),
      },
    };
  }
}
