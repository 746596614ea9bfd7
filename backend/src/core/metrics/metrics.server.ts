import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Registry } from 'prom-client';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/** The port this process serves its metrics on (the API's or the worker's), or null for none. */
export const METRICS_PORT = Symbol('METRICS_PORT');

/**
 * `GET /metrics` in Prometheus' text format, on a port of its own (loopback unless configured): Prometheus
 * scrapes without a user's token, and the API and the worker each serve their own process's metrics.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server: Server | null = null;

  constructor(
    private readonly registry: Registry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(METRICS_PORT) private readonly port: number | null,
  ) {}

  /** Where it listens, once started; null when this process serves no metrics. */
  address(): AddressInfo | null {
    return (this.server?.address() as AddressInfo | null | undefined) ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.port === null) return;
    const server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port ?? 0, this.config.metrics.host, () => resolve());
    });
    this.server = server;
    this.logger.log({ address: this.address() }, 'Serving metrics');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // A scrape in flight must not hold the shutdown up.
    server.closeAllConnections();
    await closed;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await this.registry.metrics();
      response.writeHead(200, { 'content-type': this.registry.contentType }).end(body);
    } catch (error) {
      this.logger.error({ reason: (error as Error).message }, 'Metrics could not be collected');
      response.writeHead(500).end();
    }
  }
}
