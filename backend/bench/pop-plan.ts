/** Shared by the screen-pop bench (pop-latency.ts) and its load process (pop-load.ts). */

/** What the bench process sends the load process once the backend is up. */
export interface LoadPlan {
  url: string;
  tokens: string[];
  extensions: string[];
  clients: number;
  rates: number[];
  secondsPerRate: number;
}

export const LOAD_CREDENTIALS = { username: 'bench', secret: 'bench-secret' };
