import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LIMITS } from '@tongxin/schema';
import { type DocumentNode, type GraphQLSchema, Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/common/limits/query-cost.js';
import { queryShapeRules } from '../../src/common/limits/query-limits.js';
import { loadConfig, repoRoot } from '../../src/config/config.js';
import { buildAppSchema } from '../../src/schema.js';

// Every operation the portal sends, read from its generated documents, costs less than the
// maximum even with every page at its largest, and passes the depth, alias, directive and token
// limits: a limit that refused the portal would be a bug.

// graphql-js's CommonJS copy, the one the schema (built by type-graphql) belongs to.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const GENERATED = path.join(repoRoot, 'client', 'src', 'gql', 'graphql.ts');
const DOCUMENT = /^export const (\w+)Document = (\{"kind":"Document".*\}) as unknown as DocumentNode</gm;

function portalDocuments(): { name: string; document: DocumentNode }[] {
  const source = fs.readFileSync(GENERATED, 'utf8');
  return [...source.matchAll(DOCUMENT)].map(([, name, json]) => ({ name, document: JSON.parse(json) as DocumentNode }));
}

type InputShape = {
  getFields?: () => Record<string, { type: { toString(): string } }>;
  getValues?: () => { value: unknown }[];
};

/** A value of a required input type: just enough to compute the cost (scalars are free). */
function placeholder(schema: GraphQLSchema, typeName: string): unknown {
  const list = typeName.startsWith('[');
  const name = typeName.replace(/[[\]!]/g, '');
  if (list) return [];
  const type = schema.getType(name) as InputShape | undefined;
  if (type?.getValues) return type.getValues()[0]?.value;
  if (type?.getFields) {
    const fields = Object.entries(type.getFields()).filter(([, f]) => String(f.type).endsWith('!'));
    return Object.fromEntries(fields.map(([key, f]) => [key, placeholder(schema, String(f.type))]));
  }
  return { Int: 1, Float: 1, Boolean: false, DateTimeISO: '2026-01-01T00:00:00.000Z', JSON: {} }[name] ?? '1';
}

const typeText = (t: TypeNode): string =>
  t.kind === Kind.NON_NULL_TYPE
    ? `${typeText(t.type)}!`
    : t.kind === Kind.LIST_TYPE
      ? `[${typeText(t.type)}]`
      : t.name.value;

/** Variables at their most expensive: every `first` at the maximum page size, required ones filled. */
function worstVariables(schema: GraphQLSchema, op: OperationDefinitionNode): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    const name = v.variable.name.value;
    if (name === 'first') vars.first = LIMITS.pageSizeMax;
    else if (v.type.kind === Kind.NON_NULL_TYPE) vars[name] = placeholder(schema, typeText(v.type));
  }
  return vars;
}

describe('the portal’s operations', () => {
  const documents = portalDocuments();
  const { queryCostMax } = loadConfig({}).limits;

  it('are all found in the generated documents', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it('each cost less than the maximum, with every page at its largest', async () => {
    const schema = await buildAppSchema();
    const costs: Record<string, number> = {};
    for (const { name, document } of documents) {
      for (const def of document.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        costs[name] = operationCost(schema, document, worstVariables(schema, def), def.name?.value);
      }
    }
    const over = Object.entries(costs).filter(([, cost]) => cost > queryCostMax);
    expect(over, JSON.stringify(costs)).toEqual([]);
    console.log('portal operation costs (max %d):', queryCostMax, JSON.stringify(costs));
  });

  it('pass the depth, alias and directive limits, and are far below the token limit', async () => {
    const schema = await buildAppSchema();
    const limits = loadConfig({}).limits;
    for (const { name, document } of documents) {
      const errors = graphql.validate(schema, document, queryShapeRules(limits));
      expect(errors.map((e) => `${name}: ${e.message}`)).toEqual([]);
      // urql adds `__typename` to every selection set: half the limit leaves room for it.
      const lexer = new graphql.Lexer(new graphql.Source(graphql.print(document)));
      let tokens = 0;
      while (lexer.advance().kind !== graphql.TokenKind.EOF) tokens += 1;
      expect(tokens, name).toBeLessThan(limits.queryTokensMax / 2);
    }
  });
});
