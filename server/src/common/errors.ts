import { ErrorCode } from '@tongxin/schema';

/**
 * A domain error: the only kind of error whose message reaches a client. Services throw these;
 * `formatError` maps them to GraphQL errors in one place, everything else becomes an opaque
 * INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const unauthenticated = (message = '请先登录 / Please log in') =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = '无权执行此操作 / Not allowed', extra?: Record<string, unknown>) =>
  new DomainError(ErrorCode.FORBIDDEN, message, undefined, extra);
export const notFound = (what: string) => new DomainError(ErrorCode.NOT_FOUND, `${what} 不存在 / ${what} not found`);
export const badInput = (field: string, message: string, extra?: Record<string, unknown>) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, field, extra);
export const conflict = (
  message = '记录已被他人修改，请刷新后重试 / The record was changed by someone else; reload and try again',
) => new DomainError(ErrorCode.CONFLICT, message);
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RATE_LIMITED, '尝试次数过多，请稍后再试 / Too many attempts, try again later', undefined, {
    retryAfterSeconds,
  });
