// Seals and opens personal values under their record's data key. A record (a referral's personal
// data, a suspect, an operation's targets, a case complex's notes, a review note) has one
// data key, made on first use and kept only wrapped by the key-encryption key (DATA_KEY) in the key
// store. Erasure shreds the key: every copy of the record's values, in the database and in every
// backup of it, can no longer be opened. Unwrapped keys are cached for at most a second, so no
// server holds a shredded key for longer.
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import type { TClock } from '../clock.js';
import { kekIdOf, openRecord, openValue, RECORD_PREFIX, SEALED_PREFIX, sealRecord, sealValue, SealError, unwrapKey, wrapKey, type TPlace, type TRecordFields, type TRecordPlace } from './cipher.js';
import type { TKeyStore } from './key-store.js';

export type { TPlace, TRecordFields, TRecordPlace } from './cipher.js';

/** The records that own a data key. */
export type TRecordKind = 'referral' | 'suspect' | 'operation' | 'complex' | 'reviewNote' | 'inquiry';

/** The data key id of a record: its kind and id (neither is personal data). */
export function recordKeyId(kind: TRecordKind, id: string): string {
  return `${kind}-${id}`;
}

export type TKek = { key: Buffer; kekId: string };

export function kekFrom(key: Buffer): TKek {
  return { key, kekId: kekIdOf(key) };
}

export type TSealer = {
  readonly keyStore: TKeyStore;
  readonly kekId: string;
  /** Seals under the record's data key, making the key on first use. */
  seal(keyId: string, place: TPlace, value: string): string;
  sealOrNull(keyId: string, place: TPlace, value: string | null | undefined): string | null;
  /** Opens a sealed value; null when the record's key was shredded (the value is erased). */
  open(keyId: string, place: TPlace, sealed: string): string | null;
  openOrNull(keyId: string, place: TPlace, sealed: string | null): string | null;
  /** Seals a record's fields as one value (sv2) under its data key, making the key on first use. */
  sealRecord(keyId: string, place: TRecordPlace, fields: TRecordFields): string;
  /** Opens a sealed record; null when the record's key was shredded (its fields are erased). */
  openRecord(keyId: string, place: TRecordPlace, sealed: string): TRecordFields | null;
  /**
   * Runs `work` (synchronous: inside the caller's database transaction) with the data keys it makes
   * held back and written to the key store in one transaction per copy when it ends, so a
   * transaction that makes many records pays one key-store commit, not one each. They are written
   * before `work` returns, i.e. before the caller's transaction commits: no committed row ever names
   * a key that is not durable. If `work` throws, the keys it made are forgotten unwritten.
   */
  batch<T>(work: () => T): T;
  /** Loads many records' keys in one read of the key store (a listing), before opening their values. */
  prime(keyIds: readonly string[]): void;
  /** Makes the keys of many records that have none, in one write to the key store (bulk sealing). */
  ensure(keyIds: readonly string[]): void;
  /** Destroys records' data keys in every copy of the key store; the number that existed. */
  shred(keyIds: readonly string[]): number;
  /** Whether the record's key exists (false: never made, or shredded). */
  hasKey(keyId: string): boolean;
};

/** How long an unwrapped key may stay in memory: a shredded key is gone from every server within it. */
export const KEY_CACHE_MS = 1000;

const CHECK_PREFIX = 'check:';
const CHECK_PLAINTEXT = Buffer.from('samvirke key store check value v1');

export class DataKeyError extends Error {}

/**
 * Checks that DATA_KEY opens this key store: the store keeps a check value per key-encryption key.
 * A new store gets one for DATA_KEY; during a rotation (DATA_KEY_PREVIOUS set), the previous key's
 * check must open and the new key's is added. Anything else is a wrong DATA_KEY.
 */
export function verifyKek(store: TKeyStore, current: TKek, previous: TKek | null): void {
  const opens = (kek: TKek): boolean | null => {
    const value = store.meta(`${CHECK_PREFIX}${kek.kekId}`);
    if (value === null) return null;
    try {
      return unwrapKey(kek.key, 'check', value).equals(CHECK_PLAINTEXT);
    } catch {
      return false;
    }
  };
  const currentOpens = opens(current);
  if (currentOpens === true) return;
  if (currentOpens === false) throw new DataKeyError(`DATA_KEY does not open the key store's check value at ${store.paths[0]}: the key or the key store has been altered`);
  const fresh = store.count() === 0 && store.metaNames(CHECK_PREFIX).length === 0;
  if (fresh || (previous && opens(previous) === true)) {
    store.setMeta(`${CHECK_PREFIX}${current.kekId}`, wrapKey(current.key, 'check', CHECK_PLAINTEXT));
    return;
  }
  throw new DataKeyError(
    `DATA_KEY is not the key-encryption key of the key store at KEY_STORE_PATH (${store.paths[0]}): set DATA_KEY to the key it was made with (during a rotation: the new key in DATA_KEY and the old one in DATA_KEY_PREVIOUS)`,
  );
}

/** After a rotation has re-wrapped every key: the check values of other keys go. */
export function retireOtherChecks(store: TKeyStore, current: TKek): void {
  for (const name of store.metaNames(CHECK_PREFIX)) if (name !== `${CHECK_PREFIX}${current.kekId}`) store.setMeta(name, null);
}

