import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OptimisticLockError } from '@mikro-orm/core';
import { formatError } from './error-format.js';
import { badInput, notFound } from './errors.js';

const resolverError = (original: Error) => new GraphQLError(original.message, { path: ['x'], originalError: original });

describe('formatError', () => {
  it('keeps a domain error with its code and field', () => {
    const out = formatError({ message: 'm' }, resolverError(badInput('input.goals', '太长 / too long')));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.goals' });
    expect(out.message).toBe('太长 / too long');
  });

  it('masks an unexpected error: no message, SQL or stack reaches the client', () => {
    const internal = new Error(
      'insert into "pairing" ("id") values (1) - duplicate key value violates unique constraint',
    );
    const original = console.error;
    console.error = () => {};
    try {
      const out = formatError(
        { message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
        resolverError(internal),
      );
      expect(out).toEqual({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
        locations: undefined,
        path: undefined,
      });
      expect(JSON.stringify(out)).not.toMatch(/insert|pairing|stack/i);
    } finally {
      console.error = original;
    }
  });

  it('maps a stale version to CONFLICT', () => {
    const out = formatError({ message: 'x' }, resolverError(OptimisticLockError.lockFailed('Pairing')));
    expect(out.extensions?.code).toBe('CONFLICT');
  });

  it('keeps NOT_FOUND', () => {
    expect(formatError({ message: 'x' }, resolverError(notFound('结对'))).extensions?.code).toBe('NOT_FOUND');
  });
});
