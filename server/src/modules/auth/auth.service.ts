import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { createMongoAbility } from '@casl/ability';
import { packRules } from '@casl/ability/extra';
import { type AppAbility, LIMITS, type Viewer, defineAbilityFor, effectiveRoles } from '@tongxin/schema';
import type { AppConfig } from '../../config/config.js';
import { addDays } from '../../common/clock.js';
import type { Clock } from '../../common/clock.js';
import { badInput, unauthenticated } from '../../common/errors.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { LoginThrottler } from './login-throttle.js';
import { Me } from './me.type.js';
import { verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { mayLogIn, viewerOf } from './viewer.js';
import { findSession } from './viewer.repository.js';

export const SESSION_COOKIE = 'tongxin_session';
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const LOGIN_FAILED = 'login.failed';

export interface ResolvedViewer {
  viewer: Viewer | null;
  session: { id: number; tokenHash: string } | null;
  ability: AppAbility;
}

export const anonymous = (): ResolvedViewer => ({
  viewer: null,
  session: null,
  ability: createMongoAbility() as AppAbility,
});

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks the password and opens a session with a new token (a session the request came with is
   * closed: a token is never reused across logins). A wrong password and an unknown user get the
   * same answer at the same cost (an unknown user is verified against a dummy hash); attempts are
   * throttled in the database before the password is verified (see LoginThrottler).
   */
  async login(
    username: string,
    password: string,
    userAgent: string | null,
    ip: string | null,
    previousTokenHash: string | null = null,
  ) {
    const name = username.trim().toLowerCase();
    // Also refused by the argument's validation; checked again so no caller reaches SQL with it.
    if (name.length > LIMITS.usernameMax) throw badInput('username', 'TOO_LONG', { max: LIMITS.usernameMax });
    const now = this.clock.now();
    const address = (ip ?? 'unknown').slice(0, 64);
    const repo = new LoginThrottleRepository(this.em);
    const throttler = new LoginThrottler(repo, this.config);

    const officer = await this.em.findOne(Officer, { username: name }, { populate: ['passwordHash'] });
    const admission = await throttler.admit(name, address, officer, now);
    const ok = await verifyPassword(officer?.passwordHash, password);
    if (!officer || !ok || !mayLogIn(officer)) {
      // An unknown username is still shown in an audit log: the install's bureau when it has one.
      const bureauId = officer ? officer.bureau.id : await repo.soleBureauId();
      const event = this.em.create(AuditEvent, {
        bureau: bureauId === null ? null : this.em.getReference(Bureau, bureauId),
        actor: officer ?? null,
        action: LOGIN_FAILED,
        subjectType: 'Session',
        subjectId: name,
        detail: { ip },
        createdAt: now,
      });
      await this.em.persistAndFlush(event);
      throw unauthenticated('WRONG_CREDENTIALS');
    }
    await throttler.succeeded(admission, officer, address, now);
    if (previousTokenHash) await this.em.nativeDelete(Session, { tokenHash: previousTokenHash });

    const token = randomBytes(16).toString('base64url'); // 128 bits
    const session = this.em.create(Session, {
      tokenHash: hashToken(token),
      officer,
      lastSeenAt: now,
      absoluteExpiresAt: addDays(now, this.config.sessionAbsoluteHours / 24),
      userAgent: userAgent?.slice(0, 200) ?? null,
    });
    this.em.persist(session);
    audit(
      this.em,
      { officerId: officer.id, bureauId: officer.bureau.id },
      { action: 'login', subjectType: 'Session', detail: { ip } },
    );
    await this.em.flush();
    return { token, officer, expiresAt: session.absoluteExpiresAt };
  }

  async logout(tokenHash: string) {
    await this.em.nativeDelete(Session, { tokenHash });
  }

  /** The viewer of a request from its session cookie; an expired session is deleted. */
  async resolve(token: string | undefined): Promise<ResolvedViewer> {
    if (!token || token.length > 64) return anonymous();
    const tokenHash = hashToken(token);
    // Plain rows, not entities: read on every request, never changed through them.
    const session = await findSession(this.em, tokenHash);
    if (!session) return anonymous();
    const now = this.clock.now();
    const idleLimit = new Date(session.lastSeenAt.getTime() + this.config.sessionIdleMinutes * 60_000);
    if (now > idleLimit || now > session.absoluteExpiresAt || !mayLogIn(session.officer)) {
      await this.em.nativeDelete(Session, { id: session.id });
      return anonymous();
    }
    // Touch at most once a minute: an idle timeout needs no write per request.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await this.em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    }
    const viewer = viewerOf(session.officer, session.links);
    return { viewer, session: { id: session.id, tokenHash }, ability: defineAbilityFor(viewer) };
  }
}

/** The viewer as `me` shows them: their officer, roles, units and packed rules. */
export async function describeViewer(em: EntityManager, viewer: Viewer, officer: Officer): Promise<Me> {
  const [branch, bureau] = await Promise.all([
    em.findOneOrFail(Branch, viewer.branchId),
    em.findOneOrFail(Bureau, viewer.bureauId),
  ]);
  const me = new Me();
  me.id = officer.id;
  me.username = officer.username ?? '';
  me.officer = officer;
  me.roles = effectiveRoles(viewer);
  me.mustChangePassword = viewer.mustChangePassword === true;
  me.branch = branch;
  me.bureau = bureau;
  me.abilityRules = packRules(defineAbilityFor(viewer).rules);
  return me;
}
