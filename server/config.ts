// Every environment variable Samvirke reads, parsed and checked in one place.
// Production refuses to start without its secrets and names each one that is missing.
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
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
    /** A refresh this long after the session's last sign-in or refresh is refused (SESSION_IDLE): idle sign-out. */
    sessionIdleMinutes: number;
    privateKeyPem: string | null;
    publicKeyPem: string | null;
  };
  /** Sign-in throttling (ADR 0012): delays only, never a lock. */
  login: {
    /** Failures of one account from one client address before that pair is slowed. */
    slowAfter: number;
    /** Failures of one account from all addresses before every attempt on it is slowed. */
    accountSlowAfter: number;
    /** Failures from one address (an office behind NAT: far above its normal count) before its failing pairs lose their free attempts. */
    addressSlowAfter: number;
    windowMinutes: number;
    baseDelayMs: number;
    /** The longest wait: the owner of an attacked account always gets in within it. */
    maxDelayMs: number;
  };
  requireTotpForPrivileged: boolean;
  /** Sign-in through an organisation's identity provider (ADR 0028): how long such a session lasts before the IdP is asked again. */
  oidc: { sessionMaxMinutes: number };
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
  /**
   * Sealing of personal data at rest (docs/adr/0021-…): DATA_KEY wraps every record's data key; the
   * wrapped keys live in the key store at KEY_STORE_PATH (and its replicas), outside BACKUP_DIR, so
   * erasure by shredding a key reaches the backups. Outside production the key is generated into
   * dataDir/keys and the key store lies beside the database.
   */
  sealing: { dataKey: Buffer | null; previousDataKey: Buffer | null; keyStorePath: string; keyStoreReplicas: string[] };
  /**
   * Prometheus metrics (GET /metrics, docs/operations.md § Metrics): on a listener of its own at
   * `port` (METRICS_PORT, on METRICS_HOST) when set; else on the main port behind
   * `Authorization: Bearer <token>` (METRICS_TOKEN) when that is set; with neither, /metrics is 404.
   * A token set together with a port is asked for on that port too.
   */
  metrics: { port: number | null; host: string; token: string | null };
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

/** The key's material, whatever its PEM's line breaks: to tell two settings holding the same key. */
function privateKeyDer(pem: string): string | null {
  try {
    return createPrivateKey(pem).export({ format: 'der', type: 'pkcs8' }).toString('base64');
  } catch {
    return null;
  }
}

