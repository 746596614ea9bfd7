import { Logger } from '@nestjs/common';
import { OnGatewayConnection, OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { AGENT_NAMESPACE, AgentHandshakeAuth } from '@switchboard/contracts';
import { AccessTokens } from '../../modules/auth/access-tokens.service';
import { AgentNamespace, AgentSocket, SUPERVISORS_ROOM, userRoom } from './agent-socket';

/**
 * The agent console's socket.io namespace. A handshake without a valid bearer token is refused
 * before the connection opens; each socket joins its user's room, supervisors' and admins' also theirs.
 */
@WebSocketGateway({ namespace: AGENT_NAMESPACE })
export class AgentGateway implements OnGatewayInit<AgentNamespace>, OnGatewayConnection<AgentSocket> {
  private readonly logger = new Logger(AgentGateway.name);

  @WebSocketServer()
  namespace!: AgentNamespace; // assigned by Nest before any handler runs

  constructor(private readonly tokens: AccessTokens) {}

  afterInit(namespace: AgentNamespace): void {
    namespace.use((socket, next) => {
      const { token } = (socket.handshake.auth ?? {}) as Partial<AgentHandshakeAuth>;
      this.tokens
        .authenticate(token)
        .then((user) => {
          socket.data.user = user;
          next();
        })
        .catch((error: Error) =>
          next(Object.assign(new Error(error.message), { data: { code: 'UNAUTHENTICATED' } })),
        );
    });
  }

  async handleConnection(socket: AgentSocket): Promise<void> {
    const { user } = socket.data;
    await socket.join(user.role === 'operator' ? [userRoom(user.id)] : [userRoom(user.id), SUPERVISORS_ROOM]);
    this.logger.debug({ userId: user.id }, 'Agent socket connected');
  }
}
