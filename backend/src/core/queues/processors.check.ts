import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { QUEUES } from './queues';

/** Queues nobody processes; the app refuses to start with one, rather than pile jobs up silently. */
export function queuesWithoutProcessor(processed: string[]): string[] {
  return Object.values(QUEUES).filter((queue) => !processed.includes(queue));
}

/** At boot, after the workers exist: every queue in QUEUES must have its processor. */
@Injectable()
export class ProcessorsCheck implements OnApplicationBootstrap {
  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const processed = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => host.worker.name);
    const missing = queuesWithoutProcessor(processed);
    if (missing.length > 0) throw new Error(`No processor for the queue(s): ${missing.join(', ')}`);
  }
}
