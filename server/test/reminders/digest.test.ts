import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createLogger } from '../../src/common/http/logger.js';
import { DigestRunner } from '../../src/modules/reminders/digest.service.js';
import { Notification } from '../../src/modules/reminders/notification.entity.js';
import { initTestApp, isPostgres, type TestApp } from '../test-app.js';
import { expectOk } from '../visits-fixture.js';
import {
  NOW,
  type RemindersFixture,
  SECRET,
  seedReminders,
  settingsInput,
  UPDATE_SETTINGS,
} from './reminders.fixture.js';
import { type WebhookReceiver, startSmtpReceiver, startWebhookReceiver } from './receivers.js';

// The daily digest against receivers the test starts: the webhook's body and signature (Tongxin's
// own and DingTalk's), e-mail through SMTP, retries, and one digest per person per day however
// often, and by however many instances, it runs.

const SECRET_KEY = 'test-webhook-secret-0123456789';
const PUBLIC_URL = 'https://tongxin.example.gov';
/** 08:00 bureau time on the given day of December 2026. */
const eightOn = (day: number) => new Date(`2026-12-${String(day).padStart(2, '0')}T08:00:00+08:00`);

let t: TestApp;
let f: RemindersFixture;
let hook: WebhookReceiver;
let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

beforeAll(async () => {
  hook = await startWebhookReceiver();
  smtp = await startSmtpReceiver();
  t = await initTestApp({
    demo: false,
    now: NOW,
    env: {
      REMINDER_WEBHOOK_SECRET: SECRET_KEY,
      SMTP_URL: smtp.url,
      SMTP_FROM: 'tongxin@bureau.example.gov',
      PUBLIC_URL,
      REMINDER_SEND_ATTEMPTS: '3',
      REMINDER_RETRY_BASE_MS: '1',
    },
  });
  f = await seedReminders(t);
});
afterAll(async () => {
  await t?.close();
  await hook?.close();
  await smtp?.close();
});

async function configure(over: Record<string, unknown>) {
  t.clock.set(NOW);
  const admin = await t.login('rm-admin');
  const { reminderSettings } = expectOk(await admin.gql('{ reminderSettings { version } }'));
  expectOk(await admin.gql(UPDATE_SETTINGS, { input: settingsInput({ version: reminderSettings.version, ...over }) }));
}

async function deliveries() {
  t.clock.set(NOW);
  const admin = await t.login('rm-admin');
  const res = expectOk(
    await admin.gql('{ reminderSettings { recentDeliveries { channel status attempts lastError } } }'),
  );
  return res.reminderSettings.recentDeliveries as {
    channel: string;
    status: string;
    attempts: number;
    lastError: string | null;
  }[];
}

const digestsOf = (recipient: number) =>
  t.app.orm.em.fork().find(Notification, { recipient, kind: 'DIGEST' }, { orderBy: { id: 'asc' } });

const bodies = (from = 0) => hook.received.slice(from).map((r) => JSON.parse(r.body));
const forRecipient = (id: number) => (body: string) => JSON.parse(body).recipient?.id === id;
const silent = createLogger('silent');

