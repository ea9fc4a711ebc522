import { ref } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Officer } from '../../src/modules/officers/officer.entity.js';
import { ProblemCategory } from '../../src/modules/problems/problem-category.entity.js';
import { Problem } from '../../src/modules/problems/problem.entity.js';
import { DUE_SOURCES } from '../../src/modules/reminders/due-sources.js';
import { expectError } from '../expect.js';
import { expectOk } from '../visits-fixture.js';
import { countQueries, initTestApp, type TestApp, type TestClient } from '../test-app.js';
import {
  type Entry,
  NOTIFICATIONS,
  NOW,
  type RemindersFixture,
  SECRET,
  seedReminders,
  settingsInput,
  UPDATE_SETTINGS,
} from './reminders.fixture.js';

// What is due for each role, computed from the records in the viewer's scope on the manual clock
// (01:00 on the 4th in the bureau, still the 3rd in UTC), and the inbox that follows it.

let t: TestApp;
let f: RemindersFixture;
const as: Record<string, TestClient> = {};

beforeAll(async () => {
  t = await initTestApp({ demo: false, now: NOW });
  f = await seedReminders(t);
  for (const u of ['committee', 'secretary', 'secretary2', 'mentor', 'mentor2', 'officer', 'officer2', 'admin']) {
    as[u] = await t.login(`rm-${u}`);
  }
});
afterAll(() => t?.close());

async function inbox(c: TestClient) {
  const res = expectOk(await c.gql(NOTIFICATIONS, { first: 100 }));
  const entries = (res.notifications.edges as { node: Entry }[]).map((e) => e.node);
  return { entries, counts: res.notificationCounts as { total: number; unread: number }, raw: JSON.stringify(res) };
}

/** Entries as `KIND:Type:id` for comparing sets. */
const keys = (entries: Entry[]) => entries.map((e) => `${e.kind}:${e.subjectType}:${e.subjectId}`).sort();

