import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../src/db/entities.js';
import { countQueries, initTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp();
});
afterAll(() => t?.close());

describe('unit of work', () => {
  it('flushing freshly loaded records of every entity writes nothing', async () => {
    // A column whose loaded value never equals the hydrated one makes every flush rewrite (and
    // re-version) every loaded record, which turns ordinary edits into optimistic-lock conflicts.
    const em = t.app.orm.em.fork();
    let loaded = 0;
    for (const entity of entities) loaded += (await em.find(entity, {}, { limit: 200 })).length;
    expect(loaded).toBeGreaterThan(500);
    const statements = await countQueries(t, () => em.flush());
    expect(statements).toEqual([]);
  });
});
