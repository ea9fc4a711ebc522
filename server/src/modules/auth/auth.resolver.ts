import { packRules } from '@casl/ability/extra';
import { defineAbilityFor, effectiveRoles, LIMITS, type Viewer } from '@tongxin/schema';
import { MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { ForViewer, Public } from '../../common/decisions.js';
import { unauthenticated } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import { AuthService, SESSION_COOKIE } from './auth.service.js';
import { Me } from './me.type.js';
import { buildViewer } from './viewer.js';

@ArgsType()
class LoginArgs {
  @Field()
  @MinLength(1)
  @MaxLength(LIMITS.usernameMax)
  username!: string;

  @Field()
  @MinLength(1)
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}

async function toMe(ctx: AppContext, viewer: Viewer, officer: Officer): Promise<Me> {
  const [branch, bureau] = await Promise.all([
    ctx.em.findOneOrFail(Branch, viewer.branchId),
    ctx.em.findOneOrFail(Bureau, viewer.bureauId),
  ]);
  const me = new Me();
  me.id = officer.id;
  me.username = officer.username ?? '';
  me.officer = officer;
  me.roles = effectiveRoles(viewer);
  me.branch = branch;
  me.bureau = bureau;
  me.abilityRules = packRules(defineAbilityFor(viewer).rules);
  return me;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => Me, { nullable: true, description: 'The logged-in viewer, or null' })
  async me(@Ctx() ctx: AppContext): Promise<Me | null> {
    if (!ctx.viewer) return null;
    const officer = await ctx.em.findOneOrFail(Officer, ctx.viewer.officerId);
    return toMe(ctx, ctx.viewer, officer);
  }

  @Public()
  @Mutation(() => Me, { description: 'Opens a session (HttpOnly cookie)' })
  async login(@Args() { username, password }: LoginArgs, @Ctx() ctx: AppContext): Promise<Me> {
    const service = new AuthService(ctx.em, ctx.config, ctx.clock);
    const { token, officer, expiresAt } = await service.login(
      username,
      password,
      ctx.req.get('user-agent') ?? null,
      ctx.req.ip ?? null,
    );
    ctx.res.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.cookieSecure || ctx.req.secure,
      path: '/',
      expires: expiresAt,
    });
    const viewer = await buildViewer(ctx.em, officer);
    // The rest of this request sees the new viewer (e.g. fields of the returned Me).
    ctx.viewer = viewer;
    ctx.ability = defineAbilityFor(viewer);
    return toMe(ctx, viewer, officer);
  }

  @ForViewer()
  @Mutation(() => Boolean, { description: 'Closes the current session' })
  async logout(@Ctx() ctx: AppContext): Promise<boolean> {
    if (!ctx.session || !ctx.viewer) throw unauthenticated();
    await new AuthService(ctx.em, ctx.config, ctx.clock).logout(ctx.session.tokenHash);
    audit(ctx.em, ctx.viewer, { action: 'logout', subjectType: 'Session' });
    await ctx.em.flush();
    ctx.res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.cookieSecure || ctx.req.secure,
    });
    return true;
  }
}
