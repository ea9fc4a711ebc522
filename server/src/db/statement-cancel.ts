/**
 * A request's time budget reaches the statement it has in flight on PostgreSQL: when the budget
 * runs out, the backend running that statement is told to cancel it
 * (`pg_cancel_backend`), so a slow statement stops using the database instead of running on after
 * its answer left. SQLite needs nothing: its statements run on the event loop, nothing is in flight
 * while a timer can fire.
 *
 * Installed on every pooled connection (knex's `afterCreate`): the connection's `query` notes the
 * budget of the request it runs for (found through the request's async scope) and, while the
 * statement runs, listens for that budget's end. Transaction endings are never cancelled: a COMMIT
 * that has started is let finish, so a request answered with a failure has not half-committed.
 */

/** The budget of the request a statement runs for, if it runs for one. */
export type BudgetOfCurrentRequest = () => { readonly signal: AbortSignal; readonly timedOut: boolean } | undefined;

/** The parts of node-postgres' Client this relies on. */
interface PgConnection {
  processID?: number | null;
  connectionParameters: {
    user?: string;
    password?: unknown;
    host?: string;
    port?: number;
    database?: string;
    ssl?: unknown;
  };
  query: (...args: unknown[]) => unknown;
  /** knex's mark for a connection its pool must destroy instead of reusing. */
  __knex__disposed?: unknown;
}

interface PgClient {
  connect(): Promise<unknown>;
  query(sql: string, values: unknown[]): Promise<unknown>;
  end(): Promise<void>;
}

const TRANSACTION_END = /^\s*(commit|rollback|release savepoint)\b/i;

const textOf = (config: unknown) =>
  typeof config === 'string' ? config : ((config as { text?: unknown } | null)?.text ?? '');

/**
 * Asks PostgreSQL to cancel what `conn`'s backend is running, over a connection of its own with
 * the same parameters (the pool may be full, and a replica's backend lives on the replica).
 */
async function cancelBackend(conn: PgConnection): Promise<void> {
  const Client = conn.constructor as new (config: object) => PgClient;
  const p = conn.connectionParameters;
  const admin = new Client({
    user: p.user,
    password: p.password,
    host: p.host,
    port: p.port,
    database: p.database,
    ssl: p.ssl,
    application_name: 'tongxin-cancel',
  });
  try {
    await admin.connect();
    await admin.query('select pg_cancel_backend($1)', [conn.processID]);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

/** Makes `conn` cancel its statement when the budget of the request it runs for ends. */
export function cancelOnBudgetEnd(conn: PgConnection, budgetOf: BudgetOfCurrentRequest): void {
  const query = conn.query.bind(conn);
  conn.query = (...args: unknown[]) => {
    const budget = budgetOf();
    const signal = budget?.signal;
    const done = args.at(-1);
    if (!signal || signal.aborted || typeof done !== 'function' || TRANSACTION_END.test(String(textOf(args[0])))) {
      return query(...args);
    }
    const onEnd = () => {
      // Only when the time is up. A budget also ends when the answer has left with work still
      // running (a failed field's siblings); that work stops at its next resolver, and its
      // statement is let finish rather than costing the pool a connection.
      if (!budget?.timedOut) return;
      // The cancel lands a moment later, maybe after this statement finished: the connection is
      // never handed to another request, whose statement it could otherwise cancel.
      conn.__knex__disposed = new Error('statement cancelled: its request ran out of time');
      cancelBackend(conn).catch((e: unknown) => console.error('[tongxin] cancelling a statement failed', String(e)));
    };
    signal.addEventListener('abort', onEnd, { once: true });
    args[args.length - 1] = (...result: unknown[]) => {
      signal.removeEventListener('abort', onEnd);
      return (done as (...r: unknown[]) => unknown)(...result);
    };
    return query(...args);
  };
}
