import type { AppConfig } from '../../config/config.js';
import { addDays } from '../../common/clock.js';
import { rateLimited } from '../../common/errors.js';
import type { Officer } from '../officers/officer.entity.js';
import type { BackoffPolicy, LoginThrottleRepository } from './login-throttle.repository.js';

/** A successful login from an address makes it the account's known address for this long. */
const KNOWN_ADDRESS_DAYS = 90;

/** The counters one login attempt was admitted on, settled once the password is checked. */
export interface Admission {
  keys: { key: string; onSuccess: 'forget' | 'refund' }[];
}

/**
 * Login throttling (OWASP's authentication guidance: back-off, not lock-out).
 *
 * Every attempt is counted before its password is verified, in the database and atomically (see
 * LoginThrottleRepository.admit), so that of any number of concurrent attempts at most the limit
 * are verified, whichever server instance they reach. Counters:
 * - `address:<ip>`: attempts from one client address on any usernames (LOGIN_ADDRESS_ATTEMPTS_PER_WINDOW);
 * - `account:<username>`: attempts on one username from addresses it has not logged in from
 *   (LOGIN_ATTEMPTS_PER_WINDOW), unknown usernames included;
 * - `pair:<username>|<ip>`: attempts on one username from an address it logged in from
 *   successfully in the last 90 days (the same limit). This one replaces both others: an attack
 *   on the account from elsewhere, or from other accounts behind the same address (a station's
 *   NAT), does not stop the owner from their usual address.
 * Past its limit a counter does not lock: the attempt that reaches the limit starts a wait of
 * LOGIN_BACKOFF_FIRST_SECONDS (1 s), and each attempt admitted after a wait doubles it, up to
 * LOGIN_BACKOFF_MAX_SECONDS; attempts during a wait are refused with RATE_LIMITED
 * with the seconds left and are not counted. A counter quiet for LOGIN_WINDOW_SECONDS after its
 * back-off ended is forgotten. A success forgets the account's counter (`account` or `pair`) and
 * takes back its own attempt from the address counter.
 */
export class LoginThrottler {
  constructor(
    private readonly repo: LoginThrottleRepository,
    private readonly config: AppConfig,
  ) {}

  private policy(limit: number): BackoffPolicy {
    return {
      limit,
      windowMs: this.config.loginWindowSeconds * 1000,
      baseMs: this.config.loginBackoffFirstSeconds * 1000,
      maxMs: Math.max(this.config.loginBackoffFirstSeconds, this.config.loginBackoffMaxSeconds) * 1000,
    };
  }

  /** Counts the attempt, or throws RATE_LIMITED without counting it when a counter is in back-off. */
  async admit(username: string, address: string, officer: Officer | null, now: Date): Promise<Admission> {
    const since = addDays(now, -KNOWN_ADDRESS_DAYS);
    const known = officer ? await this.repo.isKnownAddress(officer, address, since) : false;
    const steps: { key: string; limit: number; onSuccess: 'forget' | 'refund' }[] = known
      ? [{ key: `pair:${username}|${address}`, limit: this.config.loginAttemptsPerWindow, onSuccess: 'forget' }]
      : [
          { key: `address:${address}`, limit: this.config.loginAddressAttemptsPerWindow, onSuccess: 'refund' },
          { key: `account:${username}`, limit: this.config.loginAttemptsPerWindow, onSuccess: 'forget' },
        ];
    const admitted: Admission = { keys: [] };
    for (const step of steps) {
      const attempts = await this.repo.admit(step.key, this.policy(step.limit), now.getTime());
      if (attempts === null) {
        // A refused attempt is not verified, so it is not counted on the counters before this one either.
        for (const { key } of admitted.keys) await this.repo.refund(key);
        const waitMs = await this.repo.waitMs(step.key, now.getTime());
        throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
      }
      admitted.keys.push({ key: step.key, onSuccess: step.onSuccess });
    }
    return admitted;
  }

  async succeeded(admission: Admission, officer: Officer, address: string, now: Date): Promise<void> {
    for (const { key, onSuccess } of admission.keys) {
      await (onSuccess === 'forget' ? this.repo.forget(key) : this.repo.refund(key));
    }
    await this.repo.rememberAddress(officer, address, now);
  }
}
