import { ClientToServerEvents, ServerToClientEvents } from '@switchboard/contracts';
import { Namespace, Socket } from 'socket.io';
import { AuthenticatedUser } from '../auth/authenticated-user';

export interface AgentSocketData {
  user: AuthenticatedUser;
}

export type AgentNamespace = Namespace<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  AgentSocketData
>;
export type AgentSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  AgentSocketData
>;

export const userRoom = (userId: string) => `user:${userId}`;

/** Supervisors and admins: live agent and queue state goes here. */
export const SUPERVISORS_ROOM = 'supervisors';
