import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from './depth-limit.js';

const schema = buildSchema(`
  type Person { name: String friend: Person }
  type Query { me: Person }
`);
const nested = (levels: number) => `{ me ${'{ friend '.repeat(levels - 1)}{ name }${' }'.repeat(levels - 1)} }`;
const errorsFor = (query: string) => validate(schema, parse(query), [depthLimit(5)]);

describe('depthLimit', () => {
  it('accepts a query at the limit', () => {
    expect(errorsFor(nested(5))).toHaveLength(0);
  });

  it('refuses a query one level deeper', () => {
    const errors = errorsFor(nested(6));
    expect(errors).toHaveLength(1);
    expect(errors[0].originalError).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason: 'QUERY_TOO_DEEP' });
    expect(errors[0].originalError).toMatchObject({ params: { depth: 6, max: 5 } });
  });

  it('follows fragments, including cyclic ones without looping', () => {
    const viaFragments = `
      fragment F on Person { friend { friend { friend { friend { friend { name } } } } } }
      query { me { ...F } }`;
    expect(errorsFor(viaFragments)).toHaveLength(1);
    const cyclic = `fragment A on Person { friend { ...A } } query { me { ...A } }`;
    expect(() => errorsFor(cyclic)).not.toThrow();
  });
});
