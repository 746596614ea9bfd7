import { amiFrame } from '../asterisk-ami/ami-frame';
import { AmiMessage } from '../asterisk-ami/ami-parser';
import { ActionRefusal, ScriptedAmiServer } from './scripted-ami-server';
import { SyntheticCall } from './synthetic-calls';

/** The simulator-only actions of the demo phone; hanging up is Asterisk's own `Hangup` with `Channel`. */
export const DEMO_ANSWER_ACTION = 'DemoAnswer';
export const DEMO_HOLD_ACTION = 'DemoHold';

export interface DemoPhonesOptions {
  /** How long a phone rings before the call ends unanswered. */
  ringTimeoutMs: number;
  /**
   * Where the PBX records an answered call (dialplans: `crm-sub-record`, `<RECORDINGS>/<Linkedid>.wav`), told
   * to the backend as the channel variable `SB_RECORDING`; null or absent: not recorded.
   */
  recording?: (linkedid: string) => string | null;
}

type Phase = 'ringing' | 'talking' | 'held';

/** Told how a ring ended, after the PBX wrote its frames for it. */
export interface RingOutcome {
  answered?: () => void;
  unanswered?: () => void;
}

interface DemoCall {
  agent: string;
  frames: SyntheticCall;
  phase: Phase;
  timer: NodeJS.Timeout | null;
  outcome: RingOutcome;
}

const NO_CALL: ActionRefusal = { error: 'No such channel' };

/**
 * The demo's phones: a synthetic call rings an agent's phone until the console answers or rejects it, or
 * until the ring times out and the call ends unanswered. The console's buttons reach here as AMI actions
 * (`DemoAnswer`, `DemoHold` with `Agent`, and Asterisk's `Hangup` with the agent's `Channel`, exact or
 * `/regex/`), and the phone answers with the event frames Asterisk writes for the same thing.
 */
export class DemoPhones {
  private readonly calls = new Map<string, DemoCall>();

  constructor(
    private readonly server: ScriptedAmiServer,
    private readonly options: DemoPhonesOptions,
  ) {
    server.onAction(DEMO_ANSWER_ACTION, (action) => this.answer(action['agent']));
    server.onAction(DEMO_HOLD_ACTION, (action) => this.hold(action['agent'], action['hold'] === 'true'));
    server.onAction('Hangup', (action) => this.hangup(action));
  }

  /** Whether the agent's phone has a call (ringing, talking or held): one call per phone. */
  busy(agent: string): boolean {
    return this.calls.has(agent);
  }

  /** Rings the agent's phone with `call`; it rings until answered, rejected or timed out. */
  ring(agent: string, frames: SyntheticCall, outcome: RingOutcome = {}): void {
    const call: DemoCall = { agent, frames, phase: 'ringing', timer: null, outcome };
    this.calls.set(agent, call);
    this.server.broadcast(frames.ring);
    call.timer = setTimeout(() => {
      this.forget(call);
      this.server.broadcast(frames.noAnswer);
      outcome.unanswered?.();
    }, this.options.ringTimeoutMs);
  }

  stop(): void {
    this.calls.forEach((call) => call.timer && clearTimeout(call.timer));
    this.calls.clear();
  }

  private answer(agent: string | undefined): string[] | ActionRefusal {
    const call = agent ? this.calls.get(agent) : undefined;
    if (!call || call.phase !== 'ringing') return NO_CALL;
    if (call.timer) clearTimeout(call.timer);
    call.timer = null;
    call.phase = 'talking';
    // After the answer's frames, which go out as this action's reply.
    if (call.outcome.answered) queueMicrotask(call.outcome.answered);
    const recording = this.options.recording?.(call.frames.linkedid);
    return recording ? [...call.frames.answer, recordingFrame(call.frames, recording)] : call.frames.answer;
  }

  private hold(agent: string | undefined, held: boolean): string[] | ActionRefusal {
    const call = agent ? this.calls.get(agent) : undefined;
    if (!call || call.phase === 'ringing') return NO_CALL;
    const wasHeld = call.phase === 'held';
    call.phase = held ? 'held' : 'talking';
    if (wasHeld === held) return [];
    return held ? call.frames.hold : call.frames.unhold;
  }

  private hangup(action: AmiMessage): string[] | ActionRefusal {
    const call = [...this.calls.values()].find((candidate) =>
      namesChannel(action['channel'], candidate.frames.agentChannel),
    );
    if (!call) return NO_CALL;
    this.forget(call);
    // Hanging up a phone that still rings refuses the call; one that talks ends it.
    if (call.phase !== 'ringing') return call.frames.hangup;
    if (call.outcome.unanswered) queueMicrotask(call.outcome.unanswered);
    return call.frames.reject;
  }

  private forget(call: DemoCall): void {
    if (call.timer) clearTimeout(call.timer);
    this.calls.delete(call.agent);
  }
}

/** Asterisk's `Hangup` takes an exact channel name or, between slashes, a regular expression. */
function namesChannel(pattern: string | undefined, channel: string): boolean {
  if (!pattern) return false;
  if (pattern.length < 2 || !pattern.startsWith('/') || !pattern.endsWith('/')) return pattern === channel;
  try {
    return new RegExp(pattern.slice(1, -1)).test(channel);
  } catch {
    return false;
  }
}

/** MixMonitor's file named on the call, as manager.conf's `channelvars` makes Asterisk report it. */
function recordingFrame({ linkedid, agentChannel }: SyntheticCall, path: string): string {
  return amiFrame({
    Event: 'VarSet',
    Channel: agentChannel,
    Uniqueid: linkedid,
    Linkedid: linkedid,
    Variable: 'SB_RECORDING',
    Value: path,
    ChanVariable: `SB_RECORDING=${path}`,
  });
}
