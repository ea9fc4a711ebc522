import { BigIntType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One login throttle counter (an account, a client address, or an account at one of its known
 * addresses). Kept in the database so every server instance counts the same attempts; times are
 * epoch milliseconds so one atomic upsert can do its arithmetic in SQLite and PostgreSQL alike
 * (see login-throttle.repository.ts).
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  /** `account:<username>`, `address:<ip>` or `pair:<username>|<ip>`. */
  @PrimaryKey({ length: 160 })
  key!: string;

  /** Attempts counted since the key was last forgotten (a failure, or one being verified). */
  @Property()
  attempts: number & Opt = 0;

  @Property({ type: new BigIntType('number') })
  lastAttemptAt!: number;

  /** No attempt is let through before this instant (0: none pending). */
  @Property({ type: new BigIntType('number') })
  blockedUntil: number & Opt = 0;

  /** The current back-off; doubles with each attempt admitted past the limit. */
  @Property({ type: new BigIntType('number') })
  backoffMs: number & Opt = 0;
}
