import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../../common/auth/auth-user';
import { Ctx, CurrentUser } from '../../common/auth/current-user.decorator';
import { AnySignedIn, Public } from '../../common/auth/roles.decorator';
import type { RequestContext } from '../../common/graphql/context';
import { FIELD_COST } from '../../common/graphql/field-costs';
import { AppError } from '../../common/errors/app-error';
import { toUserType, UserType } from '../users/user.type';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { AuthPayload, LoginInput } from './dto/login.input';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => AuthPayload, { description: 'Signs in; also sets an httpOnly session cookie for the portal', complexity: FIELD_COST.login })
  @Public()
  async login(@Args('input') input: LoginInput, @Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const { accessToken, user } = await this.auth.login(input, ctx.req, ctx.res);
    return { accessToken, user: toUserType(user) };
  }

  @Mutation(() => Boolean, { description: 'Clears the session cookie and revokes every token issued to the signed-in user' })
  @Public()
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(ctx.user, ctx.res);
    return true;
  }

  @Query(() => UserType, { description: 'The signed-in user' })
  @AnySignedIn()
  async me(@CurrentUser() user: AuthUser): Promise<UserType> {
    const entity = await this.users.findActive(user.id);
    if (!entity) throw AppError.unauthenticated();
    return toUserType(entity);
  }
}
