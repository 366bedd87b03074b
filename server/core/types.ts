// The shapes every domain is written against: the server's dependencies, a request's context and
// a unit of work. Declared here, in core, and implemented by the composition root (server/deps.ts),
// so that core never depends on what assembles it (no audit → context → deps → outbox → audit cycle).
import type { TConfig } from '../config.js';
import type { TAuditAction, TAuditRecord } from './audit-actions.js';
import type { TViewer } from './access.js';
import type { TClock } from './clock.js';
import type { TDb, TSqlite, TWriter } from './db.js';
import type { TBlindIndexKey, TCheckpointKey, TSigningKeys } from './keys.js';
import type { TLogger } from './logger.js';
import type { TSealer } from './sealing/sealer.js';
import type { TDevMailbox } from './dev-mailbox.js';
import type { TMailer } from './mailer.js';
import type { TMetrics } from './metrics.js';

export type TDeps = {
  config: TConfig;
  clock: TClock;
  logger: TLogger;
  /** The reader connection: reads outside a unit of work (they never see a unit's uncommitted writes). */
  db: TDb;
  sqlite: TSqlite;
  /** The one writer: units of work and read audit groups, one at a time (core/audit.ts, ADR 0030). */
  writer: TWriter;
  keys: TSigningKeys;
  /** Signs audit checkpoints; kept outside the database. */
  checkpointKey: TCheckpointKey;
  /** Keys the blind indexes of subject matching; kept outside the database. */
  blindIndexKey: TBlindIndexKey;
  /** Seals and opens personal data under each record's data key (DATA_KEY wraps them; the key store holds them). */
  sealer: TSealer;
  mailer: TMailer;
  /** Development and test without SMTP_URL: the mail "sent" (GET /dev/mailbox); null otherwise. */
  mailbox: TDevMailbox | null;
  outbox: TOutboxWorker;
  /** The Prometheus instruments of this server (core/metrics.ts): a registry of its own. */
  metrics: TMetrics;
  /** Waiting, injectable so tests can see a slowed sign-in without waiting for it. */
  sleep: (ms: number) => Promise<void>;
};

export type TContext = {
  deps: TDeps;
  viewer: TViewer | null;
  requestId: string;
  ip: string | null;
  logger: TLogger;
};

export type { TAuditOutcome, TAuditRecord, TDataCategory } from './audit-actions.js';

export type TUnitOfWork = {
  /** The executor of every statement of the unit: the writer, inside the unit's transaction. */
  tx: TDb;
  now: Date;
  /** Add an audit record to this transaction (written before it commits). */
  audit<A extends TAuditAction>(record: TAuditRecord<A>): void;
  /** Run after a successful commit (e.g. wake the outbox worker); never inside the transaction. */
  afterCommit(fn: () => void): void;
};

export type TDeliveryReport = { sent: number; retried: number; failed: number; cancelled: number };

export type TOutboxWorker = {
  deliverDue(now?: Date): Promise<TDeliveryReport>;
  /** Wake the worker after a commit; delivery runs in the background. */
  kick(): void;
  /**
   * Holds kicks back until the returned release is called, which then kicks once if any came
   * meanwhile (the demo seed at start-up: its mails are delivered once the server is ready).
   */
  hold(): () => void;
  /** Resolves when no delivery is running (for orderly shutdown and tests). */
  idle(): Promise<void>;
};
