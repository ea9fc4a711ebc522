import { defineAbilityFor } from '@tongxin/schema';
import { requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { badInput, rateLimited } from '../../common/errors.js';
import { inTransaction } from '../../common/transaction.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { SESSION_COOKIE, describeViewer } from './auth.service.js';
import type { Me } from './me.type.js';
import { hashPassword, verifyPassword } from './password.js';
import { checkPasswordPolicy } from './password-policy.js';
import { endSessions, openSession, sessionCookieOptions } from './sessions.js';
import { buildViewer } from './viewer.js';

const FAILED = 'changePassword.failed';

/**
 * 修改密码, for every account (and the only thing an account with a one-time password may do).
 * The current password is asked again, so a session left open is not enough to take the account
 * over; wrong guesses are counted like failed logins. On success every session of the account ends,
 * this one included, and a new one is opened and set as the cookie.
 */
export async function changePassword(ctx: AppContext, current: string, next: string): Promise<Me> {
  const viewer = requireViewer(ctx);
  const em = ctx.em;
  const since = new Date(ctx.clock.now().getTime() - ctx.config.loginWindowSeconds * 1000);
  const failures = await em.count(AuditEvent, { action: FAILED, actor: viewer.officerId, createdAt: { $gt: since } });
  if (failures >= ctx.config.loginAttemptsPerWindow) throw rateLimited(ctx.config.loginWindowSeconds);

  const officer = await em.findOneOrFail(Officer, viewer.officerId, { populate: ['passwordHash'] });
  if (!(await verifyPassword(officer.passwordHash, current))) {
    // Written outside the failed request's unit of work, so the count holds.
    audit(em, viewer, { action: FAILED, subjectType: 'Account', subjectId: officer.id });
    await em.flush();
    throw badInput('currentPassword', 'WRONG_PASSWORD');
  }
  if (next === current) throw badInput('newPassword', 'PASSWORD_UNCHANGED');
  await checkPasswordPolicy('newPassword', next, officer);
  const hash = await hashPassword(next);

  const session = await inTransaction(ctx, async (tx) => {
    const fresh = await tx.findOneOrFail(Officer, officer.id);
    const wasOneTime = fresh.mustChangePassword;
    fresh.passwordHash = hash;
    fresh.mustChangePassword = false;
    fresh.passwordChangedAt = ctx.clock.now();
    const ended = await endSessions(tx, fresh.id);
    const opened = openSession(ctx, tx, fresh);
    // Never the password or its hash: only that it changed.
    audit(tx, viewer, {
      action: 'changePassword',
      subjectType: 'Account',
      subjectId: fresh.id,
      detail: {
        before: { mustChangePassword: wasOneTime },
        after: { mustChangePassword: false },
        sessionsEnded: ended,
      },
    });
    await tx.flush();
    return opened;
  });
  ctx.res.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(ctx, session.session.absoluteExpiresAt));
  ctx.em.clear();
  const reloaded = await ctx.em.findOneOrFail(Officer, officer.id);
  const nextViewer = await buildViewer(ctx.em, reloaded);
  ctx.viewer = nextViewer;
  ctx.ability = defineAbilityFor(nextViewer);
  ctx.session = { id: session.session.id, tokenHash: session.session.tokenHash };
  return describeViewer(ctx.em, nextViewer, reloaded);
}