describe('what is due, per role', () => {
  it('mentor: contacts due within 3 bureau days or overdue, items of their pairings, visits unacknowledged after 7 days', async () => {
    const { entries, counts } = await inbox(as.mentor);
    expect(keys(entries)).toEqual(
      [
        `CONTACT_DUE:Pairing:${f.pairings.dueSoon}`,
        `CONTACT_DUE:Pairing:${f.pairings.overdue}`,
        `ITEM_DUE:ActionItem:${f.items.mentorSoon}`,
        `ITEM_DUE:ActionItem:${f.items.officerToday}`,
        `VISIT_UNACKNOWLEDGED:Visit:${f.visits.old}`,
      ].sort(),
    );
    const soon = entries.find((e) => e.subjectId === f.pairings.dueSoon && e.kind === 'CONTACT_DUE')!;
    expect(soon).toMatchObject({
      dueDate: '2026-12-07',
      overdue: false,
      label: '甲对象',
      link: `/pairings/${f.pairings.dueSoon}`,
    });
    const late = entries.find((e) => e.kind === 'CONTACT_DUE' && e.subjectId === f.pairings.overdue)!;
    expect(late).toMatchObject({ dueDate: '2026-12-01', overdue: true });
    expect(counts).toEqual({ total: 5, unread: 5 });
  });

  it('officer: visits waiting for their acknowledgment and their own items due today (bureau time)', async () => {
    const { entries } = await inbox(as.officer);
    expect(keys(entries)).toEqual(
      [
        `VISIT_TO_ACKNOWLEDGE:Visit:${f.visits.old}`,
        `VISIT_TO_ACKNOWLEDGE:Visit:${f.visits.recent}`,
        `ITEM_DUE:ActionItem:${f.items.officerToday}`,
      ].sort(),
    );
    expect(entries.find((e) => e.kind === 'ITEM_DUE')).toMatchObject({ dueDate: '2026-12-04', overdue: false });
  });

  it('secretary: their branch’s overdue pairings by days, and pairings within 14 days of their planned end', async () => {
    const { entries } = await inbox(as.secretary);
    expect(keys(entries)).toEqual(
      [`PAIRING_OVERDUE:Pairing:${f.pairings.overdue}`, `PLAN_ENDING:Pairing:${f.pairings.planEnding}`].sort(),
    );
    expect(entries.find((e) => e.kind === 'PAIRING_OVERDUE')).toMatchObject({ count: 3, dueDate: '2026-12-01' });
    expect(entries.find((e) => e.kind === 'PLAN_ENDING')).toMatchObject({ dueDate: '2026-12-18', overdue: false });
  });

  it('committee: the review queue and escalated pairings; branches above the overdue threshold', async () => {
    expect(keys((await inbox(as.committee)).entries)).toEqual(
      [`ESCALATED:Pairing:${f.pairings.escalated}`, `REVIEW_WAITING:Pairing:${f.pairings.inReview}`].sort(),
    );
    // Branch A has 1 of 5 active pairings overdue: 20 %, not above the default 20.
    const settings = expectOk(await as.admin.gql('{ reminderSettings { version branchOverduePercent } }'));
    expect(settings.reminderSettings.branchOverduePercent).toBe(20);
    expectOk(
      await as.admin.gql(UPDATE_SETTINGS, {
        input: settingsInput({ version: settings.reminderSettings.version, branchOverduePercent: 15 }),
      }),
    );
    const { entries } = await inbox(as.committee);
    expect(entries.find((e) => e.kind === 'BRANCH_OVERDUE')).toMatchObject({
      subjectType: 'Branch',
      subjectId: f.ids.a,
      label: '甲派出所',
      count: 20,
    });
  });

  it('branch B sees nothing of branch A; the sysadmin has no inbox', async () => {
    expect(keys((await inbox(as.secretary2)).entries)).toEqual([]);
    expect(keys((await inbox(as.mentor2)).entries)).toEqual([`ITEM_DUE:ActionItem:${f.items.otherBranch}`]);
    expect(keys((await inbox(as.officer2)).entries)).toEqual([`ITEM_DUE:ActionItem:${f.items.otherBranch}`]);
    expect((await inbox(as.admin)).counts).toEqual({ total: 0, unread: 0 });
  });

  it('no entry carries a record’s text', async () => {
    for (const c of Object.values(as)) expect((await inbox(c)).raw).not.toContain(SECRET);
  });

  it('the home pages’ counts are the inbox’s due entries counted per kind, for every role', async () => {
    const SUMMARY = '{ dueSummary { kind count overdue } }';
    for (const [name, c] of Object.entries(as)) {
      const { entries } = await inbox(c);
      const expected = new Map<string, { kind: string; count: number; overdue: number }>();
      for (const e of entries.filter((x) => x.kind !== 'DIGEST')) {
        const k = expected.get(e.kind) ?? { kind: e.kind, count: 0, overdue: 0 };
        k.count++;
        if (e.overdue) k.overdue++;
        expected.set(e.kind, k);
      }
      const summary = expectOk(await c.gql(SUMMARY)).dueSummary as { kind: string; count: number }[];
      expect(new Map(summary.map((k) => [k.kind, k])), name).toEqual(expected);
    }
    const secretary = expectOk(await as.secretary.gql(SUMMARY)).dueSummary as { kind: string; count: number }[];
    const list = expectOk(await as.secretary.gql('{ pairings(first: 1, filter: { overdue: true }) { totalCount } }'))
      .pairings.totalCount;
    // The secretary's overdue pairings on the home and in the list filter are the same set.
    expect(secretary.find((k) => k.kind === 'PAIRING_OVERDUE')?.count).toBe(list);
    expect(list).toBeGreaterThan(0);
    expect(expectOk(await as.admin.gql(SUMMARY)).dueSummary).toEqual([]);
    expectError(await t.client().gql(SUMMARY), 'UNAUTHENTICATED');
  });
});

