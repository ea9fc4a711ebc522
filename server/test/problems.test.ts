import { describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Problem } from '../src/modules/problems/problem.entity.js';
import { expectError } from './expect.js';
import { useDemoApp } from './demo-suite.js';
import { daysAgo, expectOk } from './visits-fixture.js';

// A problem from raising to closing: raised in a talk by its talker, handed to an owner who closes
// it (销号), followed up with the raiser; declined with a reason; every refusal coded and naming
// the field. An anonymous problem's raiser is stored for nobody: no answer, export or audit names one.

const NOW = new Date('2026-11-20T02:00:00Z');
const { t, d } = useDemoApp({ now: NOW });

const PROBLEM_FIELDS = `id status text anonymous raisedBy { id } owner { id } ownerBranch { id } dueDate overdue
  resolution declineReason version history { type actor { id } note followUpKind } talk { id } forum { id }`;
const RAISE = `mutation($input: RaiseProblemInput!) { raiseProblem(input: $input) { ${PROBLEM_FIELDS} } }`;
const RECTIFY = `mutation($input: StartRectifyingInput!) { startRectifying(input: $input) { ${PROBLEM_FIELDS} } }`;
const CLOSE = `mutation($input: CloseProblemInput!) { closeProblem(input: $input) { ${PROBLEM_FIELDS} } }`;
const DECLINE = `mutation($input: DeclineProblemInput!) { declineProblem(input: $input) { ${PROBLEM_FIELDS} } }`;
const FOLLOW_UP = `mutation($input: LogProblemFollowUpInput!) { logProblemFollowUp(input: $input) { ${PROBLEM_FIELDS} } }`;
const READ = `query($id: ID!) { problem(id: $id) { ${PROBLEM_FIELDS} } }`;
const TALK = `mutation($input: RecordTalkInput!) { recordTalk(input: $input) { id } }`;

let categoryId = '';
let talkId = '';

