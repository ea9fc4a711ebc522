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
import { createDeliveries, recordAttempt } from './digest-delivery.repository.js';
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

  async run(now: Date = this.clock.now()): Promise<DigestRunResult> {
    const result: DigestRunResult = { created: 0, sent: 0, failed: 0 };
    for (const bureauId of await allBureauIds(this.orm.em.fork())) {
      const em = this.orm.em.fork();
      const settings = await findSettings(em, bureauId);
      if (!settings.digestEnabled || bureauHour(now) < settings.digestHour) continue;
      await this.runBureau(em, bureauId, settings, now, result);
    }
    return result;
  }

  private async runBureau(
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
      const channels = this.channelsFor(settings, candidate);
      const deliveries = await createDeliveries(personEm, digestId, bureauId, channels);
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
      for (const delivery of deliveries) {
        const ok = await this.deliver(personEm, delivery, settings, candidate, message);
        if (ok) result.sent += 1;
        else result.failed += 1;
      }
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

  /** One send with retries: waits retryBaseMs, then twice as long each time; each attempt recorded. */
  private async deliver(
    em: EntityManager,
    delivery: DigestDelivery,
    settings: ReminderSettings,
    candidate: DigestCandidate,
    message: DigestMessage,
  ): Promise<boolean> {
    const { sendAttempts, retryBaseMs, sendTimeoutMs } = this.config;
    for (let attempt = 1; attempt <= sendAttempts; attempt++) {
      try {
        if (delivery.channel === DeliveryChannel.WEBHOOK) {
          const target = {
            url: settings.webhookUrl!,
            format: settings.webhookFormat,
            secret: this.config.webhookSecret!,
            timeoutMs: sendTimeoutMs,
          };
          await sendWebhook(target, message, this.clock.now());
        } else {
          const target = {
            smtpUrl: this.config.smtpUrl!,
            from: this.config.smtpFrom,
            to: candidate.email!,
            timeoutMs: sendTimeoutMs,
          };
          await sendEmail(target, message);
        }
        await recordAttempt(em, delivery, { ok: true, at: this.clock.now() });
        return true;
      } catch (e) {
        const error = e instanceof SendError ? e.message : 'unexpected error';
        if (!(e instanceof SendError)) this.logger.error({ err: e, delivery: delivery.id }, 'digest send crashed');
        const last = attempt === sendAttempts;
        await recordAttempt(em, delivery, { ok: false, error, last });
        this.logger.warn({ delivery: delivery.id, channel: delivery.channel, attempt, error }, 'digest send failed');
        if (!last) await sleep(retryBaseMs * 2 ** (attempt - 1));
      }
    }
    return false;
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
