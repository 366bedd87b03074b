// Reads the configuration, opens the database, starts listening and the scheduled jobs.
import fs from 'node:fs';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { systemClock } from './core/clock.js';
import { createLogger } from './core/logger.js';
import { closeDeps, createDeps } from './deps.js';
import { startScheduler } from './modules/jobs/jobs.service.js';
import { seedDemo } from '../db/seed/demo.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ env: process.env, argv: process.argv.slice(2), readFile: (p) => fs.readFileSync(p, 'utf8') });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
  const deps = await createDeps({ config, clock: systemClock, logger });
  if (config.demo) await seedDemo(deps);
  const { app, stop } = await createApp(deps);
  const server = app.listen(config.port, config.host, () => {
    logger.info({ url: `http://${config.host}:${config.port}`, demo: config.demo }, 'Samvirke is listening');
  });
  const stopJobs = config.jobsEnabled ? startScheduler(deps) : async () => {};
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close();
    await stopJobs();
    await stop();
    await closeDeps(deps);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Samvirke failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