export function createSealer(options: { keyStore: TKeyStore; current: TKek; previous?: TKek | null; clock: TClock; cacheMs?: number }): TSealer {
  const { keyStore, current, clock } = options;
  const previous = options.previous ?? null;
  const ttl = Math.min(options.cacheMs ?? KEY_CACHE_MS, KEY_CACHE_MS);
  const cache = new Map<string, { key: KeyObject; at: number }>();

  const kekFor = (kekId: string): TKek => {
    if (kekId === current.kekId) return current;
    if (previous && kekId === previous.kekId) return previous;
    throw new DataKeyError('A data key is wrapped under a key-encryption key that is neither DATA_KEY nor DATA_KEY_PREVIOUS: finish the rotation with the key it began with');
  };

  const fresh = (keyId: string): KeyObject | null => {
    const hit = cache.get(keyId);
    if (!hit) return null;
    if (clock.now().getTime() - hit.at < ttl) return hit.key;
    cache.delete(keyId);
    return null;
  };

  const load = (keyIds: readonly string[]): void => {
    const missing = keyIds.filter((id) => fresh(id) === null);
    if (missing.length === 0) return;
    const at = clock.now().getTime();
    for (const [keyId, row] of keyStore.get([...new Set(missing)])) cache.set(keyId, { key: createSecretKey(unwrapKey(kekFor(row.kekId).key, keyId, row.wrapped)), at });
  };

  const existing = (keyId: string): KeyObject | null => {
    const hit = fresh(keyId);
    if (hit) return hit;
    load([keyId]);
    return fresh(keyId);
  };

  // Keys made inside batch() and not yet in the key store: consulted before the cache and never
  // expired by it (a long batch must not make a second key for the same record).
  let pending: Map<string, { key: KeyObject; wrapped: string }> | null = null;

  const keyFor = (keyId: string): KeyObject => {
    const held = pending?.get(keyId);
    if (held) return held.key;
    const found = existing(keyId);
    if (found) return found;
    const raw = randomBytes(32);
    const wrapped = wrapKey(current.key, keyId, raw);
    if (pending) {
      const key = createSecretKey(raw);
      pending.set(keyId, { key, wrapped });
      return key;
    }
    keyStore.add([{ keyId, wrapped, kekId: current.kekId }], clock.now().toISOString());
    // Read back: another server may have made the record's key at the same moment; its key wins.
    const made = existing(keyId);
    if (!made) throw new DataKeyError('A data key could not be stored in the key store');
    return made;
  };

  const flush = (held: Map<string, { key: KeyObject; wrapped: string }>): void => {
    if (held.size === 0) return;
    keyStore.add(
      [...held].map(([keyId, k]) => ({ keyId, wrapped: k.wrapped, kekId: current.kekId })),
      clock.now().toISOString(),
    );
    // Values were sealed under the held keys already, so a key another server stored first for the
    // same record cannot win here: the caller's transaction fails instead (and is tried again).
    const stored = keyStore.get([...held.keys()]);
    const at = clock.now().getTime();
    for (const [keyId, k] of held) {
      if (stored.get(keyId)?.wrapped !== k.wrapped) throw new DataKeyError('A data key was made for the same record by another writer at the same moment');
      cache.set(keyId, { key: k.key, at });
    }
  };

  return {
    keyStore,
    kekId: current.kekId,
    seal: (keyId, place, value) => sealValue(keyFor(keyId), keyId, place, value),
    sealOrNull(keyId, place, value) {
      return value === null || value === undefined ? null : sealValue(keyFor(keyId), keyId, place, value);
    },
    open(keyId, place, sealed) {
      const key = pending?.get(keyId)?.key ?? existing(keyId);
      if (!key) {
        // Still reject a value that is not sealed at all: plaintext must not pass for erased data.
        if (!sealed.startsWith(SEALED_PREFIX)) throw new SealError('NOT_SEALED', `${place.table}.${place.column} holds a value that is not sealed`);
        return null;
      }
      return openValue(key, keyId, place, sealed);
    },
    openOrNull(keyId, place, sealed) {
      return sealed === null ? null : this.open(keyId, place, sealed);
    },
    sealRecord: (keyId, place, fields) => sealRecord(keyFor(keyId), keyId, place, fields),
    openRecord(keyId, place, sealed) {
      const key = pending?.get(keyId)?.key ?? existing(keyId);
      if (!key) {
        if (!sealed.startsWith(RECORD_PREFIX)) throw new SealError('NOT_SEALED', `${place.table} holds a record that is not sealed`);
        return null;
      }
      return openRecord(key, keyId, place, sealed);
    },
    batch(work) {
      if (pending) return work();
      const held = new Map<string, { key: KeyObject; wrapped: string }>();
      pending = held;
      let result;
      try {
        result = work();
      } catch (error) {
        pending = null;
        throw error;
      }
      // An asynchronous batch (the demo seed's units of work) holds its keys until it settles.
      if (result instanceof Promise) {
        return result.then(
          (value: unknown) => {
            pending = null;
            flush(held);
            return value;
          },
          (error: unknown) => {
            pending = null;
            throw error;
          },
        ) as typeof result;
      }
      pending = null;
      flush(held);
      return result;
    },
    prime: load,
    ensure(keyIds) {
      const unique = [...new Set(keyIds)];
      load(unique);
      const missing = unique.filter((id) => fresh(id) === null);
      keyStore.add(
        missing.map((keyId) => ({ keyId, wrapped: wrapKey(current.key, keyId, randomBytes(32)), kekId: current.kekId })),
        clock.now().toISOString(),
      );
      load(missing);
    },
    shred(keyIds) {
      for (const id of keyIds) {
        cache.delete(id);
        pending?.delete(id);
      }
      return keyStore.remove(keyIds);
    },
    hasKey: (keyId) => pending?.has(keyId) === true || existing(keyId) !== null,
  };
}
