// The audit trail: one unit of work = the change and its audit record in one transaction,
// hash-chained records, and a table the database itself keeps append-only.
import { testAction } from '../../support/test-actions.js';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, jobRuns, notifications } from '../../../db/schema/index.js';
import { computeAuditHash, GENESIS_HASH, recordAudit, runAudited, type TUnitOfWork } from '../../../server/core/audit.js';
import { systemContext, type TContext } from '../../../server/core/context.js';
import { sha256Hex } from '../../../server/core/ids.js';
import { notify } from '../../../server/modules/notifications/notifications.service.js';
import { buildSignedInUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { MarkNotificationReadDocument, NotificationsDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function ctx(requestId = `audit-test-${Math.random().toString(36).slice(2, 10)}`): TContext {
  return systemContext(server.deps, requestId);
}

function insertMarker(unit: TUnitOfWork, id: string): void {
  unit.tx.insert(jobRuns).values({ id, name: 'audit-marker', trigger: 'test', at: 'x', startedAt: 'x', status: 'SUCCEEDED', attempts: 0 }).run();
}

function markerExists(id: string): boolean {
  return server.deps.db.select().from(jobRuns).where(eq(jobRuns.id, id)).get() !== undefined;
}

function allAuditRows() {
  return server.deps.db.select().from(auditEvents).orderBy(asc(auditEvents.seq)).all();
}

/** Makes every audit insert fail (as a full disk or a broken audit store would) while `fn` runs. */
async function withFailingAuditStore<T>(fn: () => Promise<T> | T): Promise<T> {
  server.deps.writer.sqlite.exec(`CREATE TEMP TRIGGER audit_store_down BEFORE INSERT ON main.audit_events BEGIN SELECT RAISE(ABORT, 'audit store unavailable'); END`);
  try {
    return await fn();
  } finally {
    server.deps.writer.sqlite.exec('DROP TRIGGER temp.audit_store_down');
  }
}

const NOTIFICATIONS = NotificationsDocument;
const MARK_READ = MarkNotificationReadDocument;

describe('a unit of work', () => {
  it('commits the change together with its audit record', async () => {
    const id = `marker-${Math.random()}`;
    const before = allAuditRows().length;
    const value = await runAudited(ctx(), (unit) => {
      insertMarker(unit, id);
      unit.audit({ action: testAction('TEST_CHANGE'), objectType: 'JobRun', objectId: id });
      return 42;
    });
    expect(value).toBe(42);
    expect(markerExists(id)).toBe(true);
    const rows = allAuditRows();
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ action: testAction('TEST_CHANGE'), objectId: id });
  });

  it('rolls the change back when the audit record cannot be written', async () => {
    const id = `marker-${Math.random()}`;
    const before = allAuditRows().length;
    await withFailingAuditStore(async () => {
      await expect(
        runAudited(ctx(), (unit) => {
          insertMarker(unit, id);
          unit.audit({ action: testAction('TEST_CHANGE'), objectType: 'JobRun', objectId: id });
        }),
      ).rejects.toThrow(/audit store unavailable/);
    });
    expect(markerExists(id)).toBe(false);
    expect(allAuditRows()).toHaveLength(before);
  });

  it('rolls a real mutation back when its audit record cannot be written (markNotificationRead over HTTP)', async () => {
    const { user, token } = await buildSignedInUser(server);
    await runAudited(ctx(), (unit) => {
      notify(unit, { ctx: ctx(), userIds: [user.id], kind: 'ACCOUNT_LOCKED', link: '/' });
      unit.audit({ action: testAction('TEST_NOTIFY'), objectType: 'User', objectId: user.id });
    });
    await server.deps.outbox.idle();
    const list = await server.gql(NOTIFICATIONS, {}, { token });
    const id = list.body.data!.notifications[0]!.id;

    const res = await withFailingAuditStore(() => server.gql(MARK_READ, { id }, { token }));
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res.body)).not.toMatch(/audit store|audit_events|SQLITE/i);
    const row = server.deps.db.select().from(notifications).where(eq(notifications.id, id)).get();
    expect(row?.readAt).toBeNull();

    // The same request with the audit store back succeeds: the failure above was the audit write.
    const ok = await server.gql(MARK_READ, { id }, { token });
    expect(ok.body.data?.markNotificationRead.readAt).toBe(server.clock.now().toISOString());
  });

  it('is rolled back when it writes no audit record', async () => {
    const id = `marker-${Math.random()}`;
    await expect(runAudited(ctx(), (unit) => insertMarker(unit, id))).rejects.toThrow(/audit record/);
    expect(markerExists(id)).toBe(false);
  });

  it('is rolled back, record included, when the change itself fails after auditing', async () => {
    const id = `marker-${Math.random()}`;
    const before = allAuditRows().length;
    await expect(
      runAudited(ctx(), (unit) => {
        unit.audit({ action: testAction('TEST_CHANGE'), objectType: 'JobRun', objectId: id });
        insertMarker(unit, id);
        throw new Error('business rule broken');
      }),
    ).rejects.toThrow('business rule broken');
    expect(markerExists(id)).toBe(false);
    expect(allAuditRows()).toHaveLength(before);
  });

  it('runs after-commit hooks only after a commit, outside the transaction', async () => {
    const seen: boolean[] = [];
    await runAudited(ctx(), (unit) => {
      unit.afterCommit(() => seen.push(server.deps.sqlite.inTransaction));
      unit.audit({ action: testAction('TEST_HOOK') });
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual([false]);

    const never: string[] = [];
    await expect(
      runAudited(ctx(), (unit) => {
        unit.afterCommit(() => never.push('ran'));
        unit.audit({ action: testAction('TEST_HOOK') });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(never).toEqual([]);
  });
  it('an asynchronous unit: no read outside it sees its writes before the commit, and the next unit waits for it', async () => {
    const id = `marker-${Math.random()}`;
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const first = runAudited(ctx(), async (unit) => {
      insertMarker(unit, id);
      unit.audit({ action: testAction('TEST_CHANGE'), objectType: 'JobRun', objectId: id });
      await paused;
      return 'first';
    });
    await new Promise((resolve) => setImmediate(resolve));
    // Written on the writer, inside the open transaction: the reader sees the last commit only.
    expect(server.deps.writer.sqlite.inTransaction).toBe(true);
    expect(markerExists(id)).toBe(false);
    const order: string[] = [];
    const second = runAudited(ctx(), (unit) => {
      order.push('second');
      unit.audit({ action: testAction('TEST_CHANGE'), objectType: 'JobRun', objectId: `${id}-second` });
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    resume();
    expect(await first).toBe('first');
    await second;
    expect(order).toEqual(['second']);
    expect(markerExists(id)).toBe(true);
  });

  it('an asynchronous unit that fails rolls back alone: the unit queued behind it commits', async () => {
    const id = `marker-${Math.random()}`;
    const failing = runAudited(ctx(), async (unit) => {
      insertMarker(unit, id);
      unit.audit({ action: testAction('TEST_CHANGE'), objectType: 'JobRun', objectId: id });
      await new Promise((resolve) => setImmediate(resolve));
      throw new Error('business rule broken');
    });
    const other = runAudited(ctx(), (unit) => {
      insertMarker(unit, `${id}-other`);
      unit.audit({ action: testAction('TEST_CHANGE'), objectType: 'JobRun', objectId: `${id}-other` });
    });
    await expect(failing).rejects.toThrow('business rule broken');
    await other;
    expect(markerExists(id)).toBe(false);
    expect(markerExists(`${id}-other`)).toBe(true);
  });

  it('refuses a unit asked for inside another unit’s work (it would wait for that unit forever)', async () => {
    await expect(
      runAudited(ctx(), (unit) => {
        unit.audit({ action: testAction('TEST_CHANGE') });
        return runAudited(ctx(), (inner) => inner.audit({ action: testAction('TEST_CHANGE') }));
      }),
    ).rejects.toThrow(/inside another one/);
  });
});

describe('an audit record', () => {
  it('holds sequence, time, actor user and organisation, action, object, category, purpose, outcome and request id', async () => {
    const { user, token } = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
    await runAudited(ctx(), (unit) => {
      notify(unit, { ctx: ctx(), userIds: [user.id], kind: 'ACCOUNT_LOCKED', link: '/' });
      unit.audit({ action: testAction('TEST_NOTIFY'), objectType: 'User', objectId: user.id });
    });
    await server.deps.outbox.idle();
    const list = await server.gql(NOTIFICATIONS, {}, { token });
    const id = list.body.data!.notifications[0]!.id;
    server.clock.advance(60_000);
    const requestId = `req-${Math.random().toString(36).slice(2, 12)}`;
    const lastSeq = allAuditRows().at(-1)!.seq;
    const res = await server.gql(MARK_READ, { id }, { token, headers: { 'x-request-id': requestId } });
    expect(res.body.errors).toBeUndefined();

    const row = server.deps.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId)).get();
    expect(row).toMatchObject({
      seq: lastSeq + 1,
      at: server.clock.now().toISOString(),
      actorUserId: user.id,
      actorOrganisationId: 'org-at',
      actorRoles: 'CASEWORKER',
      action: 'NOTIFICATION_READ',
      objectType: 'Notification',
      objectId: id,
      outcome: 'ALLOWED',
      requestId,
    });
  });

  it('stores data category, purpose, subject, outcome and details as given', async () => {
    const requestId = `req-${Math.random().toString(36).slice(2, 12)}`;
    await recordAudit(ctx(requestId), [
      {
        action: testAction('TEST_READ'),
        objectType: 'Referral',
        objectId: 'ref-1',
        subjectId: 'subject-1',
        dataCategory: 'HEALTH',
        purpose: 'assessment',
        outcome: 'DENIED',
        details: { reason: 'NO_ACCESS', delayedMs: 2 },
      },
    ]);
    const row = server.deps.db.select().from(auditEvents).where(eq(auditEvents.requestId, requestId)).get();
    expect(row).toMatchObject({
      action: testAction('TEST_READ'),
      objectType: 'Referral',
      objectId: 'ref-1',
      subjectId: 'subject-1',
      dataCategory: 'HEALTH',
      purpose: 'assessment',
      outcome: 'DENIED',
      actorUserId: null,
      requestId,
    });
    expect(JSON.parse(row!.details!)).toEqual({ reason: 'NO_ACCESS', delayedMs: 2 });
  });

  it('numbers records 1, 2, 3 … and links each to the one before by SHA-256', async () => {
    await recordAudit(ctx(), [{ action: testAction('TEST_A') }, { action: testAction('TEST_B') }, { action: testAction('TEST_C') }]);
    const rows = allAuditRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    rows.forEach((row, i) => {
      const { hash, ...rest } = row;
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).toBe(computeAuditHash(rest));
      if (i > 0) expect(row.prevHash).toBe(rows[i - 1]!.hash);
    });
    // The hash covers the previous hash and the record: changing either gives another hash.
    const { hash: last, ...lastRest } = rows.at(-1)!;
    expect(computeAuditHash({ ...lastRest, action: 'FORGED' })).not.toBe(last);
    expect(computeAuditHash({ ...lastRest, prevHash: GENESIS_HASH })).not.toBe(last);
    expect(last).toBe(sha256Hex(`${lastRest.prevHash}\n${JSON.stringify([
      lastRest.seq, lastRest.at, lastRest.actorUserId, lastRest.actorOrganisationId, lastRest.actorRoles, lastRest.action,
      lastRest.objectType, lastRest.objectId, lastRest.subjectId, lastRest.dataCategory, lastRest.purpose, lastRest.outcome,
      lastRest.requestId, lastRest.details,
    ])}`));
  });
});

describe('the audit table', () => {
  it('refuses UPDATE of a record, even through raw SQL', async () => {
    await recordAudit(ctx(), [{ action: testAction('TEST_IMMUTABLE') }]);
    const before = allAuditRows();
    const target = before.at(-1)!;
    expect(() => server.deps.sqlite.prepare(`UPDATE audit_events SET action = 'FORGED' WHERE seq = ?`).run(target.seq)).toThrow(/append-only/);
    expect(() => server.deps.sqlite.prepare(`UPDATE audit_events SET hash = ? WHERE seq = ?`).run(GENESIS_HASH, target.seq)).toThrow(/append-only/);
    expect(allAuditRows()).toEqual(before);
  });

  it('refuses DELETE of a record, even through raw SQL', () => {
    const before = allAuditRows();
    expect(() => server.deps.sqlite.prepare('DELETE FROM audit_events WHERE seq = ?').run(before[0]!.seq)).toThrow(/append-only/);
    expect(() => server.deps.sqlite.exec('DELETE FROM audit_events')).toThrow(/append-only/);
    expect(allAuditRows()).toEqual(before);
  });
});
