import { AsyncLocalStorage } from 'node:async_hooks';
import type express from 'express';
import type { Logger } from 'pino';
import type { RequestLimits } from '../limits/request-limits.js';

export interface RequestScope {
  id: string;
  log: Logger;
  /**
   * The request's limits, once its context is built: the database layer cancels the request's
   * statement in flight when its budget ends (db/statement-cancel.ts).
   */
  limits?: RequestLimits;
}

const storage = new AsyncLocalStorage<RequestScope>();

/**
 * The request being served, for code the request is not handed to (Apollo's formatError): an
 * unexpected error is logged with the request's id, and the client gets that id only.
 */
export const currentRequest = (): RequestScope | undefined => storage.getStore();

/**
 * Mount after the body parser: a stream's callbacks run outside the context a middleware
 * entered, so a scope opened before parsing would be lost by the time Apollo runs.
 */
export function requestScope(req: express.Request, _res: express.Response, next: express.NextFunction) {
  storage.run({ id: String(req.id), log: req.log }, next);
}
