import type { EntityManager } from '@mikro-orm/core';
import type { Officer } from '../officers/officer.entity.js';
import { LoginAddress } from './login-address.entity.js';

export interface BackoffPolicy {
  /** Attempts admitted before back-off starts. */
  limit: number;
  /** A key quiet for this long after its last back-off ends is forgotten. */
  windowMs: number;
  /** The first back-off; each attempt admitted after it doubles it, up to maxMs. */
  baseMs: number;
  maxMs: number;
}

const int = (n: number) => {
  if (!Number.isSafeInteger(n)) throw new Error(`not an integer: ${n}`);
  return String(n);
};

/**
 * The login throttle's SQL. Counting is one atomic `INSERT … ON CONFLICT … DO UPDATE … WHERE …
 * RETURNING` on SQLite and PostgreSQL alike: the database decides, row-locked, whether this attempt
 * is admitted and counts it in the same statement, so concurrent attempts (from any number of
 * server instances) never all read the same old count. Numbers are computed here and written as
 * literals (checked integers); only the key is a bound parameter.
 */
export class LoginThrottleRepository {
  constructor(private readonly em: EntityManager) {}

  /** Counts an attempt on `key` if it is not in back-off; the attempts so far, or null when refused. */
  async admit(key: string, p: BackoffPolicy, nowMs: number): Promise<number | null> {
    const t = 'login_throttle';
    const now = int(nowMs);
    // The key's attempts after this one: 1 again once it has been quiet for a window after its back-off.
    const next = `(case when ${t}.last_attempt_at + ${t}.backoff_ms + ${int(p.windowMs)} < ${now} then 1 else ${t}.attempts + 1 end)`;
    const doubled = `${t}.backoff_ms * 2`;
    const backoff =
      `(case when ${next} < ${int(p.limit)} then 0 when ${next} = ${int(p.limit)} or ${doubled} < ${int(p.baseMs)} then ${int(p.baseMs)}` +
      ` when ${doubled} > ${int(p.maxMs)} then ${int(p.maxMs)} else ${doubled} end)`;
    const firstBackoff = p.limit <= 1 ? p.baseMs : 0;
    const sql =
      `insert into ${t} ("key", attempts, last_attempt_at, blocked_until, backoff_ms)` +
      ` values (?, 1, ${now}, ${int(firstBackoff ? nowMs + firstBackoff : 0)}, ${int(firstBackoff)})` +
      ` on conflict ("key") do update set attempts = ${next}, last_attempt_at = ${now}, backoff_ms = ${backoff},` +
      ` blocked_until = (case when ${backoff} = 0 then 0 else ${now} + ${backoff} end)` +
      ` where ${t}.blocked_until <= ${now}` +
      ` returning attempts`;
    const rows = await this.em.getConnection('write').execute<{ attempts: number | string }[]>(sql, [key], 'all');
    return rows.length ? Number(rows[0].attempts) : null;
  }

  /** Milliseconds until `key` admits an attempt again. */
  async waitMs(key: string, nowMs: number): Promise<number> {
    const rows = await this.em
      .getConnection('write')
      .execute<{ blocked_until: number | string }[]>(
        `select blocked_until from login_throttle where "key" = ?`,
        [key],
        'all',
      );
    return rows.length ? Math.max(0, Number(rows[0].blocked_until) - nowMs) : 0;
  }

  /** Takes back one attempt that turned out to be a success (the back-off it may have started stays). */
  async refund(key: string): Promise<void> {
    await this.em
      .getConnection('write')
      .execute(`update login_throttle set attempts = attempts - 1 where "key" = ? and attempts > 0`, [key], 'run');
  }

  async forget(key: string): Promise<void> {
    await this.em.getConnection('write').execute(`delete from login_throttle where "key" = ?`, [key], 'run');
  }

  /** Whether the account logged in successfully from this address since `since`. */
  async isKnownAddress(officer: Officer, address: string, since: Date): Promise<boolean> {
    return (await this.em.count(LoginAddress, { officer, address, lastSuccessAt: { $gt: since } })) > 0;
  }

  async rememberAddress(officer: Officer, address: string, at: Date): Promise<void> {
    await this.em.upsert(
      LoginAddress,
      { officer, address, lastSuccessAt: at, createdAt: at, updatedAt: at },
      { onConflictFields: ['officer', 'address'], onConflictMergeFields: ['lastSuccessAt', 'updatedAt'] },
    );
  }

  /** The bureau failed logins for unknown usernames belong to: the only one, if there is only one. */
  async soleBureauId(): Promise<number | null> {
    const rows = await this.em
      .getConnection('write')
      .execute<{ id: number }[]>('select id from bureau limit 2', [], 'all');
    return rows.length === 1 ? Number(rows[0].id) : null;
  }
}
