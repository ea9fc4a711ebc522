import { describe, expect, it } from 'vitest';
import type { AppContext } from '../context.js';
import { ConcurrencyGuard } from './concurrency-guard.js';
import { budgetMiddleware, RequestLimits } from './request-limits.js';
import { RequestBudget } from './time-budget.js';

// The budget is driven by its own timer; these tests wait for it to fire (a few milliseconds) and
// assert what happens then, never how long anything took.

const never = () => new Promise<never>(() => undefined);
const guard = new ConcurrencyGuard({ perInstance: 1, perAccount: 1, queueMs: 0 });

function contextWithBudget(ms: number) {
  return { limits: new RequestLimits(guard, 'officer:1', ms) } as unknown as AppContext;
}

/** Calls the field middleware as type-graphql would, for a field of `parent`. */
const callField = async (context: AppContext, parent: string, resolver: () => Promise<unknown>) =>
  budgetMiddleware({ context, info: { parentType: { name: parent } } } as never, resolver);

describe('RequestBudget', () => {
  it('answers a query field that is still waiting with REQUEST_TIMEOUT once the time is up', async () => {
    const ctx = contextWithBudget(10);
    await expect(callField(ctx, 'Query', never)).rejects.toMatchObject({
      code: 'REQUEST_TIMEOUT',
      reason: 'REQUEST_TIMEOUT',
      params: { seconds: 0 },
    });
    expect(ctx.limits.budget.signal.aborted).toBe(true);
  });

  it('starts no resolver after that: its work is stopped', async () => {
    const ctx = contextWithBudget(10);
    await expect(callField(ctx, 'Query', never)).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
    let ran = false;
    await expect(
      callField(ctx, 'Pairing', async () => {
        ran = true;
      }),
    ).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
    expect(ran).toBe(false);
  });

  it('lets work within the budget through untouched', async () => {
    const ctx = contextWithBudget(60_000);
    expect(await callField(ctx, 'Query', async () => 'data')).toBe('data');
    expect(await callField(ctx, 'Pairing', async () => 'field')).toBe('field');
    ctx.limits.budget.dispose();
  });

  it('does not race a mutation (its transaction may commit) but stops what would come after it', async () => {
    const ctx = contextWithBudget(10);
    let finish!: (v: string) => void;
    const mutation = callField(ctx, 'Mutation', () => new Promise<string>((resolve) => (finish = resolve)));
    await new Promise((resolve) => ctx.limits.budget.signal.addEventListener('abort', resolve));
    finish('committed');
    expect(await mutation).toBe('committed');
    await expect(callField(ctx, 'Visit', async () => 'x')).rejects.toMatchObject({ code: 'REQUEST_TIMEOUT' });
  });

  it('stops a long loop at its next check, also when the client went away', () => {
    const budget = new RequestBudget(60_000);
    expect(() => budget.check()).not.toThrow();
    budget.abort();
    expect(() => budget.check()).toThrow(expect.objectContaining({ reason: 'REQUEST_TIMEOUT' }));
  });
});
