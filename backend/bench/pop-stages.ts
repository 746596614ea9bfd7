import { Histogram, Registry } from 'prom-client';
import { POP_STAGES } from '../src/core/metrics/pop.metrics';

const STAGES_METRIC = 'switchboard_screen_pop_stage_seconds';
/** The backend's registry, whichever content type it was made with. */
type MetricsSource = Pick<Registry, 'getSingleMetric'>;

interface Bucket {
  le: number;
  count: number;
}

/** A quantile from cumulative buckets, interpolated inside its bucket as Prometheus' histogram_quantile does. */
export function bucketQuantile(buckets: Bucket[], q: number): number {
  const total = buckets.at(-1)?.count ?? 0;
  const rank = q * total;
  let lower = { le: 0, count: 0 };
  for (const bucket of buckets) {
    if (bucket.count >= rank && bucket.count > lower.count) {
      if (!Number.isFinite(bucket.le)) return lower.le;
      return lower.le + ((bucket.le - lower.le) * (rank - lower.count)) / (bucket.count - lower.count);
    }
    lower = bucket;
  }
  return NaN;
}

/** Starts the backend's stage figures over, for the run about to be measured. */
export function resetPopStages(registry: MetricsSource): void {
  registry.getSingleMetric(STAGES_METRIC)?.reset();
}

/**
 * The backend's own account of the pops it sent in the run named `run` (`200 calls/s`), from its metrics:
 * where each pop's time went between the AMI frame and the agent's socket (mean and p99 of each stage, p99
 * to the bucket).
 */
export async function popStagesLine(registry: MetricsSource, run: string): Promise<string> {
  const metric = registry.getSingleMetric(STAGES_METRIC);
  const { values } = metric instanceof Histogram ? await metric.get() : { values: [] };
  const of = (suffix: string, stage: string) =>
    values.filter(
      (value) => value.metricName === `${STAGES_METRIC}${suffix}` && value.labels['stage'] === stage,
    );
  const stages = POP_STAGES.map((stage) => {
    const [sum, count] = ['_sum', '_count'].map((suffix) => of(suffix, stage)[0]?.value ?? NaN);
    const buckets = of('_bucket', stage).map((value) => ({
      le: Number(value.labels['le']),
      count: value.value,
    }));
    const ms = (seconds: number) => (seconds * 1000).toFixed(2);
    return `${stage} ${ms(sum / count)}/${ms(bucketQuantile(buckets, 0.99))}`;
  });
  const name = `pbx: pop stages, ${run}`.padEnd(44);
  return `${name} mean/p99 ms ${stages.join(', ')}  (in the backend)`;
}
