/** Shared by the screen-pop bench (pop-latency.ts) and its load process (pop-load.ts). */

/** What the bench process sends the load process once the backend is up. */
export interface LoadPlan {
  url: string;
  tokens: string[];
  /** Supervisors whose wallboards watch the bench queue and every agent. */
  supervisorTokens: string[];
  extensions: string[];
  clients: number;
  rates: number[];
  secondsPerRate: number;
  /** One run in which the wallboards close and open every `wallboardWindowMs`, to tell their cost from noise. */
  wallboardSeconds: number;
  wallboardWindowMs: number;
}

/**
 * What the load process tells the bench process: its PBX's port, then when each measured run starts and
 * ends (so the backend's own stage figures cover that run alone), then the client-side lines.
 */
export type LoadMessage =
  { amiPort: number } | { measuring: string } | { measured: string } | { vacuum: true } | { lines: string[] };

/** From the bench process to the load process, after the plan: the calls table was vacuumed. */
export interface LoadReply {
  vacuumed: true;
}

export const LOAD_CREDENTIALS = { username: 'bench', secret: 'bench-secret' };
