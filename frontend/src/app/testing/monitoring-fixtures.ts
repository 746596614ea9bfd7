import { MonitorSession } from '@switchboard/contracts';

/** An ISO timestamp of a local wall-clock time on 3 December 2026, so specs read the same in any time zone. */
export const localIso = (hours: number, minutes: number, seconds = 0) =>
  new Date(2026, 11, 3, hours, minutes, seconds).toISOString();

/** A finished session: Sofia listened to Ivan's call from 10:02 to 10:07:30, whispering from 10:04. */
export function aMonitorSession(overrides: Partial<MonitorSession> = {}): MonitorSession {
  return {
    id: 'm-1',
    supervisor: { id: 'sup-1', displayName: 'Sofia Supervisor' },
    agent: { id: 'u-7', displayName: 'Ivan Agent' },
    callId: '3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b',
    mode: 'whisper',
    modeChanges: [
      { at: localIso(10, 2), mode: 'listen' },
      { at: localIso(10, 4), mode: 'whisper' },
    ],
    startedAt: localIso(10, 2),
    endedAt: localIso(10, 7, 30),
    ...overrides,
  };
}
