// The outbox: mail is written inside the transaction that caused it, delivered after commit,
// retried with backoff on failure, cancelled for deactivated recipients, and never sent for a
// change that rolled back.
import { testAction } from '../../support/test-actions.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { notifications, outbox, users } from '../../../db/schema/index.js';
import { runAudited } from '../../../server/core/audit.js';
import { systemContext } from '../../../server/core/context.js';
import type { TMail, TMailer } from '../../../server/core/mailer.js';
import { NOTIFICATION_KINDS } from '../../../server/core/notification-kinds.js';
import { enqueueMail, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '../../../server/core/outbox.js';
import { notify } from '../../../server/modules/notifications/notifications.service.js';
import { buildSignedInUser, buildUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { CreateUserDocument, DeactivateUserDocument } from '../../gql/generated/graphql.js';

type TCall = { mail: TMail; inTransaction: boolean; statusAtSend: string | undefined };
const calls: TCall[] = [];
let behaviour: (mail: TMail) => Promise<void> = async () => {};

let server: TTestServer;
const mailer: TMailer = {
  send: async (mail) => {
    const row = server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, mail.recipientUserId)).all().at(-1);
    calls.push({ mail, inTransaction: server.deps.sqlite.inTransaction, statusAtSend: row?.status });
    await behaviour(mail);
  },
  close: () => {},
};

function refused(mail: TMail): Error {
  // Like an SMTP rejection, the message echoes the address: it must not reach the database or logs.
  return Object.assign(new Error(`550 mailbox ${mail.to} unavailable`), { code: 'EENVELOPE' });
}

beforeAll(async () => {
  server = await startTestServer({ mailer });
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  await server.deps.outbox.idle();
  behaviour = async () => {};
});

const callsFor = (userId: string) => calls.filter((c) => c.mail.recipientUserId === userId);
const rowsFor = (userId: string) => server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, userId)).all();

async function notifyNow(userId: string): Promise<void> {
  const ctx = systemContext(server.deps, 'outbox-test');
  await runAudited(ctx, (unit) => {
    notify(unit, { ctx, userIds: [userId], kind: 'ACCOUNT_LOCKED', objectType: 'User', objectId: userId, link: '/' });
    unit.audit({ action: testAction('TEST_NOTIFY'), objectType: 'User', objectId: userId });
  });
}


