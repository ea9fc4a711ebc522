import { describe, expect, it } from 'vitest';
import { ConcurrencyGuard } from './concurrency-guard.js';

/** A piece of work that ends when the test says so. */
function held() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
}

const settled = async <T>(p: Promise<T>) => {
  const states = await Promise.race([
    p.then(
      () => 'done' as const,
      () => 'refused' as const,
    ),
    tick().then(() => 'waiting' as const),
  ]);
  return states;
};
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ConcurrencyGuard', () => {
  it('runs at most K per account at once, and the next in line when one ends', async () => {
    const guard = new ConcurrencyGuard({ perInstance: 10, perAccount: 2, queueMs: 60_000 });
    const a = held();
    const b = held();
    const runA = guard.run('officer:1', a.work);
    const runB = guard.run('officer:1', b.work);
    const runC = guard.run('officer:1', async () => 'c');
    const other = guard.run('officer:2', async () => 'other');
    expect(await other).toBe('other');
    expect(guard.active).toBe(2);
    expect(await settled(runC)).toBe('waiting');
    a.finish();
    await runA;
    expect(await runC).toBe('c');
    b.finish();
    await runB;
    expect(guard.active).toBe(0);
  });

  it('runs at most K on the instance, whoever asks', async () => {
    const guard = new ConcurrencyGuard({ perInstance: 2, perAccount: 2, queueMs: 60_000 });
    const a = held();
    const b = held();
    const runs = [guard.run('officer:1', a.work), guard.run('officer:2', b.work)];
    const third = guard.run('officer:3', async () => 3);
    expect(await settled(third)).toBe('waiting');
    b.finish();
    expect(await third).toBe(3);
    a.finish();
    await Promise.all(runs);
  });

  it('refuses at once with RATE_LIMITED / SERVER_BUSY and a retry-after when it may not queue', async () => {
    const guard = new ConcurrencyGuard({ perInstance: 1, perAccount: 1, queueMs: 0 });
    const a = held();
    const run = guard.run('officer:1', a.work);
    await expect(guard.run('officer:2', async () => 0)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'SERVER_BUSY',
      params: { retryAfterSeconds: 1 },
    });
    a.finish();
    await run;
    expect(await guard.run('officer:2', async () => 2)).toBe(2);
  });

  it('gives up waiting after queueMs, and when the request is stopped', async () => {
    const guard = new ConcurrencyGuard({ perInstance: 1, perAccount: 1, queueMs: 20 });
    const a = held();
    const run = guard.run('officer:1', a.work);
    await expect(guard.run('officer:1', async () => 0)).rejects.toMatchObject({ reason: 'SERVER_BUSY' });
    const stop = new AbortController();
    const waiting = guard.run('officer:1', async () => 0, stop.signal);
    stop.abort();
    await expect(waiting).rejects.toMatchObject({ reason: 'SERVER_BUSY' });
    a.finish();
    await run;
    expect(guard.active).toBe(0);
  });

  it('frees the slot when the work fails', async () => {
    const guard = new ConcurrencyGuard({ perInstance: 1, perAccount: 1, queueMs: 0 });
    await expect(guard.run('officer:1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(guard.active).toBe(0);
    expect(await guard.run('officer:1', async () => 1)).toBe(1);
  });
});
