import type { Response } from 'express';
import { DomainError } from './errors.js';

// Plain HTTP routes (file downloads and uploads) answer a refusal as GraphQL does: the code, the
// reason with its parameters and the field, so the portal translates both the same way.

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export const httpStatusOf = (e: DomainError) => STATUS[e.code] ?? 400;

export function errorBody(e: DomainError) {
  return { ...e.params, code: e.code, reason: e.reason, message: e.message, field: e.field ?? null };
}

/** A DomainError as its status and body; anything else as an opaque 500, logged here. */
export function sendError(res: Response, e: unknown, what: string) {
  if (e instanceof DomainError) {
    res.status(httpStatusOf(e)).json(errorBody(e));
    return;
  }
  console.error(`[tongxin] ${what} failed`, e);
  res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
}
