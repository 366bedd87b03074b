// The development mailbox: with no SMTP_URL outside production, the mail the outbox "sends" is
// kept here, in memory, and GET /dev/mailbox shows it (the web client lists it on a development
// page), so a newcomer sees a journey's notifications arrive instead of log lines.
// In memory on purpose: nothing is written to the database or its backups, a restart empties it,
// and production never builds one (createMailer refuses to run there without SMTP_URL).
// The mails themselves hold no personal data (notification-kinds.ts): words and a link.
import { newId } from './ids.js';

export type TMailboxMessage = { id: string; to: string; subject: string; text: string; link: string | null; kind: string; sentAt: string };

export type TDevMailbox = {
  add(mail: { to: string; subject: string; text: string; link?: string | null; kind: string }, sentAt: Date): void;
  /** Newest first. */
  list(): TMailboxMessage[];
};

/** Enough for any demo; the oldest go first so a long-running development server does not grow without bound. */
export const DEV_MAILBOX_LIMIT = 500;

export function createDevMailbox(limit = DEV_MAILBOX_LIMIT): TDevMailbox {
  const messages: TMailboxMessage[] = [];
  return {
    add(mail, sentAt) {
      messages.push({ id: newId(), to: mail.to, subject: mail.subject, text: mail.text, link: mail.link ?? null, kind: mail.kind, sentAt: sentAt.toISOString() });
      if (messages.length > limit) messages.splice(0, messages.length - limit);
    },
    list: () => [...messages].reverse(),
  };
}
