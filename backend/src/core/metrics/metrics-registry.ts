import { Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Seconds, from a tenth of a millisecond to five seconds: a pop's stages take microseconds on a quiet
 * machine and an HTTP request tens of milliseconds, and the tail is what matters.
 */
export const LATENCY_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5,
];

/**
 * One registry per application instead of prom-client's global one, so that tests and the bench can boot
 * several applications in one process. It starts with Node's own metrics: event-loop lag (as a histogram
 * of `monitorEventLoopDelay`), GC pauses, heap and handles.
 */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
