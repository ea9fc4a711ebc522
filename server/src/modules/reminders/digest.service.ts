import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { DeliveryChannel, defineAbilityFor } from '@tongxin/schema';
import type { Logger } from 'pino';
import type { Clock } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import type { RemindersConfig } from '../../config/config.js';
import { buildViewer } from '../auth/viewer.js';
import { Bureau } from '../org/bureau.entity.js';
import { SendError, sendEmail, sendWebhook } from './digest-channels.js';
import type { DigestDelivery } from './digest-delivery.entity.js';
import { claimDueDeliveries, createDeliveries, nextPendingAt, recordAttempt } from './digest-delivery.repository.js';
import type { DigestMessage } from './digest-message.js';
import { localDate } from './due-dates.js';
import { refreshDue } from './inbox.service.js';
import { Notification } from './notification.entity.js';
import type { ReminderSettings } from './reminder-settings.entity.js';
import { type DigestCandidate, allBureauIds, digestCandidates, findSettings } from './reminder-settings.repository.js';
import type { DigestDeliveryView } from './reminders.types.js';

export interface DigestRunResult {
  /** Digests this run stored (another instance's or an earlier run's are not counted). */
  created: number;
  sent: number;
  failed: number;
}

const bureauHour = (now: Date) => (now.getUTCHours() + 8) % 24;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A run waits this long at most for a retry; a later one is a later tick's. */
const IN_RUN_WAIT_MS = 60_000;
/** How far past its timeout a send in hand stays this run's before another run may take it. */
const LEASE_SLACK_MS = 60_000;

/**
 * The daily digest: at the bureau's hour (bureau time), each person with something due gets one
 * inbox entry for the day and one send per configured channel. The entry's unique key makes a
 * second run, or a second instance, store nothing and send nothing; a run after the hour (the
 * server was down at 08:00) still sends the day's digest. Runs in the background: the scheduler
 * calls it, never a request.
 */
