// The long-lived dependencies of one server: assembled once at start-up (or by a test) and
// handed to every request through its context.
import type { TConfig } from './config.js';
import type { TClock } from './core/clock.js';
import { openDatabase, type TDb, type TSqlite } from './core/db.js';
import type { TLogger } from './core/logger.js';
import type { TDevMailbox } from './core/dev-mailbox.js';
import { createMailer, type TMailer } from './core/mailer.js';
import { createOutboxWorker, type TOutboxWorker } from './core/outbox.js';
import { loadSigningKeys, type TSigningKeys } from './modules/auth/keys.js';
import { loadCheckpointKey, type TCheckpointKey } from './modules/audit/checkpoint-key.js';
import { seedOrganisations } from '../db/seed/organisations.js';
import { capGrantsBeyondTheControllerRule } from './modules/sharing/controller-rule.js';

export type TDeps = {
  config: TConfig;
  clock: TClock;
  logger: TLogger;
  db: TDb;
  sqlite: TSqlite;
  keys: TSigningKeys;
  /** Signs audit checkpoints; kept outside the database. */
  checkpointKey: TCheckpointKey;
  mailer: TMailer;
  /** Development and test without SMTP_URL: the mail "sent" (GET /dev/mailbox); null otherwise. */
  mailbox: TDevMailbox | null;
  outbox: TOutboxWorker;
  /** Waiting, injectable so tests can see a slowed sign-in without waiting for it. */
  sleep: (ms: number) => Promise<void>;
};

export async function createDeps(options: {
  config: TConfig;
  clock: TClock;
  logger: TLogger;
  keys?: TSigningKeys;
  checkpointKey?: TCheckpointKey;
  mailer?: TMailer;
  sleep?: (ms: number) => Promise<void>;
}): Promise<TDeps> {
  const { config, clock, logger } = options;
  const { db, sqlite } = openDatabase({ path: config.databasePath });
  seedOrganisations(db);
  const keys = options.keys ?? (await loadSigningKeys(config));
  const checkpointKey = options.checkpointKey ?? loadCheckpointKey(config);
  const mailer = options.mailer ?? createMailer({ config, logger, clock });
  const mailbox = config.isProduction ? null : (mailer.mailbox ?? null);
  const outbox = createOutboxWorker({ db, clock, logger, mailer, publicUrl: config.publicUrl });
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deps: TDeps = { config, clock, logger, db, sqlite, keys, checkpointKey, mailer, mailbox, outbox, sleep };
  // After the migrations (openDatabase) and through the one audit writer: see controller-rule.ts.
  capGrantsBeyondTheControllerRule(deps);
  return deps;
}

export async function closeDeps(deps: TDeps): Promise<void> {
  await deps.outbox.idle();
  deps.mailer.close();
  deps.sqlite.close();
}
