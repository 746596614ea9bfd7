import { BeforeApplicationShutdown, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { AGENT_NAMESPACE } from '@switchboard/contracts';
import { authenticateHandshake } from '../auth/handshake-authentication';
import { SessionAuthenticator } from '../auth/session-authenticator';
import { AgentNamespace, AgentSocket, SUPERVISORS_ROOM, userRoom } from './agent-socket';
import { ConsoleAttendance } from './console-attendance';
import { RealtimeTarget, RoomTarget } from './realtime-target';

/**
 * The agent console's socket.io namespace: authenticated handshakes only; each socket joins its
 * user's room, supervisors' and admins' also theirs. Published events reach the rooms through it. Consoles
 * say when their page opens and closes, for the demo PBX's choice of whom to ring.
 */
@WebSocketGateway({ namespace: AGENT_NAMESPACE })
export class AgentGateway
  extends RealtimeTarget
  implements
    OnGatewayInit<AgentNamespace>,
    OnGatewayConnection<AgentSocket>,
    OnGatewayDisconnect<AgentSocket>,
    BeforeApplicationShutdown
{
  private readonly logger = new Logger(AgentGateway.name);
  private namespace?: AgentNamespace;

  constructor(
    private readonly authenticator: SessionAuthenticator,
    private readonly attendance: ConsoleAttendance,
  ) {
    super();
  }

  afterInit(namespace: AgentNamespace): void {
    this.namespace = namespace;
    namespace.use(authenticateHandshake(this.authenticator));
  }

  async handleConnection(socket: AgentSocket): Promise<void> {
    const { user } = socket.data;
    await socket.join(user.role === 'operator' ? [userRoom(user.id)] : [userRoom(user.id), SUPERVISORS_ROOM]);
    this.logger.debug({ userId: user.id }, 'Agent socket connected');
  }

  handleDisconnect(socket: AgentSocket): void {
    this.attendance.closed(socket.data.user.id, socket.id);
  }

  @SubscribeMessage('console.opened')
  consoleOpened(@ConnectedSocket() socket: AgentSocket): void {
    this.attendance.opened(socket.data.user.id, socket.id);
  }

  @SubscribeMessage('console.closed')
  consoleClosed(@ConnectedSocket() socket: AgentSocket): void {
    this.attendance.closed(socket.data.user.id, socket.id);
  }

  /**
   * This instance's own sockets only (`local`): one API instance holds the consoles and the AMI link, and
   * sending every pop through Redis too would add a publish, and here the decoding of its own echo, to
   * the hot path for nobody. The Redis adapter still brings in what the worker publishes.
   */
  room(name: string | string[]): RoomTarget {
    // Users saved while the application boots (the first admin) come before the namespace exists, and
    // work finishing during shutdown after it: its Redis adapter is about to lose its clients.
    return this.namespace?.local.to(name) ?? NO_SOCKETS;
  }

  beforeApplicationShutdown(): void {
    this.namespace = undefined;
  }
}

const NO_SOCKETS: RoomTarget = {
  emit: () => false,
  socketsJoin: () => undefined,
  socketsLeave: () => undefined,
  disconnectSockets: () => undefined,
};
