/**
 * An error as the logs keep it: its class, code and call stack, and its message only when the
 * message cannot hold data. A database error's message starts with the SQL statement and its
 * values (a visit's confidential notes, say), so only the driver's own sentence is kept.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const e = error as Error & {
    code?: unknown;
    sqlState?: unknown;
    sqlMessage?: unknown;
    originalError?: unknown;
    path?: unknown;
  };
  const fromDriver = typeof e.sqlState === 'string' || typeof e.sqlMessage === 'string' || /Exception$/.test(e.name);
  const message = fromDriver
    ? typeof e.sqlMessage === 'string'
      ? e.sqlMessage
      : e.message.replace(/^[\s\S]* - /, '')
    : e.message;
  const out: Record<string, unknown> = {
    type: e.name,
    message: message.slice(0, 500),
    // The first line of a stack repeats the message: keep only the frames.
    stack: (e.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n'),
  };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (Array.isArray(e.path)) out.path = e.path.join('.');
  // A GraphQL error wraps what the resolver threw: that is the one worth reading.
  if (e.originalError && e.originalError !== error) out.cause = errorForLog(e.originalError);
  return out;
}
