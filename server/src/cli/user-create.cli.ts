import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { ConfigError, loadConfig } from '../config/config.js';
import { pendingMigrations } from '../db/database-status.js';
import { ormConfig } from '../db/orm-config.js';
import { readPassword } from './read-password.js';
import { CliError, USAGE, createAccount, parseAccountArgs } from './user-create.js';

/** `npm run user:create -- …`: the first account of a production database, and any later one. */
async function main(): Promise<number> {
  const spec = parseAccountArgs(process.argv.slice(2));
  if (spec === 'help') {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig();
  const orm = await MikroORM.init(ormConfig(config.database));
  try {
    const pending = await pendingMigrations(orm);
    if (pending.length) throw new CliError('The database has pending migrations: run `npm run migrate` first.');
    const password = await readPassword();
    const { officer, bureau, branch } = await createAccount(orm.em.fork(), spec, password);
    console.log(
      `Created account ${officer.username} (${spec.roles.join(', ')}) for ${officer.name}, badge ${officer.badgeNumber}, in ${bureau.name} / ${branch.name}.`,
    );
    return 0;
  } finally {
    await orm.close(true);
  }
}

try {
  process.exitCode = await main();
} catch (e) {
  if (e instanceof CliError || e instanceof ConfigError) {
    console.error(e.message);
    process.exitCode = e instanceof CliError ? e.exitCode : 2;
  } else {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  }
}
