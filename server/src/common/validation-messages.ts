import type { ErrorParams, ErrorReason, ReasonArgs } from '@tongxin/schema';
import type { ValidationOptions } from 'class-validator';
import { englishMessage } from './error-messages.js';

/**
 * Options for a class-validator decorator that refuse with a reason: the context carries the
 * reason and its parameters to `formatError`, the message is the English sentence.
 */
export function refuseWith<R extends ErrorReason>(reason: R, ...params: ReasonArgs<R>): ValidationOptions {
  const p = (params[0] ?? {}) as ErrorParams[R];
  return { message: englishMessage(reason, p), context: { reason, params: p } };
}
