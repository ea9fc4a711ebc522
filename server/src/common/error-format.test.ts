import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { OptimisticLockError } from '@mikro-orm/core';
import { formatError, outageAs503 } from './error-format.js';
import { badInput, notFound } from './errors.js';

const resolverError = (original: Error) => new GraphQLError(original.message, { path: ['x'], originalError: original });

describe('formatError', () => {
  it('sends a domain error as its code, reason, field and parameters, with an English sentence', () => {
    const out = formatError({ message: 'm' }, resolverError(badInput('input.goals', 'TOO_LONG', { max: 10 })));
    expect(out.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'TOO_LONG', field: 'input.goals', max: 10 });
    expect(out.message).toBe('At most 10 characters');
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
    expect(out.extensions).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('keeps NOT_FOUND', () => {
    const out = formatError({ message: 'x' }, resolverError(notFound('PAIRING_NOT_FOUND')));
    expect(out.extensions).toEqual({ code: 'NOT_FOUND', reason: 'PAIRING_NOT_FOUND' });
    expect(out.message).toBe('Pairing not found');
  });

  it('answers a statement cancelled for the request’s budget as REQUEST_TIMEOUT, saying nothing of SQL', () => {
    const cancelled = Object.assign(new Error('update "pairing" … - canceling statement due to user request'), {
      name: 'DriverException',
      code: '57014',
    });
    const out = formatError({ message: 'm' }, resolverError(new Error('wrapper', { cause: cancelled })));
    expect(out.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', reason: 'REQUEST_TIMEOUT' });
    expect(JSON.stringify(out)).not.toMatch(/pairing|cancel/i);
  });

  it('answers a database outage as SERVICE_UNAVAILABLE, not an internal error', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const shutdown = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const wrapped = Object.assign(new Error('select 1 - Connection terminated unexpectedly'), {
      name: 'DriverException',
    });
    const lost = Object.assign(new Error('x'), { code: '08006' });
    // Inside a transaction whose connection died, knex and the pool say so in other words.
    const inTransaction = Object.assign(
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
      { name: 'DriverException' },
    );
    const pool = new Error('Knex: Timeout acquiring a connection. The pool is probably full.');
    const closed = new Error('Client was closed and is not queryable');
    for (const e of [
      refused,
      shutdown,
      wrapped,
      lost,
      inTransaction,
      pool,
      closed,
      new Error('wrapper', { cause: refused }),
    ]) {
      const out = formatError({ message: 'm' }, resolverError(e));
      expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'SERVICE_UNAVAILABLE' });
      expect(JSON.stringify(out)).not.toContain('5432');
    }
    // Before execution (the session lookup), the same failure is HTTP 503.
    expect(() => outageAs503(refused)).toThrow(expect.objectContaining({ extensions: { http: { status: 503 } } }));
    const other = new Error('a bug');
    expect(() => outageAs503(other)).toThrow(other);
  });
});
