import type { ErrorCode, ErrorParams, ErrorReason } from '@tongxin/schema';
import { expect } from 'vitest';

// The one set of error assertions: what a client can tell apart is the code, the reason (with its
// parameters) and the field, never the wording of the message.

interface ErrorResult {
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface ExpectedError<R extends ErrorReason = ErrorReason> {
  field?: string | RegExp;
  reason?: R;
  params?: Partial<ErrorParams[R]>;
}

/** Asserts the first error's code, and its field, reason and parameters when given; returns it. */
export function expectError<R extends ErrorReason>(
  res: ErrorResult,
  code: ErrorCode | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED',
  expected: ExpectedError<R> | string = {},
) {
  const { field, reason, params } = typeof expected === 'string' ? { field: expected } : expected;
  const e = res.errors?.[0];
  const context = JSON.stringify(res.errors);
  expect(e?.extensions?.code, context).toBe(code);
  if (typeof field === 'string') expect(e?.extensions?.field, context).toBe(field);
  if (field instanceof RegExp) expect(e?.extensions?.field, context).toMatch(field);
  if (reason) expect(e?.extensions?.reason, context).toBe(reason);
  if (params) expect(e?.extensions, context).toMatchObject(params);
  return e!;
}

/** The first error's code and field, for comparing refusals as one value. */
export function refusal(res: ErrorResult) {
  const e = res.errors?.[0];
  return { code: e?.extensions?.code as string | undefined, field: e?.extensions?.field as string | undefined };
}

/** Code, reason, message and field: everything a client can tell apart, for "same answer" checks. */
export function errorShape(res: ErrorResult) {
  const e = res.errors?.[0];
  return e
    ? { code: e.extensions?.code, reason: e.extensions?.reason, message: e.message, field: e.extensions?.field }
    : null;
}
