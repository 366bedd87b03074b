// A real SMTP server for tests: smtp-server on 127.0.0.1 and an ephemeral port, every message
// parsed with mailparser. Not a test file itself (no .test.ts).
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export type TReceived = { envelopeTo: string[]; envelopeFrom: string | null; raw: string; parsed: ParsedMail };

export type TSmtpSink = { url: string; port: number; received: TReceived[]; close(): Promise<void> };

export async function startSmtpSink(options: Partial<SMTPServerOptions> = {}): Promise<TSmtpSink> {
  const received: TReceived[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    logger: false,
    disableReverseLookup: true,
    // The built-in certificate is self-signed, which a verifying client rightly refuses: the
    // plain sink offers no STARTTLS at all.
    disabledCommands: ['STARTTLS'],
    ...options,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then((parsed) => {
            received.push({
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              raw,
              parsed,
            });
            // Answer 250 only once the message is recorded: when the sender's send() resolves,
            // the test can look at it.
            callback();
          })
          .catch(callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}
