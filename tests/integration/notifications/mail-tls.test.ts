// In production the mailer insists on TLS 1.2 or newer with a verified certificate: a mail server
// that offers no STARTTLS, or one whose certificate cannot be verified, gets no mail at all.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/core/logger.js';
import { createMailer, type TMail } from '../../../server/core/mailer.js';
import { generateCheckpointKeyPem } from '../../../server/modules/audit/checkpoint-key.js';
import { startSmtpSink, type TSmtpSink } from './smtp-sink.js';

const mail: TMail = { to: 'someone@tls.test', subject: 'Samvirke: test', text: 'test', kind: 'ACCOUNT_CREATED', recipientUserId: 'u-1' };

// Real keys: the configuration checks that the pair belongs together.
const jwt = generateKeyPairSync('ed25519');

function configFor(smtpUrl: string, nodeEnv: 'production' | 'test') {
  return loadConfig({
    env: {
      NODE_ENV: nodeEnv,
      SMTP_URL: smtpUrl,
      PUBLIC_URL: 'https://samvirke.example.dk',
      JWT_PRIVATE_KEY: jwt.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      JWT_PUBLIC_KEY: jwt.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      AUDIT_CHECKPOINT_KEY: generateCheckpointKeyPem(),
      BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
      DATA_KEY: randomBytes(32).toString('base64'),
      KEY_STORE_PATH: '/tmp/samvirke-mail-tls-unused/data-keys.db',
      DATABASE_PATH: '/tmp/samvirke-mail-tls-unused/samvirke.db',
    },
    readFile: () => {
      throw new Error('no files');
    },
  });
}

const logger = createLogger({ level: 'silent' });

let plain: TSmtpSink;
let selfSigned: TSmtpSink;
beforeAll(async () => {
  plain = await startSmtpSink();
  // STARTTLS offered, but with smtp-server's built-in self-signed certificate.
  selfSigned = await startSmtpSink({ disabledCommands: [] });
});
afterAll(async () => {
  await plain?.close();
  await selfSigned?.close();
});

describe('SMTP transport security', () => {
  it('refuses, in production, a mail server that offers no TLS', async () => {
    const mailer = createMailer({ config: configFor(plain.url, 'production'), logger });
    try {
      await expect(mailer.send(mail)).rejects.toThrow(/STARTTLS|TLS/i);
    } finally {
      mailer.close();
    }
    expect(plain.received).toHaveLength(0);
  });

  it('refuses, in production, a mail server whose certificate cannot be verified', async () => {
    const mailer = createMailer({ config: configFor(selfSigned.url, 'production'), logger });
    try {
      await expect(mailer.send(mail)).rejects.toThrow(/certificate/i);
    } finally {
      mailer.close();
    }
    expect(selfSigned.received).toHaveLength(0);
  });

  it('delivers to the same plain server outside production (so the refusal above is the TLS rule)', async () => {
    const mailer = createMailer({ config: configFor(plain.url, 'test'), logger });
    try {
      await mailer.send(mail);
    } finally {
      mailer.close();
    }
    expect(plain.received.map((m) => m.envelopeTo)).toEqual([['someone@tls.test']]);
  });
});
