import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job } from 'bullmq';
import { JobLatenessMetrics } from './job-lateness.metrics';

/**
 * Times every processor of the process without each one having to: once the workers exist, listens to
 * each worker's `active` event. In a process without processors (the API, once the worker has its own
 * process) it finds none and does nothing.
 */
@Injectable()
export class JobLatenessRecorder implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly lateness: JobLatenessMetrics,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!(instance instanceof WorkerHost)) continue;
      const { worker } = instance;
      worker.on('active', (job: Job) => this.lateness.jobStarted(worker.name, job));
    }
  }
}
