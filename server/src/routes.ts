import type { MikroORM } from '@mikro-orm/core';
import type express from 'express';
import type { Clock } from './common/clock.js';
import type { AppContext } from './common/context.js';
import type { AppConfig } from './config/config.js';
import { mountLedgerRoutes } from './modules/ledger/ledger.route.js';
import { mountRosterRoutes } from './modules/roster/roster.route.js';

export interface RouteDeps {
  orm: MikroORM;
  config: AppConfig;
  clock: Clock;
  contextFor: (req: express.Request, res: express.Response) => Promise<AppContext>;
}

/** Plain HTTP routes beside /graphql (file downloads); each module adds its own mount here. */
export function mountRoutes(app: express.Express, deps: RouteDeps) {
  mountLedgerRoutes(app, deps);
  mountRosterRoutes(app, deps);
}
