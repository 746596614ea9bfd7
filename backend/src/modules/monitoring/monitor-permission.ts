import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';

/** Who may monitor whose calls. */
export interface MonitorPermission {
  canSupervise(user: AuthenticatedUser, agentId: string): Promise<boolean>;
}

/**
 * The MonitorPermission in use. The teams module's SupervisorScopeService (only supervisors of the agent's
 * team) is bound here when it lands; until then RoleMonitorPermission is.
 */
export const MONITOR_PERMISSION = Symbol('MONITOR_PERMISSION');

/** Without teams: every admin and supervisor may monitor every agent. */
@Injectable()
export class RoleMonitorPermission implements MonitorPermission {
  async canSupervise(user: AuthenticatedUser): Promise<boolean> {
    return user.role === 'admin' || user.role === 'supervisor';
  }
}
