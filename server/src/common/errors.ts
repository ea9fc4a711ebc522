import { ErrorCode, type ErrorParams, type ErrorReason, type ReasonArgs } from '@tongxin/schema';
import { englishMessage } from './error-messages.js';

/**
 * A domain error: the only kind of error whose message reaches a client. Services throw these;
 * `formatError` maps them to GraphQL errors in one place, everything else becomes an opaque
 * INTERNAL_SERVER_ERROR. The reason (and its parameters) is what the portal translates; the
 * message is one English sentence for API users.
 */
export class DomainError<R extends ErrorReason = ErrorReason> extends Error {
  readonly params: ErrorParams[R];
  constructor(
    readonly code: ErrorCode,
    readonly reason: R,
    readonly field?: string,
    ...params: ReasonArgs<R>
  ) {
    const p = (params[0] ?? {}) as ErrorParams[R];
    super(englishMessage(reason, p));
    this.params = p;
  }
}

export const unauthenticated = <R extends ErrorReason = 'NOT_LOGGED_IN'>(
  reason = 'NOT_LOGGED_IN' as R,
  ...params: ReasonArgs<R>
) => new DomainError(ErrorCode.UNAUTHENTICATED, reason, undefined, ...params);
export const forbidden = <R extends ErrorReason = 'NOT_ALLOWED'>(
  reason = 'NOT_ALLOWED' as R,
  ...params: ReasonArgs<R>
) => new DomainError(ErrorCode.FORBIDDEN, reason, undefined, ...params);
export const notFound = <R extends ErrorReason>(reason: R, ...params: ReasonArgs<R>) =>
  new DomainError(ErrorCode.NOT_FOUND, reason, undefined, ...params);
export const badInput = <R extends ErrorReason>(field: string, reason: R, ...params: ReasonArgs<R>) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, reason, field, ...params);
export const conflict = <R extends ErrorReason = 'STALE_VERSION'>(
  reason = 'STALE_VERSION' as R,
  ...params: ReasonArgs<R>
) => new DomainError(ErrorCode.CONFLICT, reason, undefined, ...params);
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RATE_LIMITED, 'RATE_LIMITED', undefined, { retryAfterSeconds });
