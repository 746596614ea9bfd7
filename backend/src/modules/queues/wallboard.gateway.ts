import { Logger } from '@nestjs/common';
import { ConnectedSocket, SubscribeMessage, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { AGENT_NAMESPACE, ApiError, WallboardSnapshot } from '@switchboard/contracts';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { TeamsChangedEvent } from '../../core/events/domain-events';
import { AgentNamespace, AgentSocket, userRoom } from '../../core/realtime/agent-socket';
import { SupervisorScopeService } from '../teams/supervisor-scope.service';
import { QueueWallboard } from './queue-wallboard.service';
import { WALLBOARD_ROOM_PREFIX } from './wallboard-audiences';

const FORBIDDEN: ApiError = { code: 'FORBIDDEN', message: 'Only supervisors and admins see the wallboard' };

/**
 * The wallboard's side of the agent namespace (the handshake is authenticated there): a supervisor's or
 * admin's socket that opens the wallboard gets a snapshot of what their teams may see and joins the room of
 * wallboards with that scope; when their teams change it leaves it and is told to open again.
 */
@WebSocketGateway({ namespace: AGENT_NAMESPACE })
export class WallboardGateway {
  private readonly logger = new Logger(WallboardGateway.name);
  @WebSocketServer() private readonly namespace?: AgentNamespace;

  constructor(
    private readonly wallboard: QueueWallboard,
    private readonly scopes: SupervisorScopeService,
  ) {}

  @SubscribeMessage('wallboard.opened')
  async opened(@ConnectedSocket() socket: AgentSocket): Promise<WallboardSnapshot | ApiError> {
    const { user } = socket.data;
    if (user.role === 'operator') return FORBIDDEN;
    const scope = await this.scopes.scopeOf(user);
    leaveWallboard(socket);
    await socket.join(this.wallboard.roomFor(scope));
    this.logger.debug({ userId: user.id }, 'Wallboard opened');
    return this.wallboard.snapshot(scope);
  }

  @SubscribeMessage('wallboard.closed')
  closed(@ConnectedSocket() socket: AgentSocket): void {
    leaveWallboard(socket);
  }

  @OnDomainEvent('teams.changed', { promisify: true })
  async teamsChanged({ userIds }: TeamsChangedEvent): Promise<void> {
    if (!this.namespace || userIds.length === 0) return;
    const sockets = await this.namespace.in(userIds.map(userRoom)).fetchSockets();
    for (const socket of sockets) {
      const rooms = [...socket.rooms].filter((room) => room.startsWith(WALLBOARD_ROOM_PREFIX));
      if (rooms.length === 0) continue;
      rooms.forEach((room) => socket.leave(room));
      socket.emit('wallboard.scopeChanged');
    }
  }
}

function leaveWallboard(socket: AgentSocket): void {
  for (const room of socket.rooms) if (room.startsWith(WALLBOARD_ROOM_PREFIX)) void socket.leave(room);
}
