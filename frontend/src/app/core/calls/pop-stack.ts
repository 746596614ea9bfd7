import {
  CallAnsweredPayload,
  CallDisposition,
  CallEndedPayload,
  CallRingStoppedPayload,
  ScreenPop,
} from '@switchboard/contracts';

export type PopState = 'ringing' | 'answered' | 'ended' | 'retracted';

/** One screen-pop on the agent's console and how far its call has got. */
export interface PopEntry {
  pop: ScreenPop;
  state: PopState;
  /** Why the phone stopped ringing, for a retracted pop. */
  retractReason: CallRingStoppedPayload['reason'] | null;
  answeredAt: string | null;
  endedAt: string | null;
  disposition: CallDisposition | null;
  talkSeconds: number;
}

/** What the socket tells the console about calls, as one union the reducer folds. */
export type CallEvent =
  | { type: 'ringing'; payload: ScreenPop }
  | { type: 'ringStopped'; payload: CallRingStoppedPayload }
  | { type: 'answered'; payload: CallAnsweredPayload }
  | { type: 'ended'; payload: CallEndedPayload }
  | { type: 'dismissed'; callId: string };

/** Keeps the stack bounded when an agent leaves pops lying around for a whole shift. */
export const MAX_POPS = 8;

function update(stack: PopEntry[], callId: string, change: (entry: PopEntry) => PopEntry): PopEntry[] {
  return stack.map((entry) => (entry.pop.callId === callId ? change(entry) : entry));
}

function ring(stack: PopEntry[], pop: ScreenPop): PopEntry[] {
  const existing = stack.find((entry) => entry.pop.callId === pop.callId);
  // A queue retry rings the same agent again: the pop comes back to the top as ringing, once.
  const fresh: PopEntry = {
    pop,
    state: 'ringing',
    retractReason: null,
    answeredAt: null,
    endedAt: null,
    disposition: null,
    talkSeconds: 0,
    ...(existing?.state === 'answered' ? { state: 'answered', answeredAt: existing.answeredAt } : {}),
  };
  const rest = stack.filter((entry) => entry.pop.callId !== pop.callId);
  return [fresh, ...rest].slice(0, MAX_POPS);
}

/** The pop stack after one event, newest on top; pure so the rules are tested without a socket. */
export function reducePops(stack: PopEntry[], event: CallEvent): PopEntry[] {
  switch (event.type) {
    case 'ringing':
      return ring(stack, event.payload);
    case 'ringStopped':
      return update(stack, event.payload.callId, (entry) =>
        entry.state === 'ringing'
          ? { ...entry, state: 'retracted', retractReason: event.payload.reason }
          : entry,
      );
    case 'answered':
      return update(stack, event.payload.callId, (entry) =>
        entry.state === 'ended'
          ? entry
          : { ...entry, state: 'answered', retractReason: null, answeredAt: event.payload.answeredAt },
      );
    case 'ended':
      return update(stack, event.payload.callId, (entry) => ({
        ...entry,
        state: entry.state === 'retracted' ? 'retracted' : 'ended',
        endedAt: event.payload.endedAt,
        disposition: event.payload.disposition,
        talkSeconds: event.payload.talkSeconds,
      }));
    case 'dismissed':
      return stack.filter((entry) => entry.pop.callId !== event.callId);
  }
}

/** Whether `call.ended` should open wrap-up: only for a call this agent actually talked on. */
export function needsWrapUp(entry: PopEntry | undefined, ended: CallEndedPayload): boolean {
  return entry !== undefined && entry.answeredAt !== null && ended.disposition === 'answered';
}
