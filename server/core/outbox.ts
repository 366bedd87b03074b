// The one outbox. Side effects (mail) are written as rows inside the transaction that caused
// them and delivered after commit by this worker, with retries and backoff. A rolled-back
// change leaves no row, so it sends nothing.
import { and, asc, eq, lte } from 'drizzle-orm';
import { outbox, users } from '../../db/schema/index.js';
import type { TUnitOfWork } from './audit.js';
import type { TClock } from './clock.js';
import type { TDb } from './db.js';
import { newId } from './ids.js';
import type { TLogger } from './logger.js';
import type { TMailer } from './mailer.js';
import { renderMail, type TNotificationKind } from './notification-kinds.js';

export const MAX_DELIVERY_ATTEMPTS = 8;

export function enqueueMail(unit: TUnitOfWork, mail: { kind: TNotificationKind; recipientUserId: string; link: string }): void {
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

/** Backoff after the n-th failed attempt: 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

export type TDeliveryReport = { sent: number; retried: number; failed: number; cancelled: number };

export type TOutboxWorker = {
  deliverDue(now?: Date): Promise<TDeliveryReport>;
  /** Wake the worker after a commit; delivery runs in the background. */
  kick(): void;
  /** Resolves when no delivery is running (for orderly shutdown and tests). */
  idle(): Promise<void>;
};

export function createOutboxWorker(options: { db: TDb; clock: TClock; logger: TLogger; mailer: TMailer; publicUrl: string }): TOutboxWorker {
  const { db, clock, logger, mailer, publicUrl } = options;
  let running: Promise<TDeliveryReport> | null = null;
  let again = false;

  async function deliverBatch(now: Date): Promise<TDeliveryReport> {
    const report: TDeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
    const due = db
      .select({ row: outbox, email: users.email, active: users.active })
      .from(outbox)
      .innerJoin(users, eq(users.id, outbox.recipientUserId))
      .where(and(eq(outbox.status, 'PENDING'), lte(outbox.nextAttemptAt, now.toISOString())))
      .orderBy(asc(outbox.createdAt))
      .limit(100)
      .all();
    for (const { row, email, active } of due) {
      if (!active) {
        db.update(outbox).set({ status: 'CANCELLED' }).where(eq(outbox.id, row.id)).run();
        report.cancelled += 1;
        continue;
      }
      const mail = renderMail({ kind: row.kind as TNotificationKind, url: `${publicUrl}${row.link}` });
      try {
        await mailer.send({ ...mail, to: email, kind: row.kind, recipientUserId: row.recipientUserId });
        db.update(outbox).set({ status: 'SENT', attempts: row.attempts + 1, sentAt: clock.now().toISOString(), lastError: null }).where(eq(outbox.id, row.id)).run();
        report.sent += 1;
      } catch (error) {
        const attempts = row.attempts + 1;
        const dead = attempts >= MAX_DELIVERY_ATTEMPTS;
        // Only the error's class and code are kept: SMTP replies can echo addresses.
        const reason = error instanceof Error ? `${error.name}${'code' in error ? `:${String(error.code)}` : ''}` : 'unknown';
        db.update(outbox)
          .set({
            status: dead ? 'FAILED' : 'PENDING',
            attempts,
            lastError: reason,
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(),
          })
          .where(eq(outbox.id, row.id))
          .run();
        logger.warn({ outboxId: row.id, mailKind: row.kind, attempts, reason }, dead ? 'mail delivery gave up' : 'mail delivery failed, will retry');
        if (dead) report.failed += 1;
        else report.retried += 1;
      }
    }
    return report;
  }

  function deliverDue(now?: Date): Promise<TDeliveryReport> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      const total: TDeliveryReport = { sent: 0, retried: 0, failed: 0, cancelled: 0 };
      do {
        again = false;
        const report = await deliverBatch(now ?? clock.now());
        total.sent += report.sent;
        total.retried += report.retried;
        total.failed += report.failed;
        total.cancelled += report.cancelled;
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    deliverDue,
    kick: () => {
      setImmediate(() => {
        deliverDue().catch((error: unknown) => logger.error({ err: error }, 'outbox delivery crashed'));
      });
    },
    idle: async () => {
      while (running) await running.catch(() => undefined);
    },
  };
}
