import { AsyncLocalStorage } from 'node:async_hooks';
import type { Configuration, ConnectionType } from '@mikro-orm/core';
import { AbstractSqlDriver } from '@mikro-orm/knex';
import { PostgreSqlConnection, PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, parse } from 'graphql';

/**
 * Read replicas (DATABASE_REPLICA_URLS), with read-your-writes.
 *
 * MikroORM asks its driver for a `read` connection for every SELECT outside a transaction
 * (`preferReadReplicas`, on by default) and for the `write` one for everything else; the driver
 * picks a random replica for `read`. That alone would send a mutation's follow-up reads (its
 * returned object, the next page) to a replica that may not have the write yet. So reads reach a
 * replica only inside a GraphQL request that opted in (`routeGraphqlReads`): a query that has not
 * written. A mutation reads from the primary from its first statement, and so does the rest of a
 * request once anything wrote. Everything outside a request (start-up, migrations, the demo
 * seeder, the ledger download) reads from the primary. The session lookup asks for the primary
 * itself (auth.service.ts), so a login or logout is seen at once by every instance.
 *
 * The state is per request (AsyncLocalStorage), never shared: instances still share nothing.
 */
interface RouteState {
  primary: boolean;
}
const requestRoute = new AsyncLocalStorage<RouteState>();

/** Reads of this request go to the primary from now on. */
export function readFromPrimary() {
  const state = requestRoute.getStore();
  if (state) state.primary = true;
}

const isMutation = (body: unknown): boolean => {
  const one = (b: unknown) => {
    const { query, operationName } = (b ?? {}) as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return false;
    // Without the keyword there is no mutation to find: most requests are spared a second parse.
    if (!query.includes('mutation')) return false;
    try {
      const op = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined);
      return op?.operation === 'mutation';
    } catch {
      return false; // Apollo answers the parse error; nothing is read.
    }
  };
  return Array.isArray(body) ? body.some(one) : one(body);
};

/** Express middleware for /graphql, after the JSON body parser: opens the request's read route. */
export function routeGraphqlReads(req: Request, _res: Response, next: NextFunction) {
  requestRoute.run({ primary: isMutation(req.body) }, next);
}

const READ_ONLY = /^\s*(select|show)\b/i;

/** The primary's connection notes any statement that may write, so the request stays on the primary. */
class RoutedPostgreSqlConnection extends PostgreSqlConnection {
  override execute<T>(...args: Parameters<PostgreSqlConnection['execute']>): Promise<T> {
    const [query] = args;
    if (this.type === 'write' && (typeof query !== 'string' || !READ_ONLY.test(query))) readFromPrimary();
    return super.execute(...args) as Promise<T>;
  }

  override begin(...args: Parameters<PostgreSqlConnection['begin']>) {
    if (this.type === 'write') readFromPrimary();
    return super.begin(...args);
  }
}

/** PostgreSQL driver whose `read` connections are replicas only for a request that routes reads. */
export class RoutedPostgreSqlDriver extends AbstractSqlDriver<RoutedPostgreSqlConnection, PostgreSqlPlatform> {
  constructor(config: Configuration) {
    super(config, new PostgreSqlPlatform(), RoutedPostgreSqlConnection, ['knex', 'pg']);
  }

  override getConnection(type: ConnectionType = 'write'): RoutedPostgreSqlConnection {
    const state = requestRoute.getStore();
    const replica = type === 'read' && state !== undefined && !state.primary;
    return super.getConnection(replica ? 'read' : 'write');
  }
}
