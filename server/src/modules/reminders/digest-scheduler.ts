import { Cron } from 'croner';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DatabaseConfig } from '../../config/config.js';
import type { DigestRunner } from './digest.service.js';

/**
 * When digests run. Every quarter hour, bureau time, the runner looks for bureaus whose digest
 * hour has come and people without the day's digest: the hour is the sysadmin's setting in the
 * database, so it changes without a restart, and a server that was down at 08:00 catches up.
 *
 * - PostgreSQL (one or many instances): pg-boss keeps the schedule and the job in the database.
 *   Its cron monitor puts one job in the queue per tick whatever the number of instances, and the
 *   singleton queue lets one worker hold it at a time. The digest's unique key is the last guard.
 * - SQLite (one process by construction): croner in the process, never overlapping itself.
 */
export interface DigestScheduler {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const DIGEST_QUEUE = 'reminders-digest';
export const DIGEST_CRON = '*/15 * * * *';
export const BUREAU_TZ = 'Asia/Shanghai';

export function createDigestScheduler(database: DatabaseConfig, runner: DigestRunner, logger: Logger): DigestScheduler {
  const run = async () => {
    try {
      const result = await runner.run();
      if (result.created > 0) logger.info(result, 'digests sent');
    } catch (err) {
      // A failed run never stops the app: the next tick tries again.
      logger.error({ err }, 'digest run failed');
    }
  };
  return database.kind === 'postgres' ? pgBossScheduler(database.url, run, logger) : cronerScheduler(run);
}

function cronerScheduler(run: () => Promise<void>): DigestScheduler {
  let job: Cron | null = null;
  return {
    start: async () => {
      job = new Cron(DIGEST_CRON, { timezone: BUREAU_TZ, protect: true }, run);
    },
    stop: async () => {
      job?.stop();
      job = null;
    },
  };
}

function pgBossScheduler(url: string, run: () => Promise<void>, logger: Logger): DigestScheduler {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 2 });
  boss.on('error', (err) => logger.error({ err }, 'pg-boss error'));
  let started = false;
  return {
    start: async () => {
      await boss.start();
      started = true;
      await boss.createQueue(DIGEST_QUEUE, { name: DIGEST_QUEUE, policy: 'singleton', retryLimit: 0 });
      await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, {}, { tz: BUREAU_TZ });
      await boss.work(DIGEST_QUEUE, { pollingIntervalSeconds: 30 }, run);
    },
    stop: async () => {
      if (started) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      started = false;
    },
  };
}
