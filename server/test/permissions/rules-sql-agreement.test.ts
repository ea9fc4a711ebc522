import type { EntityName } from '@mikro-orm/core';
import { ACTIONS, defineAbilityFor, type SubjectName, type Viewer } from '@tongxin/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeWhere } from '../../src/common/authz.js';
import { toSubject } from '../../src/common/subject.js';
import { ActionItem } from '../../src/modules/action-items/action-item.entity.js';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity.js';
import { buildViewer } from '../../src/modules/auth/viewer.js';
import { Officer } from '../../src/modules/officers/officer.entity.js';
import { Branch } from '../../src/modules/org/branch.entity.js';
import { Bureau } from '../../src/modules/org/bureau.entity.js';
import { Pairing } from '../../src/modules/pairings/pairing.entity.js';
import { OutcomeReview } from '../../src/modules/reviews/outcome-review.entity.js';
import { Talk } from '../../src/modules/talks/talk.entity.js';
import { Visit } from '../../src/modules/visits/visit.entity.js';
import { initTestApp, type TestApp } from '../test-app.js';
import { buildFixture, type Fixture } from './fixture.js';

// The WHERE built from the rules (rulesToCondition → MikroORM) and ability.can() on each row must
// pick exactly the same rows: for every viewer, every subject with a table and every action.

const TABLES: [SubjectName, EntityName<object>][] = [
  ['Bureau', Bureau],
  ['Branch', Branch],
  ['Officer', Officer],
  ['Pairing', Pairing],
  ['Visit', Visit],
  ['Talk', Talk],
  ['ActionItem', ActionItem],
  ['OutcomeReview', OutcomeReview],
  ['AuditEvent', AuditEvent],
  // An account is its officer's row: the rules' conditions (bureau, not their own) are its columns.
  ['Account', Officer],
];

let t: TestApp;
let fx: Fixture;
const viewers: [string, Viewer][] = [];

beforeAll(async () => {
  t = await initTestApp();
  fx = await buildFixture(t);
  const em = t.app.orm.em.fork();
  for (const u of [
    'committee',
    'secretary',
    'mentor',
    'officer',
    'secretary2',
    'mentor2',
    'officer2',
    'admin',
    'auditor',
  ]) {
    await t.login(u); // audit rows to scope as well
    viewers.push([u, await buildViewer(em, await em.findOneOrFail(Officer, { username: u }))]);
  }
  // People holding several roles, and the viewer who is written about by their own branch.
  const sec = viewers.find(([u]) => u === 'secretary')![1];
  const mentor2 = viewers.find(([u]) => u === 'mentor2')![1];
  viewers.push([
    'secretary+mentor of B',
    { ...sec, mentoredPairingIds: mentor2.mentoredPairingIds, menteeIds: mentor2.menteeIds },
  ]);
  viewers.push(['committee+secretary', { ...sec, roles: ['COMMITTEE', 'SECRETARY'] }]);
  viewers.push(['secretary as a mentee', { ...sec, officerId: fx.a.officer.id }]);
  viewers.push(['committee of bureau Z', await buildViewer(em, fx.z.secretary)]);
  viewers.at(-1)![1] = { ...viewers.at(-1)![1], roles: ['COMMITTEE'] };
});
afterAll(() => t?.close());

describe('rulesToCondition WHERE agrees with ability.can() on every row', () => {
  it('for every viewer, subject and action', async () => {
    let compared = 0;
    let partial = 0; // cases where some rows are in and some out: the interesting ones
    const mismatches: string[] = [];
    for (const [type, entity] of TABLES) {
      const rows = await t.app.orm.em.fork().find(entity, {});
      expect(rows.length, `${type} rows in the fixture`).toBeGreaterThan(0);
      for (const [name, viewer] of viewers) {
        const ability = defineAbilityFor(viewer);
        for (const action of ACTIONS) {
          const expected = rows
            .filter((r) => ability.can(action, toSubject(type, r)))
            .map((r) => (r as { id: number }).id)
            .sort((x, y) => x - y);
          const where = scopeWhere<object>(ability, action, type);
          const actual =
            where === null
              ? []
              : (await t.app.orm.em.fork().find(entity, where))
                  .map((r) => (r as { id: number }).id)
                  .sort((x, y) => x - y);
          compared++;
          if (expected.length > 0 && expected.length < rows.length) partial++;
          if (JSON.stringify(expected) !== JSON.stringify(actual)) {
            mismatches.push(
              `${name} ${action} ${type}: can() ${JSON.stringify(expected)} vs SQL ${JSON.stringify(actual)}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(TABLES.length * viewers.length * ACTIONS.length);
    expect(partial).toBeGreaterThan(60);
  }, 180_000);

  it('gives null (no query at all) where the viewer has no rule', () => {
    const officer = defineAbilityFor(viewers.find(([u]) => u === 'officer')![1]);
    expect(scopeWhere(officer, 'read', 'AuditEvent')).toBeNull();
    expect(scopeWhere(officer, 'create', 'Pairing')).toBeNull();
    expect(scopeWhere(officer, 'read', 'Pairing')).not.toBeNull();
  });
});