describe('the daily digest', () => {
  it('waits for the bureau’s hour', async () => {
    await configure({ webhookEnabled: true, webhookUrl: hook.url, emailEnabled: true });
    expect(await t.app.digests.run(new Date('2026-12-03T23:59:00Z'))).toMatchObject({ created: 0 });
    expect(hook.received).toHaveLength(0);
  });

  it('posts a signed JSON body of names, counts, dates and links, and mails those who gave an address', async () => {
    t.clock.set(NOW);
    const officer = await t.login('rm-officer');
    expectOk(
      await officer.gql(
        'mutation($i: UpdateReminderPreferenceInput!) { updateReminderPreference(input: $i) { email } }',
        {
          i: { digestEnabled: true, email: 'jia.duixiang@bureau.example.gov' },
        },
      ),
    );
    const mentor2 = await t.login('rm-mentor2');
    expectOk(
      await mentor2.gql(
        'mutation($i: UpdateReminderPreferenceInput!) { updateReminderPreference(input: $i) { digestEnabled } }',
        {
          i: { digestEnabled: false },
        },
      ),
    );

    const result = await t.app.digests.run(eightOn(4));
    // mentor, officer, secretary, committee and officer2 have something due; mentor2 turned it off.
    expect(result).toEqual({ created: 5, sent: 6, failed: 0 });
    expect(hook.received).toHaveLength(5);
    const recipients = bodies().map((b) => b.recipient.id);
    expect(recipients.sort()).toEqual(
      [f.ids.mentorA, f.ids.menteeA, f.ids.secretaryA, f.ids.committee, f.ids.menteeB].sort(),
    );
    for (const r of hook.received) {
      const ts = String(r.headers['x-tongxin-timestamp']);
      const expected = `sha256=${createHmac('sha256', SECRET_KEY).update(`${ts}.${r.body}`).digest('hex')}`;
      expect(r.headers['x-tongxin-signature']).toBe(expected);
      expect(r.headers['content-type']).toMatch(/^application\/json/);
      expect(r.body).not.toContain(SECRET);
    }
    const mentor = bodies().find((b) => b.recipient.id === f.ids.mentorA);
    expect(mentor).toMatchObject({
      type: 'tongxin.digest',
      day: '2026-12-04',
      total: 5,
      counts: { CONTACT_DUE: 2, ITEM_DUE: 2, VISIT_UNACKNOWLEDGED: 1 },
      link: `${PUBLIC_URL}/inbox`,
    });
    expect(mentor.items).toContainEqual({
      kind: 'CONTACT_DUE',
      label: '甲对象',
      dueDate: '2026-12-07',
      overdue: false,
      count: null,
      link: `${PUBLIC_URL}/pairings/${f.pairings.dueSoon}`,
    });

    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.to).toEqual(['jia.duixiang@bureau.example.gov']);
    const text = decodeMailBody(mail.raw);
    expect(text).toContain('甲对象');
    expect(text).toContain(`${PUBLIC_URL}/visits/${f.visits.old}`);
    expect(mail.raw + text).not.toContain(SECRET);

    // The digest is an inbox entry too.
    expect((await digestsOf(f.ids.mentorA)).map((n) => [n.dueDate, n.count])).toEqual([['2026-12-04', 5]]);
  });

  it('sends one digest per person per day, however often it runs', async () => {
    const before = hook.received.length;
    expect(await t.app.digests.run(new Date(eightOn(4).getTime() + 3_600_000))).toMatchObject({ created: 0 });
    const [a, b] = await Promise.all([t.app.digests.run(eightOn(4)), t.app.digests.run(eightOn(4))]);
    expect(a.created + b.created).toBe(0);
    expect(hook.received.length).toBe(before);
  });

  it('retries a receiver that fails twice, and records the attempts', async () => {
    await configure({ webhookEnabled: true, webhookUrl: hook.url, emailEnabled: false });
    // The receiver refuses the mentor's digest twice; the others' go through at the first attempt
    // and do not wait behind it.
    hook.failNext(2, 500, forRecipient(f.ids.mentorA));
    const before = hook.received.length;
    const result = await t.app.digests.run(eightOn(5));
    expect(result).toMatchObject({ created: 5, sent: 5, failed: 0 });
    const sent = bodies(before).map((b) => b.recipient.id);
    expect(sent).toHaveLength(7);
    expect(sent.slice(0, 5).filter((id) => id === f.ids.mentorA)).toHaveLength(1);
    expect(sent.filter((id) => id === f.ids.mentorA)).toHaveLength(3);
    const latest = (await deliveries()).slice(0, 5);
    expect(latest.map((d) => d.attempts).sort()).toEqual([1, 1, 1, 1, 3]);
    expect(latest.every((d) => d.status === 'SENT' && d.lastError === null)).toBe(true);
  });

  it('leaves a retry due later in the database, and a later run sends it once, however many runs there are', async () => {
    // Back-off of an hour: the retry is beyond what one run waits for.
    const slow = () => new DigestRunner(t.app.orm, { ...t.config.reminders, retryBaseMs: 3_600_000 }, t.clock, silent);
    hook.failNext(1, 503, forRecipient(f.ids.mentorA));
    const before = hook.received.length;
    expect(await slow().run(eightOn(9))).toMatchObject({ created: 5, sent: 4, failed: 0 });
    const waiting = (await deliveries()).filter((d) => d.status === 'PENDING');
    expect(waiting).toEqual([{ channel: 'WEBHOOK', status: 'PENDING', attempts: 1, lastError: 'HTTP 503' }]);

    // Half an hour on, it is not due yet; an hour on, two runs at once (two instances) send it once.
    expect(await slow().run(new Date(eightOn(9).getTime() + 1_800_000))).toMatchObject({ created: 0, sent: 0 });
    const later = new Date(eightOn(9).getTime() + 3_660_000);
    const [a, b] = await Promise.all([slow().run(later), slow().run(later)]);
    expect(a.sent + b.sent).toBe(1);
    const sent = bodies(before).map((x) => x.recipient.id);
    expect(sent.filter((id) => id === f.ids.mentorA)).toHaveLength(2);
    expect(sent).toHaveLength(6);
    // The same digest, not a new one: the receiver can tell a retry by its id.
    const [first, retry] = bodies(before).filter((x) => x.recipient.id === f.ids.mentorA);
    expect(first.id).toEqual(expect.any(Number));
    expect(retry.id).toBe(first.id);
    const mentorA = (await deliveries()).find((d) => d.attempts === 2)!;
    expect(mentorA).toEqual({ channel: 'WEBHOOK', status: 'SENT', attempts: 2, lastError: null });
  });

  it('records a send that keeps failing as FAILED, and the app goes on answering', async () => {
    hook.failNext(100, 503);
    const result = await t.app.digests.run(eightOn(6));
    expect(result).toMatchObject({ created: 5, sent: 0, failed: 5 });
    const latest = (await deliveries()).slice(0, 5);
    expect(latest.every((d) => d.status === 'FAILED' && d.attempts === 3 && d.lastError === 'HTTP 503')).toBe(true);
    hook.failNext(0);
  });

  it('speaks DingTalk: markdown body, timestamp and sign in the query', async () => {
    await configure({
      webhookEnabled: true,
      webhookUrl: `${hook.url}?access_token=robot-token`,
      webhookFormat: 'DINGTALK',
    });
    const before = hook.received.length;
    await t.app.digests.run(eightOn(7));
    const sent = hook.received.slice(before);
    expect(sent).toHaveLength(5);
    for (const r of sent) {
      const url = new URL(r.url, 'http://x');
      expect(url.searchParams.get('access_token')).toBe('robot-token');
      const ts = url.searchParams.get('timestamp')!;
      const sign = createHmac('sha256', SECRET_KEY).update(`${ts}\n${SECRET_KEY}`).digest('base64');
      expect(url.searchParams.get('sign')).toBe(sign);
      const body = JSON.parse(r.body);
      expect(body.msgtype).toBe('markdown');
      expect(body.markdown.title).toContain('2026-12-07');
      expect(r.body).not.toContain(SECRET);
    }
  });

  it.runIf(isPostgres())('two instances on one PostgreSQL database send each person one digest', async () => {
    await configure({ webhookEnabled: true, webhookUrl: hook.url, webhookFormat: 'GENERIC' });
    // The second instance also runs pg-boss, as a deployed one does.
    const other = await createApp(
      { ...t.config, reminders: { ...t.config.reminders, schedulerEnabled: true } },
      {
        clock: t.clock,
        skipDemoSeed: true,
      },
    );
    try {
      const before = hook.received.length;
      const [a, b] = await Promise.all([t.app.digests.run(eightOn(8)), other.digests.run(eightOn(8))]);
      expect(a.created + b.created).toBe(5);
      const recipients = bodies(before).map((x) => x.recipient.id);
      expect(recipients).toHaveLength(5);
      expect(new Set(recipients).size).toBe(5);
      const day8 = (await digestsOf(f.ids.mentorA)).filter((n) => n.dueDate === '2026-12-08');
      expect(day8).toHaveLength(1);
      const schedules = await other.orm.em.getConnection().execute('select name, cron, timezone from pgboss.schedule');
      expect(schedules).toEqual([{ name: 'reminders-digest', cron: '*/15 * * * *', timezone: 'Asia/Shanghai' }]);
    } finally {
      await other.close();
    }
  });
});

/** The text of a nodemailer message with a base64 body. */
function decodeMailBody(raw: string): string {
  const [, body] = raw.split(/\r?\n\r?\n/, 2).length === 2 ? raw.split(/\r?\n\r?\n/) : ['', raw];
  return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
}
