// The in-app inbox over HTTP: each user sees and marks only their own notifications.
import { testAction } from '../../support/test-actions.js';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, notifications } from '../../../db/schema/index.js';
import { runAudited } from '../../../server/core/audit.js';
import { systemContext } from '../../../server/core/context.js';
import type { TMailer } from '../../../server/core/mailer.js';
import { NOTIFICATION_KINDS, type TNotificationKind } from '../../../server/core/notification-kinds.js';
import { notify } from '../../../server/modules/notifications/notifications.service.js';
import { buildSignedInUser, signIn } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { CreateUserDocument, MarkNotificationReadDocument, NotificationsDocument } from '../../gql/generated/graphql.js';

const quietMailer: TMailer = { send: async () => {}, close: () => {} };

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ mailer: quietMailer });
});
afterAll(async () => {
  await server.close();
});


const INBOX = NotificationsDocument;
const MARK_READ = MarkNotificationReadDocument;

async function inbox(token: string, unreadOnly?: boolean) {
  const res = await server.gql(INBOX, unreadOnly === undefined ? {} : { unreadOnly }, { token });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.notifications;
}

async function notifyNow(userId: string, kind: TNotificationKind): Promise<void> {
  const ctx = systemContext(server.deps, 'inbox-test');
  await runAudited(ctx, (unit) => {
    notify(unit, { ctx, userIds: [userId], kind, objectType: 'User', objectId: userId, link: '/' });
    unit.audit({ action: testAction('TEST_NOTIFY'), objectType: 'User', objectId: userId });
  });
}

/** A user made by an ADMIN through createUser (which notifies ACCOUNT_CREATED), signed in. */
async function createdByAdmin(adminToken: string) {
  const email = `inbox-${Math.random().toString(36).slice(2, 10)}@at.test`;
  const password = 'a-long-initial-password';
  const res = await server.as({ token: adminToken })(CreateUserDocument, { input: { email, name: 'Inbox Person', organisationCode: 'AT', roles: ['CASEWORKER'], password } });
  expect(res.body.errors).toBeUndefined();
  const session = await signIn(server, { email, password });
  return { id: res.body.data!.createUser.id, token: session.accessToken };
}

describe('notifications', () => {
  let adminToken: string;
  beforeAll(async () => {
    adminToken = (await buildSignedInUser(server, { roles: ['ADMIN'] })).token;
  });

  it('lists the signed-in user’s own notifications, newest first, with the kind’s words', async () => {
    const alice = await createdByAdmin(adminToken);
    const bob = await createdByAdmin(adminToken);
    server.clock.advance(60_000);
    await notifyNow(alice.id, 'ACCOUNT_LOCKED');

    const list = await inbox(alice.token);
    expect(list.map((n) => n.kind)).toEqual(['ACCOUNT_LOCKED', 'ACCOUNT_CREATED']);
    expect(list[0]).toMatchObject({
      title: NOTIFICATION_KINDS.ACCOUNT_LOCKED.da,
      titleEn: NOTIFICATION_KINDS.ACCOUNT_LOCKED.en,
      link: '/',
      objectType: 'User',
      objectId: alice.id,
      createdAt: server.clock.now().toISOString(),
      readAt: null,
    });
    const bobs = await inbox(bob.token);
    expect(bobs.map((n) => n.kind)).toEqual(['ACCOUNT_CREATED']);
    expect(bobs.map((n) => n.id)).not.toContain(list[0]!.id);
    expect(bobs.map((n) => n.id)).not.toContain(list[1]!.id);
  });

  it('lists notifications of the same instant newest first too, in the order they were written', async () => {
    const dora = await createdByAdmin(adminToken);
    server.clock.advance(60_000);
    const kinds: TNotificationKind[] = ['ACCESS_GRANTED', 'ACCESS_REVOKED', 'GRANT_EXPIRING', 'BREAK_GLASS_USED', 'ACCOUNT_LOCKED', 'OPERATION_CANCELLED'];
    for (const kind of kinds) await notifyNow(dora.id, kind);
    expect((await inbox(dora.token)).map((n) => n.kind)).toEqual([...kinds].reverse().concat('ACCOUNT_CREATED'));
  });

  it('filters to unread with unreadOnly, and marks one read', async () => {
    const carol = await createdByAdmin(adminToken);
    server.clock.advance(60_000);
    await notifyNow(carol.id, 'ACCOUNT_LOCKED');
    const [locked, created] = await inbox(carol.token);

    server.clock.advance(5 * 60_000);
    const res = await server.gql(MARK_READ, { id: created!.id }, { token: carol.token });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.markNotificationRead).toEqual({ id: created!.id, kind: 'ACCOUNT_CREATED', readAt: server.clock.now().toISOString() });

    expect((await inbox(carol.token, true)).map((n) => n.id)).toEqual([locked!.id]);
    expect((await inbox(carol.token, false)).map((n) => n.id)).toEqual([locked!.id, created!.id]);
    expect((await inbox(carol.token)).find((n) => n.id === created!.id)?.readAt).toBe(server.clock.now().toISOString());
  });

  it('keeps the first read time when a notification is marked read again', async () => {
    const dan = await createdByAdmin(adminToken);
    const [created] = await inbox(dan.token);
    const first = await server.gql(MARK_READ, { id: created!.id }, { token: dan.token });
    const firstReadAt = first.body.data!.markNotificationRead.readAt;
    server.clock.advance(60_000);
    const again = await server.gql(MARK_READ, { id: created!.id }, { token: dan.token });
    expect(again.body.data?.markNotificationRead.readAt).toBe(firstReadAt);
  });

  it('records marking read in the audit trail, by whom and which notification', async () => {
    const erin = await createdByAdmin(adminToken);
    const [created] = await inbox(erin.token);
    await server.gql(MARK_READ, { id: created!.id }, { token: erin.token });
    const records = server.deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'NOTIFICATION_READ'), eq(auditEvents.objectId, created!.id)))
      .all();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actorUserId: erin.id, objectType: 'Notification', outcome: 'ALLOWED' });
  });

  it('answers NOT_FOUND for someone else’s notification and leaves it unread', async () => {
    const owner = await createdByAdmin(adminToken);
    const other = await createdByAdmin(adminToken);
    const [ownersNotification] = await inbox(owner.token);

    const res = await server.gql(MARK_READ, { id: ownersNotification!.id }, { token: other.token });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.body.data ?? null).toBeNull();
    const row = server.deps.db.select().from(notifications).where(eq(notifications.id, ownersNotification!.id)).get();
    expect(row?.readAt).toBeNull();
    expect((await inbox(owner.token, true)).map((n) => n.id)).toContain(ownersNotification!.id);
  });

  it('answers NOT_FOUND, exactly alike, for an id that does not exist', async () => {
    const frank = await createdByAdmin(adminToken);
    const other = await createdByAdmin(adminToken);
    const [othersNotification] = await inbox(other.token);
    const missing = await server.gql(MARK_READ, { id: 'no-such-notification' }, { token: frank.token });
    const foreign = await server.gql(MARK_READ, { id: othersNotification!.id }, { token: frank.token });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(foreign.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
  });

  it('requires signing in', async () => {
    expect(errorCode(await server.gql(INBOX))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(MARK_READ, { id: 'anything' }))).toBe('UNAUTHENTICATED');
  });
});
