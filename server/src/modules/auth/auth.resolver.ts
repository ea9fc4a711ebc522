import { defineAbilityFor, LIMITS } from '@tongxin/schema';
import { MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { ForAccount, Public } from '../../common/decisions.js';
import { unauthenticated } from '../../common/errors.js';
import { audit } from '../audit/audit.service.js';
import { Officer } from '../officers/officer.entity.js';
import { AuthService, SESSION_COOKIE, describeViewer } from './auth.service.js';
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

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => Me, { nullable: true, description: 'The logged-in viewer, or null' })
  async me(@Ctx() ctx: AppContext): Promise<Me | null> {
    if (!ctx.viewer) return null;
    const officer = await ctx.em.findOneOrFail(Officer, ctx.viewer.officerId);
    return describeViewer(ctx.em, ctx.viewer, officer);
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
      ctx.session?.tokenHash ?? null,
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
    return describeViewer(ctx.em, viewer, officer);
  }

  @ForAccount()
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
