import { Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import { queueDepthGauge } from './queue-depth.metrics';

const queue = (name: string, counts: Record<string, number>) => ({
  name,
  getJobCounts: jest.fn(async () => counts),
});

describe('queueDepthGauge', () => {
  it('counts each queue by state at scrape time', async () => {
    const registry = new Registry();
    const imports = queue('client-import', { waiting: 3, active: 1, delayed: 0, failed: 2 });
    queueDepthGauge(registry, [imports, queue('bonus-expiry', { delayed: 1 })]);
    expect(imports.getJobCounts).not.toHaveBeenCalled();
    const text = await registry.metrics();
    expect(imports.getJobCounts).toHaveBeenCalledWith('waiting', 'active', 'delayed', 'failed');
    expect(text).toContain('switchboard_queue_jobs{queue="client-import",state="waiting"} 3');
    expect(text).toContain('switchboard_queue_jobs{queue="client-import",state="failed"} 2');
    expect(text).toContain('switchboard_queue_jobs{queue="bonus-expiry",state="delayed"} 1');
    expect(text).toContain('switchboard_queue_jobs{queue="bonus-expiry",state="active"} 0');
  });

  it('leaves the depths out of a scrape Redis cannot answer, instead of reporting zero', async () => {
    const registry = new Registry();
    const down = { name: 'client-import', getJobCounts: jest.fn(() => Promise.reject(new Error('down'))) };
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    queueDepthGauge(registry, [down]);
    expect(await registry.metrics()).not.toContain('switchboard_queue_jobs{');
    expect(warn).toHaveBeenCalledWith({ reason: 'down' }, 'Queue depths left out of this scrape');
    warn.mockRestore();
  });
});
