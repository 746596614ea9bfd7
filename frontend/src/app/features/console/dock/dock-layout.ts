/**
 * How the call dock sits beside the page, by viewport width:
 * - `split`: the calls column (pops, wrap-up) and the client card in two columns side by side;
 * - `stacked`: one column, the calls on top and the card under them;
 * - `toggle`: too narrow to keep a column open, so the dock folds behind a toolbar button.
 * In every layout the dock takes its own room and the page shrinks; nothing lies over the page.
 */
export type DockLayout = 'split' | 'stacked' | 'toggle';

export const SPLIT_QUERY = '(min-width: 1700px)';
export const STACKED_QUERY = '(min-width: 1100px)';

export function dockLayout(matches: Readonly<Record<string, boolean>>): DockLayout {
  if (matches[SPLIT_QUERY]) return 'split';
  if (matches[STACKED_QUERY]) return 'stacked';
  return 'toggle';
}
