import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import type { LimitsConfig } from '../../config/config.js';
import type { AppContext } from '../context.js';
import type { FieldMiddleware } from '../field-guard.js';
import { ConcurrencyGuard } from './concurrency-guard.js';
import { queryCostPlugin, queryParseOptions, queryShapeRules } from './query-limits.js';
import { RequestBudget } from './time-budget.js';

/** A request's share of the limits: its time budget, and its way into the expensive line. */
export class RequestLimits {
  budget: RequestBudget;

  constructor(
    private readonly guard: ConcurrencyGuard,
    private readonly account: string,
    budgetMs: number,
  ) {
    this.budget = new RequestBudget(budgetMs);
  }

  /** Replaces the budget (a file download gets longer than a GraphQL request). */
  useBudget(ms: number): RequestBudget {
    this.budget.dispose();
    this.budget = new RequestBudget(ms);
    return this.budget;
  }

  /**
   * Runs an expensive operation (a report over a period, a file, an import) when the instance
   * and the viewer's account have a slot free; RATE_LIMITED / SERVER_BUSY after a short wait.
   */
  expensive<T>(work: () => Promise<T>): Promise<T> {
    return this.guard.run(this.account, work, this.budget.signal);
  }
}

/** The limits of one app instance: built once in createApp, shared by every request. */
export class AppLimits {
  readonly guard: ConcurrencyGuard;

  constructor(readonly config: LimitsConfig) {
    this.guard = new ConcurrencyGuard({
      perInstance: config.expensivePerInstance,
      perAccount: config.expensivePerAccount,
      queueMs: config.expensiveQueueMs,
    });
  }

  get validationRules(): ValidationRule[] {
    return queryShapeRules(this.config);
  }

  get parseOptions() {
    return queryParseOptions(this.config);
  }

  forRequest(viewerId: number | null | undefined): RequestLimits {
    return new RequestLimits(
      this.guard,
      viewerId == null ? 'anonymous' : `officer:${viewerId}`,
      this.config.requestBudgetMs,
    );
  }

  /**
   * The cost check before execution; once the answer leaves, whatever of the request still runs
   * (a sibling of a failed non-null field, say) is stopped at its next resolver.
   */
  plugins(schema: GraphQLSchema): ApolloServerPlugin<AppContext>[] {
    return [
      queryCostPlugin(schema, this.config) as ApolloServerPlugin<AppContext>,
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              contextValue.limits?.budget.abort();
            },
          };
        },
      },
    ];
  }
}

/**
 * Before each resolver: nothing starts once the request's time is up. A query's root fields race
 * the budget, so the answer leaves on time even while a resolver waits on the database; a
 * mutation is not raced (its transaction may still commit, and the answer must say so), it is
 * stopped at its next resolver instead.
 */
export const budgetMiddleware: FieldMiddleware = ({ info, context }, next) => {
  const budget = context.limits.budget;
  budget.check();
  const parent = info.parentType.name;
  if (parent === 'Query') return budget.race(Promise.resolve(next()));
  return next();
};
