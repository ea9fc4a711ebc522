import { LIMITS } from '@tongxin/schema';
import { MaxLength, MinLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context.js';
import { ForAccount } from '../../common/decisions.js';
import { changePassword } from './change-password.service.js';
import { Me } from './me.type.js';

@ArgsType()
class ChangePasswordArgs {
  @Field()
  @MinLength(1)
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  // The policy (12–128 characters, not common, not the username or badge) is the service's, so
  // each rule has its own reason.
  @Field()
  @MinLength(1)
  @MaxLength(LIMITS.passwordMax)
  newPassword!: string;
}

@Resolver()
export class PasswordResolver {
  @ForAccount()
  @Mutation(() => Me, {
    description:
      '修改密码: 12–128 characters, not among the 10,000 most common passwords, not containing the username or badge number. ' +
      'Ends every session of the account and sets a new session cookie. Errors: BAD_USER_INPUT currentPassword WRONG_PASSWORD; ' +
      'newPassword PASSWORD_UNCHANGED, PASSWORD_TOO_SHORT {min}, PASSWORD_TOO_LONG {max}, PASSWORD_TOO_COMMON, ' +
      'PASSWORD_CONTAINS_IDENTITY; RATE_LIMITED after repeated wrong current passwords',
  })
  changePassword(@Args() { currentPassword, newPassword }: ChangePasswordArgs, @Ctx() ctx: AppContext): Promise<Me> {
    return changePassword(ctx, currentPassword, newPassword);
  }
}
