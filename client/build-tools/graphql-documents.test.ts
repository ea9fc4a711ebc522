import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphql } from '../src/gql';
import { type Documents, inlineDocuments, readDocumentMap, readParsedDocuments } from './graphql-documents';

const gqlDir = path.resolve(import.meta.dirname, '..', 'src', 'gql');
const read = (file: string) => fs.readFileSync(path.join(gqlDir, file), 'utf8');
const documents: Documents = {
  names: readDocumentMap(read('gql.ts')),
  parsed: readParsedDocuments(read('graphql.ts')),
};

describe('graphql() calls inlined at build time', () => {
  it('finds the parsed document of every source in the generated map', () => {
    const entries = read('gql.ts').slice(read('gql.ts').indexOf('const documents')).split('\n};')[0];
    expect(documents.names.size).toBe(entries.split('types.').length - 1);
    expect(documents.names.size).toBeGreaterThan(50);
    for (const name of documents.names.values()) expect(documents.parsed.has(name), name).toBe(true);
  });

  it('replaces each call by the same document the run-time lookup gives', () => {
    const code = fs.readFileSync(path.resolve(gqlDir, '..', 'modules', 'auth', 'auth-documents.ts'), 'utf8');
    const out = inlineDocuments(code, documents)!;
    expect(out).not.toMatch(/graphql\(\s*`/);
    const source = [...code.matchAll(/graphql\(`([^`]*)`\)/g)][0][1];
    const inlined = out.match(/= \((\{"kind":"Document".*?\})\);\n/)![1];
    // Fragments the document spreads come along in it, as they do from the lookup.
    expect(JSON.parse(inlined)).toEqual(graphql(source));
  });

  it('leaves a module without calls alone and fails on a document codegen has not seen', () => {
    expect(inlineDocuments('export const a = 1;', documents)).toBeNull();
    expect(() => inlineDocuments('graphql(`\n  query Nope { me { id } }\n`)', documents)).toThrow(
      /run npm run codegen/,
    );
  });
});