export class DigestRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly config: RemindersConfig,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /**
   * One tick: each bureau's digests, if its hour has come and they are not made yet, then every
   * send of the bureau whose time has come (today's, and earlier ones still being retried).
   */
  async run(now: Date = this.clock.now()): Promise<DigestRunResult> {
    const result: DigestRunResult = { created: 0, sent: 0, failed: 0 };
    // The run's own clock: `now` (a tick's moment, or a test's), moving on with real time as the
    // run waits between attempts.
    const startedAt = Date.now();
    const at = () => new Date(now.getTime() + (Date.now() - startedAt));
    for (const bureauId of await allBureauIds(this.orm.em.fork())) {
      const em = this.orm.em.fork();
      const settings = await findSettings(em, bureauId);
      if (settings.digestEnabled && bureauHour(now) >= settings.digestHour) {
        await this.makeDigests(em, bureauId, settings, now, result);
      }
      await this.drain(bureauId, settings, at, result);
    }
    return result;
  }

  /** Stores the day's digest of each person with something due, and queues its sends. */
  private async makeDigests(
    em: EntityManager,
    bureauId: number,
    settings: ReminderSettings,
    now: Date,
    result: DigestRunResult,
  ) {
    const day = localDate(now);
    const notifications = em.getRepository(Notification);
    const done = await notifications.digestRecipients(bureauId, day);
    const bureau = await em.findOneOrFail(Bureau, bureauId);
    for (const candidate of await digestCandidates(em, bureauId)) {
      if (done.has(candidate.officer.id)) continue;
      // A fork per person: their viewer, their rules, nothing of the previous person's records.
      const personEm = this.orm.em.fork();
      const viewer = await buildViewer(personEm, candidate.officer);
      const items = await refreshDue(personEm, viewer, defineAbilityFor(viewer), now, settings);
      if (items.length === 0) continue;
      const digestId = await personEm.getRepository(Notification).claimDigest({
        recipientId: viewer.officerId,
        bureauId,
        day,
        label: candidate.officer.name,
        count: items.length,
        now,
      });
      if (digestId === null) continue;
      result.created += 1;
      const message: DigestMessage = {
        id: digestId,
        day,
        bureau: { id: bureau.id, name: bureau.name },
        recipient: {
          id: candidate.officer.id,
          name: candidate.officer.name,
          badgeNumber: candidate.officer.badgeNumber,
        },
        items,
        publicUrl: this.config.publicUrl,
      };
      const channels = this.channelsFor(settings, candidate);
      await createDeliveries(personEm, digestId, bureauId, channels, { message, to: candidate.email }, now);
    }
  }

  private channelsFor(settings: ReminderSettings, candidate: DigestCandidate): DeliveryChannel[] {
    const channels: DeliveryChannel[] = [];
    if (settings.webhookEnabled && settings.webhookUrl && this.config.webhookSecret) {
      channels.push(DeliveryChannel.WEBHOOK);
    }
    if (settings.emailEnabled && this.config.smtpUrl && candidate.email) channels.push(DeliveryChannel.EMAIL);
    return channels;
  }

  /**
   * Sends what is due, one attempt each, oldest first; a failed send is due again after
   * retryBaseMs, then twice as long each time, up to sendAttempts. The run waits for a retry due
   * within IN_RUN_WAIT_MS; a later one is left in the database for a later tick (or instance).
   */
  private async drain(bureauId: number, settings: ReminderSettings, at: () => Date, result: DigestRunResult) {
    const { sendTimeoutMs } = this.config;
    for (;;) {
      const em = this.orm.em.fork();
      const now = at();
      const batch = await claimDueDeliveries(
        em,
        bureauId,
        now,
        new Date(now.getTime() + sendTimeoutMs + LEASE_SLACK_MS),
        50,
      );
      for (const delivery of batch) {
        const outcome = await this.attempt(em, delivery, settings, at);
        if (outcome === 'sent') result.sent += 1;
        else if (outcome === 'failed') result.failed += 1;
      }
      if (batch.length > 0) continue;
      const next = await nextPendingAt(em, bureauId);
      const wait = next ? next.getTime() - at().getTime() : Infinity;
      if (wait > IN_RUN_WAIT_MS) return;
      await sleep(Math.max(wait, 0));
    }
  }

  /** One attempt of a claimed send, recorded whatever happens. */
  private async attempt(
    em: EntityManager,
    delivery: DigestDelivery,
    settings: ReminderSettings,
    at: () => Date,
  ): Promise<'sent' | 'failed' | 'retry'> {
    const { sendAttempts, retryBaseMs, sendTimeoutMs } = this.config;
    const { message, to } = delivery.payload!;
    try {
      if (delivery.channel === DeliveryChannel.WEBHOOK) {
        // The bureau's current address and format: a fixed address serves the sends still waiting.
        if (!settings.webhookEnabled || !settings.webhookUrl || !this.config.webhookSecret) {
          throw new SendError('webhook turned off');
        }
        const target = {
          url: settings.webhookUrl,
          format: settings.webhookFormat,
          secret: this.config.webhookSecret,
          timeoutMs: sendTimeoutMs,
        };
        await sendWebhook(target, message, this.clock.now());
      } else {
        if (!settings.emailEnabled || !this.config.smtpUrl || !to) throw new SendError('e-mail turned off');
        await sendEmail(
          { smtpUrl: this.config.smtpUrl, from: this.config.smtpFrom, to, timeoutMs: sendTimeoutMs },
          message,
        );
      }
      await recordAttempt(em, delivery, { ok: true, at: this.clock.now() });
      return 'sent';
    } catch (e) {
      const error = e instanceof SendError ? e.message : 'unexpected error';
      if (!(e instanceof SendError)) this.logger.error({ err: e, delivery: delivery.id }, 'digest send crashed');
      const attempt = delivery.attempts + 1;
      const last = attempt >= sendAttempts;
      const retryAt = last ? null : new Date(at().getTime() + retryBaseMs * 2 ** (attempt - 1));
      await recordAttempt(em, delivery, { ok: false, error, retryAt });
      this.logger.warn({ delivery: delivery.id, channel: delivery.channel, attempt, error }, 'digest send failed');
      return last ? 'failed' : 'retry';
    }
  }
}

export async function recentDeliveries(ctx: AppContext, bureauId: number): Promise<DigestDeliveryView[]> {
  const rows = await ctx.em.getRepository(Notification).recentDeliveries(bureauId, 20);
  return rows.map((d) => ({
    channel: d.channel,
    status: d.status,
    attempts: d.attempts,
    lastError: d.lastError ?? null,
    sentAt: d.sentAt ?? null,
    createdAt: d.createdAt,
  }));
}
