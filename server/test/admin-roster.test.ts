import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { PairingMentor } from '../src/modules/pairings/pairing-mentor.entity.js';
import { Pairing } from '../src/modules/pairings/pairing.entity.js';
import { expectError } from './expect.js';
import { buildFixture, type Fixture } from './permissions/fixture.js';
import { initTestApp, type TestApp, type TestClient } from './test-app.js';

// The roster and branches as the sysadmin keeps them: transfers leave a trace on the pairings'
// timelines, a departure hands the pairings to a successor or flags them to the secretary, and the
// sysadmin never reads what the program writes about anyone.

let t: TestApp;
let fx: Fixture;
let admin: TestClient;
let secretary: TestClient;
beforeAll(async () => {
  t = await initTestApp();
  fx = await buildFixture(t);
  admin = await t.login('admin');
  secretary = await t.login('secretary');
});
afterAll(() => t?.close());

const em = () => t.app.orm.em.fork();
const lastEvent = (action: string, subjectId: number) =>
  em().findOneOrFail(AuditEvent, { action, subjectId: String(subjectId) }, { orderBy: { id: 'desc' } });
const TIMELINE = 'query($id: ID!) { pairing(id: $id) { attention timeline { kind type summary } } }';
const events = async (c: TestClient, pairingId: number) =>
  (
    (await c.gql(TIMELINE, { id: String(pairingId) })).data?.pairing.timeline as { type: string; summary: string }[]
  ).filter((e) => !['created'].includes(e.type));

describe('branches', () => {
  it('creates and renames a branch, audited; a code is unique', async () => {
    const CREATE = 'mutation($i: CreateBranchInput!) { createBranch(input: $i) { id name code kind } }';
    const res = await admin.gql(CREATE, { i: { name: '测试新所', code: 'yz-s25', kind: 'STATION' } });
    expect(res.data?.createBranch).toMatchObject({ name: '测试新所', code: 'YZ-S25', kind: 'STATION' });
    const id = Number(res.data?.createBranch.id);
    expectError(await admin.gql(CREATE, { i: { name: '重复', code: 'YZ-S25', kind: 'STATION' } }), 'BAD_USER_INPUT', {
      field: 'code',
      reason: 'BRANCH_CODE_TAKEN',
    });
    const renamed = await admin.gql('mutation($i: RenameBranchInput!) { renameBranch(input: $i) { name } }', {
      i: { id: String(id), name: '新城派出所' },
    });
    expect(renamed.data?.renameBranch.name).toBe('新城派出所');
    expect((await lastEvent('renameBranch', id)).detail).toEqual({
      before: { name: '测试新所' },
      after: { name: '新城派出所' },
    });
    expect((await admin.gql('{ branches { id } }')).data?.branches.length).toBe(48);
    expectError(await secretary.gql(CREATE, { i: { name: 'x', code: 'X1', kind: 'STATION' } }), 'FORBIDDEN');
  });
});

