import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../server/config.js';

const noFiles = (p: string): string => {
  throw new Error(`unexpected read of ${p}`);
};

function problemsOf(env: Record<string, string>, argv: string[] = []): string[] {
  try {
    loadConfig({ env, argv, readFile: noFiles });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const CHECKPOINT_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

const JWT = generateKeyPairSync('ed25519');
const JWT_PRIVATE_PEM = JWT.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const JWT_PUBLIC_PEM = JWT.publicKey.export({ type: 'spki', format: 'pem' }).toString();
/** As an environment variable holds a PEM on one line: newlines written as \n. */
const oneLine = (pem: string) => pem.trim().replace(/\n/g, '\\n');
const BLIND_INDEX_KEY = Buffer.alloc(32, 7).toString('base64');

const DATA_KEY = Buffer.alloc(32, 9).toString('base64');

const PRODUCTION = {
  NODE_ENV: 'production',
  BLIND_INDEX_KEY,
  DATA_KEY,
  KEY_STORE_PATH: '/srv/samvirke-keys/data-keys.db',
  AUDIT_CHECKPOINT_KEY: CHECKPOINT_KEY,
  JWT_PRIVATE_KEY: oneLine(JWT_PRIVATE_PEM),
  JWT_PUBLIC_KEY: oneLine(JWT_PUBLIC_PEM),
  SMTP_URL: 'smtps://mail.example.dk',
  PUBLIC_URL: 'https://samvirke.example.dk/',
};

describe('loadConfig in production', () => {
  it('refuses to start without its secrets, naming each one that is missing', () => {
    let caught: unknown;
    try {
      loadConfig({ env: { NODE_ENV: 'production' }, readFile: noFiles });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const { problems, message } = caught as ConfigError;
    for (const name of ['JWT_PRIVATE_KEY', 'JWT_PUBLIC_KEY', 'SMTP_URL', 'PUBLIC_URL', 'AUDIT_CHECKPOINT_KEY', 'BLIND_INDEX_KEY', 'DATA_KEY', 'KEY_STORE_PATH']) {
      expect(problems.filter((p) => p.startsWith(`${name} `))).toHaveLength(1);
      expect(message).toContain(name);
    }
    expect(problems).toHaveLength(8);
    expect(message).toMatch(/^Samvirke cannot start/);
  });

  it('names only what is missing', () => {
    const { SMTP_URL: _smtp, ...withoutSmtp } = PRODUCTION;
    expect(problemsOf(withoutSmtp)).toEqual([expect.stringMatching(/^SMTP_URL is required in production/)]);
    const { PUBLIC_URL: _url, JWT_PUBLIC_KEY: _pub, ...withoutTwo } = PRODUCTION;
    const problems = problemsOf(withoutTwo);
    expect(problems).toHaveLength(3);
    expect(problems.some((p) => p.startsWith('PUBLIC_URL'))).toBe(true);
    expect(problems.some((p) => p.startsWith('JWT_PUBLIC_KEY'))).toBe(true);
    expect(problems.some((p) => p.includes('must be set together'))).toBe(true);
  });

  it('starts with everything set, reading \\n in inline keys as newlines', () => {
    const config = loadConfig({ env: PRODUCTION, readFile: noFiles });
    expect(config.isProduction).toBe(true);
    expect(config.demo).toBe(false);
    expect(config.jwt.privateKeyPem).toBe(JWT_PRIVATE_PEM.trim());
    expect(config.publicUrl).toBe('https://samvirke.example.dk');
    expect(config.smtpUrl).toBe('smtps://mail.example.dk');
  });

  it('reads keys from *_FILE, and names a file that cannot be read', () => {
    const { JWT_PRIVATE_KEY: _a, JWT_PUBLIC_KEY: _b, ...rest } = PRODUCTION;
    const files: Record<string, string> = { '/run/secrets/private.pem': JWT_PRIVATE_PEM, '/run/secrets/public.pem': JWT_PUBLIC_PEM };
    const readFile = (p: string) => {
      if (!(p in files)) throw new Error('ENOENT');
      return files[p]!;
    };
    const config = loadConfig({ env: { ...rest, JWT_PRIVATE_KEY_FILE: '/run/secrets/private.pem', JWT_PUBLIC_KEY_FILE: '/run/secrets/public.pem' }, readFile });
    expect(config.jwt).toMatchObject({ privateKeyPem: JWT_PRIVATE_PEM, publicKeyPem: JWT_PUBLIC_PEM });

    expect(() => loadConfig({ env: { ...rest, JWT_PRIVATE_KEY_FILE: '/missing.pem', JWT_PUBLIC_KEY_FILE: '/run/secrets/public.pem' }, readFile })).toThrow(
      /JWT_PRIVATE_KEY_FILE points to a file that cannot be read/,
    );
  });

  it('reads the audit checkpoint key inline or from AUDIT_CHECKPOINT_KEY_FILE, and refuses one that is not an Ed25519 private key', () => {
    expect(loadConfig({ env: PRODUCTION, readFile: noFiles }).auditCheckpointKeyPem).toBe(CHECKPOINT_KEY);
    const { AUDIT_CHECKPOINT_KEY: _key, ...rest } = PRODUCTION;
    const readFile = (p: string) => {
      if (p !== '/run/secrets/audit-checkpoint.pem') throw new Error('ENOENT');
      return CHECKPOINT_KEY;
    };
    expect(loadConfig({ env: { ...rest, AUDIT_CHECKPOINT_KEY_FILE: '/run/secrets/audit-checkpoint.pem' }, readFile }).auditCheckpointKeyPem).toBe(CHECKPOINT_KEY);
    expect(problemsOf({ ...rest, AUDIT_CHECKPOINT_KEY_FILE: '/missing.pem' })).toEqual([
      'AUDIT_CHECKPOINT_KEY_FILE points to a file that cannot be read: expected the path of a readable file holding the key in PEM',
      expect.stringMatching(/^AUDIT_CHECKPOINT_KEY \(or AUDIT_CHECKPOINT_KEY_FILE\) is required in production/),
    ]);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(problemsOf({ ...PRODUCTION, AUDIT_CHECKPOINT_KEY: rsa })).toEqual(['AUDIT_CHECKPOINT_KEY must be an Ed25519 private key in PEM (PKCS#8)']);
    expect(problemsOf({ ...PRODUCTION, AUDIT_CHECKPOINT_KEY: 'not a key' })).toEqual(['AUDIT_CHECKPOINT_KEY must be an Ed25519 private key in PEM (PKCS#8)']);
  });

  it('refuses an SMTP_URL that is not smtp:// or smtps://, or names no host', () => {
    expect(problemsOf({ ...PRODUCTION, SMTP_URL: 'http://mail.example.dk' })).toEqual([expect.stringContaining('SMTP_URL must be an smtp:// or smtps:// URL')]);
    expect(problemsOf({ ...PRODUCTION, SMTP_URL: 'mail.example.dk' })).toEqual([expect.stringContaining('SMTP_URL must be an smtp:// or smtps:// URL')]);
    for (const url of ['smtp://', 'smtp:///path']) {
      expect(problemsOf({ ...PRODUCTION, SMTP_URL: url }), url).toEqual([expect.stringMatching(/^SMTP_URL must name the mail server's host/)]);
    }
    // Outside production too: a set SMTP_URL is used.
    expect(problemsOf({ SMTP_URL: 'smtp://' })).toEqual([expect.stringMatching(/^SMTP_URL must name the mail server's host/)]);
  });

  it('refuses a PUBLIC_URL that is not an absolute https:// URL', () => {
    for (const url of ['http://samvirke.example.dk', 'samvirke.example.dk', '/samvirke', 'https://', 'ftp://samvirke.example.dk']) {
      expect(problemsOf({ ...PRODUCTION, PUBLIC_URL: url }), url).toEqual([expect.stringMatching(/^PUBLIC_URL must be an absolute https:\/\/ URL in production/)]);
    }
    // Outside production, http:// is fine, a relative one is not.
    expect(problemsOf({ PUBLIC_URL: 'http://localhost:4000' })).toEqual([]);
    expect(problemsOf({ PUBLIC_URL: 'localhost:4000' })).toEqual([expect.stringMatching(/^PUBLIC_URL must be an absolute http:\/\/ or https:\/\/ URL/)]);
  });

  it('refuses JWT keys that are not Ed25519 PEM, naming the variable and what is expected', () => {
    expect(problemsOf({ ...PRODUCTION, JWT_PRIVATE_KEY: 'not a key' })).toEqual([expect.stringMatching(/^JWT_PRIVATE_KEY must be an Ed25519 private key in PEM \(PKCS#8/)]);
    expect(problemsOf({ ...PRODUCTION, JWT_PUBLIC_KEY: JWT_PRIVATE_PEM })).toEqual([expect.stringMatching(/^JWT_PUBLIC_KEY must be an Ed25519 public key in PEM \(SPKI/)]);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(problemsOf({ ...PRODUCTION, JWT_PRIVATE_KEY: rsa })).toEqual([expect.stringMatching(/^JWT_PRIVATE_KEY must be an Ed25519 private key/)]);
  });

  it('refuses a JWT key pair that does not belong together (signs and verifies at start), naming both variables', () => {
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(problemsOf({ ...PRODUCTION, JWT_PUBLIC_KEY: other })).toEqual([
      expect.stringMatching(/^JWT_PRIVATE_KEY and JWT_PUBLIC_KEY do not belong together: a token signed with JWT_PRIVATE_KEY does not verify with JWT_PUBLIC_KEY/),
    ]);
  });

  it('refuses an audit checkpoint key that is the JWT key, however its PEM is written', () => {
    expect(problemsOf({ ...PRODUCTION, AUDIT_CHECKPOINT_KEY: JWT_PRIVATE_PEM })).toEqual([expect.stringMatching(/^AUDIT_CHECKPOINT_KEY must not be the same key as JWT_PRIVATE_KEY/)]);
  });

  it('refuses an unknown NODE_ENV, a boolean that is neither true nor false, and a BODY_LIMIT that is not a size', () => {
    expect(problemsOf({ NODE_ENV: 'prod' })).toEqual(['NODE_ENV must be production, development or test']);
    expect(problemsOf({ REQUIRE_TOTP_FOR_PRIVILEGED: 'yes' })).toEqual(['REQUIRE_TOTP_FOR_PRIVILEGED must be true or false']);
    expect(problemsOf({ JOBS_ENABLED: 'no' })).toEqual(['JOBS_ENABLED must be true or false']);
    expect(problemsOf({ BODY_LIMIT: 'lots' })).toEqual([expect.stringMatching(/^BODY_LIMIT must be a size/)]);
    expect(loadConfig({ env: { BODY_LIMIT: '512kb', REQUIRE_TOTP_FOR_PRIVILEGED: 'true', JOBS_ENABLED: 'false' }, readFile: noFiles })).toMatchObject({
      bodyLimit: '512kb',
      requireTotpForPrivileged: true,
      jobsEnabled: false,
    });
  });

  it('refuses the retired lock settings, naming them', () => {
    expect(problemsOf({ ...PRODUCTION, LOGIN_LOCK_AFTER: '10', LOGIN_LOCK_MINUTES: '15' })).toEqual([
      expect.stringMatching(/^LOGIN_LOCK_AFTER is no longer used: sign-ins are slowed, never locked/),
      expect.stringMatching(/^LOGIN_LOCK_MINUTES is no longer used/),
    ]);
    expect(problemsOf({ LOGIN_DELAY_MS: '5000', LOGIN_MAX_DELAY_MS: '1000' })).toEqual(['LOGIN_MAX_DELAY_MS must be at least LOGIN_DELAY_MS']);
  });

  it('reads the blind-index key as hex or base64 (inline or from BLIND_INDEX_KEY_FILE), and refuses one shorter than 32 bytes', () => {
    expect(loadConfig({ env: PRODUCTION, readFile: noFiles }).blindIndexKey).toEqual(Buffer.alloc(32, 7));
    expect(loadConfig({ env: { ...PRODUCTION, BLIND_INDEX_KEY: 'ab'.repeat(32) }, readFile: noFiles }).blindIndexKey).toEqual(Buffer.alloc(32, 0xab));
    const { BLIND_INDEX_KEY: _key, ...rest } = PRODUCTION;
    const readFile = (p: string) => {
      if (p !== '/run/secrets/blind-index.key') throw new Error('ENOENT');
      return `${BLIND_INDEX_KEY}\n`;
    };
    expect(loadConfig({ env: { ...rest, BLIND_INDEX_KEY_FILE: '/run/secrets/blind-index.key' }, readFile }).blindIndexKey).toEqual(Buffer.alloc(32, 7));
    expect(problemsOf(rest)).toEqual([expect.stringMatching(/^BLIND_INDEX_KEY \(or BLIND_INDEX_KEY_FILE\) is required in production/)]);
    expect(problemsOf({ ...PRODUCTION, BLIND_INDEX_KEY: Buffer.alloc(16).toString('base64') })).toEqual([expect.stringMatching(/^BLIND_INDEX_KEY must be a random key of at least 32 bytes/)]);
    expect(problemsOf({ ...PRODUCTION, BLIND_INDEX_KEY: 'not a key!' })).toEqual([expect.stringMatching(/^BLIND_INDEX_KEY must be/)]);
  });

  it('reads DATA_KEY (32 bytes) and the key store, and refuses a key store inside BACKUP_DIR, a short key or a previous key without a new one', () => {
    const config = loadConfig({ env: { ...PRODUCTION, KEY_STORE_REPLICAS: '/mnt/replica-a/keys.db, /mnt/replica-b/keys.db' }, readFile: noFiles });
    expect(config.sealing).toEqual({ dataKey: Buffer.alloc(32, 9), previousDataKey: null, keyStorePath: '/srv/samvirke-keys/data-keys.db', keyStoreReplicas: ['/mnt/replica-a/keys.db', '/mnt/replica-b/keys.db'] });
    expect(problemsOf({ ...PRODUCTION, BACKUP_DIR: '/srv/samvirke-keys' })).toEqual([expect.stringMatching(/^KEY_STORE_PATH \(\/srv\/samvirke-keys\/data-keys\.db\) must lie outside BACKUP_DIR/)]);
    expect(problemsOf({ ...PRODUCTION, BACKUP_DIR: '/mnt', KEY_STORE_REPLICAS: '/mnt/replica-a/keys.db' })).toEqual([expect.stringMatching(/^KEY_STORE_REPLICAS \(\/mnt\/replica-a\/keys\.db\) must lie outside BACKUP_DIR/)]);
    expect(problemsOf({ ...PRODUCTION, DATA_KEY: Buffer.alloc(48, 0xff).toString('base64') })).toEqual([expect.stringMatching(/^DATA_KEY must be a random key of exactly 32 bytes/)]);
    expect(problemsOf({ ...PRODUCTION, DATA_KEY_PREVIOUS: DATA_KEY })).toEqual([expect.stringMatching(/^DATA_KEY_PREVIOUS must differ from DATA_KEY/)]);
    expect(problemsOf({ ...PRODUCTION, KEY_STORE_REPLICAS: '/srv/samvirke-keys/data-keys.db' })).toEqual([expect.stringMatching(/^KEY_STORE_REPLICAS must name files other than KEY_STORE_PATH/)]);
    // Outside production the key store lies beside the database (outside its backups folder).
    expect(loadConfig({ env: { DATABASE_PATH: '/tmp/x/samvirke.db' }, readFile: noFiles }).sealing.keyStorePath).toBe('/tmp/x/data-keys.db');
  });

  it('refuses --demo', () => {
    expect(problemsOf(PRODUCTION, ['--demo'])).toEqual([expect.stringContaining('--demo')]);
  });
});

describe('loadConfig outside production', () => {
  it('starts with nothing set, on the documented defaults', () => {
    const config = loadConfig({ env: {}, readFile: noFiles });
    expect(config).toMatchObject({
      nodeEnv: 'development',
      isProduction: false,
      port: 4000,
      host: '127.0.0.1',
      databasePath: path.resolve('./data/samvirke.db'),
      dataDir: path.resolve('./data'),
      smtpUrl: null,
      demoPassword: 'demo-password',
      publicUrl: 'http://127.0.0.1:4000',
      backup: { dir: path.resolve('./data/backups'), keep: 7 },
      jobsEnabled: true,
      auditCheckpointKeyPem: null,
      retention: { shortMonths: 12, longYears: 5 },
    });
  });

  it('reads PORT, HOST, DATABASE_PATH, BACKUP_DIR, BACKUP_KEEP and JOBS_ENABLED', () => {
    const config = loadConfig({
      env: { PORT: '8080', HOST: '0.0.0.0', DATABASE_PATH: '/var/lib/samvirke/db/main.db', BACKUP_DIR: '/backups', BACKUP_KEEP: '14', JOBS_ENABLED: 'false' },
      readFile: noFiles,
    });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', databasePath: '/var/lib/samvirke/db/main.db', dataDir: '/var/lib/samvirke/db', jobsEnabled: false });
    expect(config.backup).toEqual({ dir: '/backups', keep: 14 });
  });

  it('reads retired audit checkpoint keys as public keys, one PEM after the other, and refuses anything else', () => {
    const publicPem = () => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const two = `${publicPem()}${publicPem()}`;
    expect(loadConfig({ env: { AUDIT_CHECKPOINT_RETIRED_KEYS: two }, readFile: noFiles }).auditCheckpointRetiredKeyPems).toHaveLength(2);
    expect(loadConfig({ env: {}, readFile: noFiles }).auditCheckpointRetiredKeyPems).toEqual([]);
    const privatePem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const rsaPublic = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    for (const bad of [privatePem, rsaPublic, 'not a key', `${publicPem()}${privatePem}`]) {
      expect(problemsOf({ AUDIT_CHECKPOINT_RETIRED_KEYS: bad })).toEqual([expect.stringMatching(/^AUDIT_CHECKPOINT_RETIRED_KEYS must hold only Ed25519 public keys/)]);
    }
  });

  it('names each setting that is out of range', () => {
    const problems = problemsOf({ PORT: 'eighty', BACKUP_KEEP: '0', ACCESS_TOKEN_TTL_SECONDS: '3600', SESSION_MAX_SECONDS: '60' });
    expect(problems).toHaveLength(4);
    expect(problems.some((p) => p.startsWith('SESSION_MAX_SECONDS'))).toBe(true);
    expect(problems[0]).toMatch(/^PORT must be a whole number/);
    expect(problems.some((p) => p.startsWith('BACKUP_KEEP'))).toBe(true);
    expect(problems.some((p) => p.startsWith('ACCESS_TOKEN_TTL_SECONDS'))).toBe(true);
  });

  it('reads the retention periods RETENTION_SHORT_MONTHS and RETENTION_LONG_YEARS, and names one out of range', () => {
    expect(loadConfig({ env: { RETENTION_SHORT_MONTHS: '6', RETENTION_LONG_YEARS: '10' }, readFile: noFiles }).retention).toEqual({ shortMonths: 6, longYears: 10 });
    const problems = problemsOf({ RETENTION_SHORT_MONTHS: '0', RETENTION_LONG_YEARS: 'five' });
    expect(problems).toEqual([expect.stringMatching(/^RETENTION_SHORT_MONTHS must be a whole number/), expect.stringMatching(/^RETENTION_LONG_YEARS must be a whole number/)]);
  });

  it('refuses a demo password shorter than 12 characters', () => {
    expect(problemsOf({ DEMO_PASSWORD: 'short' }, ['--demo'])).toEqual([expect.stringContaining('DEMO_PASSWORD')]);
    expect(loadConfig({ env: {}, argv: ['--demo'], readFile: noFiles }).demo).toBe(true);
  });
});
