import { createRequire } from 'node:module';
import { IDENTITY_FIELDS } from '@tongxin/schema';
import type { GraphQLField, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, GraphQLType } from 'graphql';

// type-graphql builds the schema with graphql's CommonJS build; its helpers must come from the same copy.
const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');
export const { getNamedType, isObjectType, isNonNullType, isListType, isScalarType, isEnumType, isInputObjectType } =
  graphql;

export interface PathStep {
  type: string;
  field: string;
  args: readonly { name: string; type: GraphQLType }[];
}

/** A chain of fields from Query to a text leaf, e.g. Query.pairing → Pairing.visits → Visit.confidentialNotes. */
export type FieldPath = PathStep[];

const TEXT_SCALARS = new Set(['String', 'JSON']);

/**
 * Every path from a root field to a String/JSON leaf, visiting each object type at most once per
 * path and at most `maxDepth` fields deep. Restricted content is text, so these are the paths it
 * could travel.
 */
export function textPaths(schema: GraphQLSchema, root: GraphQLObjectType, maxDepth: number): FieldPath[] {
  const out: FieldPath[] = [];
  const walk = (type: GraphQLObjectType, prefix: FieldPath, seen: Set<string>) => {
    const identity = (IDENTITY_FIELDS as Record<string, readonly string[] | undefined>)[type.name];
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      // A person or unit reached through a relation shows its identity fields only; a hidden
      // non-null field there is an error that nulls the whole branch of the answer and carries no
      // restricted content, so those are left out rather than masking sibling paths.
      if (identity && !identity.includes(field.name) && isNonNullType(field.type)) continue;
      const named = getNamedType(field.type) as GraphQLNamedType;
      const step: PathStep = { type: type.name, field: field.name, args: field.args };
      if (isScalarType(named) && TEXT_SCALARS.has(named.name)) {
        out.push([...prefix, step]);
      } else if (isObjectType(named) && prefix.length + 1 < maxDepth && !seen.has(named.name)) {
        walk(named, [...prefix, step], new Set([...seen, named.name]));
      }
    }
  };
  walk(root, [], new Set());
  return out;
}

/** Renders a path as a query; `argsFor` supplies literal argument text for a step (or ''). */
export function pathQuery(path: FieldPath, argsFor: (step: PathStep) => string): string {
  let body = '';
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i];
    const args = argsFor(step);
    body = `${step.field}${args ? `(${args})` : ''}${body ? ` { __typename ${body} }` : ''}`;
  }
  return `{ ${body} }`;
}

export const pathName = (path: FieldPath) => path.map((s) => `${s.type}.${s.field}`).join(' → ');

interface Trie {
  step?: PathStep;
  children: Map<string, Trie>;
}

/** One query selecting every path of the group (paths share their prefixes). */
export function mergedQuery(paths: FieldPath[], argsFor: (step: PathStep) => string): string {
  const root: Trie = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      const key = `${step.type}.${step.field}`;
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = { step, children: new Map() }));
      node = next;
    }
  }
  const render = (node: Trie): string =>
    [...node.children.values()]
      .map((child) => {
        const step = child.step!;
        const args = argsFor(step);
        const sub = child.children.size ? ` { __typename ${render(child)} }` : '';
        return `${step.field}${args ? `(${args})` : ''}${sub}`;
      })
      .join(' ');
  return `{ ${render(root)} }`;
}
