// GET /metrics, never public (docs/operations.md § Metrics): on a listener of its own when
// METRICS_PORT is set (main.ts starts it), else on the main port only with
// `Authorization: Bearer <METRICS_TOKEN>`; with neither, the main port answers 404 as for any
// unknown path. The same middleware counts every HTTP answer by route class and status.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { TDeps } from '../../core/types.js';
import { registerScrapeGauges, updateScrapeGauges } from './scrape-gauges.js';

export const METRICS_ROUTE = '/metrics';

/** A fixed set of route classes: a path never becomes a label value (it may hold an id or a feed's secret). */
export function routeClass(method: string, path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path === '/healthz' || path === '/readyz') return 'probe';
  if (path === METRICS_ROUTE) return 'metrics';
  if (path.startsWith('/statistics/')) return 'statistics_csv';
  if (path.startsWith('/operations/')) return 'operation_ics';
  if (path.startsWith('/calendar/')) return 'calendar_feed';
  if (path.startsWith('/auth/') || path.startsWith('/oauth/')) return 'auth';
  if (path === '/dev/mailbox') return 'dev_mailbox';
  return method === 'GET' || method === 'HEAD' ? 'web_client' : 'other';
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Constant-time: both sides hashed to the same length first, so neither the length nor a prefix leaks. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  return timingSafeEqual(digest(given), digest(token));
}

function send(res: ServerResponse, status: number, body: string, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function notFound(res: ServerResponse, requestId: unknown): void {
  send(res, 404, JSON.stringify({ errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND', requestId } }] }), 'application/json; charset=utf-8');
}

/** Answers a scrape: the token when one is set, then the gauges read now and every metric of the registry. */
async function scrape(deps: TDeps, req: IncomingMessage, res: ServerResponse, requestId?: unknown): Promise<void> {
  const { token } = deps.config.metrics;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, JSON.stringify({ errors: [{ message: 'Use GET', extensions: { code: 'METHOD_NOT_ALLOWED', requestId } }] }), 'application/json; charset=utf-8', { allow: 'GET, HEAD' });
    return;
  }
  if (token !== null && !bearerMatches(req.headers.authorization, token)) {
    send(res, 401, JSON.stringify({ errors: [{ message: 'A valid metrics token is required', extensions: { code: 'UNAUTHENTICATED', requestId } }] }), 'application/json; charset=utf-8', {
      'www-authenticate': 'Bearer realm="metrics"',
    });
    return;
  }
  try {
    updateScrapeGauges(deps);
    const text = await deps.metrics.registry.metrics();
    send(res, 200, req.method === 'HEAD' ? '' : text, deps.metrics.registry.contentType);
  } catch (error) {
    deps.logger.error({ err: error, requestId }, 'metrics scrape failed');
    send(res, 500, JSON.stringify({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] }), 'application/json; charset=utf-8');
  }
}

/**
 * The main app's part, mounted once near the top of app.ts: counts each answer on `finish`, and
 * answers /metrics (behind the token when that is how metrics are served, 404 otherwise).
 */
export function metricsMiddleware(deps: TDeps) {
  registerScrapeGauges(deps);
  const { httpRequests } = deps.metrics;
  const onMainPort = deps.config.metrics.port === null && deps.config.metrics.token !== null;
  return (req: Request, res: Response, next: NextFunction): void => {
    const route = routeClass(req.method, req.path);
    res.once('finish', () => httpRequests.inc({ route, status: String(res.statusCode) }));
    if (route !== 'metrics') {
      next();
      return;
    }
    if (!onMainPort) {
      notFound(res, res.locals.requestId);
      return;
    }
    void scrape(deps, req, res, res.locals.requestId);
  };
}

/** The listener of METRICS_PORT: /metrics and nothing else. */
export function metricsListener(deps: TDeps) {
  registerScrapeGauges(deps);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== METRICS_ROUTE) {
      notFound(res, undefined);
      return;
    }
    void scrape(deps, req, res);
  };
}
