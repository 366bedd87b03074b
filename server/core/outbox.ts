// The one outbox. Side effects (mail) are written as rows inside the transaction that caused
// them and delivered after commit by this worker, with retries and backoff. A rolled-back
// change leaves no row, so it sends nothing.
import { and, asc, count, eq, inArray, lte, min } from 'drizzle-orm';
import { outbox, users } from '../../db/schema/index.js';
import type { TDeliveryReport, TOutboxWorker, TUnitOfWork } from './types.js';
import type { TClock } from './clock.js';
import { insertionOrder, type TDb } from './db.js';
import { newId } from './ids.js';
import type { TLogger } from './logger.js';
import type { TMailer } from './mailer.js';
import type { TMetrics } from './metrics.js';
import { isNotificationKind, renderMail, type TNotificationKind } from './notification-kinds.js';

export const MAX_DELIVERY_ATTEMPTS = 8;
const BATCH_SIZE = 100;

export function enqueueMail(unit: TUnitOfWork, mail: { kind: TNotificationKind; recipientUserId: string; link: string }): void {
  // The mail links to PUBLIC_URL + link: only a path keeps the link on Samvirke's own address.
  if (!/^\/(?![/\\])/.test(mail.link)) throw new Error('A mail link must be a path starting with /');
  unit.tx
    .insert(outbox)
    .values({
      id: newId(),
      channel: 'mail',
      kind: mail.kind,
      recipientUserId: mail.recipientUserId,
      link: mail.link,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: unit.now.toISOString(),
      createdAt: unit.now.toISOString(),
    })
    .run();
}

/**
 * Cancels the user's mails of a kind not yet sent: a newer password-reset link makes the older
 * ones void, so they are not sent, and the one-time token their link carries is dropped.
 */
export function cancelPendingMail(unit: TUnitOfWork, mail: { kind: TNotificationKind; recipientUserId: string }): number {
  const pending = unit.tx
    .select({ id: outbox.id, link: outbox.link })
    .from(outbox)
    .where(and(eq(outbox.kind, mail.kind), eq(outbox.recipientUserId, mail.recipientUserId), eq(outbox.status, 'PENDING')))
    .all();
  for (const row of pending) unit.tx.update(outbox).set({ status: 'CANCELLED', link: withoutFragment(row.link) }).where(eq(outbox.id, row.id)).run();
  return pending.length;
}

/**
 * A link's fragment may carry a one-time secret (the password-reset token): the row keeps it only
 * until the mail is sent, given up or cancelled, so the database holds no usable token after that.
 */
export function withoutFragment(link: string): string {
  const at = link.indexOf('#');
  return at === -1 ? link : link.slice(0, at);
}

/** Backoff after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

export type TOutboxBacklog = { pending: number; failed: number; oldestPendingCreatedAt: string | null };

/**
 * What waits in the outbox (for the metrics, read at scrape time): mail not yet sent, mail given
 * up, and when the oldest unsent one was written. Counts and a time only; through the status index.
 */
export function outboxBacklog(db: TDb): TOutboxBacklog {
  const rows = db
    .select({ status: outbox.status, n: count(), oldest: min(outbox.createdAt) })
    .from(outbox)
    .where(inArray(outbox.status, ['PENDING', 'FAILED']))
    .groupBy(outbox.status)
    .all();
  const pending = rows.find((r) => r.status === 'PENDING');
  return { pending: pending?.n ?? 0, failed: rows.find((r) => r.status === 'FAILED')?.n ?? 0, oldestPendingCreatedAt: pending?.oldest ?? null };
}

export type { TDeliveryReport, TOutboxWorker } from './types.js';

