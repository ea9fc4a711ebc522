import type { GraphQLField, GraphQLInputObjectType, GraphQLInputType } from 'graphql';
import type { TestApp, TestClient } from '../test-app.js';
import { getNamedType, isInputObjectType } from './schema-paths.js';

export const USERS = [
  'committee',
  'secretary',
  'mentor',
  'officer',
  'secretary2',
  'mentor2',
  'officer2',
  'admin',
  'auditor',
] as const;
export type User = (typeof USERS)[number];

export async function loginAll(t: TestApp): Promise<Map<User, TestClient>> {
  const clients = new Map<User, TestClient>();
  for (const u of USERS) clients.set(u, await t.login(u));
  return clients;
}

/**
 * What the database holds, table by table: row count, sum of versions, latest update. Sessions are
 * left out (a request may touch its own). Equal snapshots before and after = nothing was written.
 */
export async function snapshot(t: TestApp): Promise<string> {
  const em = t.app.orm.em.fork();
  const conn = em.getConnection();
  const parts: string[] = [];
  for (const meta of Object.values(t.app.orm.getMetadata().getAll())) {
    if (!meta.tableName || meta.embeddable || meta.virtual || meta.className === 'Session') continue;
    const version = meta.properties.version ? 'coalesce(sum(version), 0)' : '0';
    const updated = meta.properties.updatedAt ? 'max(updated_at)' : 'null';
    const rows = await conn.execute(`select count(*) as n, ${version} as v, ${updated} as u from ${meta.tableName}`);
    const r = rows[0] as Record<string, unknown>;
    parts.push(`${meta.tableName}:${String(r.n)}/${String(r.v)}/${String(r.u)}`);
  }
  return parts.sort().join('\n');
}

/**
 * Every argument path of an operation that carries a record id: `id`, `input.pairingId`,
 * `filter.ownerId`, `input.actionItems.ownerId`, …
 */
export function idPaths(field: GraphQLField<unknown, unknown>): string[] {
  const out: string[] = [];
  const walk = (type: GraphQLInputType, prefix: string, depth: number) => {
    const named = getNamedType(type);
    if (named.name === 'ID') out.push(prefix);
    else if (isInputObjectType(named) && depth < 4) {
      for (const f of Object.values((named as GraphQLInputObjectType).getFields())) {
        walk(f.type, `${prefix}.${f.name}`, depth + 1);
      }
    }
  };
  for (const arg of field.args) walk(arg.type, arg.name, 0);
  return out;
}