/** Does a token signed with the private key verify with the public key? (A pair that does not leaves every token refused.) */
export function keysBelongTogether(privatePem: string, publicPem: string): boolean {
  try {
    const probe = Buffer.from('samvirke key pair check');
    return verify(null, probe, createPublicKey(publicPem), sign(null, probe, createPrivateKey(privatePem)));
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

function readBool(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  problems.push(`${name} must be true or false`);
  return fallback;
}

function readBodyLimit(env: Env, problems: string[]): string {
  const raw = env.BODY_LIMIT || '1mb';
  if (!/^\d{1,9}(b|kb|mb)$/i.test(raw)) {
    problems.push('BODY_LIMIT must be a size such as 512kb or 1mb (a number with b, kb or mb)');
    return '1mb';
  }
  return raw;
}

function readSecret(env: Env, name: string, readFile: (p: string) => string, problems: string[]): string | null {
  const inline = env[name];
  if (inline) return inline.replace(/\\n/g, '\n');
  const file = env[`${name}_FILE`];
  if (!file) return null;
  try {
    return readFile(file);
  } catch {
    problems.push(`${name}_FILE points to a file that cannot be read: expected the path of a readable file holding the key in PEM`);
    return null;
  }
}

/** The shortest METRICS_TOKEN accepted: as long as `openssl rand -hex 16` writes. */
export const METRICS_TOKEN_MIN_LENGTH = 32;

function readMetrics(env: Env, readFile: (p: string) => string, problems: string[], main: { port: number; host: string }): TConfig['metrics'] {
  const portSet = env.METRICS_PORT !== undefined && env.METRICS_PORT !== '';
  const port = portSet ? readInt(env, 'METRICS_PORT', 0, problems, 0, 65535) : null;
  if (port !== null && port !== 0 && port === main.port) problems.push('METRICS_PORT must differ from PORT: the metrics listener is a port of its own (or leave METRICS_PORT unset and set METRICS_TOKEN to serve /metrics on PORT behind a token)');
  const host = env.METRICS_HOST || main.host;
  if (env.METRICS_HOST && !portSet) problems.push('METRICS_HOST is only used with METRICS_PORT: set METRICS_PORT too, or remove METRICS_HOST');
  const raw = readSecret(env, 'METRICS_TOKEN', readFile, problems);
  const token = raw === null ? null : raw.trim();
  if (token !== null && !new RegExp(`^[A-Za-z0-9._~+/=-]{${METRICS_TOKEN_MIN_LENGTH},512}$`).test(token)) {
    problems.push(`METRICS_TOKEN must be ${METRICS_TOKEN_MIN_LENGTH} to 512 characters of A–Z, a–z, 0–9 and . _ ~ + / = - (a random secret, e.g. \`openssl rand -hex 32\`)`);
    return { port, host, token: null };
  }
  return { port, host, token };
}

export function loadConfig(options: { env: Env; argv?: string[]; readFile: (p: string) => string }): TConfig {
  const { env, readFile } = options;
  const argv = options.argv ?? [];
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV || 'development';
  // Anything else (e.g. "prod") would quietly run without production's checks.
  if (!['production', 'development', 'test'].includes(nodeEnv)) problems.push('NODE_ENV must be production, development or test');
  const isProduction = nodeEnv === 'production';
  const demo = argv.includes('--demo');
  if (demo && isProduction) problems.push('--demo cannot run with NODE_ENV=production');

  const databasePath = path.resolve(env.DATABASE_PATH || './data/samvirke.db');
  const dataDir = path.dirname(databasePath);
  const port = readInt(env, 'PORT', 4000, problems, 0, 65535);
  const host = env.HOST || '127.0.0.1';
  const privateKeyPem = readSecret(env, 'JWT_PRIVATE_KEY', readFile, problems);
  const publicKeyPem = readSecret(env, 'JWT_PUBLIC_KEY', readFile, problems);
  if (privateKeyPem && !isEd25519PrivateKey(privateKeyPem)) {
    problems.push('JWT_PRIVATE_KEY must be an Ed25519 private key in PEM (PKCS#8, "-----BEGIN PRIVATE KEY-----"), e.g. from `openssl genpkey -algorithm ed25519`');
  }
  if (publicKeyPem && !isEd25519PublicKey(publicKeyPem)) {
    problems.push('JWT_PUBLIC_KEY must be an Ed25519 public key in PEM (SPKI, "-----BEGIN PUBLIC KEY-----"), e.g. from `openssl pkey -in private.pem -pubout`');
  }
  if (privateKeyPem && publicKeyPem && isEd25519PrivateKey(privateKeyPem) && isEd25519PublicKey(publicKeyPem) && !keysBelongTogether(privateKeyPem, publicKeyPem)) {
    problems.push('JWT_PRIVATE_KEY and JWT_PUBLIC_KEY do not belong together: a token signed with JWT_PRIVATE_KEY does not verify with JWT_PUBLIC_KEY; set JWT_PUBLIC_KEY to the public half of JWT_PRIVATE_KEY');
  }
  const smtpUrl = env.SMTP_URL || null;
  if (smtpUrl) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(smtpUrl);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^smtps?:$/.test(parsed.protocol)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.dk:465');
    else if (!parsed.hostname) problems.push('SMTP_URL must name the mail server\'s host, e.g. smtps://mail.example.dk:465');
  }
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

  const dataKeyText = readSecret(env, 'DATA_KEY', readFile, problems);
  const dataKey = dataKeyText ? decodeSecretKey(dataKeyText) : null;
  if (dataKeyText && (!dataKey || dataKey.length !== 32)) problems.push('DATA_KEY must be a random key of exactly 32 bytes, written as hex or base64 (e.g. `openssl rand -base64 32`)');
  const previousDataKeyText = readSecret(env, 'DATA_KEY_PREVIOUS', readFile, problems);
  const previousDataKey = previousDataKeyText ? decodeSecretKey(previousDataKeyText) : null;
  if (previousDataKeyText && (!previousDataKey || previousDataKey.length !== 32)) problems.push('DATA_KEY_PREVIOUS must be the 32-byte key DATA_KEY held before the rotation, as hex or base64');
  if (previousDataKeyText && !dataKeyText) problems.push('DATA_KEY_PREVIOUS is only used during a rotation, next to the new DATA_KEY: set DATA_KEY too');
  if (dataKey && previousDataKey && dataKey.equals(previousDataKey)) problems.push('DATA_KEY_PREVIOUS must differ from DATA_KEY: it is the key being rotated away from');
  if (dataKey && blindIndexKey && dataKey.equals(blindIndexKey)) problems.push('DATA_KEY must not be the same key as BLIND_INDEX_KEY: make a separate key');
  const backupDir = path.resolve(env.BACKUP_DIR || path.join(dataDir, 'backups'));
  const keyStorePath = path.resolve(env.KEY_STORE_PATH || path.join(dataDir, 'data-keys.db'));
  const keyStoreReplicas = (env.KEY_STORE_REPLICAS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => path.resolve(p));
  const inside = (file: string, dir: string) => !path.relative(dir, file).startsWith('..') && !path.isAbsolute(path.relative(dir, file));
  for (const [name, file] of [['KEY_STORE_PATH', keyStorePath], ...keyStoreReplicas.map((r) => ['KEY_STORE_REPLICAS', r] as const)] as const) {
    if (inside(file, backupDir)) problems.push(`${name} (${file}) must lie outside BACKUP_DIR (${backupDir}): the key store is kept apart from the database's backups, so that an erased record's key is gone from every copy`);
    if (file === databasePath) problems.push(`${name} must be a file of its own, not DATABASE_PATH`);
  }
  if (new Set([keyStorePath, ...keyStoreReplicas]).size !== keyStoreReplicas.length + 1) problems.push('KEY_STORE_REPLICAS must name files other than KEY_STORE_PATH and each other');

  if (isProduction) {
    if (!dataKeyText) problems.push('DATA_KEY (or DATA_KEY_FILE) is required in production: the key-encryption key, kept outside the database and its backups, that wraps the data keys sealing personal data');
    if (!env.KEY_STORE_PATH) problems.push('KEY_STORE_PATH is required in production: the key store file (outside BACKUP_DIR) holding the wrapped data keys; see docs/operations.md § Key store');
    if (!privateKeyPem) problems.push('JWT_PRIVATE_KEY (or JWT_PRIVATE_KEY_FILE) is required in production: the Ed25519 key that signs access tokens');
    if (!publicKeyPem) problems.push('JWT_PUBLIC_KEY (or JWT_PUBLIC_KEY_FILE) is required in production: the Ed25519 key that verifies access tokens');
    if (!smtpUrl) problems.push('SMTP_URL is required in production: the mail server that delivers notifications');
    if (!auditCheckpointKeyPem) problems.push('AUDIT_CHECKPOINT_KEY (or AUDIT_CHECKPOINT_KEY_FILE) is required in production: the Ed25519 key, kept outside the database, that signs audit checkpoints');
    if (!blindIndexKeyText) problems.push('BLIND_INDEX_KEY (or BLIND_INDEX_KEY_FILE) is required in production: the key, kept outside the database, of the blind indexes that find possible duplicate subjects without a plaintext name index');
    if (!env.PUBLIC_URL) problems.push('PUBLIC_URL is required in production: the address users open, used for links in e-mails');
  }
  if (env.PUBLIC_URL) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(env.PUBLIC_URL);
    } catch {
      parsed = null;
    }
    if (isProduction && (!parsed || parsed.protocol !== 'https:' || !parsed.hostname)) {
      problems.push('PUBLIC_URL must be an absolute https:// URL in production (links in e-mails open it), e.g. https://samvirke.example.dk');
    } else if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname) {
      problems.push('PUBLIC_URL must be an absolute http:// or https:// URL, e.g. http://localhost:4000');
    }
  }
  if (auditCheckpointKeyPem && privateKeyPem) {
    const checkpointDer = privateKeyDer(auditCheckpointKeyPem);
    if (checkpointDer && checkpointDer === privateKeyDer(privateKeyPem)) {
      problems.push('AUDIT_CHECKPOINT_KEY must not be the same key as JWT_PRIVATE_KEY: the checkpoint key is kept apart so that whoever holds the token key cannot also sign a rewritten audit chain; make a separate key');
    }
  }
  if (demo && (env.DEMO_PASSWORD ?? 'demo-password').length < 12) problems.push('DEMO_PASSWORD must be at least 12 characters');
  if (Boolean(privateKeyPem) !== Boolean(publicKeyPem)) problems.push('JWT_PRIVATE_KEY and JWT_PUBLIC_KEY must be set together (or neither, outside production: a pair is generated into the data folder)');

  const delay = readInt(env, 'LOGIN_DELAY_MS', 500, [], 0, 10_000);
  const maxDelay = readInt(env, 'LOGIN_MAX_DELAY_MS', 30_000, [], 0, 120_000);
  if (maxDelay < delay) problems.push('LOGIN_MAX_DELAY_MS must be at least LOGIN_DELAY_MS');
  for (const retired of ['LOGIN_LOCK_AFTER', 'LOGIN_ADDRESS_LOCK_AFTER', 'LOGIN_LOCK_MINUTES']) {
    if (env[retired] !== undefined && env[retired] !== '') {
      problems.push(`${retired} is no longer used: sign-ins are slowed, never locked (ADR 0012); remove it and see LOGIN_SLOW_AFTER, LOGIN_ACCOUNT_SLOW_AFTER, LOGIN_ADDRESS_SLOW_AFTER and LOGIN_MAX_DELAY_MS`);
    }
  }

  const accessTtlSeconds = readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, problems, 60, 900);
  const refreshTtlSeconds = readInt(env, 'REFRESH_TOKEN_TTL_SECONDS', 12 * 3600, problems, 300, 30 * 24 * 3600);
  const sessionMaxSeconds = readInt(env, 'SESSION_MAX_SECONDS', 24 * 3600, problems, 300, 30 * 24 * 3600);
  const sessionIdleMinutes = readInt(env, 'SESSION_IDLE_MINUTES', 15, problems, 1, 24 * 60);
  // An active user refreshes shortly before the access token expires: an idle limit shorter than the
  // token's life would sign out users who are working.
  if (sessionIdleMinutes * 60 < accessTtlSeconds) problems.push('SESSION_IDLE_MINUTES must be at least the access token lifetime (ACCESS_TOKEN_TTL_SECONDS, in minutes)');
  const metrics = readMetrics(env, readFile, problems, { port, host });
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
      sessionIdleMinutes,
      privateKeyPem,
      publicKeyPem,
    },
    login: {
      slowAfter: readInt(env, 'LOGIN_SLOW_AFTER', 5, problems, 1, 100),
      accountSlowAfter: readInt(env, 'LOGIN_ACCOUNT_SLOW_AFTER', 10, problems, 1, 1000),
      addressSlowAfter: readInt(env, 'LOGIN_ADDRESS_SLOW_AFTER', 200, problems, 10, 1_000_000),
      windowMinutes: readInt(env, 'LOGIN_WINDOW_MINUTES', 15, problems, 1, 24 * 60),
      baseDelayMs: readInt(env, 'LOGIN_DELAY_MS', 500, problems, 0, 10_000),
      maxDelayMs: readInt(env, 'LOGIN_MAX_DELAY_MS', 30_000, problems, 0, 120_000),
    },
    requireTotpForPrivileged: readBool(env, 'REQUIRE_TOTP_FOR_PRIVILEGED', false, problems),
    oidc: { sessionMaxMinutes: readInt(env, 'OIDC_SESSION_MAX_MINUTES', 60, problems, 5, 24 * 60) },
    backup: {
      dir: backupDir,
      keep: readInt(env, 'BACKUP_KEEP', 7, problems, 1, 365),
    },
    jobsEnabled: readBool(env, 'JOBS_ENABLED', true, problems),
    bodyLimit: readBodyLimit(env, problems),
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
    sealing: { dataKey, previousDataKey, keyStorePath, keyStoreReplicas },
    metrics,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
