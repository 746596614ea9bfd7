import { WorkerHost } from '@nestjs/bullmq';
import { DiscoveryService } from '@nestjs/core';
import { startTestApp, TestApp } from './helpers/test-app';

describe('the API process', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('only enqueues: no queue processor runs inside it', () => {
    const processors = t.app
      .get(DiscoveryService)
      .getProviders()
      .filter((wrapper) => (wrapper.instance as unknown) instanceof WorkerHost);
    expect(processors).toEqual([]);
  });
});