describe('problems', () => {
  it('the talker raises a problem in their talk; the owner it is handed to closes it; a follow-up is logged', async () => {
    categoryId = expectOk(await d.as.secretary.gql('{ problemCategories { id } }')).problemCategories[1].id;
    talkId = expectOk(
      await d.as.mentor.gql(TALK, {
        input: { talkeeId: d.id.officer, kind: 'ROUTINE', occurredAt: daysAgo(t.clock.now(), 1), topics: '谈工作困难' },
      }),
    ).recordTalk.id;
    const raised = expectOk(
      await d.as.mentor.gql(RAISE, {
        input: { talkId, categoryId, text: '夜班装备不足', raisedById: d.id.officer },
      }),
    ).raiseProblem;
    expect(raised).toMatchObject({ status: 'OPEN', raisedBy: { id: d.id.officer }, talk: { id: talkId } });
    // The talkee's branch owns it unless someone is named; the mentor who noted it reads it.
    expect(raised.ownerBranch).not.toBeNull();

    const rectifying = expectOk(
      await d.as.secretary.gql(RECTIFY, { input: { id: raised.id, dueDate: '2026-12-20', ownerId: d.id.mentor } }),
    ).startRectifying;
    expect(rectifying).toMatchObject({ status: 'RECTIFYING', owner: { id: d.id.mentor }, ownerBranch: null });

    // The owner closes it; a stale version is a CONFLICT, an empty resolution names its field.
    expectError(
      await d.as.mentor.gql(CLOSE, { input: { id: raised.id, version: 1, resolution: '已配发' } }),
      'CONFLICT',
    );
    expectError(await d.as.mentor.gql(CLOSE, { input: { id: raised.id, resolution: '  ' } }), 'BAD_USER_INPUT', {
      field: 'resolution',
      reason: 'REQUIRED',
    });
    const closed = expectOk(
      await d.as.mentor.gql(CLOSE, { input: { id: raised.id, version: rectifying.version, resolution: '已配发' } }),
    ).closeProblem;
    expect(closed).toMatchObject({ status: 'CLOSED', resolution: '已配发' });
    expectError(await d.as.secretary.gql(DECLINE, { input: { id: raised.id, reason: '晚了' } }), 'CONFLICT', {
      reason: 'PROBLEM_STATUS',
      params: { status: 'CLOSED' },
    });

    const followed = expectOk(
      await d.as.mentor.gql(FOLLOW_UP, {
        input: { problemId: raised.id, kind: 'PHONE', occurredAt: daysAgo(t.clock.now(), 0.1), note: '电话回访，满意' },
      }),
    ).logProblemFollowUp;
    expect(followed.history.map((h: any) => h.type)).toEqual(['RAISED', 'RECTIFYING', 'CLOSED', 'FOLLOW_UP']);
    expect(followed.history[3]).toMatchObject({ followUpKind: 'PHONE', note: '电话回访，满意' });

    // The raiser reads the problem they raised; the other branch does not see it at all.
    expect(expectOk(await d.as.officer.gql(READ, { id: raised.id })).problem.status).toBe('CLOSED');
    expect(expectOk(await d.as.secretary2.gql(READ, { id: raised.id })).problem).toBeNull();
  });

  it('declines with a reason, and refuses a step from the wrong status or by someone without the right', async () => {
    const raised = expectOk(
      await d.as.secretary.gql(RAISE, { input: { talkId, categoryId, text: '建议增加培训' } }),
    ).raiseProblem;
    expectError(await d.as.officer.gql(DECLINE, { input: { id: raised.id, reason: '不' } }), 'NOT_FOUND');
    expectError(await d.as.secretary.gql(DECLINE, { input: { id: raised.id, reason: '' } }), 'BAD_USER_INPUT', {
      field: 'reason',
    });
    const declined = expectOk(
      await d.as.secretary.gql(DECLINE, { input: { id: raised.id, reason: '超出职权范围' } }),
    ).declineProblem;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: '超出职权范围' });
    expectError(
      await d.as.secretary.gql(FOLLOW_UP, {
        input: { problemId: raised.id, kind: 'IN_PERSON', occurredAt: daysAgo(t.clock.now(), 0.1), note: '回访' },
      }),
      'CONFLICT',
      { reason: 'FOLLOW_UP_NOT_RESOLVED' },
    );
  });

  it('names the field of every bad input', async () => {
    const raise = (input: Record<string, unknown>) =>
      d.as.secretary.gql(RAISE, { input: { categoryId, text: '问题', ...input } });
    expectError(await raise({}), 'BAD_USER_INPUT', { field: 'forumId', reason: 'PROBLEM_ONE_ORIGIN' });
    expectError(await raise({ talkId, visitId: '1' }), 'BAD_USER_INPUT', { reason: 'PROBLEM_ONE_ORIGIN' });
    expectError(await raise({ talkId, categoryId: '999999' }), 'BAD_USER_INPUT', {
      field: 'categoryId',
      reason: 'PROBLEM_CATEGORY_NOT_FOUND',
    });
    expectError(await raise({ talkId, raisedById: d.id.mentor }), 'BAD_USER_INPUT', {
      field: 'raisedById',
      reason: 'RAISER_NOT_PRESENT',
    });
    expectError(await raise({ talkId, raisedById: d.id.officer, anonymous: true }), 'BAD_USER_INPUT', {
      field: 'raisedById',
      reason: 'ANONYMOUS_WITH_RAISER',
    });
    expectError(await raise({ talkId, ownerId: d.id.mentor, ownerBranchId: '1' }), 'BAD_USER_INPUT', {
      field: 'ownerBranchId',
      reason: 'OWNER_PERSON_OR_BRANCH',
    });
    expectError(await raise({ talkId, dueDate: '2020-01-01' }), 'BAD_USER_INPUT', {
      field: 'dueDate',
      reason: 'DUE_DATE_TOO_EARLY',
    });
  });

  it('stores no raiser for an anonymous problem: no answer, audit event or export names one', async () => {
    const raised = expectOk(
      await d.as.secretary.gql(RAISE, { input: { talkId, categoryId, text: '匿名反映领导作风问题', anonymous: true } }),
    ).raiseProblem;
    expect(raised).toMatchObject({ anonymous: true, raisedBy: null });
    const em = t.app.orm.em.fork();
    const row = await em.findOneOrFail(Problem, Number(raised.id));
    expect(row.raisedBy ?? null).toBeNull();
    // The history names who noted it (the secretary), the audit event the origin: never a raiser.
    expect(raised.history).toEqual([{ type: 'RAISED', actor: { id: d.id.secretary }, note: null, followUpKind: null }]);
    const events = await em.find(AuditEvent, { subjectType: 'Problem', subjectId: raised.id });
    expect(events).toHaveLength(1);
    expect(Object.keys(events[0].detail ?? {}).sort()).toEqual(['anonymous', 'status', 'talkId']);
    expect(JSON.stringify(events[0].detail)).not.toContain(`"${d.id.officer}"`);
    // The committee, who reads everything, reads no raiser either.
    expect(expectOk(await d.as.committee.gql(READ, { id: raised.id })).problem.raisedBy).toBeNull();
  });
});
