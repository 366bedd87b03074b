// With no SMTP_URL (demo, development) mail is not sent: it is kept in the development mailbox
// (GET /dev/mailbox), and only its kind and the recipient's user id are logged (debug), never the
// address or the text.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../../db/schema/index.js';
import { NOTIFICATION_KINDS } from '../../../server/core/notification-kinds.js';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { CreateUserDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('mail without SMTP_URL', () => {
  it('is kept in the development mailbox and logged by kind and recipient user id only', async () => {
    expect(server.deps.config.smtpUrl).toBeNull();
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const email = `demo.${Math.random().toString(36).slice(2, 8)}@cmm.test`;
    const name = 'Ditte Demoperson';
    const res = await server.as({ token: token })(CreateUserDocument, { input: { email, name, organisationCode: 'CMM', roles: ['CASEWORKER'], password: 'demo-initial-password' } });
    expect(res.body.errors).toBeUndefined();
    const userId = res.body.data!.createUser.id;
    await server.deps.outbox.idle();

    const lines = server.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const mailLines = lines.filter((line) => line.msg === 'mail kept in the development mailbox (no SMTP_URL)');
    expect(mailLines).toHaveLength(1);
    expect(mailLines[0]).toMatchObject({ level: 20, mailKind: 'ACCOUNT_CREATED', recipientUserId: userId });
    const kept = server.deps.mailbox!.list().filter((mail) => mail.to === email);
    expect(kept.map((mail) => mail.kind)).toEqual(['ACCOUNT_CREATED']);
    // The mail itself has words and a link only: not the name, not the password.
    expect(JSON.stringify(kept)).not.toContain(name);
    expect(JSON.stringify(kept)).not.toContain('demo-initial-password');

    const everything = server.logs.join('\n');
    expect(everything).not.toContain(email);
    expect(everything).not.toContain(email.split('@')[0]);
    expect(everything).not.toContain(name);
    expect(everything).not.toContain('demo-initial-password');
    expect(everything).not.toContain(NOTIFICATION_KINDS.ACCOUNT_CREATED.da);

    // Kept counts as delivered: the outbox does not keep retrying it.
    expect(server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, userId)).get()?.status).toBe('SENT');
  });
});
