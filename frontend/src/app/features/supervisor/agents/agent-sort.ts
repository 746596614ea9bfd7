import { AgentBoardRow, AgentBoardState } from '@switchboard/contracts';

export const AGENT_COLUMNS = [
  'name',
  'extension',
  'state',
  'inState',
  'pauseReason',
  'queues',
  'call',
  'openOrders',
  'debt',
  'talk',
  'handled',
  'aht',
  'pauseToday',
] as const;
export type AgentColumn = (typeof AGENT_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc' | '';

/** Busiest first: who is about to talk or talking, then who could, then who cannot. */
const STATE_ORDER: AgentBoardState[] = ['ringing', 'on-call', 'wrap-up', 'available', 'paused', 'logged-out'];

/** How long since `iso`, as a number that grows with the time: later starts are shorter. */
const time = (iso: string | null | undefined) => (iso ? -Date.parse(iso) : null);
const amount = (money: string | null | undefined) =>
  money === null || money === undefined ? null : Number(money);

/** The value a column sorts by; null sorts last either way. "In state" and talk time sort by how long. */
function sortValue(row: AgentBoardRow, column: AgentColumn): string | number | null {
  switch (column) {
    case 'name':
      return row.displayName;
    case 'extension':
      return row.extension;
    case 'state':
      return STATE_ORDER.indexOf(row.state);
    case 'inState':
      return time(row.stateSince);
    case 'pauseReason':
      return row.pauseReason;
    case 'queues':
      return row.queues.length ? [...row.queues].sort().join(', ') : null;
    case 'call':
      return row.call ? (row.call.client?.name ?? row.call.number) : null;
    case 'openOrders':
      return amount(row.call?.openOrdersValue);
    case 'debt':
      return amount(row.call?.debt);
    case 'talk':
      return row.call?.answered ? time(row.call.since) : null;
    case 'handled':
      return row.today.handled;
    case 'aht':
      return row.today.averageHandleTime;
    case 'pauseToday':
      return row.today.pauseSeconds;
  }
}

function compare(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
}

/** The rows sorted by a column, ties by name; without a direction, by name. */
export function sortAgents(
  rows: AgentBoardRow[],
  column: AgentColumn,
  direction: SortDirection,
): AgentBoardRow[] {
  const sign = direction === 'desc' ? -1 : 1;
  const byName = (a: AgentBoardRow, b: AgentBoardRow) => compare(a.displayName, b.displayName);
  if (direction === '') return [...rows].sort(byName);
  return [...rows].sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * compare(x, y) || byName(a, b);
  });
}
