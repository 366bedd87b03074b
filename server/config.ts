// Every environment variable Samvirke reads, parsed and checked in one place.
// Production refuses to start without its secrets and names each one that is missing.
import { createPrivateKey, createPublicKey } from 'node:crypto';
import path from 'node:path';

export type TConfig = {
  nodeEnv: string;
  isProduction: boolean;
  demo: boolean;
  port: number;
  host: string;
  databasePath: string;
  dataDir: string;
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  demoPassword: string;
  jwt: {
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
    refreshTtlSeconds: number;
    /** However often it is refreshed, a sign-in ends this long after the password was given. */
    sessionMaxSeconds: number;
    privateKeyPem: string | null;
    publicKeyPem: string | null;
  };
  login: {
    slowAfter: number;
    lockAfter: number;
    /** A client address is shared by a whole office behind NAT, so it gets a higher limit than one e-mail. */
    addressLockAfter: number;
    lockMinutes: number;
    windowMinutes: number;
    baseDelayMs: number;
  };
  requireTotpForPrivileged: boolean;
  backup: { dir: string; keep: number };
  jobsEnabled: boolean;
  bodyLimit: string;
  /** Referral deadlines (PRODUCT.md § Deadlines); defaults 2 hours, 1 working day, 5 days. */
  deadlines: { urgentAcknowledgeHours: number; acknowledgeWorkingDays: number; interviewDays: number };
  /** express "trust proxy": false unless a reverse proxy in front sets X-Forwarded-For. */
  trustProxy: string | false;
  /** Ed25519 private key (PEM, PKCS#8) that signs audit checkpoints; generated into dataDir/keys outside production. */
  auditCheckpointKeyPem: string | null;
  /** Ed25519 public keys (PEM, SPKI) of replaced checkpoint keys: their checkpoints still verify. */
  auditCheckpointRetiredKeyPems: string[];
  /** Erasure of identifying data of closed referrals (PRODUCT.md § Retention). */
  retention: { shortMonths: number; longYears: number };
  /**
   * The HMAC key of the blind indexes (duplicate-subject matching: keyed tokens of normalised names
   * and dates of birth, never plaintext). Kept outside the database; generated into dataDir/keys outside production.
   */
  blindIndexKey: Buffer | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Samvirke cannot start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

function isEd25519PublicKey(pem: string): boolean {
  try {
    return createPublicKey(pem).asymmetricKeyType === 'ed25519' && !pem.includes('PRIVATE KEY');
  } catch {
    return false;
  }
}

/** A secret key given as hex or base64 text: at least 32 bytes once decoded, or null if it is not one. */
export function decodeSecretKey(text: string): Buffer | null {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]+$/.test(trimmed) && trimmed.length % 2 === 0 ? Buffer.from(trimmed, 'hex') : /^[A-Za-z0-9+/_-]+=*$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : null;
  return bytes && bytes.length >= 32 ? bytes : null;
}

/** Several PEM blocks in one value or file, each one key. */
function splitPems(text: string | null): string[] {
  return text?.match(/-----BEGIN [A-Z ]+-----[\s\S]*?-----END [A-Z ]+-----/g) ?? [];
}

