import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { MikroORM } from '@mikro-orm/core';
import { parse as parseCookies } from 'cookie';
import express from 'express';
import type { AppConfig } from './config/config.js';
import { type Clock, systemClock } from './common/clock.js';
import type { AppContext } from './common/context.js';
import { AppLimits } from './common/limits/request-limits.js';
import { formatError, outageAs503 } from './common/error-format.js';
import { bodyErrorHandler } from './common/http/body-errors.js';
import { type Readiness, mountHealth } from './common/http/health.js';
import { type Logger, type RequestLocals, createLogger, requestLogger } from './common/http/logger.js';
import { currentRequest, requestScope } from './common/http/request-scope.js';
import { noStoreGraphqlAnswers, securityHeaders } from './common/http/security-headers.js';
import { mountPortal } from './common/http/portal-static.js';
import { noFieldSuggestions } from './common/no-suggestions.js';
import { applyMigrations, databaseReadiness } from './db/database-status.js';
import { ormConfig } from './db/orm-config.js';
import { routeGraphqlReads } from './db/read-routing.js';
import { seedDemoIfEmpty } from './db/seeders/demo-seed.js';
import { ConfidentialReads, auditReadsPlugin } from './modules/audit/audit-reads.js';
import { AuthService, SESSION_COOKIE } from './modules/auth/auth.service.js';
import { DigestRunner } from './modules/reminders/digest.service.js';
import { createDigestScheduler } from './modules/reminders/digest-scheduler.js';
import { createLoaders } from './loaders.js';
import { createServices } from './services.js';
import { buildAppSchema } from './schema.js';
import { mountRoutes } from './routes.js';

export interface AppOptions {
  clock?: Clock;
  /** Every SQL statement, for tests that count them. */
  onQuery?: (sql: string) => void;
  /** Skip the demo bureau even when the config would load it (tests bring fixtures). */
  skipDemoSeed?: boolean;
  /** Where the JSON logs go (default: stdout at LOG_LEVEL). */
  logger?: Logger;
}

export interface App {
  express: express.Express;
  httpServer: http.Server;
  orm: MikroORM;
  apollo: ApolloServer<AppContext>;
  clock: Clock;
  limits: AppLimits;
  logger: Logger;
  /** The daily digest, which the scheduler runs (tests run it with their own clock). */
  digests: DigestRunner;
  /** What /readyz answers. */
  readiness(): Promise<Readiness>;
  listen(port?: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Opens the database, applies pending migrations (outside production: there `npm run migrate`
 * does, after a backup) and, on an empty demo database, loads the demo bureau.
 */
export async function initOrm(config: AppConfig, options: AppOptions = {}) {
  const orm = await MikroORM.init(
    ormConfig(config.database, {
      onQuery: options.onQuery,
      logQueries: config.logQueries,
      replicaUrls: config.databaseReplicaUrls,
    }),
  );
  if (config.migrateAtStart) await applyMigrations(orm);
  if (config.demoSeed && !options.skipDemoSeed) await seedDemoIfEmpty(orm.em.fork());
  return orm;
}

export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const orm = await initOrm(config, options);
  const schema = await buildAppSchema();
  const limits = new AppLimits(config.limits);
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy > 0) app.set('trust proxy', config.trustProxy);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.isProduction,
    // main.ts stops the whole app on SIGTERM; Apollo's own handler would re-raise the signal.
    stopOnTerminationSignals: false,
    validationRules: [...limits.validationRules, ...(config.isProduction ? [noFieldSuggestions] : [])],
    parseOptions: limits.parseOptions,
    plugins: [
      // On stop: refuse new connections, let in-flight requests finish within the grace period.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceSeconds * 1000 }),
      auditReadsPlugin(),
      ApolloServerPluginCacheControlDisabled(),
      noStoreGraphqlAnswers(),
      ...limits.plugins(schema),
    ],
  });
  await apollo.start();

  let stopping = false;
  const readiness = (): Promise<Readiness> =>
    stopping ? Promise.resolve({ ready: false, reason: 'stopping' }) : databaseReadiness(orm);

  app.use(requestLogger(logger));
  app.use(securityHeaders({ https: config.cookieSecure }));
  mountHealth(app, readiness);

  /** One EntityManager fork and one resolved viewer per request. */
  const contextFor = async (req: express.Request, res: express.Response): Promise<AppContext> => {
    const em = orm.em.fork();
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const resolved = await new AuthService(em, config, clock).resolve(token);
    const locals = res.locals as RequestLocals;
    locals.viewerId = resolved.viewer?.officerId;
    if (typeof req.body?.operationName === 'string') locals.operationName = req.body.operationName.slice(0, 100);
    const ctx = { em, config, clock, req, res, ...resolved, subjects: new WeakMap() } as Omit<
      AppContext,
      'loaders' | 'reads' | 'services' | 'limits'
    >;
    const full = ctx as AppContext;
    Object.assign(full, {
      loaders: createLoaders(full),
      reads: new ConfidentialReads(full),
      services: createServices(em),
      limits: limits.forRequest(resolved.viewer?.officerId),
    });
    const scope = currentRequest();
    if (scope) scope.limits = full.limits;
    return full;
  };

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    routeGraphqlReads,
    requestScope,
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res).catch(outageAs503) }),
  );
  mountRoutes(app, { orm, config, clock, contextFor });

  const digests = new DigestRunner(orm, config.reminders, clock, logger);
  const scheduler = config.reminders.schedulerEnabled ? createDigestScheduler(config.database, digests, logger) : null;
  await scheduler?.start();

  mountPortal(app, config.clientDist);
  app.use(bodyErrorHandler);

  return {
    express: app,
    httpServer,
    orm,
    apollo,
    clock,
    limits,
    logger,
    digests,
    readiness,
    listen: (port = config.port, host = config.host) =>
      new Promise<number>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      stopping = true;
      await scheduler?.stop();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      await orm.close(true);
    },
  };
}
