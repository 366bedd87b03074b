// Mail through a real SMTP server: an ADMIN's createUser sends ACCOUNT_CREATED to the new user,
// and the message carries only the kind's words and a link under PUBLIC_URL.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../../db/schema/index.js';
import { NOTIFICATION_KINDS } from '../../../server/core/notification-kinds.js';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { startSmtpSink, type TReceived, type TSmtpSink } from './smtp-sink.js';
import { CreateUserDocument } from '../../gql/generated/graphql.js';

const PUBLIC_URL = 'https://samvirke.example.dk';

let sink: TSmtpSink;
let server: TTestServer;
beforeAll(async () => {
  sink = await startSmtpSink();
  server = await startTestServer({ env: { SMTP_URL: sink.url, PUBLIC_URL, MAIL_FROM: 'Samvirke <no-reply@samvirke.example.dk>' } });
});
afterAll(async () => {
  await server?.close();
  await sink?.close();
});


describe('ACCOUNT_CREATED by e-mail', () => {
  const name = 'Gunhild Særpræg-Hemmelighed';
  const password = 'Vinterhave-Kodeord-8841';
  const email = `gunhild.${Math.random().toString(36).slice(2, 8)}@arbejdstilsynet.test`;
  let userId: string;
  let mail: TReceived;

  beforeAll(async () => {
    const { token } = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const res = await server.as({ token: token })(CreateUserDocument, { input: { email, name, organisationCode: 'AT', roles: ['CASEWORKER', 'INVESTIGATOR'], password } });
    expect(res.body.errors).toBeUndefined();
    userId = res.body.data!.createUser.id;
    await server.deps.outbox.idle();
    const mails = sink.received.filter((m) => m.envelopeTo.includes(email));
    expect(mails).toHaveLength(1);
    mail = mails[0]!;
  });

  it('arrives at the new user’s address, and only there', () => {
    expect(mail.envelopeTo).toEqual([email]);
    expect(mail.envelopeFrom).toBe('no-reply@samvirke.example.dk');
    const to = Array.isArray(mail.parsed.to) ? mail.parsed.to : [mail.parsed.to];
    expect(to.flatMap((t) => t?.value.map((v) => v.address))).toEqual([email]);
    expect(mail.parsed.cc).toBeUndefined();
    expect(mail.parsed.bcc).toBeUndefined();
  });

  it('says what happened in the kind’s words, Danish and English', () => {
    expect(mail.parsed.subject).toBe(`Samvirke: ${NOTIFICATION_KINDS.ACCOUNT_CREATED.da}`);
    expect(mail.parsed.text).toContain(NOTIFICATION_KINDS.ACCOUNT_CREATED.da);
    expect(mail.parsed.text).toContain(NOTIFICATION_KINDS.ACCOUNT_CREATED.en);
  });

  it('links only under PUBLIC_URL', () => {
    const links = mail.parsed.text!.match(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    expect(mail.parsed.html).toBe(false);
    expect(mail.parsed.attachments).toEqual([]);
  });

  it('contains nothing it must not: not the name, the password, the organisation or the roles', () => {
    // The raw message (headers and body) as it went over the wire.
    const raw = mail.raw;
    const decoded = `${mail.parsed.subject}\n${mail.parsed.text}`;
    for (const secret of [name, 'Gunhild', 'Særpræg', 'Hemmelighed', password, 'Arbejdstilsynet', 'INVESTIGATOR', 'CASEWORKER', userId]) {
      expect(raw).not.toContain(secret);
      expect(decoded).not.toContain(secret);
    }
    expect(decoded).not.toMatch(/\bAT\b/);
    // The address appears only in the To header, never in the text.
    expect(decoded).not.toContain(email);
  });

  it('marks the outbox row SENT', () => {
    const rows = server.deps.db.select().from(outbox).where(eq(outbox.recipientUserId, userId)).all();
    expect(rows).toEqual([expect.objectContaining({ kind: 'ACCOUNT_CREATED', status: 'SENT', attempts: 1 })]);
  });
});
