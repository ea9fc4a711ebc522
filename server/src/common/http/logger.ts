import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { LogLevel } from '../../config/config.js';
import { errorForLog } from './error-for-log.js';

export type { Logger } from 'pino';

export const REQUEST_ID_HEADER = 'x-request-id';

// Belt and braces: the serializers below log no header, body or query string at all, so these
// paths only catch a secret someone passes to a log call by hand.
const REDACT = [
  'password',
  'token',
  'cookie',
  'variables',
  '*.password',
  '*.token',
  '*.cookie',
  '*.variables',
  '*.headers.cookie',
  '*.headers.authorization',
  '*.headers["set-cookie"]',
];

/** The JSON logger of one server process: one line per event on stdout. */
export function createLogger(level: LogLevel, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'tongxin' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT, censor: '[redacted]' },
      serializers: { err: errorForLog },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

// An id a proxy gave the request (nginx's $request_id) is kept, so its log and ours line up;
// anything else is replaced, so a client cannot write arbitrary text into the logs.
const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface RequestLocals {
  viewerId?: number;
  operationName?: string;
}

/**
 * One line per request with its id (also sent as `X-Request-Id`), method, path, status, time and,
 * once the session is resolved, the viewer's id. Never headers, bodies or query strings: that is
 * where cookies, passwords and the confidential texts travel.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    // Every line logged for a request, by pino-http or through req.log, carries `reqId`.
    quietReqLogger: true,
    wrapSerializers: false,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers[REQUEST_ID_HEADER];
      const id = typeof given === 'string' && SAFE_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: IncomingMessage & { id?: unknown; originalUrl?: string; ip?: string }) => ({
        method: req.method,
        path: (req.originalUrl ?? req.url ?? '').split('?')[0],
        ip: req.ip,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      err: errorForLog,
    },
    customProps: (_req, res) => {
      const locals = (res as ServerResponse & { locals?: RequestLocals }).locals ?? {};
      const props: Record<string, unknown> = {};
      if (locals.viewerId !== undefined) props.viewerId = locals.viewerId;
      if (locals.operationName) props.operation = locals.operationName;
      return props;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    // Probes every few seconds would drown the requests that matter.
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
  });
}
