import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TConfig } from '../../../server/config.js';
import { createManualClock } from '../../../server/core/clock.js';
import { createDevMailbox, DEV_MAILBOX_LIMIT } from '../../../server/core/dev-mailbox.js';
import { createLogger } from '../../../server/core/logger.js';
import { createMailer, smtpTransportOptions } from '../../../server/core/mailer.js';

describe('smtpTransportOptions', () => {
  it('requires STARTTLS with TLS 1.2 or newer and a verified certificate in production', () => {
    const options = smtpTransportOptions({ smtpUrl: 'smtp://mail.example.dk:587', isProduction: true });
    expect(options).toMatchObject({ host: 'mail.example.dk', port: 587, secure: false, requireTLS: true, ignoreTLS: false });
    expect(options.tls).toMatchObject({ minVersion: 'TLSv1.2', rejectUnauthorized: true });
  });

  it('uses TLS from the first byte for smtps://, with the same floor', () => {
    const options = smtpTransportOptions({ smtpUrl: 'smtps://mail.example.dk', isProduction: true });
    expect(options).toMatchObject({ host: 'mail.example.dk', secure: true, ignoreTLS: false });
    expect(options.port).toBeUndefined();
    expect(options.tls).toMatchObject({ minVersion: 'TLSv1.2', rejectUnauthorized: true });
  });

  it('does not require STARTTLS outside production, but never ignores it', () => {
    const options = smtpTransportOptions({ smtpUrl: 'smtp://127.0.0.1:2525', isProduction: false });
    expect(options).toMatchObject({ host: '127.0.0.1', port: 2525, secure: false, requireTLS: false, ignoreTLS: false });
    expect(options.tls).toMatchObject({ minVersion: 'TLSv1.2' });
  });

  it('reads credentials from the URL, decoded', () => {
    const options = smtpTransportOptions({ smtpUrl: 'smtp://relay%40samvirke:p%40ss%3Aword@mail.example.dk:587', isProduction: true });
    expect(options.auth).toEqual({ user: 'relay@samvirke', pass: 'p@ss:word' });
  });

  it('lets nothing in the URL weaken the security settings', () => {
    const options = smtpTransportOptions({
      smtpUrl: 'smtp://mail.example.dk:25?requireTLS=false&ignoreTLS=true&tls.rejectUnauthorized=false&tls.minVersion=TLSv1',
      isProduction: true,
    });
    expect(options).toMatchObject({ requireTLS: true, ignoreTLS: false });
    expect(options.tls).toEqual({ minVersion: 'TLSv1.2', rejectUnauthorized: true });
  });

  it('refuses anything but smtp:// and smtps://', () => {
    expect(() => smtpTransportOptions({ smtpUrl: 'http://mail.example.dk', isProduction: false })).toThrow(/smtp/);
    expect(() => smtpTransportOptions({ smtpUrl: null, isProduction: false })).toThrow(/SMTP_URL/);
  });
});

describe('createMailer without SMTP_URL', () => {
  function capture() {
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write(chunk, _enc, done) {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    return { lines, logger };
  }

  it('keeps the mail in the development mailbox, newest first, and logs only kind and recipient user id', async () => {
    const { lines, logger } = capture();
    const clock = createManualClock('2026-11-23T09:00:00Z');
    const mailer = createMailer({ config: { smtpUrl: null, isProduction: false } as TConfig, logger, clock });
    await mailer.send({ to: 'private.person@example.dk', subject: 'Subject words', text: 'Body words', kind: 'ACCOUNT_LOCKED', recipientUserId: 'user-42', link: 'http://x.test/' });
    clock.advance(60_000);
    await mailer.send({ to: 'other@example.dk', subject: 'Second', text: 'Later', kind: 'REFERRAL_RECEIVED', recipientUserId: 'user-43' });
    expect(mailer.mailbox!.list()).toEqual([
      { id: expect.any(String), to: 'other@example.dk', subject: 'Second', text: 'Later', link: null, kind: 'REFERRAL_RECEIVED', sentAt: '2026-11-23T09:01:00.000Z' },
      { id: expect.any(String), to: 'private.person@example.dk', subject: 'Subject words', text: 'Body words', link: 'http://x.test/', kind: 'ACCOUNT_LOCKED', sentAt: '2026-11-23T09:00:00.000Z' },
    ]);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 20, mailKind: 'ACCOUNT_LOCKED', recipientUserId: 'user-42' });
    expect(lines.join('\n')).not.toMatch(/private\.person|example\.dk|Subject words|Body words/);
  });

  it('the development mailbox keeps the newest 500', () => {
    const mailbox = createDevMailbox();
    for (let i = 0; i < DEV_MAILBOX_LIMIT + 5; i++) mailbox.add({ to: `u${i}@x.test`, subject: 's', text: 't', kind: 'K' }, new Date(0));
    const list = mailbox.list();
    expect(list).toHaveLength(DEV_MAILBOX_LIMIT);
    expect(list[0]!.to).toBe(`u${DEV_MAILBOX_LIMIT + 4}@x.test`);
    expect(list.at(-1)!.to).toBe('u5@x.test');
  });

  it('refuses to stand in for a mail server in production', () => {
    const { logger } = capture();
    expect(() => createMailer({ config: { smtpUrl: null, isProduction: true } as TConfig, logger })).toThrow(/SMTP_URL/);
  });
});
