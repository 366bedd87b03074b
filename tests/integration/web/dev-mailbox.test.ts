// GET /dev/mailbox: in development and test without SMTP_URL, the mail the outbox sent, newest
// first, with its link; a 404 in production and wherever a real mail server is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TMailboxMessage } from '../../../server/core/dev-mailbox.js';
import { buildSignedInUser, buildUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { productionEnv } from '../graphql/helpers.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function mailbox(s: TTestServer): Promise<{ status: number; body: { messages?: TMailboxMessage[] } }> {
  const res = await fetch(`${s.url}/dev/mailbox`);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return { status: res.status, body: (await res.json()) as { messages?: TMailboxMessage[] } };
}

describe('the development mailbox', () => {
  it('holds what the outbox sent, newest first: recipient, subject, text and the link into Samvirke', async () => {
    const admin = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    const first = await buildUser(server);
    const second = await buildUser(server);
    for (const user of [first, second]) {
      server.clock.advance(60_000);
      const res = await server.gql('mutation($id: ID!) { deactivateUser(id: $id) { id } }', { id: user.id }, { token: admin.token });
      expect(res.body.errors).toBeUndefined();
      await server.gql('mutation($id: ID!) { reactivateUser(id: $id) { id } }', { id: user.id }, { token: admin.token });
      await server.deps.outbox.deliverDue();
    }
    const { status, body } = await mailbox(server);
    expect(status).toBe(200);
    const mine = body.messages!.filter((m) => m.to === first.email || m.to === second.email);
    expect(mine.map((m) => m.to)).toEqual([second.email, first.email]);
    expect(mine[0]).toEqual({
      id: expect.any(String),
      to: second.email,
      subject: 'Samvirke: Din konto i Samvirke er genaktiveret',
      text: expect.stringContaining('Your Samvirke account has been reactivated'),
      link: 'http://samvirke.test/',
      kind: 'ACCOUNT_REACTIVATED',
      sentAt: server.clock.now().toISOString(),
    });
    expect(mine[0]!.sentAt > mine[1]!.sentAt).toBe(true);
    // Nothing about the mail reaches the log but its kind and the recipient's id.
    expect(server.logs.join('\n')).not.toContain(second.email);
  });

  it('is a 404 where a mail server is set (SMTP_URL): mail goes there, nowhere else', async () => {
    const withSmtp = await startTestServer({ env: { SMTP_URL: 'smtp://127.0.0.1:9' } });
    try {
      const res = await mailbox(withSmtp);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
      expect(withSmtp.deps.mailbox).toBeNull();
    } finally {
      await withSmtp.close();
    }
  });

  it('is a 404 in production, even with a mailer that keeps mail', async () => {
    // Production refuses to start without SMTP_URL; a mailer with a mailbox is forced in here to
    // show that the route itself still answers 404.
    const { createDevMailbox } = await import('../../../server/core/dev-mailbox.js');
    const keeping = { send: async () => {}, close: () => {}, mailbox: createDevMailbox() };
    const production = await startTestServer({ mailer: keeping, env: await productionEnv() });
    try {
      expect(production.deps.config.isProduction).toBe(true);
      expect(production.deps.mailbox).toBeNull();
      expect((await mailbox(production)).status).toBe(404);
    } finally {
      await production.close();
    }
  });
});
