import { AgentPresence } from '../agents/presence';
import {
  CallAnsweredPayload,
  CallEndedPayload,
  CallRingStoppedPayload,
  ScreenPop,
} from '../calls/screen-pop';
import { ClientImportStatus } from '../clients/import';
import { ApiError } from '../errors/api-error';
import { AgentMonitoredPayload } from '../supervisor/monitoring';
import { WallboardChanges, WallboardSnapshot } from '../supervisor/wallboard';

/** Socket.io namespace the agent console connects to. */
export const AGENT_NAMESPACE = '/agent';

export interface SurveyResultsChangedPayload {
  surveyId: string;
  campaignId: string;
}

export interface SessionRevokedPayload {
  /** `signed-out`: an admin signed the user out everywhere, or the user did from another browser. */
  reason: 'deactivated' | 'password-reset' | 'signed-out';
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
  /** The wallboard's deltas, to supervisors and admins who opened it, for the queues and agents they may see. */
  'wallboard.changed': (payload: WallboardChanges) => void;
  /** The supervisor's teams changed: what they may see did too, so the wallboard opens again. */
  'wallboard.scopeChanged': () => void;
  /** To an agent a supervisor started or stopped monitoring, when agents are told. */
  'monitor.started': (payload: AgentMonitoredPayload) => void;
  'monitor.ended': (payload: AgentMonitoredPayload) => void;
  /** A client answered a survey question (or an attempt ended): to supervisors and admins, so results refresh. */
  'survey.resultsChanged': (payload: SurveyResultsChangedPayload) => void;
}

/** Events a console sends; acknowledgements carry `ApiError` on failure. */
export interface ClientToServerEvents {
  /**
   * The console page is open in this tab, or no longer is (sent again on every reconnect): the demo PBX
   * rings only agents who are there, or who joined a queue.
   */
  'console.opened': () => void;
  'console.closed': () => void;
  /** The wallboard page opened (again, after a reconnect): the answer is a snapshot, deltas follow. */
  'wallboard.opened': (ack: (reply: WallboardSnapshot | ApiError) => void) => void;
  'wallboard.closed': () => void;
}

/** Handshake payload: the same bearer token the HTTP API takes. */
export interface AgentHandshakeAuth {
  token: string;
}
