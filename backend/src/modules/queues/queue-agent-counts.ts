import { QueueAgentCounts } from '@switchboard/contracts';
import { AgentOnFloor, pauseReasonOf } from './agent-floor-state';

const COUNTER: Record<AgentOnFloor['state'], keyof Omit<QueueAgentCounts, 'pausedByReason'> | null> = {
  'logged-out': null,
  available: 'available',
  ringing: 'ringing',
  'on-call': 'onCall',
  'wrap-up': 'wrapUp',
  paused: 'paused',
};

/** The queue's members by what they do now; a member of several queues counts in each. */
export function queueAgentCounts(agents: Iterable<AgentOnFloor>, queue: string): QueueAgentCounts {
  const counts: QueueAgentCounts = {
    loggedIn: 0,
    available: 0,
    ringing: 0,
    onCall: 0,
    wrapUp: 0,
    paused: 0,
    pausedByReason: {},
  };
  for (const agent of agents) {
    if (!agent.presence?.queues.some((entry) => entry.queue === queue)) continue;
    counts.loggedIn += 1;
    const counter = COUNTER[agent.state];
    if (counter) counts[counter] += 1;
    if (agent.state === 'paused') {
      const reason = pauseReasonOf(agent) ?? '';
      counts.pausedByReason[reason] = (counts.pausedByReason[reason] ?? 0) + 1;
    }
  }
  return counts;
}
