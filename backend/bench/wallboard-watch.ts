import { AGENT_NAMESPACE, ClientToServerEvents, ServerToClientEvents } from '@switchboard/contracts';
import { io, Socket } from 'socket.io-client';

type SupervisorSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Latency samples in milliseconds, from a call's first frame to what each wallboard saw of it. */
export interface WallboardSamples {
  callerJoined: number[];
  agentRinging: number[];
  statsUpdated: number[];
}

/**
 * Supervisors' wallboards in the load process: each opens the wallboard and, for every call the load marks
 * as sent, notes when its waiting caller, its ringing agent and the next figures of the queue arrived.
 */
export class WallboardWatch {
  private sockets: SupervisorSocket[] = [];
  private readonly sentAt = new Map<string, number>();
  /** `<socket>:<call>` of the rings each wallboard already saw: a later row of the same ring is no sample. */
  private readonly rang = new Set<string>();
  /** Per socket, the calls sent since its last figures arrived. */
  private awaitingStats: number[][] = [];
  readonly samples: WallboardSamples = { callerJoined: [], agentRinging: [], statsUpdated: [] };

  async open(url: string, tokens: string[]): Promise<void> {
    this.sockets = await Promise.all(tokens.map((token, index) => this.connect(url, token, index)));
    this.awaitingStats = this.sockets.map(() => []);
    await Promise.all(this.sockets.map((socket) => socket.timeout(10_000).emitWithAck('wallboard.opened')));
  }

  sent(callId: string): void {
    const now = performance.now();
    this.sentAt.set(callId, now);
    this.awaitingStats.forEach((pending) => pending.push(now));
  }

  reset(): void {
    this.sentAt.clear();
    this.rang.clear();
    this.awaitingStats.forEach((pending) => (pending.length = 0));
    Object.values(this.samples).forEach((samples: number[]) => (samples.length = 0));
  }

  close(): void {
    this.sockets.forEach((socket) => socket.disconnect());
  }

  private connect(url: string, token: string, index: number): Promise<SupervisorSocket> {
    return new Promise((resolve, reject) => {
      const socket: SupervisorSocket = io(`${url}${AGENT_NAMESPACE}`, {
        auth: { token },
        transports: ['websocket'],
      });
      socket.on('wallboard.changed', ({ callersJoined, agents, queues }) => {
        callersJoined.forEach(({ callId }) => this.sample('callerJoined', callId));
        for (const { state, call } of agents)
          if (state === 'ringing' && call) this.sample('agentRinging', call.callId);
        if (queues.length > 0) this.statsArrived(index);
      });
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  private statsArrived(index: number): void {
    const now = performance.now();
    const pending = this.awaitingStats[index] ?? [];
    pending.forEach((sent) => this.samples.statsUpdated.push(now - sent));
    pending.length = 0;
  }

  private sample(kind: 'callerJoined' | 'agentRinging', callId: string): void {
    const sent = this.sentAt.get(callId);
    if (sent !== undefined) this.samples[kind].push(performance.now() - sent);
  }
}
