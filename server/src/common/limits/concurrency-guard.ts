import { ErrorCode } from '@tongxin/schema';
import { DomainError } from '../errors.js';

export interface ConcurrencyLimits {
  /** Operations running at once on this instance. */
  perInstance: number;
  /** Operations running at once for one account (on this instance). */
  perAccount: number;
  /** How long an operation waits for a slot before it is refused; 0 refuses at once. */
  queueMs: number;
}

interface Waiter {
  key: string;
  grant: () => void;
}

export const serverBusy = (retryAfterSeconds: number) =>
  new DomainError(ErrorCode.RATE_LIMITED, 'SERVER_BUSY', undefined, { retryAfterSeconds });

/**
 * At most K expensive operations at a time, per instance and per account. An operation waits in
 * line (first come, first served) for up to `queueMs`, then is refused with RATE_LIMITED /
 * SERVER_BUSY and a retry-after. One guard serves every kind of expensive operation (the
 * dashboard, ledger files, later the roster import), so together they cannot take the instance.
 */
export class ConcurrencyGuard {
  private running = 0;
  private readonly byKey = new Map<string, number>();
  private readonly queue: Waiter[] = [];

  constructor(private readonly limits: ConcurrencyLimits) {}

  /** Runs `work` once a slot for `key` is free. */
  async run<T>(key: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(key, signal);
    try {
      return await work();
    } finally {
      this.release(key);
    }
  }

  /** How many are running now (for tests and metrics). */
  get active(): number {
    return this.running;
  }

  get retryAfterSeconds(): number {
    return Math.max(1, Math.ceil(this.limits.queueMs / 1000));
  }

  private free(key: string): boolean {
    return this.running < this.limits.perInstance && (this.byKey.get(key) ?? 0) < this.limits.perAccount;
  }

  private take(key: string) {
    this.running += 1;
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
  }

  private acquire(key: string, signal?: AbortSignal): Promise<void> {
    // Nobody jumps the line: a free slot goes to the first waiter that fits it.
    if (this.free(key) && !this.queue.some((w) => w.key === key)) {
      this.take(key);
      return Promise.resolve();
    }
    if (this.limits.queueMs <= 0) return Promise.reject(serverBusy(this.retryAfterSeconds));
    return new Promise<void>((resolve, reject) => {
      const leave = (error: Error) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
        reject(error);
      };
      const onAbort = () => leave(serverBusy(this.retryAfterSeconds));
      const timer = setTimeout(() => leave(serverBusy(this.retryAfterSeconds)), this.limits.queueMs);
      const waiter: Waiter = {
        key,
        grant: () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          this.take(key);
          resolve();
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private release(key: string) {
    this.running -= 1;
    const left = (this.byKey.get(key) ?? 1) - 1;
    if (left > 0) this.byKey.set(key, left);
    else this.byKey.delete(key);
    for (let i = 0; i < this.queue.length;) {
      const w = this.queue[i];
      if (!this.free(w.key)) {
        i += 1;
        continue;
      }
      this.queue.splice(i, 1);
      w.grant();
    }
  }
}
