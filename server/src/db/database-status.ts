import type { MikroORM } from '@mikro-orm/core';
import type { Readiness } from '../common/http/health.js';
import { Officer } from '../modules/officers/officer.entity.js';
import { DEMO_USERNAMES } from './seeders/roster.js';

/** Names of the migrations the database has not had yet. */
export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.getMigrator().getPendingMigrations();
  return pending.map((m) => m.name);
}

/** Applies every pending migration in one transaction (`allOrNothing`); returns their names. */
export async function applyMigrations(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** One round trip to the database; false when it cannot be reached. */
export async function databaseReachable(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}

/** Whether the database can serve requests: it answers, and its schema is the one this code expects. */
export async function databaseReadiness(orm: MikroORM): Promise<Readiness> {
  if (!(await databaseReachable(orm))) return { ready: false, reason: 'database' };
  if ((await pendingMigrations(orm)).length > 0) return { ready: false, reason: 'migrations' };
  return { ready: true };
}

/** Usernames of the demo bureau's accounts present in this database (they share a published password). */
export async function demoAccountsPresent(orm: MikroORM): Promise<string[]> {
  const found = await orm.em
    .fork()
    .find(Officer, { username: { $in: [...DEMO_USERNAMES] } }, { fields: ['username'], orderBy: { username: 'asc' } });
  return found.map((o) => o.username!);
}

/** Why this database must not serve a production bureau; empty when it may. */
export async function databaseRefusals(orm: MikroORM): Promise<string[]> {
  const refusals: string[] = [];
  const pending = await pendingMigrations(orm);
  if (pending.length > 0) {
    refusals.push(
      `${pending.length} database migration(s) are pending (${pending.join(', ')}): run \`npm run migrate\` first, after a backup.`,
    );
    // The officer table may not even exist yet: the demo check needs the current schema.
    return refusals;
  }
  const demo = await demoAccountsPresent(orm);
  if (demo.length > 0) {
    refusals.push(
      `The demo bureau's accounts are in this database (${demo.join(', ')}): their password is published. Use a database without the demo data.`,
    );
  }
  return refusals;
}
