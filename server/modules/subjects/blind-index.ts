// The blind index of subject matching: keyed HMAC-SHA-256 tokens (BLIND_INDEX_KEY, kept outside
// the database) of a referral's normalised name and alias tokens, their sound keys and its date of
// birth. Equal values give equal tokens, so the server finds candidates through an index without
// a plaintext name or date column; the database alone (or a copy of it) tells no one the values,
// and without the key a guessed name cannot be tested against it. (docs/adr/0015-…)
import { createHash, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TConfig } from '../../config.js';
import { nameTokens, soundKey } from './name-tokens.js';
import type { TBlindIndexKey } from '../../core/keys.js';

export type { TBlindIndexKey } from '../../core/keys.js';

export const BLIND_INDEX_KEY_FILE = 'blind-index.key';

export function blindIndexKeyFrom(key: Buffer): TBlindIndexKey {
  const keyId = createHash('sha256').update(createHmac('sha256', key).update('samvirke-blind-index/key-id').digest()).digest('hex').slice(0, 16);
  return { key, keyId };
}

/** From configuration; outside production, from (or made into) the data folder's keys/, like the signing keys. */
export function loadBlindIndexKey(config: TConfig): TBlindIndexKey {
  if (config.blindIndexKey) return blindIndexKeyFrom(config.blindIndexKey);
  if (config.isProduction) throw new Error('BLIND_INDEX_KEY is required in production');
  const dir = path.join(config.dataDir, 'keys');
  const file = path.join(dir, BLIND_INDEX_KEY_FILE);
  if (fs.existsSync(file)) return blindIndexKeyFrom(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'));
  const key = randomBytes(32);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600 });
  return blindIndexKeyFrom(key);
}

export type TTokenKind = 'EXACT' | 'SOUND' | 'BIRTH';
export type TTokenField = 'NAME' | 'ALIAS' | 'DATE_OF_BIRTH';

/** One token: 128 bits of HMAC, domain-separated by kind, so a name token never equals a date token. */
export function blindToken(key: TBlindIndexKey, kind: TTokenKind, value: string): string {
  return createHmac('sha256', key.key).update(`samvirke-blind-index/v1\u0000${kind}\u0000${value}`).digest('base64url').slice(0, 22);
}

export type TBlindToken = { token: string; field: TTokenField; kind: TTokenKind };

/** The tokens of one name field: an EXACT token per normalised token and a SOUND token per sound key. */
export function nameFieldTokens(key: TBlindIndexKey, field: 'NAME' | 'ALIAS', value: string | null | undefined): Array<TBlindToken & { plain: string }> {
  const out: Array<TBlindToken & { plain: string }> = [];
  for (const plain of nameTokens(value)) {
    out.push({ token: blindToken(key, 'EXACT', plain), field, kind: 'EXACT', plain });
    const sound = soundKey(plain);
    if (sound) out.push({ token: blindToken(key, 'SOUND', sound), field, kind: 'SOUND', plain });
  }
  return out;
}

export type TIdentityValues = { name: string | null; alias: string | null; dateOfBirth: string | null };

/** Every token of a referral's identity, deduplicated as the table's key is (token, field). */
export function identityTokens(key: TBlindIndexKey, values: TIdentityValues): TBlindToken[] {
  const all: TBlindToken[] = [...nameFieldTokens(key, 'NAME', values.name), ...nameFieldTokens(key, 'ALIAS', values.alias)].map(({ token, field, kind }) => ({ token, field, kind }));
  if (values.dateOfBirth) all.push({ token: blindToken(key, 'BIRTH', values.dateOfBirth), field: 'DATE_OF_BIRTH', kind: 'BIRTH' });
  const seen = new Set<string>();
  return all.filter((t) => {
    const id = `${t.token}|${t.field}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
