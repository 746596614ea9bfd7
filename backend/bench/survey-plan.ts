/** Shared by the survey bench (survey-lateness.ts) and its load process (survey-load.ts). */

/** Once the backend is up: where the agents connect, and the inbound calls to place while surveys run. */
export interface SurveyLoadPlan {
  url: string;
  tokens: string[];
  extensions: string[];
  clients: number;
  popsPerSecond: number;
}

/** Once every attempt is scheduled: how many Originates to wait for, and when the first falls due. */
export interface SurveyCollect {
  expected: number;
  firstDue: number;
  deadline: number;
}

/** What the load process found: when each attempt's Originate arrived (epoch ms), and the pops meanwhile. */
export interface SurveyLoadReport {
  arrivals: [attemptId: string, at: number][];
  pops: number[];
  popsPlaced: number;
  agents: number;
}

export type SurveyLoadMessage = { amiPort: number } | { ready: true } | SurveyLoadReport;