describe('the inbox', () => {
  it('costs a fixed number of statements, whatever is due: one per due source, none written when nothing changed', async () => {
    await inbox(as.committee);
    await inbox(as.mentor);
    const committee = await countQueries(t, () => inbox(as.committee));
    const mentor = await countQueries(t, () => inbox(as.mentor));
    // Session, the viewer's forums, settings, the sync's read, the page and its counts, and at most
    // one statement per due source of the roles held: never one per thing due.
    const bound = 7 + DUE_SOURCES.length;
    expect(committee.length).toBeLessThanOrEqual(bound);
    expect(mentor.length).toBeLessThanOrEqual(bound);
    expect(
      [...committee, ...mentor].filter((q) => /^\s*(insert|update|delete)/i.test(q) && /notification/.test(q)),
    ).toEqual([]);
  });

  it('keeps read marks, refuses another person’s entry, marks all read', async () => {
    const mine = (await inbox(as.mentor)).entries;
    const target = mine.find((e) => e.kind === 'VISIT_UNACKNOWLEDGED')!;
    expectOk(await as.mentor.gql(MARK, { id: target.id }));
    const after = await inbox(as.mentor);
    expect(after.entries.find((e) => e.id === target.id)?.read).toBe(true);
    expect(after.counts.unread).toBe(after.counts.total - 1);

    expectError(await as.mentor2.gql(MARK, { id: target.id }), 'NOT_FOUND', { reason: 'NOTIFICATION_NOT_FOUND' });
    expectError(await as.admin.gql(MARK, { id: target.id }), 'NOT_FOUND', { reason: 'NOTIFICATION_NOT_FOUND' });

    const all = expectOk(await as.mentor.gql('mutation { markAllNotificationsRead }'));
    expect(all.markAllNotificationsRead).toBe(after.counts.unread);
    expect((await inbox(as.mentor)).counts.unread).toBe(0);
  });

  it('an entry is gone when its cause is: the mentor logs the contact', async () => {
    const occurredAt = new Date(NOW.getTime() - 3_600_000).toISOString();
    expectOk(
      await as.mentor.gql('mutation($input: LogVisitInput!) { logVisit(input: $input) { id } }', {
        input: { pairingId: String(f.pairings.overdue), kind: 'HOME_VISIT', occurredAt, summary: '上门走访' },
      }),
    );
    expect(keys((await inbox(as.mentor)).entries)).not.toContain(`CONTACT_DUE:Pairing:${f.pairings.overdue}`);
    expect(keys((await inbox(as.secretary)).entries)).not.toContain(`PAIRING_OVERDUE:Pairing:${f.pairings.overdue}`);
  });

  it('moves with the clock: at 00:00 on the 5th, bureau time, a contact due on the 8th is due within 3 days', async () => {
    t.clock.set(new Date('2026-12-04T15:59:00Z'));
    const mentor = await t.login('rm-mentor');
    expect(keys((await inbox(mentor)).entries)).not.toContain(`CONTACT_DUE:Pairing:${f.pairings.dueLater}`);
    t.clock.set(new Date('2026-12-04T16:00:00Z'));
    expect(keys((await inbox(mentor)).entries)).toContain(`CONTACT_DUE:Pairing:${f.pairings.dueLater}`);
    t.clock.set(NOW);
  });
});

const MARK = 'mutation($id: ID!) { markNotificationRead(id: $id) { id read } }';

