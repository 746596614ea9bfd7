import { Injectable, NestMiddleware } from '@nestjs/common';
import { Request, Response } from 'express';
import { Histogram, Registry } from 'prom-client';
import { LATENCY_BUCKETS } from './metrics-registry';

/** Requests no route answered (scans, typos) share one label, so they cannot grow the series without bound. */
export const UNMATCHED_ROUTE = 'unmatched';

/** The route pattern that answered (`/api/clients/:id`), never the raw URL with its ids. */
export function routeLabel(request: Pick<Request, 'baseUrl' | 'route'>): string {
  const route: unknown = request.route;
  if (typeof route !== 'object' || route === null || !('path' in route) || typeof route.path !== 'string')
    return UNMATCHED_ROUTE;
  return `${request.baseUrl}${route.path}`;
}

/** The histogram, apart from the middleware: Nest makes its own instances of a middleware class. */
@Injectable()
export class HttpMetrics {
  readonly duration: Histogram<'method' | 'route' | 'status'>;

  constructor(registry: Registry) {
    this.duration = new Histogram({
      name: 'switchboard_http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }
}

/** HTTP latency by method, route pattern and status, taken when the response has been written. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: HttpMetrics) {}

  use(request: Request, response: Response, next: () => void): void {
    const started = performance.now();
    response.once('finish', () => {
      const labels = {
        method: request.method,
        route: routeLabel(request),
        status: String(response.statusCode),
      };
      this.metrics.duration.observe(labels, (performance.now() - started) / 1000);
    });
    next();
  }
}
