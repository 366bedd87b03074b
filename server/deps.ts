// The long-lived dependencies of one server: assembled once at start-up (or by a test) and
// handed to every request through its context.
import type { TConfig } from './config.js';
import type { TClock } from './core/clock.js';
import { auditGroupStats, flushReadAudits, writerIdle } from './core/audit.js';
import { closeDatabase, openDatabase } from './core/db.js';
import type { TLogger } from './core/logger.js';
import { createMailer, type TMailer } from './core/mailer.js';
import { createMetrics } from './core/metrics.js';
import { createOutboxWorker } from './core/outbox.js';
import { loadSigningKeys, type TSigningKeys } from './modules/auth/keys.js';
import { loadCheckpointKey, type TCheckpointKey } from './modules/audit/checkpoint-key.js';
import { backfillMatchIndex, keepMatchIndexInStep } from './modules/subjects/match-index.js';
import { loadBlindIndexKey, type TBlindIndexKey } from './modules/subjects/blind-index.js';
import { systemContext } from './core/context.js';
import { openSealer } from './core/sealing/data-key.js';
import type { TSealer } from './core/sealing/sealer.js';
import { checkKeyStoreFits, sealExistingRows } from './core/sealing/seal-existing.js';
import { seedOrganisations } from './seed/organisations.js';
import { seedIndicators } from './seed/indicators.js';
import { capGrantsBeyondTheControllerRule } from './modules/sharing/controller-rule.js';

import type { TDeps } from './core/types.js';

export type { TDeps };

export async function createDeps(options: {
  config: TConfig;
  clock: TClock;
  logger: TLogger;
  keys?: TSigningKeys;
  checkpointKey?: TCheckpointKey;
  blindIndexKey?: TBlindIndexKey;
  sealer?: TSealer;
  mailer?: TMailer;
  sleep?: (ms: number) => Promise<void>;
}): Promise<TDeps> {
  const { config, clock, logger } = options;
  // The key store and DATA_KEY first: a wrong or missing key refuses the start before the database is touched.
  const sealer = options.sealer ?? openSealer(config, clock);
  const { db, sqlite, writer } = openDatabase({ path: config.databasePath });
  // A database from before sealing has its plaintext sealed in place, before anything reads it.
  checkKeyStoreFits(sqlite, sealer);
  const sealed = sealExistingRows(sqlite, sealer);
  if (sealed > 0) logger.info({ values: sealed }, 'sealed existing personal data in place');
  seedOrganisations(db);
  seedIndicators(db, clock.now());
  const keys = options.keys ?? (await loadSigningKeys(config));
  const checkpointKey = options.checkpointKey ?? loadCheckpointKey(config);
  const blindIndexKey = options.blindIndexKey ?? loadBlindIndexKey(config);
  const mailer = options.mailer ?? createMailer({ config, logger, clock });
  const mailbox = config.isProduction ? null : (mailer.mailbox ?? null);
  const metrics = createMetrics({ processMetrics: config.metrics.port !== null || config.metrics.token !== null });
  const outbox = createOutboxWorker({ db, clock, logger, mailer, publicUrl: config.publicUrl, metrics });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deps: TDeps = { config, clock, logger, db, sqlite, writer, keys, checkpointKey, blindIndexKey, sealer, mailer, mailbox, outbox, metrics, sleep };
  // Subjects sits above referrals: referrals tells of identifying data it writes, subjects indexes it.
  keepMatchIndexInStep();
  // After the migrations (openDatabase) and through the one audit writer: see controller-rule.ts.
  await capGrantsBeyondTheControllerRule(deps);
  // Referrals of a database from before the blind index (or indexed under another key) are
  // indexed now: computing an HMAC needs the key, which the database never holds, so in code.
  const indexed = await backfillMatchIndex(systemContext(deps, 'start-up'));
  if (indexed > 0) logger.info({ referrals: indexed }, 'indexed referrals for subject matching');
  return deps;
}

export async function closeDeps(deps: TDeps): Promise<void> {
  await deps.outbox.idle();
  // No unit of work still running, no read audit left pending or in flight; the group commit
  // figures for the bench (debug level only).
  await writerIdle(deps.writer);
  await flushReadAudits(deps.writer);
  deps.logger.debug({ auditGroupCommit: auditGroupStats(deps.writer.sqlite) }, 'audit group commit');
  deps.mailer.close();
  closeDatabase(deps.sqlite, deps.writer);
  deps.sealer.keyStore.close();
}
