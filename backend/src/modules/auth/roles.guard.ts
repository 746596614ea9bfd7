import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UserRole } from '@switchboard/contracts';
import { Request } from 'express';
import { REQUIRED_ROLES } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { ForbiddenError } from '../../core/http/domain-error';

/** Global guard after authentication: enforces @Roles() on the handler or its controller. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!roles) return true;
    const { user } = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    if (user && roles.includes(user.role)) return true;
    throw new ForbiddenError();
  }
}
