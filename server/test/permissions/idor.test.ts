import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../src/schema.js';
import { initTestApp, type TestApp, type TestClient } from '../test-app.js';
import { buildFixture, Fresh, type Fixture } from './fixture.js';
import { errorShape } from '../expect.js';
import { idPaths, loginAll, snapshot, type User } from './harness.js';
import { ACTED_ON, CASES, NO_RECORD_IDS } from './idor.cases.js';
import { Inputs } from './inputs.js';

// IDOR: every id an operation takes (the record it reads or changes, the people and records its
// input names, the ids in list filters) is swapped for another branch's or another mentor's
// record. The answer must be exactly the one for an id that never existed (null, an empty list,
// NOT_FOUND), and nothing may be written. The cases (idor.cases.ts) are checked against the
// schema: an operation or id argument without a case fails the suite.

const MISSING = '99999999';

let t: TestApp;
let fx: Fixture;
let schema: GraphQLSchema;
let clients: Map<User, TestClient>;
let inputs: Inputs;
let fresh: Fresh;

beforeAll(async () => {
  t = await initTestApp();
  fx = await buildFixture(t);
  schema = await buildAppSchema();
  clients = await loginAll(t);
  inputs = new Inputs(
    () => t.app.orm.em.fork(),
    () => t.clock.now(),
  );
  fresh = new Fresh(t);
});
afterAll(() => t?.close());

function operation(name: string) {
  return schema.getQueryType()!.getFields()[name] ?? schema.getMutationType()!.getFields()[name];
}

describe('IDOR: another branch’s or another mentor’s ids', () => {
  it('has a case for every id argument of every operation in the schema', () => {
    const missing: string[] = [];
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        const paths = idPaths(field);
        if (paths.length === 0 && !NO_RECORD_IDS.has(field.name))
          missing.push(`${field.name}: declare it in NO_RECORD_IDS`);
        for (const p of paths) if (!CASES[`${field.name}.${p}`]) missing.push(`${field.name}.${p}`);
      }
    }
    expect(missing, 'operations or id arguments without an IDOR case').toEqual([]);
    const stale = Object.keys(CASES).filter((k) => {
      const [op, ...rest] = k.split('.');
      const field = operation(op);
      return !field || !idPaths(field).includes(rest.join('.'));
    });
    expect(stale, 'cases for operations or arguments no longer in the schema').toEqual([]);
  });

  for (const key of Object.keys(CASES)) {
    it(key, async () => {
      const op = key.split('.')[0];
      for (const attempt of CASES[key]({ fx, i: inputs, fresh })) {
        const c = clients.get(attempt.as)!;
        const label = `${key} as ${attempt.as} with ${attempt.whose} id`;
        const [foreignVars, missingVars] = [await attempt.vars(String(attempt.foreign)), await attempt.vars(MISSING)];
        const before = await snapshot(t);
        const foreign = await c.gql(attempt.doc, foreignVars);
        const missing = await c.gql(attempt.doc, missingVars);
        expect(await snapshot(t), `${label}: nothing written`).toBe(before);
        expect(foreign.data ?? null, label).toEqual(missing.data ?? null);
        expect(errorShape(foreign), label).toEqual(errorShape(missing));
        if (attempt.kind === 'byId') {
          expect(foreign.errors, label).toBeUndefined();
          expect(foreign.data?.[op], label).toBeNull();
        } else if (attempt.kind === 'list') {
          expect(foreign.errors, label).toBeUndefined();
          const value = foreign.data?.[op];
          expect(Array.isArray(value) ? value : value?.edges, label).toEqual([]);
        } else {
          expect(['NOT_FOUND', 'BAD_USER_INPUT'], label).toContain(errorShape(foreign)?.code);
          if (ACTED_ON.has(key)) expect(errorShape(foreign)?.code, `${label}: the record acted on`).toBe('NOT_FOUND');
        }
        if (attempt.own != null) {
          // Control: the same question about their own record gets another answer (or succeeds).
          const ownId = typeof attempt.own === 'function' ? await attempt.own() : attempt.own;
          const own = await c.gql(attempt.doc, await attempt.vars(String(ownId)));
          expect(JSON.stringify(own), `${label}: control with their own id`).not.toBe(JSON.stringify(foreign));
        }
      }
    });
  }
});
