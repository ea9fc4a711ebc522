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
      // Instances deployed together start together: pg-boss's create_queue (a partition and its
      // constraints on the shared job table) can deadlock against another instance's, and
      // PostgreSQL then rolls one of them back whole. Each step is idempotent, so it is run again.
      await retryConcurrentSetup(async () => {
        if (await boss.getQueue(DIGEST_QUEUE)) return;
        await boss.createQueue(DIGEST_QUEUE, { name: DIGEST_QUEUE, policy: 'singleton', retryLimit: 0 });
      }, logger);
      await retryConcurrentSetup(() => boss.schedule(DIGEST_QUEUE, DIGEST_CRON, {}, { tz: BUREAU_TZ }), logger);
      await boss.work(DIGEST_QUEUE, { pollingIntervalSeconds: 30 }, run);
    },
    stop: async () => {
      if (started) await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      started = false;
    },
  };
}

/** deadlock_detected, serialization_failure, unique_violation: another instance's same step won. */
const CONCURRENT_SETUP_CODES = new Set(['40P01', '40001', '23505']);

/**
 * Runs an idempotent setup step again (at most `attempts` times, after a short random pause)
 * while it fails only because another instance ran it at the same moment; any other error, or
 * the last attempt's, is thrown: the app must not start half-scheduled.
 */
export async function retryConcurrentSetup(
  step: () => Promise<unknown>,
  logger: Pick<Logger, 'warn'>,
  attempts = 6,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await step();
      return;
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (attempt >= attempts || typeof code !== 'string' || !CONCURRENT_SETUP_CODES.has(code)) throw err;
      logger.warn({ code, attempt }, 'digest scheduler setup met another instance; trying again');
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.floor(Math.random() * 100)));
    }
  }
}