describe('roster', () => {
  it('searches, creates and edits officers with the roster fields only', async () => {
    const found = await admin.gql(
      '{ officers(first: 5, filter: { search: "周磊" }) { edges { node { name badgeNumber category position phone disabled branch { name } account { username } flaggedReason currentPairing { id } activeMentoringCount } } } }',
    );
    expect(found.errors).toBeUndefined();
    const node = found.data?.officers.edges[0].node;
    expect(node).toMatchObject({ name: '周磊', account: { username: 'officer' } });
    // The program's content about the person is not the roster's.
    expect([node.flaggedReason, node.currentPairing, node.activeMentoringCount]).toEqual([null, null, null]);
    const created = await admin.gql(
      'mutation($i: CreateOfficerInput!) { createOfficer(input: $i) { id name nameInitials badgeNumber version } }',
      {
        i: {
          branchId: String(fx.a.branch.id),
          name: '王小明',
          badgeNumber: '990001',
          category: 'POLICE',
          position: '社区民警',
        },
      },
    );
    expect(created.data?.createOfficer).toMatchObject({ name: '王小明', nameInitials: 'wxm', version: 1 });
    const id = created.data?.createOfficer.id;
    const UPDATE = 'mutation($i: UpdateOfficerInput!) { updateOfficer(input: $i) { name phone version } }';
    const updated = await admin.gql(UPDATE, { i: { id, version: 1, phone: '661234', name: '王晓明' } });
    expect(updated.data?.updateOfficer).toMatchObject({ name: '王晓明', phone: '661234', version: 2 });
    expect((await lastEvent('updateOfficer', Number(id))).detail).toEqual({
      before: { name: '王小明', phone: null },
      after: { name: '王晓明', phone: '661234' },
    });
    expectError(await admin.gql(UPDATE, { i: { id, version: 1, phone: '1' } }), 'CONFLICT', {
      reason: 'STALE_VERSION',
    });
    expectError(
      await admin.gql(UPDATE, { i: { id, version: 2, badgeNumber: fx.a.mentor.badgeNumber } }),
      'BAD_USER_INPUT',
      {
        field: 'badgeNumber',
        reason: 'BADGE_TAKEN',
      },
    );
    // Secretaries no longer edit the roster.
    expectError(await secretary.gql(UPDATE, { i: { id, version: 2, phone: '2' } }), 'FORBIDDEN');
  });

  it('transfers an officer: their pairings stay, each timeline says they moved', async () => {
    const res = await admin.gql(
      'mutation($i: TransferOfficerInput!) { transferOfficer(input: $i) { branch { id } } }',
      { i: { officerId: String(fx.a.otherMentor.id), branchId: String(fx.b.branch.id) } },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data?.transferOfficer.branch.id).toBe(String(fx.b.branch.id));
    const pairing = await em().findOneOrFail(Pairing, fx.a.other.id);
    expect(pairing.branch.id).toBe(fx.a.branch.id);
    const seen = await events(secretary, fx.a.other.id);
    expect(seen.some((e) => e.type === 'mentor_transferred' && e.summary.includes(fx.b.branch.name))).toBe(true);
    expect((await lastEvent('transferOfficer', fx.a.otherMentor.id)).detail).toMatchObject({
      before: { branchId: fx.a.branch.id },
      after: { branchId: fx.b.branch.id },
    });
    // The mentee moving is recorded too.
    await admin.gql('mutation($i: TransferOfficerInput!) { transferOfficer(input: $i) { id } }', {
      i: { officerId: String(fx.a.otherMentee.id), branchId: String(fx.b.branch.id) },
    });
    expect((await events(secretary, fx.a.other.id)).some((e) => e.type === 'mentee_transferred')).toBe(true);
    const same = await admin.gql('mutation($i: TransferOfficerInput!) { transferOfficer(input: $i) { id } }', {
      i: { officerId: String(fx.a.otherMentee.id), branchId: String(fx.b.branch.id) },
    });
    expectError(same, 'BAD_USER_INPUT', { field: 'branchId', reason: 'SAME_BRANCH' });
  });

  it('deactivates a mentor with a successor: a hand-over on each live pairing', async () => {
    const res = await admin.gql('mutation($i: DeactivateOfficerInput!) { deactivateOfficer(input: $i) { disabled } }', {
      i: { officerId: String(fx.b.otherMentor.id), successorMentorId: String(fx.b.spareMentor.id) },
    });
    expect(res.data?.deactivateOfficer.disabled).toBe(true);
    for (const p of [fx.b.other, fx.b.inReview]) {
      const open = await em().find(PairingMentor, { pairing: p.id, endedAt: null });
      expect(open.map((m) => [m.officer.id, m.role])).toEqual([[fx.b.spareMentor.id, 'LEAD']]);
      const pairing = await em().findOneOrFail(Pairing, p.id);
      expect(pairing.attention ?? null).toBeNull();
    }
    const b = await t.login('secretary2');
    expect((await events(b, fx.b.other.id)).some((e) => e.type === 'handover' && e.summary.includes('→'))).toBe(true);
    // The cancelled pairing is not live: untouched.
    expect(await em().count(PairingMentor, { pairing: fx.b.cancelled.id, endedAt: null })).toBe(1);
    expect((await lastEvent('deactivateOfficer', fx.b.otherMentor.id)).detail).toMatchObject({
      before: { disabled: false },
      after: { disabled: true },
      successorMentorId: fx.b.spareMentor.id,
    });
  });

  it('deactivates without a successor: the pairings are flagged to the branch secretary', async () => {
    const target = await em().findOneOrFail(Officer, { username: 'mentor' });
    const c = await t.login('mentor');
    const res = await admin.gql('mutation($i: DeactivateOfficerInput!) { deactivateOfficer(input: $i) { id } }', {
      i: { officerId: String(target.id) },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    // Their account is disabled with them, and their sessions ended.
    expect((await c.gql('{ me { id } }')).data?.me).toBeNull();
    await expect(t.login('mentor')).rejects.toThrow();
    const flagged = await secretary.gql(
      '{ pairings(first: 50, filter: { needsAttention: true }) { edges { node { id attention } } } }',
    );
    const nodes = flagged.data?.pairings.edges.map((e: any) => e.node);
    expect(nodes).toContainEqual({ id: String(fx.a.own.id), attention: 'MENTOR_LEFT' });
    expect((await events(secretary, fx.a.own.id)).some((e) => e.type === 'mentor_left')).toBe(true);
    // The secretary answers the flag by naming a new lead mentor.
    const p = await em().findOneOrFail(Pairing, fx.a.own.id);
    const handed = await secretary.gql(
      'mutation($i: UpdatePairingInput!) { updatePairing(input: $i) { pairing { attention } } }',
      { i: { id: String(p.id), version: p.version, leadMentorId: String(fx.a.spareMentor.id) } },
    );
    expect(handed.errors).toBeUndefined();
    expect(handed.data?.updatePairing.pairing.attention).toBeNull();
  });

  it('flags the pairing of a mentee who leaves, and refuses a successor who cannot mentor', async () => {
    const DEACT = 'mutation($i: DeactivateOfficerInput!) { deactivateOfficer(input: $i) { id } }';
    const sysadmin = await em().findOneOrFail(Officer, { username: 'admin' });
    const refuse = [
      [{ successorMentorId: String(fx.a.otherMentee.id) }, 'SUCCESSOR_IS_LEAVER', fx.a.otherMentee.id],
      [{ successorMentorId: String(sysadmin.id) }, 'ADMIN_NOT_PAIRABLE', fx.a.otherMentee.id],
    ] as const;
    for (const [extra, reason, officerId] of refuse) {
      const res = await admin.gql(DEACT, { i: { officerId: String(officerId), ...extra } });
      expectError(res, 'BAD_USER_INPUT', { field: 'successorMentorId', reason });
    }
    expect((await admin.gql(DEACT, { i: { officerId: String(fx.a.otherMentee.id) } })).errors).toBeUndefined();
    expect((await em().findOneOrFail(Pairing, fx.a.other.id)).attention).toBe('MENTEE_LEFT');
    expectError(await admin.gql(DEACT, { i: { officerId: String(fx.a.otherMentee.id) } }), 'BAD_USER_INPUT', {
      field: 'officerId',
      reason: 'OFFICER_DISABLED',
    });
    expectError(await admin.gql(DEACT, { i: { officerId: String(sysadmin.id) } }), 'FORBIDDEN');
  });

  it('reads no content: no pairing, visit, talk, review, item or count by person', async () => {
    const res = await admin.gql(`{
      pairings(first: 5) { totalCount } visits(first: 5) { totalCount } talks(first: 5) { totalCount }
      actionItems(first: 5) { totalCount } outcomeReviews(first: 5) { totalCount } reviewQueue(first: 5) { totalCount }
      pairing(id: "${fx.b.own.id}") { id } visit(id: "${fx.b.visitOpen.id}") { id } talk(id: "${fx.b.talkBySecretary.id}") { id }
      officer(id: "${fx.b.officer.id}") { name flaggedReason currentPairing { id } activeMentoringCount }
    }`);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toMatchObject({
      pairings: { totalCount: 0 },
      visits: { totalCount: 0 },
      talks: { totalCount: 0 },
      actionItems: { totalCount: 0 },
      outcomeReviews: { totalCount: 0 },
      reviewQueue: { totalCount: 0 },
      pairing: null,
      visit: null,
      talk: null,
      officer: { flaggedReason: null, currentPairing: null, activeMentoringCount: null },
    });
    const load = await admin.gql(`{ mentorCapacity(mentorIds: ["${fx.b.mentor.id}"]) { activeCount } }`);
    expectError(load, 'FORBIDDEN');
    for (const filter of ['{ paired: true }', '{ flagged: true }']) {
      expectError(await admin.gql(`{ officers(first: 5, filter: ${filter}) { totalCount } }`), 'FORBIDDEN');
    }
  });
});
