import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { ConfigError, loadConfig } from '../config/config.js';
import { applyMigrations, pendingMigrations } from '../db/database-status.js';
import { ormConfig } from '../db/orm-config.js';

/**
 * `npm run migrate`: applies the pending migrations to the database of DATABASE_URL, all in one
 * transaction, and lists them. The production server never migrates itself (`npm run start:prod`
 * refuses to start with migrations pending), so an upgrade is: back up, migrate, start.
 * `--check` only lists what is pending and exits 1 when anything is.
 */
const check = process.argv.includes('--check');
let config;
try {
  config = loadConfig();
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`Configuration error: ${e.message}`);
  process.exit(2);
}
const orm = await MikroORM.init(ormConfig(config.database, { logQueries: config.logQueries }));
try {
  if (check) {
    const pending = await pendingMigrations(orm);
    console.log(
      pending.length ? `Pending migrations:\n${pending.map((n) => `  ${n}`).join('\n')}` : 'No pending migrations.',
    );
    process.exitCode = pending.length ? 1 : 0;
  } else {
    const applied = await applyMigrations(orm);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}`).join('\n')}`
        : 'No pending migrations.',
    );
  }
} finally {
  await orm.close(true);
}
