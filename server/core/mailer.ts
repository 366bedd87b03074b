// Sends mail through SMTP_URL, or, with no SMTP_URL outside production, keeps it in the in-memory
// development mailbox (dev-mailbox.ts, GET /dev/mailbox) and logs only its kind and recipient id at
// debug level (never the address, never the text).
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import type { TConfig } from '../config.js';
import { systemClock, type TClock } from './clock.js';
import { createDevMailbox, type TDevMailbox } from './dev-mailbox.js';
import type { TLogger } from './logger.js';

/** `link`: the absolute URL the mail points to (also in its text). */
export type TMail = { to: string; subject: string; text: string; kind: string; recipientUserId: string; link?: string };
/** `mailbox`: only the development mailer has one. */
export type TMailer = { send(mail: TMail): Promise<void>; close(): void; mailbox?: TDevMailbox };

/**
 * The SMTP connection options for SMTP_URL. The URL is parsed here rather than handed to
 * nodemailer as a string: with a string (or `{ url }`) nodemailer builds the connection from
 * the URL alone and silently drops requireTLS and tls, and a URL query could weaken them.
 * The security settings are set last so nothing in the URL can override them.
 */
export function smtpTransportOptions(config: Pick<TConfig, 'smtpUrl' | 'isProduction'>): SMTPTransport.Options {
  if (!config.smtpUrl) throw new Error('SMTP_URL is not set');
  const url = new URL(config.smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const secure = url.protocol === 'smtps:';
  const options: SMTPTransport.Options = {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    secure,
    // A hung mail server must not stall the outbox for the default ten minutes.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    // Production insists on an encrypted connection (STARTTLS on smtp://, TLS from the start on
    // smtps://); outside production STARTTLS is still used whenever the server offers it.
    requireTLS: config.isProduction && !secure,
    ignoreTLS: false,
    tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
  };
  if (url.port) options.port = Number(url.port);
  if (url.username) options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  return options;
}

export function createMailer(options: { config: TConfig; logger: TLogger; clock?: TClock }): TMailer {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  if (!config.smtpUrl) {
    // loadConfig already refuses production without SMTP_URL; this is the second line.
    if (config.isProduction) throw new Error('SMTP_URL is required in production');
    const mailbox = createDevMailbox();
    return {
      send: async (mail) => {
        mailbox.add(mail, clock.now());
        logger.debug({ mailKind: mail.kind, recipientUserId: mail.recipientUserId }, 'mail kept in the development mailbox (no SMTP_URL)');
      },
      close: () => {},
      mailbox,
    };
  }
  const transport = nodemailer.createTransport(smtpTransportOptions(config));
  return {
    send: async (mail) => {
      await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
