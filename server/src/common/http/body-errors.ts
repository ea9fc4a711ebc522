import { ErrorCode } from '@tongxin/schema';
import type express from 'express';

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

const graphqlError = (message: string, extensions: Record<string, unknown>) => ({ errors: [{ message, extensions }] });

/**
 * The last error handler, in front of Express's own (an HTML page with the stack and file paths):
 * every failure outside GraphQL execution is answered as a GraphQL-shaped JSON error with a code.
 * A body that is not JSON is BAD_REQUEST, one over the limit PAYLOAD_TOO_LARGE; anything
 * unexpected is logged with the request id and answered with that id only.
 */
export function bodyErrorHandler(
  err: unknown,
  req: express.Request,
  res: express.Response,
  next: express.NextFunction,
) {
  if (res.headersSent) return next(err);
  const e = (err ?? {}) as HttpError;
  const status = e.status ?? e.statusCode ?? 500;
  if (e.type === 'entity.too.large' || status === 413) {
    res.status(413).json(graphqlError('The request body is too large', { code: ErrorCode.PAYLOAD_TOO_LARGE }));
    return;
  }
  // body-parser's client errors (malformed JSON, an unknown charset or encoding) say so with expose.
  if (status >= 400 && status < 500 && e.expose !== false) {
    const message = e.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : 'Malformed request';
    res.status(status).json(graphqlError(message, { code: ErrorCode.BAD_REQUEST }));
    return;
  }
  // The logger's `err` serializer (errorForLog) keeps the class, code and stack, not SQL values.
  req.log?.error({ err }, 'unexpected error');
  res
    .status(500)
    .json(graphqlError('Internal server error', { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: String(req.id) }));
}
