import { Injectable } from '@nestjs/common';
import { PbxEventTiming } from '@switchboard/telephony';
import { Histogram, Registry } from 'prom-client';
import { LATENCY_BUCKETS } from './metrics-registry';

/**
 * The screen-pop's stages, each named for the point where it ends: the AMI frame read until the call
 * tracker has its event (`call_tracker`), until the pop is built (`pop_built`: the event bus, the call's
 * queue and the database look-ups), until it is handed to the agent's sockets (`socket_emitted`).
 */
export const POP_STAGES = ['call_tracker', 'pop_built', 'socket_emitted'] as const;
export type PopStage = (typeof POP_STAGES)[number];

/** Seconds spent in each stage; `builtAt` and `emittedAt` are `performance.now()` readings like `timing`. */
export function popStageSeconds(
  timing: PbxEventTiming,
  builtAt: number,
  emittedAt: number,
): Record<PopStage, number> {
  return {
    call_tracker: (timing.normalizedAt - timing.frameReadAt) / 1000,
    pop_built: (builtAt - timing.normalizedAt) / 1000,
    socket_emitted: (emittedAt - builtAt) / 1000,
  };
}

/** Where a pop's milliseconds go, from the PBX's first byte to the agent's socket. */
@Injectable()
export class PopMetrics {
  private readonly stages: Histogram<'stage'>;
  private readonly total: Histogram;

  constructor(registry: Registry) {
    this.stages = new Histogram({
      name: 'switchboard_screen_pop_stage_seconds',
      help: 'Time of each screen-pop stage: call_tracker (AMI frame read to call event), pop_built, socket_emitted',
      labelNames: ['stage'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    this.total = new Histogram({
      name: 'switchboard_screen_pop_seconds',
      help: 'Time from reading the AMI frame of a ringing agent to handing the pop to their sockets',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }

  /** A pop went out for a PBX event that carried its timing. */
  popped(timing: PbxEventTiming, builtAt: number, emittedAt: number): void {
    const seconds = popStageSeconds(timing, builtAt, emittedAt);
    for (const stage of POP_STAGES) this.stages.observe({ stage }, seconds[stage]);
    this.total.observe((emittedAt - timing.frameReadAt) / 1000);
  }
}
