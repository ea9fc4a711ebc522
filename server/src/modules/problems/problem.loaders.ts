import DataLoader from 'dataloader';
import type { AppContext } from '../../common/context.js';
import type { ProblemEvent } from './problem-event.entity.js';

export interface ProblemLoaders {
  /** The history of a problem, in one statement per page of problems. */
  history: DataLoader<number, ProblemEvent[]>;
}

export function createProblemLoaders(ctx: AppContext): ProblemLoaders {
  return {
    history: new DataLoader(async (ids) => {
      const rows = await ctx.services.problems.eventsOf(ids);
      return ids.map((id) => rows.filter((r) => r.problem.id === id));
    }),
  };
}
