import { AGENT_NAMESPACE, ClientToServerEvents, ServerToClientEvents } from '@switchboard/contracts';
import { io, Socket } from 'socket.io-client';

type AgentSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The agents' socket.io clients of a bench: each `call.ringing` is timed from when the bench said its ringing
 * frame left the PBX, on this process's clock.
 */
export class AgentPops {
  /** Latencies (ms) of the pops received since the last `reset`. */
  readonly samples: number[] = [];
  /** The same, by the tag that was current when each call rang. */
  private readonly tagged = new Map<string, number[]>();
  /** What the calls ringing from now on are counted under, besides `samples`. */
  tag = '';
  private readonly sentAt = new Map<string, { at: number; tag: string }>();
  private sockets: AgentSocket[] = [];

  static async connect(url: string, tokens: string[]): Promise<AgentPops> {
    const pops = new AgentPops();
    pops.sockets = await Promise.all(tokens.map((token) => pops.socket(url, token)));
    return pops;
  }

  get agents(): number {
    return this.sockets.length;
  }

  sent(callId: string): void {
    this.sentAt.set(callId, { at: performance.now(), tag: this.tag });
  }

  /** Starts a new run: no samples, and calls whose pop never came are forgotten. */
  reset(): void {
    this.samples.length = 0;
    this.tagged.clear();
    this.sentAt.clear();
  }

  sorted(tag?: string): number[] {
    return [...(tag === undefined ? this.samples : (this.tagged.get(tag) ?? []))].sort((a, b) => a - b);
  }

  close(): void {
    this.sockets.forEach((socket) => socket.disconnect());
  }

  private socket(url: string, token: string): Promise<AgentSocket> {
    return new Promise((resolve, reject) => {
      const socket: AgentSocket = io(`${url}${AGENT_NAMESPACE}`, {
        auth: { token },
        transports: ['websocket'],
      });
      socket.on('call.ringing', ({ callId }) => {
        const sent = this.sentAt.get(callId);
        if (sent === undefined) return;
        const latency = performance.now() - sent.at;
        this.samples.push(latency);
        const tagged = this.tagged.get(sent.tag);
        if (tagged) tagged.push(latency);
        else this.tagged.set(sent.tag, [latency]);
        this.sentAt.delete(callId);
      });
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }
}
