// Sends mail through SMTP_URL, or, with no SMTP_URL outside production, only logs that a mail
// of a kind went to a user id (never the address, never the text).
import nodemailer from 'nodemailer';
import type { TConfig } from '../config.js';
import type { TLogger } from './logger.js';

export type TMail = { to: string; subject: string; text: string; kind: string; recipientUserId: string };
export type TMailer = { send(mail: TMail): Promise<void>; close(): void };

export function createMailer(options: { config: TConfig; logger: TLogger }): TMailer {
  const { config, logger } = options;
  if (!config.smtpUrl) {
    return {
      send: async (mail) => {
        logger.info({ mailKind: mail.kind, recipientUserId: mail.recipientUserId }, 'mail logged, not sent (no SMTP_URL)');
      },
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(config.smtpUrl, {
    // Production insists on an encrypted connection; TLS below 1.2 is never accepted.
    requireTLS: config.isProduction,
    ignoreTLS: false,
    tls: { minVersion: 'TLSv1.2' },
  } as nodemailer.TransportOptions);
  return {
    send: async (mail) => {
      await transport.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close: () => transport.close(),
  };
}
