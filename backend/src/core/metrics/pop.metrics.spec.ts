import { Registry } from 'prom-client';
import { PopMetrics, popStageSeconds } from './pop.metrics';

describe('popStageSeconds', () => {
  it('splits the path between the AMI frame, the call tracker, the built pop and the socket', () => {
    expect(popStageSeconds({ frameReadAt: 100, normalizedAt: 100.5 }, 104.5, 105)).toEqual({
      call_tracker: 0.0005,
      pop_built: 0.004,
      socket_emitted: 0.0005,
    });
  });
});

describe('PopMetrics', () => {
  it('observes each stage and the whole path once per pop', async () => {
    const registry = new Registry();
    const metrics = new PopMetrics(registry);
    metrics.popped({ frameReadAt: 0, normalizedAt: 1 }, 3, 4);
    metrics.popped({ frameReadAt: 10, normalizedAt: 10.2 }, 12, 12.1);
    const text = await registry.metrics();
    for (const stage of ['call_tracker', 'pop_built', 'socket_emitted'])
      expect(text).toContain(`switchboard_screen_pop_stage_seconds_count{stage="${stage}"} 2`);
    expect(text).toContain('switchboard_screen_pop_seconds_count 2');
    const sum = /switchboard_screen_pop_seconds_sum (\S+)/.exec(text)?.[1];
    expect(Number(sum)).toBeCloseTo(0.0061, 9);
  });
});
