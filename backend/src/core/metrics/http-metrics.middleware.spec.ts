import { EventEmitter } from 'node:events';
import { Request, Response } from 'express';
import { Registry } from 'prom-client';
import { HttpMetrics, HttpMetricsMiddleware, UNMATCHED_ROUTE, routeLabel } from './http-metrics.middleware';

describe('routeLabel', () => {
  it('names the route pattern under its router, never the URL', () => {
    expect(routeLabel({ baseUrl: '', route: { path: '/api/clients/:id' } })).toBe('/api/clients/:id');
    expect(routeLabel({ baseUrl: '/api/admin/queue-board', route: { path: '/api/queues' } })).toBe(
      '/api/admin/queue-board/api/queues',
    );
  });

  it('puts requests no route answered under one label', () => {
    expect(routeLabel({ baseUrl: '', route: undefined })).toBe(UNMATCHED_ROUTE);
  });
});

describe('HttpMetricsMiddleware', () => {
  it('observes the request once its response has been written', async () => {
    const registry = new Registry();
    const middleware = new HttpMetricsMiddleware(new HttpMetrics(registry));
    const request = { method: 'GET', baseUrl: '', route: { path: '/api/clients/:id' } } as unknown as Request;
    const response = Object.assign(new EventEmitter(), { statusCode: 404 }) as unknown as Response;
    const next = jest.fn();
    middleware.use(request, response, next);
    expect(next).toHaveBeenCalledTimes(1);
    expect(await registry.metrics()).not.toContain('route="/api/clients/:id"');
    response.emit('finish');
    expect(await registry.metrics()).toContain(
      'switchboard_http_request_duration_seconds_count{method="GET",route="/api/clients/:id",status="404"} 1',
    );
  });
});