describe('delivery after commit', () => {
  it('writes the mail in the transaction of the change and sends it only after commit (createUser)', async () => {
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const email = `outbox-${Math.random().toString(36).slice(2, 10)}@at.test`;
    const res = await server.as({ token: token })(CreateUserDocument, { input: { email, name: 'Outbox Person', organisationCode: 'AT', roles: ['CASEWORKER'], password: 'a-long-initial-password' } });
    expect(res.body.errors).toBeUndefined();
    const userId = res.body.data!.createUser.id;
    await server.deps.outbox.idle();

    expect(callsFor(userId)).toHaveLength(1);
    const [call] = callsFor(userId);
    expect(call!.mail).toMatchObject({ to: email, kind: 'ACCOUNT_CREATED', recipientUserId: userId });
    expect(call!.inTransaction).toBe(false);
    expect(call!.statusAtSend).toBe('PENDING');
    expect(rowsFor(userId)).toEqual([
      expect.objectContaining({ kind: 'ACCOUNT_CREATED', status: 'SENT', attempts: 1, link: '/', sentAt: server.clock.now().toISOString(), lastError: null }),
    ]);
  });

  it('sends nothing for a change that rolled back', async () => {
    const user = await buildUser(server);
    const ctx = systemContext(server.deps, 'outbox-rollback');
    await expect(
      runAudited(ctx, (unit) => {
        notify(unit, { ctx, userIds: [user.id], kind: 'ACCOUNT_LOCKED', link: '/' });
        unit.audit({ action: testAction('TEST_NOTIFY') });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await server.deps.outbox.idle();
    await server.deps.outbox.deliverDue();
    expect(rowsFor(user.id)).toEqual([]);
    expect(server.deps.db.select().from(notifications).where(eq(notifications.userId, user.id)).all()).toEqual([]);
    expect(callsFor(user.id)).toEqual([]);
  });

  it('sends nothing when a real mutation rolls back because its audit record failed (createUser)', async () => {
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const email = `rolled-back-${Math.random().toString(36).slice(2, 10)}@at.test`;
    const before = calls.length;
    server.deps.writer.sqlite.exec(`CREATE TEMP TRIGGER audit_down BEFORE INSERT ON main.audit_events BEGIN SELECT RAISE(ABORT, 'audit down'); END`);
    let res;
    try {
      res = await server.as({ token })(CreateUserDocument, { input: { email, name: 'Never Created', organisationCode: 'AT', roles: ['CASEWORKER'], password: 'a-long-initial-password' } });
    } finally {
      server.deps.writer.sqlite.exec('DROP TRIGGER temp.audit_down');
    }
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    await server.deps.outbox.idle();
    await server.deps.outbox.deliverDue();
    expect(server.deps.db.select().from(users).where(eq(users.email, email)).get()).toBeUndefined();
    expect(calls.slice(before).filter((c) => c.mail.to === email)).toEqual([]);
  });

  it('keeps a mail link on PUBLIC_URL: only a path is accepted', async () => {
    const ctx = systemContext(server.deps, 'outbox-link');
    for (const link of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'relative/path']) {
      await expect(
        runAudited(ctx, (unit) => {
          enqueueMail(unit, { kind: 'ACCOUNT_LOCKED', recipientUserId: 'nobody', link });
          unit.audit({ action: testAction('TEST_LINK') });
        }),
      ).rejects.toThrow(/path/);
    }
  });
});

describe('retries with backoff', () => {
  it('counts attempts up, moves next_attempt_at by retryDelayMs, and gives up as FAILED after MAX_DELIVERY_ATTEMPTS', async () => {
    const user = await buildUser(server);
    behaviour = async (mail) => {
      throw refused(mail);
    };
    await notifyNow(user.id);
    await server.deps.outbox.idle();

    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt += 1) {
      const [row] = rowsFor(user.id);
      expect(callsFor(user.id)).toHaveLength(attempt);
      expect(row).toMatchObject({
        attempts: attempt,
        status: attempt < MAX_DELIVERY_ATTEMPTS ? 'PENDING' : 'FAILED',
        nextAttemptAt: new Date(server.clock.now().getTime() + retryDelayMs(attempt)).toISOString(),
        lastError: 'Error:EENVELOPE',
      });
      if (attempt === MAX_DELIVERY_ATTEMPTS) break;

      // Not yet due: a delivery run a moment before next_attempt_at leaves it alone.
      server.clock.advance(retryDelayMs(attempt) - 1);
      await server.deps.outbox.deliverDue();
      expect(callsFor(user.id)).toHaveLength(attempt);

      server.clock.advance(1);
      await server.deps.outbox.deliverDue();
    }

    // FAILED is final.
    server.clock.advance(7 * 24 * 3_600_000);
    await server.deps.outbox.deliverDue();
    expect(callsFor(user.id)).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(rowsFor(user.id)[0]!.status).toBe('FAILED');

    const logged = server.logs.join('');
    expect(logged).toContain('mail delivery gave up');
    expect(logged).not.toContain(callsFor(user.id)[0]!.mail.to);
  });

  it('resumes when due and sends once the mail server answers again', async () => {
    const user = await buildUser(server);
    let failuresLeft = 2;
    behaviour = async (mail) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw refused(mail);
      }
    };
    await notifyNow(user.id);
    await server.deps.outbox.idle();
    expect(rowsFor(user.id)[0]).toMatchObject({ status: 'PENDING', attempts: 1 });

    server.clock.advance(retryDelayMs(1));
    const second = await server.deps.outbox.deliverDue();
    expect(second.retried).toBeGreaterThanOrEqual(1);
    expect(rowsFor(user.id)[0]).toMatchObject({ status: 'PENDING', attempts: 2 });

    server.clock.advance(retryDelayMs(2));
    const third = await server.deps.outbox.deliverDue();
    expect(third.sent).toBeGreaterThanOrEqual(1);
    expect(rowsFor(user.id)[0]).toMatchObject({ status: 'SENT', attempts: 3, lastError: null, sentAt: server.clock.now().toISOString() });
    expect(callsFor(user.id)).toHaveLength(3);
  });

  it('backs off 1, 2, 4 … minutes, at most an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('takes another pass when a later time is asked for while a delivery runs', async () => {
    const early = await buildUser(server);
    const late = await buildUser(server);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    behaviour = async (mail) => {
      if (mail.recipientUserId === early.id) await gate;
    };
    // The late mail waits for a retry two minutes from now.
    const ctx = systemContext(server.deps, 'outbox-late');
    await runAudited(ctx, (unit) => {
      enqueueMail(unit, { kind: 'ACCOUNT_LOCKED', recipientUserId: late.id, link: '/' });
      unit.audit({ action: testAction('TEST_ENQUEUE') });
    });
    const retryAt = new Date(server.clock.now().getTime() + 120_000);
    server.deps.db.update(outbox).set({ nextAttemptAt: retryAt.toISOString(), attempts: 1 }).where(eq(outbox.recipientUserId, late.id)).run();
    await server.deps.outbox.deliverDue();
    expect(rowsFor(late.id)[0]!.status).toBe('PENDING');
    const lateCallsBefore = callsFor(late.id).length;
    expect(lateCallsBefore).toBe(0);

    await notifyNow(early.id);
    const first = server.deps.outbox.deliverDue();
    const second = server.deps.outbox.deliverDue(retryAt);
    release();
    await Promise.all([first, second]);
    expect(callsFor(late.id)).toHaveLength(lateCallsBefore + 1);
    expect(rowsFor(late.id).at(-1)!.status).toBe('SENT');
  });
});

