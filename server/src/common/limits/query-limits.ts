import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { ErrorCode } from '@tongxin/schema';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import type { LimitsConfig } from '../../config/config.js';
import { depthLimit } from '../depth-limit.js';
import { DomainError } from '../errors.js';
import { operationCost } from './query-cost.js';

// Limits on what one operation may ask for, all checked before it runs: a refused operation
// costs its parse and validation, nothing else. Each refusal is a DomainError with code
// QUERY_TOO_COMPLEX, a reason and the limit, carried as the GraphQL error's originalError so
// formatError words it like every other refusal.

const tooComplex = (reason: 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_LONG', max: number) =>
  new DomainError(ErrorCode.QUERY_TOO_COMPLEX, reason, undefined, { max });

/** Reports the library's refusal as ours instead of throwing its "Syntax Error" out of validation. */
const report =
  (reason: 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES', max: number) =>
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(new GraphQLError(error.message, { originalError: tooComplex(reason, max) }));

/** Depth, aliases and directives of the operation (graphql-armor's counters follow fragments). */
export function queryShapeRules(limits: LimitsConfig): ValidationRule[] {
  return [
    depthLimit(limits.queryDepthMax),
    maxAliasesRule({
      n: limits.queryAliasesMax,
      propagateOnRejection: false,
      onReject: [report('TOO_MANY_ALIASES', limits.queryAliasesMax)],
    }),
    maxDirectivesRule({
      n: limits.queryDirectivesMax,
      propagateOnRejection: false,
      onReject: [report('TOO_MANY_DIRECTIVES', limits.queryDirectivesMax)],
    }),
  ];
}

/** graphql-js stops parsing past `maxTokens` (before any AST is built for the rest). */
export const queryParseOptions = (limits: LimitsConfig) => ({ maxTokens: limits.queryTokensMax });

const TOO_MANY_NODES = /maximum allowed number of nodes/;
// graphql-js 16 words it "more that N tokens".
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] (\d+) tokens/;

/** The coded refusal of graphql-js's token limit, which reaches formatError as a parse error. */
export function tokenLimitRefusal(message: string): DomainError | null {
  const match = TOKEN_LIMIT_MESSAGE.exec(message);
  return match ? tooComplex('QUERY_TOO_LONG', Number(match[1])) : null;
}

/**
 * Refuses an operation whose cost (query-cost.ts) is over the maximum, once its variables are
 * known and before it executes.
 */
export function queryCostPlugin(schema: GraphQLSchema, limits: LimitsConfig): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, response }) {
          let cost: number;
          try {
            cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
          } catch (e) {
            // Variables that do not fit: execution refuses them as BAD_USER_INPUT without running anything.
            if (!(e instanceof GraphQLError) || !TOO_MANY_NODES.test(e.message)) return;
            cost = Number.MAX_SAFE_INTEGER;
          }
          if (cost > limits.queryCostMax) {
            // Thrown as is: Apollo wraps it (as originalError) in its own copy of GraphQLError.
            response.http.status = 400;
            throw new DomainError(ErrorCode.QUERY_TOO_COMPLEX, 'QUERY_TOO_COMPLEX', undefined, {
              cost,
              max: limits.queryCostMax,
            });
          }
        },
      };
    },
  };
}
