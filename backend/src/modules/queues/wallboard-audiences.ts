import { createHash } from 'node:crypto';
import { SupervisorScope } from '../teams/supervisor-scope';

export const WALLBOARD_ROOM_PREFIX = 'wallboard:';

export interface Audience {
  room: string;
  scope: SupervisorScope;
}

/**
 * The distinct scopes of the open wallboards, each with its room: supervisors of the same teams share one,
 * so each batch of changes is filtered and encoded once per scope, not once per socket.
 */
export class WallboardAudiences {
  private readonly byKey = new Map<string, Audience>();

  /** The room of wallboards with this scope, kept from now on. */
  join(scope: SupervisorScope): string {
    const key = keyOf(scope);
    let audience = this.byKey.get(key);
    if (!audience) {
      audience = { room: `${WALLBOARD_ROOM_PREFIX}${key}`, scope };
      this.byKey.set(key, audience);
    }
    return audience.room;
  }

  all(): Iterable<Audience> {
    return this.byKey.values();
  }
}

function keyOf(scope: SupervisorScope): string {
  if (scope.all) return 'all';
  const text = `${[...scope.queues].sort().join(',')}|${[...scope.agentIds].sort().join(',')}`;
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}
