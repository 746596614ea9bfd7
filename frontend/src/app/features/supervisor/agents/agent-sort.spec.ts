import { AgentBoardCall } from '@switchboard/contracts';

import { anAgentRow } from '../../../testing/supervisor-fixtures';
import { sortAgents } from './agent-sort';

const call = (overrides: Partial<AgentBoardCall> = {}): AgentBoardCall => ({
  callId: 'call-1',
  number: '+380931112233',
  queue: 'sales',
  client: null,
  openOrdersValue: null,
  debt: null,
  currency: null,
  since: '2026-12-03T10:00:00.000Z',
  answered: true,
  ...overrides,
});

describe('sorting the agent board', () => {
  const rows = [
    anAgentRow({
      userId: 'b',
      displayName: 'Boris',
      extension: '1010',
      state: 'paused',
      stateSince: '2026-12-03T09:00:00Z',
    }),
    anAgentRow({
      userId: 'a',
      displayName: 'anna',
      extension: '1002',
      state: 'on-call',
      stateSince: '2026-12-03T09:30:00Z',
      call: call({ debt: '120.50', since: '2026-12-03T09:30:00Z' }),
    }),
    anAgentRow({
      userId: 'c',
      displayName: 'Chen',
      extension: '1003',
      state: 'logged-out',
      stateSince: '2026-12-03T08:00:00Z',
    }),
    anAgentRow({
      userId: 'd',
      displayName: 'Dana',
      extension: '1001',
      state: 'on-call',
      stateSince: '2026-12-03T09:50:00Z',
      call: call({ debt: '9.99', since: '2026-12-03T09:50:00Z' }),
    }),
  ];
  const ids = (sorted: typeof rows) => sorted.map((row) => row.userId);

  it('sorts by name regardless of case, and by name without a direction', () => {
    expect(ids(sortAgents(rows, 'name', 'asc'))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(sortAgents(rows, 'name', 'desc'))).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(sortAgents(rows, 'extension', ''))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts extensions as numbers', () => {
    expect(ids(sortAgents(rows, 'extension', 'asc'))).toEqual(['d', 'a', 'c', 'b']);
  });

  it('puts the busiest state first, ties by name', () => {
    expect(ids(sortAgents(rows, 'state', 'asc'))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('sorts time in state and talk time by how long, shortest first when ascending', () => {
    expect(ids(sortAgents(rows, 'inState', 'desc'))).toEqual(['c', 'b', 'a', 'd']);
    expect(ids(sortAgents(rows, 'inState', 'asc'))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortAgents(rows, 'talk', 'asc'))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('sorts money as amounts and keeps rows without a value last in both directions', () => {
    expect(ids(sortAgents(rows, 'debt', 'asc'))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortAgents(rows, 'debt', 'desc'))).toEqual(['a', 'd', 'b', 'c']);
  });

  it('leaves the rows it was given as they were', () => {
    const before = ids(rows);
    sortAgents(rows, 'name', 'desc');
    expect(ids(rows)).toEqual(before);
  });
});
