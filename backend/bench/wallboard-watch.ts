import { AGENT_NAMESPACE, ClientToServerEvents, ServerToClientEvents } from '@switchboard/contracts';
import { io, Socket } from 'socket.io-client';

type SupervisorSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Latency samples in milliseconds, from a call's first frame to what each wallboard saw of it. */
export interface WallboardSamples {
  callerJoined: number[];
  agentRinging: number[];
  statsUpdated: number[];
}

/** A clock two processes on one machine share. */
export const sharedNow = () => performance.timeOrigin + performance.now();

/**
 * Supervisors' wallboards: each opens the wallboard and notes, for every call, when its waiting caller, its
 * ringing agent and the next figures of its queue arrived. Runs in a process of its own (wallboard-load.ts),
 * as real supervisors' browsers would, so their parsing does not delay the agents' pops being timed; when a
 * call was sent comes from the load process, sometimes after what the wallboard saw of it.
 */
export class WallboardWatch {
  private sockets: SupervisorSocket[] = [];
  private readonly sentAt = new Map<string, number>();
  /** `<kind>:<socket>:<call>` → when the wallboard first saw it, until the call's sending time is known. */
  private readonly seen = new Map<string, number>();
  /** Per socket, when queue figures arrived. */
  private statsArrivals: number[][] = [];
  readonly samples: WallboardSamples = { callerJoined: [], agentRinging: [], statsUpdated: [] };

  async open(url: string, tokens: string[]): Promise<void> {
    this.sockets = await Promise.all(tokens.map((token, index) => this.connect(url, token, index)));
    this.statsArrivals = this.sockets.map(() => []);
    await Promise.all(this.sockets.map((socket) => socket.timeout(10_000).emitWithAck('wallboard.opened')));
  }

  sent(callId: string, at: number): void {
    this.sentAt.set(callId, at);
    this.sockets.forEach((_, index) => {
      for (const kind of ['callerJoined', 'agentRinging'] as const) this.match(kind, index, callId);
    });
  }

  /** Figures count for each call sent before them: the first figures each wallboard got after it. */
  settleStats(): void {
    const sent = [...this.sentAt.values()].sort((a, b) => a - b);
    this.statsArrivals.forEach((arrivals) => {
      let next = 0;
      for (const at of sent) {
        while (next < arrivals.length && arrivals[next] < at) next++;
        if (next < arrivals.length) this.samples.statsUpdated.push(arrivals[next] - at);
      }
    });
  }

  reset(): void {
    this.sentAt.clear();
    this.seen.clear();
    this.statsArrivals.forEach((arrivals) => (arrivals.length = 0));
    Object.values(this.samples).forEach((samples: number[]) => (samples.length = 0));
  }

  /** The supervisors close their wallboards (the sockets stay), or open them again. */
  async watch(open: boolean): Promise<void> {
    if (!open) this.sockets.forEach((socket) => socket.emit('wallboard.closed'));
    else
      await Promise.all(this.sockets.map((socket) => socket.timeout(10_000).emitWithAck('wallboard.opened')));
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
        const now = sharedNow();
        callersJoined.forEach(({ callId }) => this.saw('callerJoined', index, callId, now));
        for (const { state, call } of agents)
          if (state === 'ringing' && call) this.saw('agentRinging', index, call.callId, now);
        if (queues.length > 0) this.statsArrivals[index]?.push(now);
      });
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  private saw(kind: 'callerJoined' | 'agentRinging', index: number, callId: string, at: number): void {
    const key = `${kind}:${index}:${callId}`;
    if (this.seen.has(key)) return;
    this.seen.set(key, at);
    this.match(kind, index, callId);
  }

  private match(kind: 'callerJoined' | 'agentRinging', index: number, callId: string): void {
    const key = `${kind}:${index}:${callId}`;
    const seen = this.seen.get(key);
    const sent = this.sentAt.get(callId);
    if (seen === undefined || sent === undefined || seen < 0) return;
    this.samples[kind].push(seen - sent);
    this.seen.set(key, -1);
  }
}
