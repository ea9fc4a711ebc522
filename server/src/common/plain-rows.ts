import {
  type EntityManager,
  type EntityMetadata,
  type EntityName,
  type EntityProperty,
  type FilterQuery,
  type QueryOrderMap,
  ReferenceKind,
  raw,
  Utils,
} from '@mikro-orm/core';
import type { QueryBuilder, SqlEntityManager } from '@mikro-orm/knex';

/**
 * Records read for an answer, not for a change: plain objects with the entity's own properties
 * (scalars as the entity holds them, each many-to-one relation as the related record's id), made
 * straight from the rows a query builder returns. No managed entity is built, registered,
 * snapshotted or propagated, which on a page of pairings with their visits and items was most of
 * the server's time.
 *
 * Such a row goes where an entity of its type goes when it is only read: GraphQL resolves its
 * fields, CASL judges it (`toSubject` reduces relations to ids either way). Code that follows a
 * relation of a record that may be a row reads the id with `refId` and the record through
 * `ctx.loaders.rows`, never `ref.load()`.
 */

/** The id a relation property holds, whether the record is an entity (a reference) or a row (an id). */
export function refId(value: { id: number } | number | string | null | undefined): number | null {
  if (value == null) return null;
  return typeof value === 'object' ? value.id : Number(value);
}

interface RowShape {
  /** The properties read: scalars and owning relations, lazy ones left out (a password hash). */
  fields: string[];
  /** Their columns. */
  columns: string[];
  /** Properties whose column needs the type's own conversion (JSON held as text by SQLite). */
  converted: EntityProperty[];
}

const shapes = new WeakMap<EntityMetadata, RowShape>();

function shapeOf(meta: EntityMetadata): RowShape {
  let shape = shapes.get(meta);
  if (!shape) {
    const props = meta.props.filter(
      (p) =>
        !p.lazy &&
        p.persist !== false &&
        (p.kind === ReferenceKind.SCALAR ||
          p.kind === ReferenceKind.MANY_TO_ONE ||
          (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)),
    );
    shape = {
      fields: props.map((p) => p.name),
      columns: props.flatMap((p) => p.fieldNames),
      converted: props.filter((p) => p.kind === ReferenceKind.SCALAR && p.customType && p.runtimeType !== 'Date'),
    };
    shapes.set(meta, shape);
  }
  return shape;
}

export interface RowQuery<T extends object> {
  orderBy?: QueryOrderMap<T> | QueryOrderMap<T>[];
  limit?: number;
}

/** A query builder over `entity` selecting the row's properties; the caller adds the rest. */
export function rowQuery<T extends object>(em: EntityManager, entity: EntityName<T>, alias = 'r'): QueryBuilder<T> {
  const meta = em.getMetadata().get<T>(Utils.className(entity));
  // By column, not by property: the query builder rewrites a relation's property into the joined
  // table's id once a filter joins that relation (a search by the mentee's name), and the row
  // would lose its foreign key. Names come from the metadata, never from input.
  const columns = shapeOf(meta as EntityMetadata).columns.map((c) => raw(`"${alias}"."${c}"`));
  return (em as SqlEntityManager).createQueryBuilder(entity, alias).select(columns as never);
}

/** The properties a row of `entity` holds (for a joined select of its columns). */
export function rowFields<T extends object>(em: EntityManager, entity: EntityName<T>): string[] {
  return shapeOf(em.getMetadata().get(Utils.className(entity)) as EntityMetadata).fields;
}

/** Gives the row's converted properties (JSON held as text by SQLite) their values; in place. */
export function convertRow<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  row: Record<string, unknown>,
): T {
  const { converted } = shapeOf(em.getMetadata().get(Utils.className(entity)) as EntityMetadata);
  for (const prop of converted) {
    const value = row[prop.name];
    if (value != null) row[prop.name] = prop.customType!.convertToJSValue(value, em.getPlatform());
  }
  return row as T;
}

/** Runs a query from `rowQuery` and gives its records as rows. */
export async function runRows<T extends object>(em: EntityManager, qb: QueryBuilder<T>): Promise<T[]> {
  const rows = await qb.execute<Record<string, unknown>[]>('all', true);
  const entity = qb.mainAlias.entityName;
  return rows.map((row) => convertRow<T>(em, entity, row));
}

/**
 * The records of `entity` matching `where` (already scoped by the caller) as rows; one statement.
 * Typed as the entity for the resolvers that take either; see above for what a row is.
 */
export function readRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: RowQuery<T> = {},
): Promise<T[]> {
  const qb = rowQuery(em, entity).where(where as never);
  if (options.orderBy) qb.orderBy(options.orderBy as never);
  if (options.limit != null) qb.limit(options.limit);
  return runRows(em, qb);
}
