import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * The few SQL expressions that differ between SQLite and PostgreSQL. SQLite stores instants as
 * epoch milliseconds (MikroORM's SQLite platform); PostgreSQL as timestamptz. Business dates are
 * the bureau's local dates (UTC+8, no daylight saving), so buckets shift instants by 8 hours.
 */
export interface SqlDialect {
  knex: Knex;
  /** 'YYYY-MM' of an instant column in the bureau's time zone. */
  month(column: string): Knex.Raw;
  /** 'YYYY-MM-DD' of an instant column in the bureau's time zone. */
  localDate(column: string): string;
  /** The instant a 'YYYY-MM-DD' column's day starts in the bureau's time zone. */
  dayStart(dateColumn: string): string;
  /** Whole `intervalDays`-long windows between `startInstant` and `instant` (floor). */
  windowIndex(instant: string, startInstant: string, intervalDaysColumn: string): string;
  /** A Date as a bound parameter for a raw fragment. */
  instant(d: Date): number | Date;
}

const BUREAU_OFFSET_MS = 8 * 3_600_000;

export function isPostgres(em: EntityManager): boolean {
  return em.getPlatform().constructor.name.startsWith('PostgreSql');
}

export function sqlDialect(em: EntityManager): SqlDialect {
  const knex = (em as SqlEntityManager).getKnex();
  if (isPostgres(em)) {
    const local = (c: string) => `(${c} at time zone 'UTC' + interval '8 hours')`;
    return {
      knex,
      month: (c) => knex.raw(`to_char(${local(c)}, 'YYYY-MM')`),
      localDate: (c) => `to_char(${local(c)}, 'YYYY-MM-DD')`,
      dayStart: (c) => `((${c} || 'T00:00:00+08:00')::timestamptz)`,
      windowIndex: (i, s, d) => `floor(extract(epoch from (${i} - ${s})) / (${d} * 86400))::int`,
      instant: (d) => d,
    };
  }
  return {
    knex,
    month: (c) => knex.raw(`strftime('%Y-%m', ${c} / 1000, 'unixepoch', '+8 hours')`),
    localDate: (c) => `strftime('%Y-%m-%d', ${c} / 1000, 'unixepoch', '+8 hours')`,
    dayStart: (c) => `(strftime('%s', ${c}) * 1000 - ${BUREAU_OFFSET_MS})`,
    windowIndex: (i, s, d) => `cast((${i} - ${s}) / (${d} * 86400000) as integer)`,
    instant: (d) => d.getTime(),
  };
}

/** Run a knex query built from a MikroORM QueryBuilder on the EntityManager's connection (and transaction). */
export function runQuery<T = Record<string, unknown>>(em: EntityManager, query: Knex.QueryBuilder): Promise<T[]> {
  const sqlEm = em as SqlEntityManager;
  return sqlEm.getConnection().execute(query, [], 'all', sqlEm.getTransactionContext()) as Promise<T[]>;
}

/** PostgreSQL returns count(*) as a string (bigint); SQLite as a number. */
export const num = (v: unknown): number => (v == null ? 0 : Number(v));

/**
 * A knex query with the WHERE of a MikroORM QueryBuilder (so CASL conditions, written with
 * property names, become column conditions) and no SELECT yet: the caller adds its aggregates.
 * `join` adds inner joins along relations, e.g. ['v.pairing', 'p'].
 */
export function selectFrom<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  where: FilterQuery<T>,
  join?: [string, string],
): Knex.QueryBuilder {
  const qb = (em as SqlEntityManager).createQueryBuilder(entity, alias);
  if (join) qb.join(join[0], join[1]);
  return qb.where(where).getKnexQuery().clearSelect();
}
