import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { addDays } from '../../common/clock.js';
import type { AppContext } from '../../common/context.js';
import type { Officer } from '../officers/officer.entity.js';
import { Session } from './session.entity.js';

// Sessions opened and ended outside login/logout: a password change issues a fresh token, and the
// sysadmin's changes to an account (disable, reset, roles, leaving the force) end its sessions.
// login() keeps its own copy of the opening so its throttling can change without touching these.

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Ends every session of an officer but `keepTokenHash`; returns how many were ended. */
export function endSessions(em: EntityManager, officerId: number, keepTokenHash?: string): Promise<number> {
  return em.nativeDelete(Session, {
    officer: officerId,
    ...(keepTokenHash ? { tokenHash: { $ne: keepTokenHash } } : {}),
  });
}

/** Opens a session for the officer (written by the caller's flush) and returns its token. */
export function openSession(ctx: AppContext, em: EntityManager, officer: Officer) {
  const token = randomBytes(16).toString('base64url'); // 128 bits
  const now = ctx.clock.now();
  const session = em.create(Session, {
    tokenHash: hashToken(token),
    officer,
    lastSeenAt: now,
    absoluteExpiresAt: addDays(now, ctx.config.sessionAbsoluteHours / 24),
    userAgent: ctx.req.get('user-agent')?.slice(0, 200) ?? null,
  });
  return { token, session };
}

/** The session cookie's attributes, as login sets them. */
export const sessionCookieOptions = (ctx: AppContext, expires: Date) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: ctx.config.cookieSecure || ctx.req.secure,
  path: '/',
  expires,
});