function readInt(env: Env, name: string, fallback: number, problems: string[], min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

function readSecret(env: Env, name: string, readFile: (p: string) => string, problems: string[]): string | null {
  const inline = env[name];
  if (inline) return inline.replace(/\\n/g, '\n');
  const file = env[`${name}_FILE`];
  if (!file) return null;
  try {
    return readFile(file);
  } catch {
    problems.push(`${name}_FILE points to a file that cannot be read`);
    return null;
  }
}

export function loadConfig(options: { env: Env; argv?: string[]; readFile: (p: string) => string }): TConfig {
  const { env, readFile } = options;
  const argv = options.argv ?? [];
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV ?? 'development';
  const isProduction = nodeEnv === 'production';
  const demo = argv.includes('--demo');
  if (demo && isProduction) problems.push('--demo cannot run with NODE_ENV=production');

  const databasePath = path.resolve(env.DATABASE_PATH || './data/samvirke.db');
  const dataDir = path.dirname(databasePath);
  const port = readInt(env, 'PORT', 4000, problems, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const privateKeyPem = readSecret(env, 'JWT_PRIVATE_KEY', readFile, problems);
  const publicKeyPem = readSecret(env, 'JWT_PUBLIC_KEY', readFile, problems);
  const smtpUrl = env.SMTP_URL || null;
  const auditCheckpointKeyPem = readSecret(env, 'AUDIT_CHECKPOINT_KEY', readFile, problems);
  if (auditCheckpointKeyPem && !isEd25519PrivateKey(auditCheckpointKeyPem)) problems.push('AUDIT_CHECKPOINT_KEY must be an Ed25519 private key in PEM (PKCS#8)');
  const retiredKeysText = readSecret(env, 'AUDIT_CHECKPOINT_RETIRED_KEYS', readFile, problems);
  const auditCheckpointRetiredKeyPems = splitPems(retiredKeysText);
  if ((retiredKeysText?.trim() && auditCheckpointRetiredKeyPems.length === 0) || !auditCheckpointRetiredKeyPems.every(isEd25519PublicKey)) {
    problems.push('AUDIT_CHECKPOINT_RETIRED_KEYS must hold only Ed25519 public keys in PEM (SPKI), one after the other');
  }
  const blindIndexKeyText = readSecret(env, 'BLIND_INDEX_KEY', readFile, problems);
  const blindIndexKey = blindIndexKeyText ? decodeSecretKey(blindIndexKeyText) : null;
  if (blindIndexKeyText && !blindIndexKey) problems.push('BLIND_INDEX_KEY must be a random key of at least 32 bytes, written as hex or base64 (e.g. `openssl rand -base64 32`)');

  if (isProduction) {
    if (!privateKeyPem) problems.push('JWT_PRIVATE_KEY (or JWT_PRIVATE_KEY_FILE) is required in production: the Ed25519 key that signs access tokens');
    if (!publicKeyPem) problems.push('JWT_PUBLIC_KEY (or JWT_PUBLIC_KEY_FILE) is required in production: the Ed25519 key that verifies access tokens');
    if (!smtpUrl) problems.push('SMTP_URL is required in production: the mail server that delivers notifications');
    else if (!/^smtps?:\/\//.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');
    if (!auditCheckpointKeyPem) problems.push('AUDIT_CHECKPOINT_KEY (or AUDIT_CHECKPOINT_KEY_FILE) is required in production: the Ed25519 key, kept outside the database, that signs audit checkpoints');
    if (!blindIndexKeyText) problems.push('BLIND_INDEX_KEY (or BLIND_INDEX_KEY_FILE) is required in production: the key, kept outside the database, of the blind indexes that find possible duplicate subjects without a plaintext name index');
    if (!env.PUBLIC_URL) problems.push('PUBLIC_URL is required in production: the address users open, used for links in e-mails');
  }
  if (demo && (env.DEMO_PASSWORD ?? 'demo-password').length < 12) problems.push('DEMO_PASSWORD must be at least 12 characters');
  if (Boolean(privateKeyPem) !== Boolean(publicKeyPem)) problems.push('JWT_PRIVATE_KEY and JWT_PUBLIC_KEY must be set together');

  const accessTtlSeconds = readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, problems, 60, 900);
  const refreshTtlSeconds = readInt(env, 'REFRESH_TOKEN_TTL_SECONDS', 12 * 3600, problems, 300, 30 * 24 * 3600);
  const sessionMaxSeconds = readInt(env, 'SESSION_MAX_SECONDS', 24 * 3600, problems, 300, 30 * 24 * 3600);
  const config: TConfig = {
    nodeEnv,
    isProduction,
    demo,
    port,
    host,
    databasePath,
    dataDir,
    publicUrl: (env.PUBLIC_URL || `http://${host}:${port}`).replace(/\/$/, ''),
    smtpUrl,
    mailFrom: env.MAIL_FROM || 'Samvirke <no-reply@samvirke.invalid>',
    demoPassword: env.DEMO_PASSWORD || 'demo-password',
    jwt: {
      issuer: env.JWT_ISSUER || 'samvirke',
      audience: env.JWT_AUDIENCE || 'samvirke-api',
      accessTtlSeconds,
      refreshTtlSeconds,
      sessionMaxSeconds,
      privateKeyPem,
      publicKeyPem,
    },
    login: {
      slowAfter: readInt(env, 'LOGIN_SLOW_AFTER', 3, problems, 1, 100),
      lockAfter: readInt(env, 'LOGIN_LOCK_AFTER', 10, problems, 2, 1000),
      addressLockAfter: readInt(env, 'LOGIN_ADDRESS_LOCK_AFTER', 50, problems, 2, 100_000),
      lockMinutes: readInt(env, 'LOGIN_LOCK_MINUTES', 15, problems, 1, 24 * 60),
      windowMinutes: readInt(env, 'LOGIN_WINDOW_MINUTES', 15, problems, 1, 24 * 60),
      baseDelayMs: readInt(env, 'LOGIN_DELAY_MS', 500, problems, 0, 10_000),
    },
    requireTotpForPrivileged: env.REQUIRE_TOTP_FOR_PRIVILEGED === 'true',
    backup: {
      dir: path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups')),
      keep: readInt(env, 'BACKUP_KEEP', 7, problems, 1, 365),
    },
    jobsEnabled: env.JOBS_ENABLED !== 'false',
    bodyLimit: env.BODY_LIMIT || '1mb',
    deadlines: {
      urgentAcknowledgeHours: readInt(env, 'DEADLINE_URGENT_ACKNOWLEDGE_HOURS', 2, problems, 1, 72),
      acknowledgeWorkingDays: readInt(env, 'DEADLINE_ACKNOWLEDGE_WORKING_DAYS', 1, problems, 1, 10),
      interviewDays: readInt(env, 'DEADLINE_INTERVIEW_DAYS', 5, problems, 1, 60),
    },
    trustProxy: env.TRUST_PROXY && env.TRUST_PROXY !== 'false' ? env.TRUST_PROXY : false,
    auditCheckpointKeyPem,
    auditCheckpointRetiredKeyPems,
    retention: {
      shortMonths: readInt(env, 'RETENTION_SHORT_MONTHS', 12, problems, 1, 600),
      longYears: readInt(env, 'RETENTION_LONG_YEARS', 5, problems, 1, 100),
    },
    blindIndexKey,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
