import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { ApiError, QueueSettings, WallboardSnapshot } from '@switchboard/contracts';

import { RealtimeService } from '../../core/realtime/realtime.service';
import {
  BoardState,
  EMPTY_BOARD,
  applyChanges,
  applyQueueSettings,
  boardFromSnapshot,
} from './board/board-state';

const TOPIC = 'wallboard';

export type BoardStatus = 'loading' | 'ready' | 'failed';

function isApiError(reply: WallboardSnapshot | ApiError): reply is ApiError {
  return 'code' in reply;
}

/**
 * The live state behind the wallboard and the agent board: the snapshot `wallboard.opened` answers (again
 * after every reconnect and scope change), then the deltas. Open while it lives: provide it in the
 * component that holds both screens.
 */
@Injectable()
export class SupervisorStore {
  private readonly realtime = inject(RealtimeService);
  private readonly state = signal<BoardState>(EMPTY_BOARD);
  /** Server time minus this browser's, from the last snapshot: waits tick by the server's clock. */
  private skew = 0;
  private readonly clock = signal(Date.now());

  readonly status = signal<BoardStatus>('loading');
  /** The server's refusal, when the snapshot was refused. */
  readonly failure = signal<ApiError | null>(null);
  readonly queues = computed(() => this.state().queues);
  readonly waiting = computed(() => this.state().waiting);
  readonly agents = computed(() => this.state().agents);
  /** Now, by the server's clock, ticking every second. */
  readonly now = this.clock.asReadonly();

  constructor() {
    const realtime = this.realtime;
    const stops = [
      realtime.on('wallboard.changed', (changes) =>
        this.state.update((state) => applyChanges(state, changes)),
      ),
      realtime.on('wallboard.scopeChanged', () => this.open()),
    ];
    const timer = setInterval(() => this.tick(), 1000);
    this.open();
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      stops.forEach((stop) => stop());
      this.realtime.tell(TOPIC, 'wallboard.closed');
    });
  }

  /** After an admin saved a queue's settings, before its next figures arrive. */
  settingsSaved(settings: QueueSettings): void {
    this.state.update((state) => applyQueueSettings(state, settings));
  }

  private open(): void {
    this.realtime.ask(TOPIC, 'wallboard.opened', (reply) => this.received(reply));
  }

  private received(reply: WallboardSnapshot | ApiError): void {
    if (isApiError(reply)) {
      this.failure.set(reply);
      this.status.set('failed');
      return;
    }
    const skew = Date.parse(reply.at) - Date.now();
    this.skew = Number.isNaN(skew) ? 0 : skew;
    this.tick();
    this.state.set(boardFromSnapshot(reply));
    this.failure.set(null);
    this.status.set('ready');
  }

  private tick(): void {
    this.clock.set(Date.now() + this.skew);
  }
}
