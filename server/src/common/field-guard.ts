import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { ResolverData } from 'type-graphql';
import type { AppContext } from './context.js';

/**
 * A field middleware as this server runs it: `next()` gives the field's value, or a promise of it
 * when the resolver is asynchronous; the middleware returns the same way.
 */
export type FieldMiddleware = (data: ResolverData<AppContext>, next: () => unknown) => unknown;

/** Calls `then` with the value, at once when there is no promise to wait for. */
export function whenResolved<T>(value: unknown, then: (resolved: unknown) => T): T | Promise<T> {
  return value instanceof Promise ? value.then(then) : then(value);
}

/**
 * Puts `middlewares` (in order, the first outermost) in front of the resolver of every field of
 * every object type of `schema`, once, when the schema is built.
 *
 * type-graphql's own global middlewares would do the same, but it runs each one as an `async`
 * function: every field of every record then costs several promises even when nothing waits,
 * which on a page of pairings with their visits and items is most of the server's time. Here a
 * field whose resolver answers at once is answered at once; nothing about what runs, or in which
 * order, changes.
 */
export function guardFields(schema: GraphQLSchema, middlewares: readonly FieldMiddleware[]): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      field.resolve = guarded(field.resolve ?? defaultFieldResolver, middlewares);
    }
  }
  return schema;
}

// By its tag, not graphql-js's `isObjectType`: type-graphql builds the schema with graphql's
// CommonJS copy, and an `instanceof` against another copy fails (see limits/query-cost.ts).
const isObjectType = (type: object): type is GraphQLObjectType =>
  Object.prototype.toString.call(type) === '[object GraphQLObjectType]';

function guarded(
  resolve: GraphQLFieldResolver<unknown, AppContext>,
  middlewares: readonly FieldMiddleware[],
): GraphQLFieldResolver<unknown, AppContext> {
  return (root: unknown, args: Record<string, unknown>, context: AppContext, info: GraphQLResolveInfo) => {
    const data = { root, args, context, info } as ResolverData<AppContext>;
    let last = -1;
    const dispatch = (i: number): unknown => {
      if (i <= last) throw new Error('next() called more than once');
      last = i;
      if (i === middlewares.length) return resolve(root, args, context, info);
      return middlewares[i](data, () => dispatch(i + 1));
    };
    return dispatch(0);
  };
}
