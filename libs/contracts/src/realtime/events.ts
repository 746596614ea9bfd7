import { AgentPresence } from '../agents/presence';
import {
  CallAnsweredPayload,
  CallEndedPayload,
  CallRingStoppedPayload,
  ScreenPop,
} from '../calls/screen-pop';
import { ClientImportStatus } from '../clients/import';

/** Socket.io namespace the agent console connects to. */
export const AGENT_NAMESPACE = '/agent';

export interface SessionRevokedPayload {
  reason: 'deactivated' | 'password-reset';
}

/** Events the server sends on the agent namespace; names read `domain.pastTense`. */
export interface ServerToClientEvents {
  'session.revoked': (payload: SessionRevokedPayload) => void;
  /** Progress of a client import, sent to the user who started it. */
  'clients.importProgressed': (payload: ClientImportStatus) => void;
  /** The screen-pop: only to the user whose phone rings, before they answer. */
  'call.ringing': (payload: ScreenPop) => void;
  'call.ringStopped': (payload: CallRingStoppedPayload) => void;
  'call.answered': (payload: CallAnsweredPayload) => void;
  /** Opens wrap-up on the console of whoever had the call. */
  'call.ended': (payload: CallEndedPayload) => void;
  /** An agent's phone, queues or pause changed: to the agent and to supervisors. */
  'agent.statusChanged': (payload: AgentPresence) => void;
}

/** Events a console sends; acknowledgements carry `ApiError` on failure. */
export interface ClientToServerEvents {
  /**
   * The console page is open in this tab, or no longer is (sent again on every reconnect): the demo PBX
   * rings only agents who are there, or who joined a queue.
   */
  'console.opened': () => void;
  'console.closed': () => void;
}

/** Handshake payload: the same bearer token the HTTP API takes. */
export interface AgentHandshakeAuth {
  token: string;
}
