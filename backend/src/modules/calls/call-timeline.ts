import { CallStep, CallTimelineEntry } from '@switchboard/contracts';
import { PbxEvent } from '@switchboard/telephony';

/** The timeline entry a PBX event adds to its call, if any. */
export function timelineEntry(event: PbxEvent): CallTimelineEntry | null {
  const entry = (
    step: CallStep,
    extension: string | null,
    detail: string | null = null,
  ): CallTimelineEntry => ({
    at: event.at.toISOString(),
    step,
    extension,
    detail,
  });
  switch (event.type) {
    case 'call.started':
      return entry('started', null, event.queue);
    case 'agent.ringing':
      return entry('ringing', event.agent, event.attempt > 1 ? `attempt ${event.attempt}` : null);
    case 'agent.stoppedRinging':
      return entry('ring-stopped', event.agent, event.reason);
    case 'call.answered':
      return entry('answered', event.agent);
    case 'call.held':
      return entry('held', event.agent);
    case 'call.unheld':
      return entry('unheld', event.agent);
    case 'call.transferred':
      return entry('transferred', event.to, `${event.kind} from ${event.from ?? 'unknown'}`);
    case 'call.ended':
      return entry('ended', event.agent, event.disposition);
    default:
      return null;
  }
}