describe('deactivated recipients', () => {
  it('cancels mail waiting for a retry once its recipient is deactivated', async () => {
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const user = await buildUser(server);
    behaviour = async (mail) => {
      throw refused(mail);
    };
    await notifyNow(user.id);
    await server.deps.outbox.idle();
    expect(rowsFor(user.id)[0]).toMatchObject({ status: 'PENDING', attempts: 1 });

    const res = await server.as({ token })(DeactivateUserDocument, { id: user.id });
    expect(res.body.data?.deactivateUser.active).toBe(false);
    behaviour = async () => {};
    server.clock.advance(retryDelayMs(1));
    const report = await server.deps.outbox.deliverDue();
    expect(report.cancelled).toBeGreaterThanOrEqual(1);
    expect(rowsFor(user.id)[0]).toMatchObject({ status: 'CANCELLED', attempts: 1 });
    expect(callsFor(user.id)).toHaveLength(1);
  });

  it('never sends mail enqueued for a user who is already deactivated', async () => {
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const user = await buildUser(server);
    await server.as({ token })(DeactivateUserDocument, { id: user.id });
    await notifyNow(user.id);
    await server.deps.outbox.idle();
    expect(rowsFor(user.id)[0]!.status).toBe('CANCELLED');
    expect(callsFor(user.id)).toEqual([]);
  });
});

describe('a row this version cannot render', () => {
  it('fails at once instead of blocking or retrying', async () => {
    const user = await buildUser(server);
    server.deps.db
      .insert(outbox)
      .values({ id: `unknown-${user.id}`, channel: 'mail', kind: 'NO_SUCH_KIND', recipientUserId: user.id, link: '/', status: 'PENDING', attempts: 0, nextAttemptAt: server.clock.now().toISOString(), createdAt: server.clock.now().toISOString() })
      .run();
    await notifyNow(user.id);
    await server.deps.outbox.idle();
    await server.deps.outbox.deliverDue();
    const rows = rowsFor(user.id);
    expect(rows.find((r) => r.kind === 'NO_SUCH_KIND')).toMatchObject({ status: 'FAILED', lastError: 'UnknownKind' });
    expect(rows.find((r) => r.kind === 'ACCOUNT_LOCKED')?.status).toBe('SENT');
    expect(callsFor(user.id).map((c) => c.mail.kind)).toEqual(['ACCOUNT_LOCKED']);
    expect(callsFor(user.id)[0]!.mail.subject).toContain(NOTIFICATION_KINDS.ACCOUNT_LOCKED.da);
  });
});
