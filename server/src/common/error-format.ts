import { OptimisticLockError, ValidationError as OrmValidationError } from '@mikro-orm/core';
import { ErrorCode, type ErrorReason, isErrorReason } from '@tongxin/schema';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { englishMessage } from './error-messages.js';
import { DomainError } from './errors.js';
import { errorForLog } from './http/error-for-log.js';
import { currentRequest } from './http/request-scope.js';

interface Refusal {
  field: string;
  message: string;
  reason: ErrorReason;
  params: Record<string, unknown>;
}

// Reasons of the common constraints a decorator states without `refuseWith`, from its arguments.
const CONSTRAINT_REASONS: Record<string, (args: unknown[]) => Pick<Refusal, 'reason' | 'params'>> = {
  maxLength: ([max]) => ({ reason: 'TOO_LONG', params: { max } }),
  arrayMaxSize: ([max]) => ({ reason: 'TOO_MANY_ITEMS', params: { max } }),
  minLength: () => ({ reason: 'REQUIRED', params: {} }),
  isNotEmpty: () => ({ reason: 'REQUIRED', params: {} }),
};

/** Why the constraint `name` on `e.property` failed: the decorator's `refuseWith` context, else its kind. */
function reasonOf(e: ValidationError, name: string): Pick<Refusal, 'reason' | 'params'> {
  const context = e.contexts?.[name] as { reason?: unknown; params?: unknown } | undefined;
  if (isErrorReason(context?.reason)) {
    return { reason: context.reason, params: (context.params ?? {}) as Record<string, unknown> };
  }
  const known = CONSTRAINT_REASONS[name];
  const target = e.target?.constructor;
  if (!known || !target) return { reason: 'INVALID_INPUT', params: {} };
  const meta = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === e.property && m.name === name);
  return known(meta?.constraints ?? []);
}

/** The first failed constraint of the input, with the field it names. */
function firstConstraint(errors: ValidationError[], prefix = ''): Refusal | null {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints) {
      const [name = '', message = 'invalid'] = Object.entries(e.constraints)[0] ?? [];
      return { field, message, ...reasonOf(e, name) };
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
      extensions: {
        ...original.params,
        code: original.code,
        reason: original.reason,
        ...(original.field ? { field: original.field } : {}),
      },
    };
  }
  if (original instanceof ArgumentValidationError) {
    const first = firstConstraint(original.extensions.validationErrors as unknown as ValidationError[]);
    return {
      ...base,
      message: first ? `${first.field}: ${first.message}` : 'Invalid input',
      extensions: {
        ...first?.params,
        code: ErrorCode.BAD_USER_INPUT,
        reason: first?.reason ?? 'INVALID_INPUT',
        field: first?.field,
      },
    };
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: englishMessage('STALE_VERSION', {}),
      extensions: { code: ErrorCode.CONFLICT, reason: 'STALE_VERSION' },
    };
  }
  const code = formatted.extensions?.code;
  // Errors Apollo raises before execution (syntax, validation, bad variables) describe the request only.
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code) && !(original instanceof OrmValidationError)) {
    const kept =
      code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' ? code : ErrorCode.BAD_USER_INPUT;
    return { ...base, message: formatted.message, extensions: { code: kept } };
  }
  // The log keeps the details under the request's id; the client gets the id, to quote when reporting it.
  const request = currentRequest();
  if (request) request.log.error({ err: error }, 'unexpected error');
  else console.error('[tongxin] unexpected error', errorForLog(error));
  return {
    ...base,
    message: 'Internal server error',
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(request ? { requestId: request.id } : {}) },
  };
}
