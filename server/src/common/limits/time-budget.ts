import { ErrorCode } from '@tongxin/schema';
import { DomainError } from '../errors.js';

/**
 * The time one request may take. When it runs out (or the client goes away) its signal aborts:
 * the field middleware refuses every resolver that has not started, `race` answers a query at
 * once with REQUEST_TIMEOUT instead of waiting for work in flight, and long loops (a ledger
 * file's rows) call `check()` and stop. On PostgreSQL the statement the request has in flight is
 * cancelled as well (db/statement-cancel.ts); nothing after it runs.
 */
export class RequestBudget {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly deadline: number;

  constructor(readonly ms: number) {
    this.deadline = performance.now() + ms;
    this.timer = setTimeout(() => this.abort(), ms);
    // A pending budget must not keep a stopping process alive.
    this.timer.unref();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** True once the time is up, even when the timer has not had its turn yet (a busy event loop). */
  get expired(): boolean {
    if (!this.controller.signal.aborted && performance.now() >= this.deadline) this.abort();
    return this.controller.signal.aborted;
  }

  /** The time is up (not merely stopped because the answer left or the client went away). */
  get timedOut(): boolean {
    return performance.now() >= this.deadline;
  }

  refusal(): DomainError<'REQUEST_TIMEOUT'> {
    return new DomainError(ErrorCode.REQUEST_TIMEOUT, 'REQUEST_TIMEOUT', undefined, {
      seconds: Math.round(this.ms / 100) / 10,
    });
  }

  /** Throws REQUEST_TIMEOUT when the time is up. */
  check(): void {
    if (this.expired) throw this.refusal();
  }

  /** `work`'s result, or REQUEST_TIMEOUT as soon as the time is up, whichever comes first. */
  race<T>(work: Promise<T>): Promise<T> {
    this.check();
    const signal = this.controller.signal;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(this.refusal());
      signal.addEventListener('abort', onAbort, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  /** Stops the request's work now (time is up, or nobody is waiting for the answer any more). */
  abort(): void {
    clearTimeout(this.timer);
    if (!this.controller.signal.aborted) this.controller.abort();
  }

  /** The request is answered: no timer left behind. */
  dispose(): void {
    clearTimeout(this.timer);
  }
}
