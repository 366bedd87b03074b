import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointKeyFromPem, checkpointMessage, checkpointSignatureValid, generateCheckpointKeyPem, signCheckpoint } from '../../../server/modules/audit/checkpoint-key.js';

const key = checkpointKeyFromPem(generateCheckpointKeyPem());
const fields = { seq: 42, headHash: 'a'.repeat(64), createdAt: '2026-11-23T10:07:00.000Z' };

describe('checkpoint signatures', () => {
  it('sign sequence, head hash, time and key id in a fixed text form; verify with the derived public key', () => {
    const signed = signCheckpoint(key, fields);
    expect(signed.keyId).toBe(key.keyId);
    expect(checkpointMessage({ ...fields, keyId: key.keyId }).toString()).toBe(`samvirke-audit-checkpoint/v1\n42\n${'a'.repeat(64)}\n2026-11-23T10:07:00.000Z\n${key.keyId}`);
    expect(checkpointSignatureValid(key, { ...fields, ...signed })).toBe(true);
  });

  it('fail when any signed field changes, the signature is garbage, or another key signed', () => {
    const signed = signCheckpoint(key, fields);
    expect(checkpointSignatureValid(key, { ...fields, ...signed, seq: 43 })).toBe(false);
    expect(checkpointSignatureValid(key, { ...fields, ...signed, headHash: 'b'.repeat(64) })).toBe(false);
    expect(checkpointSignatureValid(key, { ...fields, ...signed, createdAt: '2026-11-23T10:08:00.000Z' })).toBe(false);
    expect(checkpointSignatureValid(key, { ...fields, ...signed, signature: 'not base64 at all' })).toBe(false);
    const other = checkpointKeyFromPem(generateCheckpointKeyPem());
    expect(other.keyId).not.toBe(key.keyId);
    const byOther = signCheckpoint(other, fields);
    expect(checkpointSignatureValid(key, { ...fields, ...byOther })).toBe(false);
    // The other key's signature under this key's id still fails.
    expect(checkpointSignatureValid(key, { ...fields, keyId: key.keyId, signature: byOther.signature })).toBe(false);
  });

  it('the key id is stable for one key and a key must be Ed25519', () => {
    const pem = generateCheckpointKeyPem();
    expect(checkpointKeyFromPem(pem).keyId).toBe(checkpointKeyFromPem(pem).keyId);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => checkpointKeyFromPem(rsa)).toThrow(/Ed25519/);
  });
});
