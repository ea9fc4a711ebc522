import { OptimisticLockError, ValidationError as OrmValidationError } from '@mikro-orm/core';
import { ErrorCode, type ErrorReason, isErrorReason } from '@tongxin/schema';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { englishMessage } from './error-messages.js';
import { DomainError } from './errors.js';
import { tokenLimitRefusal } from './limits/query-limits.js';
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

// Node's socket errors and PostgreSQL's connection-class SQLSTATEs: 08xxx (connection exception),
// 57P01–57P03 (admin or crash shutdown, cannot connect now), 53300 (too many connections).
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EAI_AGAIN',
]);
const CONNECTION_SQLSTATE = /^(08...|57P0[123]|53300)$/;
// What the driver and knex say when a connection died under a request, besides a code: pg's
// "Connection terminated", a client that is "not queryable" any more, knex's transaction whose
// connection was lost ("Transaction query already complete") and a pool that could not hand out a
// connection in time (every connection being replaced at once).
const CONNECTION_MESSAGE = new RegExp(
  [
    'Connection terminated',
    'connection (is )?closed',
    'Client has encountered a connection error',
    'Client was closed and is not queryable',
    'timeout exceeded when trying to connect',
    'the database system is (shutting down|starting up)',
    'Transaction query already complete',
    'Knex: Timeout acquiring a connection',
    'Unable to acquire a connection',
  ].join('|'),
  'i',
);

/**
 * The database could not be reached or dropped the connection: the request may succeed in a
 * moment, so it is SERVICE_UNAVAILABLE (HTTP 503), not an internal error. MikroORM wraps the
 * driver's error; its cause chain is followed.
 */
export function isConnectionFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message, name } = e as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'ConnectionException') return true;
    if (typeof code === 'string' && (CONNECTION_ERRNOS.has(code) || CONNECTION_SQLSTATE.test(code))) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGE.test(message)) return true;
    e = (e as { cause?: unknown; previous?: unknown }).cause ?? (e as { previous?: unknown }).previous;
  }
  return false;
}

/**
 * PostgreSQL cancelled the statement (57014): the request ran out of its time budget and
 * db/statement-cancel.ts cancelled what it had in flight.
 */
export function isCancelledStatement(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if ((e as { code?: unknown }).code === '57014') return true;
    e = (e as { cause?: unknown; previous?: unknown }).cause ?? (e as { previous?: unknown }).previous;
  }
  return false;
}

/**
 * For errors raised before execution (building the request's context reads the session): a
 * connection failure there is answered with HTTP 503 and SERVICE_UNAVAILABLE, anything else as is.
 */
export function outageAs503(error: unknown): never {
  if (!isConnectionFailure(error)) throw error;
  throw new GraphQLError('Service unavailable', {
    originalError: error instanceof Error ? error : undefined,
    extensions: { http: { status: 503 } },
  });
}

/** REQUEST_TIMEOUT for a statement the request's budget cancelled, with the budget it had. */
const timeoutRefusal = () =>
  currentRequest()?.limits?.budget.refusal() ??
  new DomainError(ErrorCode.REQUEST_TIMEOUT, 'REQUEST_TIMEOUT', undefined, { seconds: 0 });

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
  const refusal =
    original instanceof DomainError
      ? original
      : formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED'
        ? tokenLimitRefusal(formatted.message)
        : isCancelledStatement(original)
          ? timeoutRefusal()
          : null;

  if (refusal) {
    return {
      ...base,
      message: refusal.message,
      extensions: {
        ...refusal.params,
        code: refusal.code,
        reason: refusal.reason,
        ...(refusal.field ? { field: refusal.field } : {}),
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
  if (isConnectionFailure(original)) {
    return {
      ...base,
      message: englishMessage('SERVICE_UNAVAILABLE', {}),
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'SERVICE_UNAVAILABLE' },
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
