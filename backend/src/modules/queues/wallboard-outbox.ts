import { AgentBoardRow, QueueCallerLeftPayload, QueueStats, WaitingCaller } from '@switchboard/contracts';
import { RealtimePublisher } from '../../core/realtime/realtime.publisher';
import { WallboardAudiences } from './wallboard-audiences';

/** How long changes gather before they go out: well under the 50 ms a supervisor may wait for one. */
const GATHER_MS = 20;

/**
 * Changes on their way to the wallboards: gathered for a moment, then sent as one `wallboard.changed` per
 * audience, holding just what that audience's scope may see (an agent's latest row only).
 */
export class WallboardOutbox {
  private queues = new Map<string, QueueStats>();
  private joined: WaitingCaller[] = [];
  private left: QueueCallerLeftPayload[] = [];
  private agents = new Map<string, AgentBoardRow>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly audiences: WallboardAudiences,
    private readonly publisher: RealtimePublisher,
  ) {}

  queueStats(stats: QueueStats): void {
    this.queues.set(stats.queue, stats);
    this.schedule();
  }

  callerJoined(caller: WaitingCaller): void {
    this.joined.push(caller);
    this.schedule();
  }

  callerLeft(left: QueueCallerLeftPayload): void {
    this.left.push(left);
    this.schedule();
  }

  agentRow(row: AgentBoardRow): void {
    this.agents.set(row.userId, row);
    this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), GATHER_MS);
  }

  private flush(): void {
    this.timer = null;
    const queues = [...this.queues.values()];
    const [joined, left, agents] = [this.joined, this.left, [...this.agents.values()]];
    this.queues = new Map();
    this.joined = [];
    this.left = [];
    this.agents = new Map();
    for (const { room, scope } of this.audiences.all()) {
      const seen = (queue: string) => scope.all || scope.queues.has(queue);
      const changes = {
        queues: queues.filter((stats) => seen(stats.queue)),
        callersJoined: joined.filter((caller) => seen(caller.queue)),
        callersLeft: left.filter((caller) => seen(caller.queue)),
        agents: agents.filter((row) => scope.all || scope.agentIds.has(row.userId)),
      };
      const empty = Object.values(changes).every((list) => list.length === 0);
      if (!empty) this.publisher.toRooms([room], 'wallboard.changed', changes);
    }
  }
}
