import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initTestApp, isPostgres, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await initTestApp({ demo: false });
});
afterAll(() => t?.close());

describe('migrations', () => {
  // SQLite's introspection cannot tell some column declarations apart, so its diff always proposes
  // table rebuilds; PostgreSQL's is exact, and both dialects' migrations are generated together.
  it.runIf(isPostgres())('bring the database to exactly what the entities describe', async () => {
    // A change to an entity without its migration shows up here as pending DDL.
    const pending = await t.app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(pending.trim()).toBe('');
  });

  it('have nothing left to apply after start', async () => {
    expect(await t.app.orm.getMigrator().getPendingMigrations()).toEqual([]);
  });
});
