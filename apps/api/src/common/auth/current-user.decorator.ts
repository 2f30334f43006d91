import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../graphql/context';

/** The signed-in user; the AuthGuard has already refused anonymous calls. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const user = GqlExecutionContext.create(context).getContext<RequestContext>().user;
  if (!user) throw AppError.unauthenticated();
  return user;
});

/** The whole GraphQL request context. */
export const Ctx = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<RequestContext>(),
);
