import { defineRulesFor, IDENTITY_FIELDS, RESTRICTED_FIELDS, ROLES, SUBJECTS, type Viewer } from '@tongxin/schema';
import { createRequire } from 'node:module';
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPERATION_DECISIONS, STRUCTURAL_TYPES } from '../../src/common/decisions.js';
import { buildAppSchema } from '../../src/schema.js';

// Deny by default, proved on the schema the server really serves: an operation, object type or
// restricted field without a decision fails here before it can be reached.

// type-graphql builds the schema with graphql's CommonJS build; its type guards must come from the same copy.
const { isNonNullType, isObjectType } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

const objectTypes = () =>
  Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));

/** A viewer holding every role, so every rule of every role is listed once. */
const everyRole: Viewer = {
  officerId: 1,
  bureauId: 1,
  branchId: 1,
  roles: [...ROLES],
  mentoredPairingIds: [1],
  menteeIds: [2],
};

describe('deny by default', () => {
  it('gives every Query and Mutation field a decision', () => {
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.keys(root?.getFields() ?? {})) {
        if (!OPERATION_DECISIONS.has(field)) missing.push(`${root?.name}.${field}`);
      }
    }
    expect(missing, 'operations without @ForViewer()/@Public()').toEqual([]);
  });

  it('keeps public operations to the ones an anonymous visitor needs', () => {
    const publicOps = [...OPERATION_DECISIONS].filter(([, d]) => d === 'public').map(([name]) => name);
    expect(publicOps.sort()).toEqual(['login', 'me']);
  });

  it('makes every object type a CASL subject or a declared structural type', () => {
    const subjects = new Set<string>(SUBJECTS);
    const undecided = objectTypes()
      .map((t) => t.name)
      .filter((n) => n !== 'Query' && n !== 'Mutation' && !subjects.has(n) && !STRUCTURAL_TYPES.has(n));
    expect(undecided, 'object types without a decision (guardedByParent or a subject)').toEqual([]);
  });

  it('documents why each structural type is safe', () => {
    for (const [name, why] of STRUCTURAL_TYPES) expect(why.length, name).toBeGreaterThan(10);
  });

  it('makes every field a field-restricted rule can hide nullable', () => {
    const offenders: string[] = [];
    for (const rule of defineRulesFor(everyRole)) {
      if (!rule.fields || rule.inverted) continue;
      const allowed = new Set([rule.fields].flat());
      for (const subject of [rule.subject].flat()) {
        const type = schema.getType(String(subject));
        if (!type || !isObjectType(type)) continue;
        for (const [name, field] of Object.entries(type.getFields())) {
          if (!allowed.has(name) && isNonNullType(field.type)) offenders.push(`${type.name}.${name}`);
        }
      }
    }
    expect([...new Set(offenders)], 'restricted fields that would null their whole record').toEqual([]);
  });

  it('keeps the restricted content out of every field list a restricted viewer gets', () => {
    const rules = defineRulesFor(everyRole).filter((r) => r.fields);
    const fieldsOf = (subject: string) => rules.filter((r) => r.subject === subject).flatMap((r) => [r.fields].flat());
    for (const [subject, hidden] of Object.entries(RESTRICTED_FIELDS)) {
      for (const f of hidden ?? []) expect(fieldsOf(subject), `${subject}.${f}`).not.toContain(f);
    }
    expect(RESTRICTED_FIELDS.Pairing).toContain('riskNotes');
    expect(RESTRICTED_FIELDS.Visit).toContain('confidentialNotes');
    expect(RESTRICTED_FIELDS.Talk).toContain('assessment');
    // Identity fields name a person or unit and nothing that is written about them.
    for (const fields of Object.values(IDENTITY_FIELDS)) {
      for (const f of ['phone', 'flaggedReason', 'riskNotes', 'confidentialNotes', 'assessment']) {
        expect(fields).not.toContain(f);
      }
    }
  });
});
