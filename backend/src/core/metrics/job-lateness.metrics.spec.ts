import { Registry } from 'prom-client';
import { JobLatenessMetrics, jobLatenessSeconds } from './job-lateness.metrics';

describe('jobLatenessSeconds', () => {
  it('measures from the due time, the time added plus the delay, to the start', () => {
    expect(jobLatenessSeconds({ timestamp: 1000, delay: 5000, processedOn: 6250, attemptsMade: 0 })).toBe(
      0.25,
    );
    expect(jobLatenessSeconds({ timestamp: 1000, delay: 0, processedOn: 1040, attemptsMade: 0 })).toBe(0.04);
  });

  it('never reads negative, and takes now for a job without a start', () => {
    expect(jobLatenessSeconds({ timestamp: 1000, delay: 0, processedOn: 900, attemptsMade: 0 })).toBe(0);
    expect(
      jobLatenessSeconds({ timestamp: 1000, delay: 0, processedOn: undefined, attemptsMade: 0 }, 3000),
    ).toBe(2);
  });
});

describe('JobLatenessMetrics', () => {
  it('records first attempts per queue and leaves retries out', async () => {
    const registry = new Registry();
    const metrics = new JobLatenessMetrics(registry);
    metrics.jobStarted('bonus-expiry', { timestamp: 0, delay: 1000, processedOn: 1100, attemptsMade: 0 });
    metrics.jobStarted('bonus-expiry', { timestamp: 0, delay: 1000, processedOn: 9000, attemptsMade: 1 });
    const text = await registry.metrics();
    expect(text).toContain('switchboard_job_lateness_seconds_count{queue="bonus-expiry"} 1');
    expect(text).toContain('switchboard_job_lateness_seconds_sum{queue="bonus-expiry"} 0.1');
  });
});
