import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
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
import { ormConfig } from './db/orm-config.js';
import { routeGraphqlReads } from './db/read-routing.js';
import { seedDemoIfEmpty } from './db/seeders/demo-seed.js';
import { ConfidentialReads, auditReadsPlugin } from './modules/audit/audit-reads.js';
import { AuthService, SESSION_COOKIE } from './modules/auth/auth.service.js';
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
}

export interface App {
  express: express.Express;
  httpServer: http.Server;
  orm: MikroORM;
  apollo: ApolloServer<AppContext>;
  clock: Clock;
  limits: AppLimits;
  listen(port?: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** Opens the database, applies pending migrations and (on an empty demo database) loads the demo bureau. */
export async function initOrm(config: AppConfig, options: AppOptions = {}) {
  const orm = await MikroORM.init(
    ormConfig(config.database, {
      onQuery: options.onQuery,
      logQueries: config.logQueries,
      replicaUrls: config.databaseReplicaUrls,
    }),
  );
  await orm.getMigrator().up();
  if (config.demoSeed && !options.skipDemoSeed) await seedDemoIfEmpty(orm.em.fork());
  return orm;
}

function securityHeaders(_req: express.Request, res: express.Response, next: express.NextFunction) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
  );
  next();
}

export async function createApp(config: AppConfig, options: AppOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
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
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), auditReadsPlugin(), ...limits.plugins(schema)],
  });
  await apollo.start();

  app.use(securityHeaders);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  /** One EntityManager fork and one resolved viewer per request. */
  const contextFor = async (req: express.Request, res: express.Response): Promise<AppContext> => {
    const em = orm.em.fork();
    const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    const resolved = await new AuthService(em, config, clock).resolve(token);
    const ctx = { em, config, clock, req, res, ...resolved, subjects: new WeakMap() } as Omit<
      AppContext,
      'loaders' | 'reads' | 'services' | 'limits'
    >;
    const full = ctx as AppContext;
    return Object.assign(full, {
      loaders: createLoaders(full),
      reads: new ConfidentialReads(full),
      services: createServices(em),
      limits: limits.forRequest(resolved.viewer?.officerId),
    });
  };

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    routeGraphqlReads,
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res).catch(outageAs503) }),
  );
  mountRoutes(app, { orm, config, clock, contextFor });

  if (fs.existsSync(path.join(config.clientDist, 'index.html'))) {
    app.use(express.static(config.clientDist, { index: false, maxAge: '1h' }));
    // The portal's routes are client-side: every other GET gets index.html.
    app.get(/^\/(?!graphql|healthz|ledger\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(config.clientDist, 'index.html'));
    });
  }

  return {
    express: app,
    httpServer,
    orm,
    apollo,
    clock,
    limits,
    listen: (port = config.port, host = config.host) =>
      new Promise<number>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      await orm.close(true);
    },
  };
}
