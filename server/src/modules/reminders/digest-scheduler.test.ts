import { describe, expect, it } from 'vitest';
import { retryConcurrentSetup } from './digest-scheduler.js';

const quiet = { warn: () => undefined };
const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code });

describe('retryConcurrentSetup', () => {
  it('runs a step again after a deadlock with another instance, until it passes', async () => {
    let calls = 0;
    await retryConcurrentSetup(async () => {
      calls++;
      if (calls < 3) throw pgError('40P01');
    }, quiet);
    expect(calls).toBe(3);
  });

  it('throws any other error at once: a wrong password is no race', async () => {
    let calls = 0;
    const step = async () => {
      calls++;
      throw pgError('28P01');
    };
    await expect(retryConcurrentSetup(step, quiet)).rejects.toThrow('pg 28P01');
    expect(calls).toBe(1);
  });

  it('gives up after its attempts and throws the last error', async () => {
    let calls = 0;
    const step = async () => {
      calls++;
      throw pgError('40P01');
    };
    await expect(retryConcurrentSetup(step, quiet, 3)).rejects.toThrow('pg 40P01');
    expect(calls).toBe(3);
  });
});
