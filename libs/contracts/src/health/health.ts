export type DependencyState = 'up' | 'down';
export type PbxLinkState = 'not-configured' | 'connecting' | 'connected' | 'disconnected';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: DependencyState;
  redis: DependencyState;
  pbx: PbxLinkState;
  uptimeSeconds: number;
}
