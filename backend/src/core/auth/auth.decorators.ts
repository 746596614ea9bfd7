import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { UserRole } from '@switchboard/contracts';
import { Request } from 'express';
import { AuthenticatedUser } from './authenticated-user';

export const PUBLIC_ROUTE = 'auth:public';
export const REQUIRED_ROLES = 'auth:roles';

/** Marks a route that needs no bearer token (only login). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Restricts a route or controller to these roles. */
export const Roles = (...roles: UserRole[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The user the bearer token belongs to, set by the authentication guard. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>();
  return request.user;
});
