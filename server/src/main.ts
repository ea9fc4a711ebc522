import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { configRefusals } from './config/production.js';
import { createLogger } from './common/http/logger.js';
import { databaseRefusals } from './db/database-status.js';

/** Exit status of a start refused for its configuration or database (systemd: do not restart). */
const REFUSED = 2;

function refuse(reasons: string[]): never {
  console.error(`Tongxin will not start in production:\n${reasons.map((r) => `  - ${r}`).join('\n')}`);
  process.exit(REFUSED);
}

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`Configuration error: ${e.message}`);
    process.exit(REFUSED);
  }
  throw e;
}
const logger = createLogger(config.logLevel);

const early = configRefusals(config);
if (early.length > 0) refuse(early);

const app = await createApp(config, { logger });
if (config.isProduction) {
  const late = await databaseRefusals(app.orm);
  if (late.length > 0) {
    await app.close();
    refuse(late);
  }
}
const port = await app.listen();
const db = config.database.kind === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
logger.info({ port, database: config.database.kind, production: config.isProduction }, 'listening');
if (!config.isProduction) console.log(`同心 Tongxin listening on http://localhost:${port} (${db})`);

// SIGTERM (systemd, Docker, Kubernetes) and Ctrl-C: stop accepting, let in-flight requests finish
// within SHUTDOWN_GRACE_SECONDS, close the database pool, exit 0. A second signal, or a stop that
// hangs past the grace period, exits at once.
let stopping = false;
const stop = async (signal: NodeJS.Signals) => {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, 'stopping');
  setTimeout(
    () => {
      logger.error('stop took too long; exiting');
      process.exit(1);
    },
    (config.shutdownGraceSeconds + 10) * 1000,
  ).unref();
  await app.close();
  logger.info('stopped');
  process.exit(0);
};
process.on('SIGINT', (s) => void stop(s));
process.on('SIGTERM', (s) => void stop(s));
