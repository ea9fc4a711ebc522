import type { Role } from '@tongxin/schema';
import { hashPassword } from '../../src/modules/auth/password.js';
import type { Officer } from '../../src/modules/officers/officer.entity.js';
import type { Pairing } from '../../src/modules/pairings/pairing.entity.js';
import { Visit } from '../../src/modules/visits/visit.entity.js';
import { makeBranch, makeBureau, makeItem, makeOfficer, makePairing, makeVisit } from '../factory.js';
import { DEMO_PASSWORD, type TestApp } from '../test-app.js';

// A bureau of two branches whose due dates sit on the bureau's day boundaries. The clock stands at
// 2026-12-03T17:00Z, which is 01:00 on 2026-12-04 in the bureau (UTC+8): a computation in UTC days
// would take "today" for the 3rd and get every boundary below wrong.

export const NOW = new Date('2026-12-03T17:00:00Z');
const DAY = 86_400_000;
const daysBefore = (n: number) => new Date(NOW.getTime() - n * DAY);

/** Text that must never reach an inbox entry or a digest. */
export const SECRET = 'SECRET_reminder_text';

export interface RemindersFixture {
  ids: Record<string, number>;
  pairings: Record<
    'dueSoon' | 'dueLater' | 'overdue' | 'planEnding' | 'planLater' | 'inReview' | 'escalated' | 'b',
    number
  >;
  items: Record<'mentorSoon' | 'mentorLater' | 'officerToday' | 'officerTomorrow' | 'otherBranch', number>;
  visits: Record<'old' | 'recent', number>;
}

export async function seedReminders(t: TestApp): Promise<RemindersFixture> {
  const em = t.app.orm.em.fork();
  const hash = await hashPassword(DEMO_PASSWORD);
  const bureau = makeBureau(em, { code: 'RM' });
  const a = makeBranch(em, bureau, { code: 'RM-A', name: '甲派出所' });
  const b = makeBranch(em, bureau, { code: 'RM-B', name: '乙派出所' });
  const person = (branch: typeof a, name: string, username?: string, roles?: Role[]) =>
    makeOfficer(em, branch, {
      name,
      username,
      roles,
      passwordHash: username ? hash : undefined,
      isMentor: !roles?.length,
    });
  const committee = person(a, '党委委员', 'rm-committee', ['COMMITTEE']);
  const secretaryA = person(a, '甲书记', 'rm-secretary', ['SECRETARY']);
  const secretaryB = person(b, '乙书记', 'rm-secretary2', ['SECRETARY']);
  const mentorA = person(a, '甲帮教', 'rm-mentor');
  const mentorB = person(b, '乙帮教', 'rm-mentor2');
  const menteeA = person(a, '甲对象', 'rm-officer');
  const sysadmin = person(a, '管理员', 'rm-admin', ['SYSADMIN']);
  const mentees = ['一', '二', '三', '四', '五', '六'].map((n) => person(a, `对象${n}`));
  const menteeB = person(b, '乙对象', 'rm-officer2');
  const pair = (mentee: Officer, lead: Officer, data: Omit<Partial<Pairing>, 'mentee'>) =>
    makePairing(em, { mentee, lead, startDate: '2026-09-01', ...data });

  // 01:00 on the 4th: due "within 3 days" is up to the end of the 7th, bureau time.
  const dueSoon = pair(menteeA, mentorA, { nextContactDue: new Date('2026-12-07T15:59:00Z') });
  const dueLater = pair(mentees[0], mentorA, { nextContactDue: new Date('2026-12-07T16:00:00Z') });
  const overdue = pair(mentees[1], mentorA, { nextContactDue: new Date('2026-11-30T16:00:00Z') });
  // The 4th plus 14 days is the 18th.
  const planEnding = pair(mentees[2], mentorA, { plannedEndDate: '2026-12-18', nextContactDue: daysBefore(-20) });
  const planLater = pair(mentees[3], mentorA, { plannedEndDate: '2026-12-19', nextContactDue: daysBefore(-20) });
  const inReview = pair(mentees[4], mentorA, {
    status: 'IN_REVIEW',
    submittedAt: daysBefore(2),
    nextContactDue: daysBefore(1),
  });
  const escalated = pair(mentees[5], mentorA, { status: 'ESCALATED', nextContactDue: daysBefore(1) });
  const pb = pair(menteeB, mentorB, { nextContactDue: daysBefore(-10) });

  const mentorSoon = makeItem(em, { pairing: dueSoon, owner: menteeA, dueDate: '2026-12-07', description: SECRET });
  const mentorLater = makeItem(em, { pairing: dueSoon, owner: mentorA, dueDate: '2026-12-08', description: SECRET });
  const officerToday = makeItem(em, { pairing: dueLater, owner: menteeA, dueDate: '2026-12-04', description: SECRET });
  const officerTomorrow = makeItem(em, {
    owner: menteeA,
    dueDate: '2026-12-05',
    description: SECRET,
    createdBy: secretaryA,
  });
  const otherBranch = makeItem(em, { pairing: pb, owner: menteeB, dueDate: '2026-12-01', description: SECRET });

  const old = makeVisit(em, { pairing: dueSoon, author: mentorA, occurredAt: daysBefore(8), summary: SECRET });
  const recent = makeVisit(em, { pairing: dueSoon, author: mentorA, occurredAt: daysBefore(6), summary: SECRET });
  await em.flush();
  // Logged when they happened: the 7-day rule counts from the logging.
  await em.nativeUpdate(Visit, { id: old.id }, { createdAt: daysBefore(8) });
  await em.nativeUpdate(Visit, { id: recent.id }, { createdAt: daysBefore(6) });

  const ids = Object.fromEntries(
    Object.entries({
      committee,
      secretaryA,
      secretaryB,
      mentorA,
      mentorB,
      menteeA,
      menteeB,
      sysadmin,
      bureau,
      a,
      b,
    }).map(([k, v]) => [k, v.id]),
  );
  return {
    ids,
    pairings: {
      dueSoon: dueSoon.id,
      dueLater: dueLater.id,
      overdue: overdue.id,
      planEnding: planEnding.id,
      planLater: planLater.id,
      inReview: inReview.id,
      escalated: escalated.id,
      b: pb.id,
    },
    items: {
      mentorSoon: mentorSoon.id,
      mentorLater: mentorLater.id,
      officerToday: officerToday.id,
      officerTomorrow: officerTomorrow.id,
      otherBranch: otherBranch.id,
    },
    visits: { old: old.id, recent: recent.id },
  };
}

export const NOTIFICATIONS = `query($first: Int) { notifications(first: $first) {
  totalCount edges { node { id kind subjectType subjectId label dueDate overdue count link read } }
} notificationCounts { total unread } }`;

export interface Entry {
  id: string;
  kind: string;
  subjectType: string | null;
  subjectId: number | null;
  label: string;
  dueDate: string | null;
  overdue: boolean;
  count: number | null;
  link: string;
  read: boolean;
}

export const UPDATE_SETTINGS =
  'mutation($input: UpdateReminderSettingsInput!) { updateReminderSettings(input: $input) { version } }';
export const settingsInput = (over: Record<string, unknown>) => ({
  version: 1,
  digestEnabled: true,
  digestHour: 8,
  dueSoonDays: 3,
  acknowledgeAfterDays: 7,
  planEndWindowDays: 14,
  branchOverduePercent: 20,
  webhookEnabled: false,
  webhookUrl: null,
  webhookFormat: 'GENERIC',
  emailEnabled: false,
  ...over,
});