describe('settings', () => {
  it('the sysadmin’s alone; a channel needs its secret in the environment and a valid address', async () => {
    t.clock.set(NOW);
    const admin = await t.login('rm-admin');
    const mentor = await t.login('rm-mentor');
    expectError(await mentor.gql('{ reminderSettings { digestHour } }'), 'FORBIDDEN');
    expectError(await mentor.gql(UPDATE_SETTINGS, { input: settingsInput({}) }), 'FORBIDDEN');
    const { reminderSettings: s } = expectOk(
      await admin.gql('{ reminderSettings { version digestHour webhookSecretConfigured smtpConfigured } }'),
    );
    expect(s).toMatchObject({ digestHour: 8, webhookSecretConfigured: false, smtpConfigured: false });
    const v = { version: s.version };
    expectError(
      await admin.gql(UPDATE_SETTINGS, {
        input: settingsInput({ ...v, webhookEnabled: true, webhookUrl: 'https://gw.example/hook' }),
      }),
      'BAD_USER_INPUT',
      { field: 'input.webhookEnabled', reason: 'CHANNEL_NOT_CONFIGURED', params: { channel: 'WEBHOOK' } },
    );
    expectError(
      await admin.gql(UPDATE_SETTINGS, { input: settingsInput({ ...v, webhookUrl: 'ftp://gw.example/hook' }) }),
      'BAD_USER_INPUT',
      { field: 'input.webhookUrl', reason: 'WEBHOOK_URL_INVALID' },
    );
    expectError(
      await admin.gql(UPDATE_SETTINGS, { input: settingsInput({ ...v, emailEnabled: true }) }),
      'BAD_USER_INPUT',
      { field: 'input.emailEnabled', reason: 'CHANNEL_NOT_CONFIGURED' },
    );
    expectError(
      await admin.gql(UPDATE_SETTINGS, { input: settingsInput({ ...v, digestHour: 24 }) }),
      'BAD_USER_INPUT',
      {
        field: /digestHour/,
      },
    );
    expectError(await admin.gql(UPDATE_SETTINGS, { input: settingsInput({ version: s.version + 5 }) }), 'CONFLICT');
    const saved = expectOk(await admin.gql(UPDATE_SETTINGS, { input: settingsInput({ ...v, digestHour: 7 }) }));
    expect(saved.updateReminderSettings.version).toBe(s.version + 1);
  });

  it('a person turns their own digest off; a bad address names the field', async () => {
    const officer = await t.login('rm-officer');
    const SET =
      'mutation($i: UpdateReminderPreferenceInput!) { updateReminderPreference(input: $i) { digestEnabled email } }';
    expect(expectOk(await officer.gql('{ reminderPreference { digestEnabled email } }')).reminderPreference).toEqual({
      digestEnabled: true,
      email: null,
    });
    expectError(await officer.gql(SET, { i: { digestEnabled: true, email: 'not-an-address' } }), 'BAD_USER_INPUT', {
      field: /email/,
      reason: 'EMAIL_INVALID',
    });
    expect(
      expectOk(await officer.gql(SET, { i: { digestEnabled: false, email: '' } })).updateReminderPreference,
    ).toEqual({
      digestEnabled: false,
      email: null,
    });
  });
});

describe('problems (问题) past their due date', () => {
  it('the owning branch’s secretary and the person who owns one are told, by number and category only', async () => {
    const em = t.app.orm.em.fork();
    const officer = (username: string) => em.findOneOrFail(Officer, { username });
    const [secretary, secretary2, mentor] = await Promise.all(
      ['rm-secretary', 'rm-secretary2', 'rm-mentor'].map(officer),
    );
    const bureau = secretary.bureau;
    const category = em.create(ProblemCategory, { bureau, name: '装备保障', position: 1 });
    const problem = (data: Partial<Problem>) =>
      em.create(Problem, {
        bureau,
        category,
        text: `${SECRET} 问题内容`,
        raisedAt: new Date('2026-11-01T02:00:00Z'),
        createdBy: secretary,
        ...data,
      } as Problem);
    const late = problem({ ownerBranch: secretary.branch, status: 'RECTIFYING', dueDate: '2026-12-01' });
    problem({ ownerBranch: secretary.branch, status: 'RECTIFYING', dueDate: '2026-12-04' }); // due today: not late
    problem({ ownerBranch: secretary.branch, status: 'CLOSED', dueDate: '2026-11-01' }); // closed
    const mine = problem({ owner: ref(mentor), status: 'OPEN', dueDate: '2026-11-20' });
    const otherBranch = problem({ ownerBranch: secretary2.branch, status: 'OPEN', dueDate: '2026-11-30' });
    await em.flush();

    const overdue = async (c: TestClient) => (await inbox(c)).entries.filter((e) => e.kind === 'PROBLEM_OVERDUE');
    const forSecretary = await overdue(as.secretary);
    expect(keys(forSecretary)).toEqual([`PROBLEM_OVERDUE:Problem:${late.id}`]);
    // 01:00 on the 4th, bureau time: due on the 1st is 3 days late.
    expect(forSecretary[0]).toMatchObject({
      label: `#${late.id} 装备保障`,
      count: 3,
      overdue: true,
      link: `/problems/${late.id}`,
    });
    expect(keys(await overdue(as.mentor))).toEqual([`PROBLEM_OVERDUE:Problem:${mine.id}`]);
    expect(keys(await overdue(as.secretary2))).toEqual([`PROBLEM_OVERDUE:Problem:${otherBranch.id}`]);
    expect(await overdue(as.officer)).toEqual([]);
    for (const c of Object.values(as)) expect((await inbox(c)).raw).not.toContain(SECRET);
  });
});
