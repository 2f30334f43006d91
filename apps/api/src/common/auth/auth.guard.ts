import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Role } from '@shuraka/domain';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../graphql/context';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

/**
 * Deny by default: a resolver runs only when it is marked @Public() or declares its roles
 * (@Roles / @AnySignedIn) and the signed-in user has one of them. Field resolvers of object
 * types inherit from the query that reached them and are not checked here.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const info = GqlExecutionContext.create(context).getInfo<{ parentType: { name: string } }>();
    if (!['Query', 'Mutation'].includes(info.parentType.name)) return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!ctx.user) throw AppError.unauthenticated(ctx.authProblem ?? 'Sign in first');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw AppError.forbidden('This operation declares no roles');
    if (!roles.includes(ctx.user.role)) throw AppError.forbidden();
    return true;
  }
}
