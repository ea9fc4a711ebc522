import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/common/http/logger.js';
import {
  createDigestScheduler,
  DIGEST_QUEUE,
  type DigestScheduler,
} from '../../src/modules/reminders/digest-scheduler.js';
import { freshDatabase, isPostgres } from '../test-app.js';

// Instances deployed together start together. Each starts pg-boss, creates the digest queue and
// puts the schedule on one new database at the same moment: every one must start, and the
// database must hold one queue and one schedule.
describe.skipIf(!isPostgres())('digest schedulers of instances started at the same moment', () => {
  let db: { url: string; drop: () => Promise<void> };
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('all start, with one queue and one schedule between them', async () => {
    const runner = { run: async () => ({ created: 0 }) } as never;
    const schedulers: DigestScheduler[] = Array.from({ length: 4 }, () =>
      createDigestScheduler({ kind: 'postgres', url: db.url }, runner, createLogger('silent')),
    );
    try {
      const results = await Promise.allSettled(schedulers.map((s) => s.start()));
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        const queues = await client.query('select name, policy from pgboss.queue where name = $1', [DIGEST_QUEUE]);
        expect(queues.rows).toEqual([{ name: DIGEST_QUEUE, policy: 'singleton' }]);
        const schedules = await client.query('select name from pgboss.schedule');
        expect(schedules.rows).toEqual([{ name: DIGEST_QUEUE }]);
      } finally {
        await client.end();
      }
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
    }
  }, 60_000);
});
