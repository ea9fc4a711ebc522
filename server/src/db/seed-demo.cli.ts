import 'reflect-metadata';
import { initOrm } from '../app.js';
import { loadConfig } from '../config/config.js';
import { seedDemoIfEmpty } from './seeders/demo-seed.js';

/** `npm run seed:demo`: migrates and loads the demo bureau into an empty database. */
const config = loadConfig();
if (config.isProduction) {
  // Its accounts share a published password: a production database must never have them.
  console.error('The demo bureau is never loaded with NODE_ENV=production.');
  process.exit(2);
}
const orm = await initOrm(config, { skipDemoSeed: true });
const loaded = await seedDemoIfEmpty(orm.em.fork());
console.log(loaded ? 'Demo bureau loaded.' : 'The database already has data: demo bureau not loaded.');
await orm.close(true);
