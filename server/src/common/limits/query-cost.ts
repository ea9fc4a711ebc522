import { LIMITS } from '@tongxin/schema';
import { createRequire } from 'node:module';
import type { DocumentNode, GraphQLField, GraphQLOutputType, GraphQLSchema } from 'graphql';
import type * as QueryComplexity from 'graphql-query-complexity';
import type { ComplexityEstimatorArgs } from 'graphql-query-complexity';

// The library's ES build imports `graphql/execution/values.mjs`, graphql-js's ES copy, while the
// server (like type-graphql) runs on its CommonJS copy: two realms whose schema classes do not
// match ("Cannot use GraphQLObjectType from another module or realm"). Its CommonJS build
// requires the same copy as the server.
// For the same reason the estimator reads types by shape, not with graphql-js's `instanceof` helpers.
const { getComplexity } = createRequire(import.meta.url)('graphql-query-complexity') as typeof QueryComplexity;

const unwrapped = (type: GraphQLOutputType): object => ('ofType' in type ? unwrapped(type.ofType) : type);
/** `[T]`, `[T]!`, `[T!]!`: a list, whatever its nullability. */
const isList = (type: GraphQLOutputType) => String(type).startsWith('[');
/** Scalars and enums: no fields of their own. */
const isLeaf = (type: GraphQLOutputType) => {
  const named = unwrapped(type);
  return !('getFields' in named) && !('getTypes' in named);
};

// What an operation costs the server, counted before it runs: 1 per object a field returns
// (leaf fields are free: they come with their record), a list counts its children as many times
// as it can hold, and nested lists multiply. Reports that read a whole period cost a fixed amount
// on top of what they return.

/** Fields whose work is far above their own row: each costs this much plus its children. */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  // Aggregates a whole bureau's period in a dozen statements.
  'Query.dashboard': 1000,
  // Checks the scope and writes an audit event; the file itself is built on download.
  'Mutation.exportLedger': 200,
  // A pairing's figures over its life (several aggregates).
  'Pairing.evidence': 50,
  // Hashes a password on purpose slowly.
  'Mutation.login': 50,
};

/**
 * How many children an unpaged list field may return. Lists that are not here count
 * `UNPAGED_LIST_SIZE`; a field with a `first` argument counts `first` (default and maximum from
 * `LIMITS`).
 */
const LIST_SIZES: Readonly<Record<string, number>> = {
  // The article's bureau has 47 branches.
  'Query.branches': 50,
  'Query.mentorCapacity': LIMITS.supportMentorsMax + 1,
  'Pairing.mentors': LIMITS.supportMentorsMax + 1,
  'Visit.participantMentors': LIMITS.supportMentorsMax + 1,
  'Visit.actionItems': LIMITS.actionItemsPerRecordMax,
  'Talk.actionItems': LIMITS.actionItemsPerRecordMax,
  // A pairing's own records over its life: bounded in practice by its contact interval.
  'Pairing.timeline': 50,
};
export const UNPAGED_LIST_SIZE = 20;

/** Types whose lists are computed in memory by the fixed-cost field that returned them. */
const FIGURE_TYPES = new Set(['Dashboard', 'PairingEvidence', 'Me']);

function pageSize(args: Record<string, unknown>): number {
  const first = args.first;
  if (typeof first !== 'number' || !Number.isFinite(first)) return LIMITS.pageSizeDefault;
  return Math.min(Math.max(Math.trunc(first), 0), LIMITS.pageSizeMax);
}

function listSize(parent: string, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  if (field.args.some((a) => a.name === 'first')) return pageSize(args);
  if (!isList(field.type)) return 1;
  // A connection's edges are its page, counted once on the connection field.
  if (parent.endsWith('Connection') || FIGURE_TYPES.has(parent)) return 1;
  return LIST_SIZES[`${parent}.${field.name}`] ?? UNPAGED_LIST_SIZE;
}

/** The estimator graphql-query-complexity calls for every field of the operation. */
export function fieldCost({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const key = `${type.name}.${field.name}`;
  const own = FIELD_COSTS[key] ?? (isLeaf(field.type) ? 0 : 1);
  return own + listSize(type.name, field, args) * childComplexity;
}

/**
 * The cost of one operation of `document` with its variables. Throws (a GraphQLError) only when
 * the document is too large to walk (more than `maxQueryNodes` nodes).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [fieldCost] });
}
