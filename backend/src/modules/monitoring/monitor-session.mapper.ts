import { MonitorSession } from '@switchboard/contracts';
import { MonitorSessionRecord } from './monitor-session.entity';

/** The record with its supervisor and agent loaded. */
export function toMonitorSession(record: MonitorSessionRecord): MonitorSession {
  return {
    id: record.id,
    supervisor: { id: record.supervisor.id, displayName: record.supervisor.displayName },
    agent: { id: record.agent.id, displayName: record.agent.displayName },
    callId: record.callId,
    mode: record.mode,
    modeChanges: record.modeChanges,
    startedAt: record.startedAt.toISOString(),
    endedAt: record.endedAt?.toISOString() ?? null,
  };
}
