import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { DataloaderType, type LoggerNamespace, type MigrationObject, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { currentRequest } from '../common/http/request-scope.js';
import type { DatabaseConfig } from '../config/config.js';
import { entities } from './entities.js';
import { postgresMigrations } from './migrations/postgres/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { RoutedPostgreSqlDriver } from './read-routing.js';
import { cancelOnBudgetEnd } from './statement-cancel.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Where new migrations are written: always the TypeScript sources, compiled with the server. */
export const migrationsSourceDir = (kind: DatabaseConfig['kind']) =>
  path.resolve(here, '../../src/db/migrations', kind);

export interface OrmConfigOptions {
  /** Called with every SQL statement; tests count them. */
  onQuery?: (sql: string) => void;
  /**
   * Only the migration generator keeps the schema snapshot: applying migrations with snapshots on
   * rewrites the committed snapshot from the live database on every start.
   */
  writeSnapshot?: boolean;
  logQueries?: boolean;
  /** PostgreSQL read replicas (DATABASE_REPLICA_URLS); see read-routing.ts for which reads use them. */
  replicaUrls?: string[];
}

export function ormConfig(db: DatabaseConfig, opts: OrmConfigOptions = {}): Options {
  const debug: LoggerNamespace[] = opts.onQuery || opts.logQueries ? ['query'] : [];
  const common = {
    entities,
    // Lazy references and collections resolved in field resolvers are batched per tick.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    // Entity instances leave the EntityManager only through resolvers; never serialize by accident.
    serialization: { forceObject: true },
    extensions: [Migrator, SeedManager],
    debug,
    logger: (message: string) => {
      if (opts.onQuery) opts.onQuery(message);
      if (opts.logQueries) console.log(message);
    },
    allowGlobalContext: false,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
  } satisfies Options;

  if (db.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(db.file), { recursive: true });
    return {
      ...common,
      driver: BetterSqliteDriver,
      dbName: db.file,
      migrations: migrationOptions('sqlite', sqliteMigrations, opts.writeSnapshot ?? false),
    };
  }
  const replicas = (opts.replicaUrls ?? []).map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl }));
  return {
    ...common,
    ...(replicas.length
      ? { driver: RoutedPostgreSqlDriver, replicas, preferReadReplicas: true }
      : { driver: PostgreSqlDriver }),
    clientUrl: db.url,
    // A request's statement in flight is cancelled when the request runs out of time.
    pool: {
      afterCreate: (conn: Parameters<typeof cancelOnBudgetEnd>[0], done: (e: Error | null, c: unknown) => void) => {
        cancelOnBudgetEnd(conn, () => currentRequest()?.limits?.budget);
        done(null, conn);
      },
    },
    migrations: migrationOptions('postgres', postgresMigrations, opts.writeSnapshot ?? false),
  };
}

function migrationOptions(kind: DatabaseConfig['kind'], list: MigrationObject[], snapshot: boolean) {
  return {
    path: migrationsSourceDir(kind),
    emit: 'ts' as const,
    snapshot,
    snapshotName: '.snapshot',
    transactional: true,
    allOrNothing: true,
    migrationsList: list,
  };
}
