export type DependencyState = 'up' | 'down';
export type PbxLinkState = 'not-configured' | 'connecting' | 'connected' | 'disconnected';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: DependencyState;
  redis: DependencyState;
  pbx: PbxLinkState;
  uptimeSeconds: number;
}

/** The unauthenticated liveness and readiness probes answer this and nothing more (503 when not ready). */
export interface HealthProbe {
  status: 'ok';
}