export function createOutboxWorker(options: { db: TDb; clock: TClock; logger: TLogger; mailer: TMailer; publicUrl: string; metrics?: TMetrics }): TOutboxWorker {
  const { db, clock, logger, mailer, publicUrl, metrics } = options;
  let running: Promise<TDeliveryReport> | null = null;
  // A later "now" asked for while a delivery runs: the running delivery takes another pass with it,
  // so runJob('outbox-delivery', at) never returns having looked only at an earlier time.
  let pendingNow: Date | null = null;
  let kicksPending = 0;
  let holds = 0;
  let kickedWhileHeld = false;

  function markFailed(row: typeof outbox.$inferSelect, now: Date, reason: string, dead: boolean): void {
    const attempts = row.attempts + 1;
    db.update(outbox)
      .set({
        status: dead ? 'FAILED' : 'PENDING',
        attempts,
        ...(dead ? { link: withoutFragment(row.link) } : {}),
        lastError: reason,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
      })
      .where(eq(outbox.id, row.id))
      .run();
    logger.warn({ outboxId: row.id, mailKind: row.kind, attempts, reason }, dead ? 'mail delivery gave up' : 'mail delivery failed, will retry');
  }

  async function deliverBatch(now: Date): Promise<TDeliveryReport & { full: boolean }> {
    const report = { sent: 0, retried: 0, failed: 0, cancelled: 0, full: false };
    const due = db
      .select({ row: outbox, email: users.email, active: users.active })
      .from(outbox)
      .innerJoin(users, eq(users.id, outbox.recipientUserId))
      .where(and(eq(outbox.status, 'PENDING'), lte(outbox.nextAttemptAt, now.toISOString())))
      .orderBy(asc(outbox.createdAt), asc(insertionOrder(outbox)))
      .limit(BATCH_SIZE)
      .all();
    report.full = due.length === BATCH_SIZE;
    for (const { row, email, active } of due) {
      if (!active) {
        db.update(outbox).set({ status: 'CANCELLED', link: withoutFragment(row.link) }).where(eq(outbox.id, row.id)).run();
        logger.info({ outboxId: row.id, mailKind: row.kind }, 'mail cancelled: the recipient is deactivated');
        report.cancelled += 1;
        continue;
      }
      if (!isNotificationKind(row.kind)) {
        // Retrying cannot help a kind this version does not know; give up at once.
        markFailed(row, now, 'UnknownKind', true);
        report.failed += 1;
        continue;
      }
      const url = `${publicUrl}${row.link}`;
      const mail = renderMail({ kind: row.kind, url });
      try {
        await mailer.send({ ...mail, to: email, kind: row.kind, recipientUserId: row.recipientUserId, link: url });
      } catch (error) {
        const dead = row.attempts + 1 >= MAX_DELIVERY_ATTEMPTS;
        // Only the error's class and code are kept: SMTP replies can echo addresses.
        const reason = error instanceof Error ? `${error.name}${'code' in error ? `:${String(error.code)}` : ''}` : 'unknown';
        markFailed(row, now, reason, dead);
        if (dead) report.failed += 1;
        else report.retried += 1;
        continue;
      }
      db.update(outbox).set({ status: 'SENT', link: withoutFragment(row.link), attempts: row.attempts + 1, sentAt: clock.now().toISOString(), lastError: null }).where(eq(outbox.id, row.id)).run();
      report.sent += 1;
    }
    return report;
  }

  function deliverDue(now?: Date): Promise<TDeliveryReport> {
    const at = now ?? clock.now();
    if (running) {
      if (!pendingNow || at > pendingNow) pendingNow = at;
      return running;
    }
    running = (async () => {
      const total: TDeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
      let next: Date | null = at;
      while (next) {
        const report = await deliverBatch(next);
        total.sent += report.sent;
        total.retried += report.retried;
        total.failed += report.failed;
        total.cancelled += report.cancelled;
        if (metrics) for (const outcome of ['sent', 'retried', 'failed', 'cancelled'] as const) if (report[outcome] > 0) metrics.outboxDeliveries.inc({ outcome }, report[outcome]);
        // Another pass when the batch was full (more may be due) or someone asked meanwhile.
        const asked: Date | null = pendingNow;
        pendingNow = null;
        if (asked && asked > next) next = asked;
        else if (!report.full && !asked) next = null;
      }
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  function kick(): void {
    if (holds > 0) {
      kickedWhileHeld = true;
      return;
    }
    kicksPending += 1;
    setImmediate(() => {
      kicksPending -= 1;
      deliverDue().catch((error: unknown) => logger.error({ err: error }, 'outbox delivery crashed'));
    });
  }

  return {
    deliverDue,
    kick,
    hold: () => {
      holds += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        holds -= 1;
        if (holds === 0 && kickedWhileHeld) {
          kickedWhileHeld = false;
          kick();
        }
      };
    },
    idle: async () => {
      // A kick waits for the next turn of the event loop; wait for it too, so nothing starts
      // delivering after an orderly shutdown has closed the database.
      while (running || kicksPending > 0) {
        if (running) await running.catch(() => undefined);
        else await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
  };
}
