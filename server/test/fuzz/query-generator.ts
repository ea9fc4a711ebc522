import { createRequire } from 'node:module';
import type { GraphQLArgument, GraphQLInputType, GraphQLObjectType, GraphQLOutputType, GraphQLSchema } from 'graphql';

// Random valid queries built from the schema the server serves: any root query, fields chosen at
// random up to `maxDepth` deep, arguments random but well typed (ids from every branch of the
// bureau, cursors seen in earlier answers, dates in and out of range, garbage strings).

// type-graphql builds the schema with graphql's CommonJS build; its type guards must come from the same copy.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType } = graphql;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}
export type Rng = ReturnType<typeof prng>;

export interface Pools {
  ids: string[];
  cursors: string[];
}

const DATES = ['2024-01-01', '2025-06-30', '2026-01-15', '2026-12-31', '1999-12-31', '0000-01-01', '2026-02-30', 'x'];
const STRINGS = ['张', 'zw', '', ' ', 'a\u0000b', '%', '_', "'; drop table officer; --", '派出所', 'x'.repeat(300)];
const BAD_CURSORS = ['W3siJG5lIjpudWxsfSwxXQ', 'bm9wZQ', '', 'WzEsMiwzXQ', 'eyJhIjoxfQ', 'W251bGwsbnVsbF0'];

export class QueryGenerator {
  constructor(
    private schema: GraphQLSchema,
    private rng: Rng,
    private pools: Pools,
    private maxDepth = 4,
  ) {}

  /** One query document with 1–3 root fields. */
  query(): string {
    const root = this.schema.getQueryType()!;
    const fields = Object.values(root.getFields());
    const chosen = new Set<string>();
    const n = 1 + this.rng.int(3);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const f = this.rng.pick(fields);
      if (chosen.has(f.name)) continue;
      chosen.add(f.name);
      parts.push(this.field(f.name, f.args, f.type, 1));
    }
    return `{ ${parts.join(' ')} }`;
  }

  private field(name: string, args: readonly GraphQLArgument[], type: GraphQLOutputType, depth: number): string {
    const argText = this.args(args);
    const named = getNamedType(type);
    const sub = isObjectType(named) ? ` ${this.selection(named, depth)}` : '';
    return `${name}${argText}${sub}`;
  }

  private selection(type: GraphQLObjectType, depth: number): string {
    const fields = Object.values(type.getFields());
    const parts = ['__typename'];
    if (fields.some((f) => f.name === 'id')) parts.push('id');
    const leaves = fields.filter((f) => !isObjectType(getNamedType(f.type)));
    const objects = fields.filter((f) => isObjectType(getNamedType(f.type)));
    const wanted = 1 + this.rng.int(5);
    const seen = new Set(parts);
    for (let i = 0; i < wanted; i++) {
      const useObject = depth < this.maxDepth && objects.length > 0 && (leaves.length === 0 || this.rng.chance(0.45));
      const f = this.rng.pick(useObject ? objects : leaves.length ? leaves : objects);
      if (!f || seen.has(f.name) || (isObjectType(getNamedType(f.type)) && depth >= this.maxDepth)) continue;
      seen.add(f.name);
      parts.push(this.field(f.name, f.args, f.type, depth + 1));
    }
    return `{ ${parts.join(' ')} }`;
  }

  private args(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const a of args) {
      if (!isNonNullType(a.type) && !this.rng.chance(0.4)) continue;
      parts.push(`${a.name}: ${this.value(a.name, a.type, 0)}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  private value(name: string, type: GraphQLInputType, depth: number): string {
    if (!isNonNullType(type) && this.rng.chance(0.05)) return 'null';
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      const n = this.rng.int(3);
      return `[${Array.from({ length: n }, () => this.value(name, inner.ofType, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(inner)) return this.rng.pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      const parts: string[] = [];
      for (const f of Object.values(inner.getFields())) {
        if (!isNonNullType(f.type) && !this.rng.chance(0.35)) continue;
        if (depth > 3) continue;
        parts.push(`${f.name}: ${this.value(f.name, f.type, depth + 1)}`);
      }
      return `{ ${parts.join(', ')} }`;
    }
    if (isScalarType(inner)) return this.scalar(name, inner.name);
    return 'null';
  }

  private scalar(name: string, scalar: string): string {
    const r = this.rng;
    switch (scalar) {
      case 'ID':
        return JSON.stringify(
          r.chance(0.9) && this.pools.ids.length
            ? r.pick(this.pools.ids)
            : r.pick(['0', '-1', 'abc', '1e3', '99999999']),
        );
      case 'Int':
        if (name === 'first') return String(r.pick([0, 1, 2, 5, 20, 100, 101, -1]));
        return String(r.pick([0, 1, 7, 30, 90, -5, 2147483647]));
      case 'Float':
        return String(r.pick([0, 1.5, -1]));
      case 'Boolean':
        return r.chance(0.5) ? 'true' : 'false';
      case 'DateTimeISO':
        return JSON.stringify(
          r.pick(['2026-01-01T00:00:00.000Z', '2025-03-01T08:00:00+08:00', '1970-01-01T00:00:00Z']),
        );
      case 'JSON':
        return '{}';
      default:
        if (name === 'after') {
          return JSON.stringify(
            r.chance(0.6) && this.pools.cursors.length ? r.pick(this.pools.cursors) : r.pick(BAD_CURSORS),
          );
        }
        if (/date|from|to|month|day/i.test(name)) return JSON.stringify(r.pick(DATES));
        if (/id$/i.test(name)) return JSON.stringify(r.pick(this.pools.ids));
        return JSON.stringify(r.pick(STRINGS));
    }
  }
}
