// The Ed25519 key that signs audit checkpoints. It lives outside the database (configuration in
// production; the data folder's keys/ in demo and development), so that someone who can rewrite
// the database file cannot sign a rewritten chain. The public key is derived from it.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TConfig } from '../../config.js';
import type { TCheckpointKey } from '../../core/keys.js';

export type { TCheckpointKey } from '../../core/keys.js';

function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

export const CHECKPOINT_KEY_FILE = 'audit-checkpoint-private.pem';

export function checkpointKeyFromPem(pem: string, retiredPublicKeyPems: readonly string[] = []): TCheckpointKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The audit checkpoint key must be an Ed25519 private key');
  const publicKey = createPublicKey(privateKey);
  const keyId = keyIdOf(publicKey);
  const retired = new Map(retiredPublicKeyPems.map((retiredPem) => createPublicKey(retiredPem)).map((key) => [keyIdOf(key), key] as const));
  retired.delete(keyId);
  return { privateKey, publicKey, keyId, retired };
}

export function generateCheckpointKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** From configuration; outside production, from (or made into) the data folder's keys/. */
export function loadCheckpointKey(config: TConfig): TCheckpointKey {
  const retired = config.auditCheckpointRetiredKeyPems;
  if (config.auditCheckpointKeyPem) return checkpointKeyFromPem(config.auditCheckpointKeyPem, retired);
  if (config.isProduction) throw new Error('AUDIT_CHECKPOINT_KEY is required in production');
  const dir = path.join(config.dataDir, 'keys');
  const file = path.join(dir, CHECKPOINT_KEY_FILE);
  if (fs.existsSync(file)) return checkpointKeyFromPem(fs.readFileSync(file, 'utf8'), retired);
  const pem = generateCheckpointKeyPem();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, pem, { mode: 0o600 });
  return checkpointKeyFromPem(pem, retired);
}

export type TCheckpointFields = { seq: number; headHash: string; createdAt: string; keyId: string };

/** The exact bytes that are signed: a fixed, versioned text form. */
export function checkpointMessage(fields: TCheckpointFields): Buffer {
  return Buffer.from(['samvirke-audit-checkpoint/v1', String(fields.seq), fields.headHash, fields.createdAt, fields.keyId].join('\n'), 'utf8');
}

export function signCheckpoint(key: TCheckpointKey, fields: Omit<TCheckpointFields, 'keyId'>): { keyId: string; signature: string } {
  const signature = sign(null, checkpointMessage({ ...fields, keyId: key.keyId }), key.privateKey).toString('base64');
  return { keyId: key.keyId, signature };
}

/** Verifies with the current key or, when the checkpoint names one, a retired key. */
export function checkpointSignatureValid(key: TCheckpointKey, fields: TCheckpointFields & { signature: string }): boolean {
  const publicKey = fields.keyId === key.keyId ? key.publicKey : key.retired.get(fields.keyId);
  if (!publicKey) return false;
  try {
    return verify(null, checkpointMessage(fields), publicKey, Buffer.from(fields.signature, 'base64'));
  } catch {
    return false;
  }
}
