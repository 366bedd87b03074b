// Starts Samvirke whole or not at all: reads the configuration (exit 78 naming every variable
// at fault), takes the port (exit 69 naming it, before anything else happens), migrates the
// database and builds the app while /readyz says "not ready", then starts the scheduled jobs and
// reports ready. One shutdown path: the first SIGTERM or SIGINT stops everything once.
import fs from 'node:fs';
import http, { type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { ConfigError, loadConfig, type TConfig } from './config.js';
import { systemClock } from './core/clock.js';
import { createLogger, defaultLogFormat, LOG_FORMATS, type TLogFormat } from './core/logger.js';
import { KeyStoreError } from './core/sealing/key-store.js';
import { DataKeyError } from './core/sealing/sealer.js';
import { demoBanner } from './demo-banner.js';
import { closeDeps, createDeps, type TDeps } from './deps.js';
import { createLifecycle, EXIT, READY_EVENT, startupResponder } from './lifecycle.js';
import { startScheduler } from './modules/jobs/jobs.service.js';
import { metricsListener } from './modules/metrics/metrics.http.js';
import { seedDemo } from './seed/demo.js';

function fail(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/**
 * Listens, or explains in terms of PORT and HOST (or, for the metrics listener, METRICS_PORT and
 * METRICS_HOST) why it cannot.
 */
function listen(server: http.Server, at: { port: number; host: string; portName?: string; hostName?: string }): Promise<void> {
  const { portName = 'PORT', hostName = 'HOST' } = at;
  return new Promise((resolve) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const where = `${portName} ${at.port} on ${hostName} ${at.host}`;
      if (error.code === 'EADDRINUSE') fail(EXIT.UNAVAILABLE, `Samvirke cannot start: ${where} is already in use by another process; stop it or set ${portName} to a free port`);
      if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') fail(EXIT.UNAVAILABLE, `Samvirke cannot start: ${hostName} ${at.host} is not an address of this machine; set ${hostName} to one (e.g. 127.0.0.1)`);
      if (error.code === 'EACCES') fail(EXIT.UNAVAILABLE, `Samvirke cannot start: ${where} needs privileges this process does not have; use a ${portName} above 1023`);
      fail(EXIT.FAILURE, `Samvirke cannot start: listening on ${where} failed (${error.code ?? error.message})`);
    };
    server.once('error', onError);
    server.listen(at.port, at.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

async function main(): Promise<void> {
  let config: TConfig;
  try {
    config = loadConfig({ env: process.env, argv: process.argv.slice(2), readFile: (p) => fs.readFileSync(p, 'utf8') });
  } catch (error) {
    if (error instanceof ConfigError) fail(EXIT.CONFIG, error.message);
    throw error;
  }
  const level = process.env.LOG_LEVEL || 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level)) {
    fail(EXIT.CONFIG, 'Samvirke cannot start:\n  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent');
  }
  const format = (process.env.LOG_FORMAT || defaultLogFormat(config.nodeEnv)) as TLogFormat;
  if (!LOG_FORMATS.includes(format)) fail(EXIT.CONFIG, 'Samvirke cannot start:\n  - LOG_FORMAT must be json or pretty');
  const logger = createLogger({ level, format });
  const lifecycle = createLifecycle('starting');

  // Until the app is built, only the probes answer.
  let handler: RequestListener = startupResponder(lifecycle);
  const server = http.createServer((req, res) => handler(req, res));
  // METRICS_PORT: /metrics on a listener of its own, taken with the main port and closed with it.
  let metricsHandler: RequestListener = startupResponder(lifecycle);
  const metricsServer = config.metrics.port === null ? null : http.createServer((req, res) => metricsHandler(req, res));
  let deps: TDeps | null = null;
  let stopApp: (() => Promise<void>) | null = null;
  let stopJobs: (() => Promise<void>) | null = null;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    lifecycle.set('shutting-down');
    try {
      await Promise.all(
        [server, metricsServer].map(
          (s) =>
            s &&
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeIdleConnections();
            }),
        ),
      );
      if (stopJobs) await stopJobs();
      if (stopApp) await stopApp();
      if (deps) await closeDeps(deps);
      logger.info('stopped');
      process.exit(EXIT.OK);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(EXIT.FAILURE);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await listen(server, config);
  if (metricsServer && config.metrics.port !== null) await listen(metricsServer, { port: config.metrics.port, host: config.metrics.host, portName: 'METRICS_PORT', hostName: 'METRICS_HOST' });
  if (stopping) return;
  // PORT=0 takes any free port: name the one taken.
  const url = `http://${config.host}:${(server.address() as AddressInfo).port}`;
  const metricsUrl = metricsServer ? `http://${config.metrics.host}:${(metricsServer.address() as AddressInfo).port}/metrics` : null;
  logger.info({ url, metricsUrl }, 'port taken; migrating and starting (/readyz answers 503 until ready)');

  lifecycle.set('migrating');
  try {
    deps = await createDeps({ config, clock: systemClock, logger });
  } catch (error) {
    if (error instanceof ConfigError) fail(EXIT.CONFIG, error.message);
    if (error instanceof DataKeyError || error instanceof KeyStoreError) fail(EXIT.CONFIG, `Samvirke cannot start:\n  - ${error.message}`);
    const detail = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'].includes(code)) {
      fail(EXIT.CONFIG, `Samvirke cannot start:\n  - DATABASE_PATH (${config.databasePath}) must be a file in a folder this process can create and write (${code}: ${detail})`);
    }
    fail(EXIT.FAILURE, `Samvirke failed to start while opening and migrating the database: ${detail}`);
  }
  lifecycle.set('starting');
  // The demo seed and the app's build overlap: the seed's first step waits for argon2 (in libuv's
  // threads) while the schema is built here. Its mails wait until the server is ready, so their
  // delivery does not compete with the start-up (they are delivered the same, just after).
  const releaseOutbox = config.demo ? deps.outbox.hold() : null;
  const seeding = config.demo ? seedDemo(deps) : null;
  let built: Awaited<ReturnType<typeof createApp>>;
  try {
    built = await createApp(deps, { lifecycle });
  } finally {
    // Never leave the seed's rejection unhandled: the start fails with the first error either way.
    await seeding?.catch(() => undefined);
  }
  await seeding;
  stopApp = built.stop;
  if (stopping) return;
  handler = built.app;
  if (metricsServer) metricsHandler = metricsListener(deps);
  // Jobs only once the server is whole: a server that cannot serve runs no jobs.
  stopJobs = config.jobsEnabled ? startScheduler(deps) : null;
  lifecycle.set('ready');
  // Node's typings list only its own process events; a process is still an EventEmitter.
  const processEvents: NodeJS.EventEmitter = process;
  processEvents.emit(READY_EVENT);
  releaseOutbox?.();
  logger.info({ url, demo: config.demo, jobs: config.jobsEnabled }, 'Samvirke is listening');
  if (config.demo) {
    // The banner points at the development mailbox: the seed's mails are in it once it shows.
    await deps.outbox.idle();
    process.stdout.write(demoBanner({ url, passwordIsDefault: !process.env.DEMO_PASSWORD, defaultPassword: config.demoPassword, mailbox: deps.mailbox !== null }));
  }
}

main().catch((error: unknown) => {
  fail(EXIT.FAILURE, `Samvirke failed to start: ${error instanceof Error ? error.message : String(error)}`);
});
