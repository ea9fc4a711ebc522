import { defineAbilityFor, type Viewer } from '@tongxin/schema';
import { describe, expect, it } from 'vitest';
import { andWhere, assertCan, scopeWhere, subjectOf } from './authz.js';
import type { AppContext } from './context.js';

const officer: Viewer = { officerId: 4, bureauId: 1, branchId: 10, roles: [], mentoredPairingIds: [], menteeIds: [] };

describe('authz', () => {
  it('turns rules into a WHERE: null when nothing is allowed, the conditions otherwise', () => {
    const ability = defineAbilityFor(officer);
    expect(scopeWhere(ability, 'read', 'AuditEvent')).toBeNull();
    expect(scopeWhere(ability, 'read', 'Pairing')).toEqual({ mentee: 4 });
    expect(scopeWhere(ability, 'read', 'Talk')).toEqual({ talkee: 4, confidential: false });
    expect(scopeWhere(defineAbilityFor({ ...officer, roles: ['COMMITTEE'] }), 'read', 'Branch')).toEqual({
      $or: [{ id: 10 }, { bureau: 1 }],
    });
  });

  it('combines a scope with a filter without empty parts', () => {
    expect(andWhere({}, {})).toEqual({});
    expect(andWhere({ branch: 1 }, {})).toEqual({ branch: 1 });
    expect(andWhere({ branch: 1 }, { status: 'ACTIVE' })).toEqual({ $and: [{ branch: 1 }, { status: 'ACTIVE' }] });
  });

  it('judges a mutation on the record as it is now and leaves no stale view behind', () => {
    const ctx = { ability: defineAbilityFor(officer), subjects: new WeakMap() } as unknown as AppContext;
    const visit = { id: 1, mentee: 4, acknowledgedAt: null as Date | null };
    subjectOf(ctx, 'Visit', visit); // a field read earlier in the request
    assertCan(ctx, 'acknowledge', 'Visit', visit);
    expect(ctx.subjects.has(visit)).toBe(false);
    visit.acknowledgedAt = new Date();
    expect(() => assertCan(ctx, 'acknowledge', 'Visit', visit)).toThrow();
    expect(subjectOf(ctx, 'Visit', visit).acknowledgedAt).toBeInstanceOf(Date);
  });
});
