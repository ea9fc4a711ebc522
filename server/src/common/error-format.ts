import { OptimisticLockError, ValidationError as OrmValidationError } from '@mikro-orm/core';
import { ErrorCode } from '@tongxin/schema';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { DomainError } from './errors.js';

function firstConstraint(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const message = Object.values(e.constraints)[0] ?? 'invalid';
      return { field, message };
    }
    if (e.children?.length) {
      const nested = firstConstraint(e.children, field);
      if (nested) return nested;
    }
  }
  return null;
}

const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place errors become what a client sees. Only DomainErrors, input validation and
 * GraphQL's own request errors keep their message; anything else is logged and masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Resolver errors wrap the thrown error; duck-typed so it holds across module copies of graphql-js.
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}), ...original.extra },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const first = firstConstraint(original.extensions.validationErrors as unknown as ValidationError[]);
    return {
      ...base,
      message: first ? `${first.field}: ${first.message}` : 'Invalid input',
      extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: '记录已被他人修改，请刷新后重试 / The record was changed by someone else; reload and try again',
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  const code = formatted.extensions?.code;
  // Errors Apollo raises before execution (syntax, validation, bad variables) describe the request only.
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !(original instanceof OrmValidationError)) {
    const kept =
      code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' ? code : ErrorCode.BAD_USER_INPUT;
    return { ...base, message: formatted.message, extensions: { code: kept } };
  }
  console.error('[tongxin] unexpected error', error);
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
