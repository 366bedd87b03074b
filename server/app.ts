// createApp(deps) → the express application: request ids, security headers, health, GraphQL
// and the web client. main.ts and the tests both build the server through here.
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import type { TDeps } from './deps.js';
import { newId } from './core/ids.js';
import { isDatabaseHealthy } from './core/db.js';
import type { TLifecycle } from './lifecycle.js';
import { createApolloServer } from './graphql/apollo.js';
import { buildContext } from './graphql/context.js';
import { markRequestError } from './graphql/request-scope.js';
import { buildSchema } from './graphql/schema.js';
import { operationCalendarHandler } from './modules/operations/operations.ics.js';
import { CALENDAR_FEED_ROUTE, calendarFeedHandler } from './modules/operations/calendar-feed.http.js';
import { metricsMiddleware } from './modules/metrics/metrics.http.js';
import { tokenRouter } from './modules/service-accounts/token.http.js';
import { statisticsCsvHandler } from './modules/statistics/statistics.http.js';
import { oidcRouter } from './modules/auth/oidc/oidc.http.js';
import { defaultClientDist, webClient } from './web-client.js';

const REQUEST_ID = /^[A-Za-z0-9-]{8,64}$/;

function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const incoming = req.get('x-request-id');
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : newId();
  res.locals.requestId = requestId;
  res.setHeader('X-Request-Id', requestId);
  // The GraphQL context carries it from here (graphql/context.ts), and the request log below.
  next();
}

/**
 * What the request log names: the path, except where the path holds a secret (a calendar feed's
 * address), where it is the route. Any /calendar/ path, matched or not, is logged as the route.
 */
export function loggedRoute(path: string): string {
  return path.startsWith('/calendar/') ? CALENDAR_FEED_ROUTE : path;
}

function errorBody(code: string, message: string, requestId: unknown) {
  return { errors: [{ message, extensions: { code, requestId } }] };
}

/**
 * `schema` replaces the assembled one (tests use it to add fields that fail on purpose);
 * `lifecycle` tells /readyz the server's phase (main.ts); without it the app is ready when built;
 * `clientDist` is the built web client's folder (default client/dist; tests give their own).
 */
export async function createApp(deps: TDeps, options: { introspection?: boolean; schema?: GraphQLSchema; lifecycle?: TLifecycle; clientDist?: string } = {}) {
  const apollo = createApolloServer({ deps, schema: options.schema ?? buildSchema(), introspection: options.introspection });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Only behind a reverse proxy may X-Forwarded-For name the client (it keys the sign-in limits).
  app.set('trust proxy', deps.config.trustProxy);
  app.use(assignRequestId);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], frameAncestors: ["'none'"], upgradeInsecureRequests: deps.config.isProduction ? [] : null },
      },
      referrerPolicy: { policy: 'no-referrer' },
      // The same as the CSP's frame-ancestors 'none', for browsers that only read this header.
      frameguard: { action: 'deny' },
    }),
  );
  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      deps.logger.info(
        { requestId: res.locals.requestId, method: req.method, route: loggedRoute(req.originalUrl.split('?')[0] ?? '/'), status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    next();
  });

  // Counts every answer by route class and status; GET /metrics when it is served on this port
  // behind METRICS_TOKEN, else 404 (METRICS_PORT has a listener of its own, main.ts).
  app.use(metricsMiddleware(deps));

  // Liveness: the process answers and its database answers.
  app.get('/healthz', (_req, res) => {
    if (isDatabaseHealthy(deps.sqlite)) res.status(200).json({ status: 'ok' });
    else res.status(503).json({ status: 'unavailable' });
  });

  // Readiness: send traffic here. Not while starting, migrating or shutting down (main.ts).
  app.get('/readyz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const phase = options.lifecycle?.phase() ?? 'ready';
    if (phase !== 'ready') res.status(503).json({ status: phase });
    else if (!isDatabaseHealthy(deps.sqlite)) res.status(503).json({ status: 'unavailable' });
    else res.status(200).json({ status: 'ready' });
  });

  // Exactly /graphql: anything below it is an unknown path (404), not another GraphQL endpoint.
  app.all(
    '/graphql',
    (_req, res, next) => {
      // Answers hold personal data and tokens: no browser or proxy may keep them.
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    express.json({ limit: deps.config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await buildContext(deps, req);
        } catch (error) {
          // Apollo formats this one outside any request listener: marked here for the error formatter.
          markRequestError(error, String(res.locals.requestId));
          throw error;
        }
      },
    }),
  );

  app.use(tokenRouter(deps));

  app.get('/statistics/:year.csv', await statisticsCsvHandler(deps));

  app.get('/operations/:id.ics', await operationCalendarHandler(deps));

  app.get(CALENDAR_FEED_ROUTE, await calendarFeedHandler(deps));

  app.use(oidcRouter(deps));

  // Development only: the mail the outbox "sent" without SMTP_URL (core/dev-mailbox.ts).
  app.get('/dev/mailbox', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (deps.config.isProduction || !deps.mailbox) {
      res.status(404).json(errorBody('NOT_FOUND', 'Not found', res.locals.requestId));
      return;
    }
    res.status(200).json({ messages: deps.mailbox.list() });
  });

  app.use(webClient(options.clientDist ?? defaultClientDist));

  app.use((_req, res) => {
    res.status(404).json(errorBody('NOT_FOUND', 'Not found', res.locals.requestId));
  });

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) deps.logger.error({ requestId: res.locals.requestId, err: error }, 'unhandled error');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    const message = status === 413 ? 'Request body too large' : status === 500 ? 'Internal server error' : 'Malformed request';
    res.status(status).json(errorBody(code, message, res.locals.requestId));
  };
  app.use(onError);

  return {
    app,
    stop: async () => {
      await apollo.stop();
    },
  };
}
