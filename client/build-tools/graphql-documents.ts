import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

// graphql-codegen's client preset looks documents up at run time: `graphql(source)` indexes one map
// of every operation of the portal (src/gql/gql.ts) whose parsed documents all sit in one module
// (src/gql/graphql.ts), so every page's queries would ride in the first load: a bundler splits by
// module, not by export. This build step does what the preset's Babel/SWC plugins do, one step
// further: each graphql(`…`) call is replaced by its parsed document itself, so the document lives
// in the module that declares it (a `*-documents.ts`) and loads with the pages that use it; the map
// and graphql.ts are then left unused and dropped. Tests and the dev server keep the run-time
// lookup, which yields the same objects.

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
const PARSED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/** The generated map of gql.ts: document source → export name in graphql.ts. */
export function readDocumentMap(gqlSource: string): Map<string, string> {
  const start = gqlSource.indexOf('const documents');
  const end = gqlSource.indexOf('\n};', start);
  if (start < 0 || end < 0) throw new Error('src/gql/gql.ts has no documents map: run npm run codegen');
  const map = new Map<string, string>();
  for (const [, key, name] of gqlSource.slice(start, end).matchAll(ENTRY)) map.set(JSON.parse(key) as string, name);
  return map;
}

/** The parsed documents of graphql.ts: export name → the document as a JSON object literal. */
export function readParsedDocuments(graphqlSource: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, name, json] of graphqlSource.matchAll(PARSED)) map.set(name, json);
  return map;
}

export interface Documents {
  /** graphql() source → export name (gql.ts). */
  names: Map<string, string>;
  /** export name → parsed document literal (graphql.ts). */
  parsed: Map<string, string>;
}

/**
 * `code` with each graphql(`…`) call replaced by its parsed document; null when it has none. A
 * source the generated files lack fails the build: the generated types are stale.
 */
export function inlineDocuments(code: string, { names, parsed }: Documents): string | null {
  let replaced = 0;
  const out = code.replace(CALL, (_call, source: string) => {
    if (source.includes('${') || source.includes('\\')) throw new Error('a graphql() document must be plain text');
    const name = names.get(source);
    const document = name && parsed.get(name);
    if (!document) {
      throw new Error(`no generated document for graphql(\`${source.trim().slice(0, 60)}…\`): run npm run codegen`);
    }
    replaced += 1;
    return `(${document})`;
  });
  return replaced ? out : null;
}

export function graphqlDocuments(gqlDir: string): Plugin {
  let documents: Documents = { names: new Map(), parsed: new Map() };
  return {
    name: 'tongxin-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = {
        names: readDocumentMap(fs.readFileSync(path.join(gqlDir, 'gql.ts'), 'utf8')),
        parsed: readParsedDocuments(fs.readFileSync(path.join(gqlDir, 'graphql.ts'), 'utf8')),
      };
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(')) return null;
      const out = inlineDocuments(code, documents);
      return out === null ? null : { code: out, map: null };
    },
  };
}
