import { UserRef } from '../clients/client';

export const TEAM_TASK_PERIODS = ['today', 'week'] as const;
export type TeamTaskPeriod = (typeof TEAM_TASK_PERIODS)[number];

/** One agent's tasks due in the period: done, overdue (due and not done), open (due later in it). */
export interface TeamTaskRow {
  agent: UserRef;
  done: number;
  overdue: number;
  open: number;
}

export interface TeamTaskSummary {
  period: TeamTaskPeriod;
  from: string;
  to: string;
  rows: TeamTaskRow[];
}
