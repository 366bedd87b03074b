// Sealing at rest (docs/adr/0021-personal-data-sealed-at-rest.md): values bound to their place,
// per-record keys in a replicated key store, shredding, the one-second key cache, DATA_KEY checks,
// and the data-keys command (check, rotate).
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../server/core/clock.js';
import { openValue, SealError, sealValue, wrapKey } from '../../../server/core/sealing/cipher.js';
import { runDataKeysCli } from '../../../server/core/sealing/data-keys.cli.js';
import { KeyStoreError, openKeyStore, type TKeyStore } from '../../../server/core/sealing/key-store.js';
import { openFields, openFieldsLazily, SEALED, sealFields } from '../../../server/core/sealing/sealed-columns.js';
import { createSealer, DataKeyError, kekFrom, verifyKek, type TSealer } from '../../../server/core/sealing/sealer.js';

let dir: string;
const stores: TKeyStore[] = [];
const open = (name = 'keys.db', replicas: string[] = []) => {
  const store = openKeyStore({ path: path.join(dir, name), replicas: replicas.map((r) => path.join(dir, r)) });
  stores.push(store);
  return store;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-sealing-'));
});
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a sealed value', () => {
  const key = randomBytes(32);
  const place = { table: 'referral_personal_data', column: 'name', rowId: 'r1' };

  it('opens at its place with its key, and holds nothing of the plaintext', () => {
    const sealed = sealValue(key, 'referral-r1', place, 'Zlatka Vasileva');
    expect(sealed).toMatch(/^sv1\.referral-r1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('Zlatka');
    expect(openValue(key, 'referral-r1', place, sealed)).toBe('Zlatka Vasileva');
    // A fresh IV each time: equal values do not give equal ciphertexts.
    expect(sealValue(key, 'referral-r1', place, 'Zlatka Vasileva')).not.toBe(sealed);
  });

  it('moved to another row or column, or altered, fails to open', () => {
    const sealed = sealValue(key, 'referral-r1', place, 'Zlatka Vasileva');
    expect(() => openValue(key, 'referral-r1', { ...place, rowId: 'r2' }, sealed)).toThrow(SealError);
    expect(() => openValue(key, 'referral-r1', { ...place, column: 'alias' }, sealed)).toThrow(SealError);
    expect(() => openValue(key, 'referral-r1', { ...place, table: 'suspects' }, sealed)).toThrow(SealError);
    // The last base64url character may carry unused bits; the one before it never does.
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.slice(-1);
    expect(flipped).not.toBe(sealed);
    expect(() => openValue(key, 'referral-r1', place, flipped)).toThrow(SealError);
    expect(() => openValue(randomBytes(32), 'referral-r1', place, sealed)).toThrow(SealError);
    // Under another record's key id: refused before decrypting.
    expect(() => openValue(key, 'referral-r2', place, sealed)).toThrow(/another record's key/);
    expect(() => openValue(key, 'referral-r1', place, 'Zlatka Vasileva')).toThrow(/not sealed/);
  });
});

describe('the sealer', () => {
  it('makes one key per record, wrapped: the key store holds no data key in the clear', () => {
    const store = open();
    const kek = kekFrom(randomBytes(32));
    verifyKek(store, kek, null);
    const sealer = createSealer({ keyStore: store, current: kek, clock: createManualClock() });
    const a = sealer.seal('referral-a', { table: 't', column: 'c', rowId: 'a' }, 'one');
    sealer.seal('referral-b', { table: 't', column: 'c', rowId: 'b' }, 'two');
    expect(store.count()).toBe(2);
    expect(sealer.open('referral-a', { table: 't', column: 'c', rowId: 'a' }, a)).toBe('one');
    // A second server on the same store opens it too (it unwraps the same key).
    const other = createSealer({ keyStore: store, current: kek, clock: createManualClock() });
    expect(other.open('referral-a', { table: 't', column: 'c', rowId: 'a' }, a)).toBe('one');
  });

  it('shredded, the value no longer opens: at once on this server, within a second on another', () => {
    const store = open();
    const kek = kekFrom(randomBytes(32));
    verifyKek(store, kek, null);
    const clock = createManualClock('2026-01-01T00:00:00Z');
    const here = createSealer({ keyStore: store, current: kek, clock });
    const there = createSealer({ keyStore: store, current: kek, clock });
    const place = { table: 't', column: 'c', rowId: 'x' };
    const sealed = here.seal('suspect-x', place, 'secret');
    expect(there.open('suspect-x', place, sealed)).toBe('secret');
    expect(here.shred(['suspect-x'])).toBe(1);
    expect(here.open('suspect-x', place, sealed)).toBeNull();
    clock.advance(999);
    // Still in the other server's cache for at most a second …
    expect(there.open('suspect-x', place, sealed)).toBe('secret');
    clock.advance(1);
    // … and gone after it.
    expect(there.open('suspect-x', place, sealed)).toBeNull();
    expect(here.hasKey('suspect-x')).toBe(false);
    // A shredded record's plaintext never passes for an erased value.
    expect(() => here.open('suspect-x', place, 'secret')).toThrow(/not sealed/);
  });

  it('refuses a wrong DATA_KEY against the key store, and accepts the previous one during a rotation', () => {
    const store = open();
    const old = kekFrom(randomBytes(32));
    verifyKek(store, old, null);
    createSealer({ keyStore: store, current: old, clock: createManualClock() }).seal('referral-a', { table: 't', column: 'c', rowId: 'a' }, 'v');
    expect(() => verifyKek(store, kekFrom(randomBytes(32)), null)).toThrow(DataKeyError);
    expect(() => verifyKek(store, kekFrom(randomBytes(32)), null)).toThrow(/DATA_KEY/);
    const next = kekFrom(randomBytes(32));
    expect(() => verifyKek(store, next, old)).not.toThrow();
    // A server running with both reads keys wrapped under either.
    const both = createSealer({ keyStore: store, current: next, previous: old, clock: createManualClock() });
    expect(both.hasKey('referral-a')).toBe(true);
  });
});

describe('opening a row field by field', () => {
  it('opens only the fields that are read, once each; spread and JSON see plaintext; text of any script round-trips', () => {
    const store = open();
    const kek = kekFrom(randomBytes(32));
    verifyKek(store, kek, null);
    const sealer = createSealer({ keyStore: store, current: kek, clock: createManualClock() });
    const opens: string[] = [];
    const counting: TSealer = { ...sealer, open: (keyId, place, value) => (opens.push(place.column), sealer.open(keyId, place, value)) };
    const ref = { rowId: 's1', keyId: 'suspect-s1' };
    const plain = { id: 's1', name: 'Ærø Østergård — 東京 😀', dateOfBirth: '1990-02-03', roleInNetwork: null, notes: 'Drives the van' };
    const row = sealFields(sealer, SEALED.suspects, ref, plain);
    const lazy = openFieldsLazily(counting, SEALED.suspects, ref, row);
    expect(opens).toEqual([]);
    expect(lazy.name).toBe(plain.name);
    expect(lazy.name).toBe(plain.name);
    expect(opens).toEqual(['name']);
    expect({ ...lazy }).toEqual(plain);
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(plain);
    expect(opens.sort()).toEqual(['date_of_birth', 'name', 'notes']);
    // The eager form gives the same row.
    expect(openFields(sealer, SEALED.suspects, ref, row)).toEqual(plain);
    // Shredded: the NOT NULL name reads as '', the others as null; plaintext where a sealed value belongs throws.
    sealer.shred(['suspect-s1']);
    const erased = openFieldsLazily(sealer, SEALED.suspects, ref, row);
    expect([erased.name, erased.notes]).toEqual(['', null]);
    expect(() => openFieldsLazily(sealer, SEALED.suspects, ref, { ...row, notes: 'plain' })).toThrow(/not sealed/);
  });
});

describe('the key store', () => {
  it('writes through to every replica; a shredded key leaves every copy at once', () => {
    const store = open('primary.db', ['replica-1.db', 'replica-2.db']);
    const kek = kekFrom(randomBytes(32));
    verifyKek(store, kek, null);
    const sealer = createSealer({ keyStore: store, current: kek, clock: createManualClock() });
    sealer.seal('referral-a', { table: 't', column: 'c', rowId: 'a' }, 'v');
    sealer.seal('referral-b', { table: 't', column: 'c', rowId: 'b' }, 'v');
    expect(store.compare()).toMatchObject({ ok: true, copies: [{ keys: 2 }, { keys: 2 }, { keys: 2 }] });
    sealer.shred(['referral-a']);
    const report = store.compare();
    expect(report.ok).toBe(true);
    expect(report.copies.map((c) => c.keys)).toEqual([1, 1, 1]);
    store.close();
    stores.splice(0);
    // secure_delete and a rollback journal: the deleted key's bytes are in no file.
    const wrappedB = open('primary.db', ['replica-1.db', 'replica-2.db']).get(['referral-b']).get('referral-b')!.wrapped;
    for (const file of fs.readdirSync(dir)) {
      const bytes = fs.readFileSync(path.join(dir, file)).toString('latin1');
      expect(bytes).not.toContain('referral-a');
      expect(bytes).toContain(wrappedB);
    }
  });

  it('fills a new replica from the primary, refuses an empty primary beside a full replica, and check finds a replica out of step', () => {
    const kek = kekFrom(randomBytes(32));
    const first = open('primary.db');
    verifyKek(first, kek, null);
    createSealer({ keyStore: first, current: kek, clock: createManualClock() }).seal('referral-a', { table: 't', column: 'c', rowId: 'a' }, 'v');
    first.close();
    stores.splice(0);
    expect(open('primary.db', ['new-replica.db']).compare()).toMatchObject({ ok: true, copies: [{ keys: 1 }, { keys: 1 }] });
    stores.splice(0).forEach((s) => s.close());
    // The primary lost: starting on an empty one would write emptiness over the replica.
    expect(() => open('lost-primary.db', ['new-replica.db'])).toThrow(KeyStoreError);
    // A replica changed behind the store's back is out of step.
    const replica = openKeyStore({ path: path.join(dir, 'new-replica.db'), replicas: [] });
    replica.remove(['referral-a']);
    replica.close();
    const env = { NODE_ENV: 'test', DATABASE_PATH: path.join(dir, 'db', 'samvirke.db'), DATA_KEY: kek.key.toString('base64'), KEY_STORE_PATH: path.join(dir, 'primary.db'), KEY_STORE_REPLICAS: path.join(dir, 'new-replica.db') };
    const out: string[] = [];
    const err: string[] = [];
    expect(runDataKeysCli({ argv: ['check'], env, out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(1);
    expect(err.join('')).toMatch(/new-replica\.db is out of step with the primary: 1 missing/);
  });

  it('data-keys rotate re-wraps every key under the new DATA_KEY; check then passes without the old key', () => {
    const old = kekFrom(randomBytes(32));
    const store = open('primary.db', ['replica.db']);
    verifyKek(store, old, null);
    const sealer = createSealer({ keyStore: store, current: old, clock: createManualClock() });
    const place = { table: 't', column: 'c', rowId: 'a' };
    const sealed = sealer.seal('referral-a', place, 'kept through the rotation');
    // More than one batch of the rotation (500), added in one write.
    store.add(Array.from({ length: 700 }, (_, i) => ({ keyId: `referral-${i}`, kekId: old.kekId, wrapped: wrapKey(old.key, `referral-${i}`, randomBytes(32)) })), '2026-01-01T00:00:00Z');
    store.close();
    stores.splice(0);
    const next = randomBytes(32).toString('base64');
    const base = { NODE_ENV: 'test', DATABASE_PATH: path.join(dir, 'db', 'samvirke.db'), KEY_STORE_PATH: path.join(dir, 'primary.db'), KEY_STORE_REPLICAS: path.join(dir, 'replica.db') };
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t) };
    expect(runDataKeysCli({ argv: ['rotate'], env: { ...base, DATA_KEY: next }, ...io })).toBe(1);
    expect(runDataKeysCli({ argv: ['rotate'], env: { ...base, DATA_KEY: next, DATA_KEY_PREVIOUS: old.key.toString('base64') }, ...io })).toBe(0);
    expect(out.join('')).toContain('rotated: 701 data keys re-wrapped');
    expect(runDataKeysCli({ argv: ['check'], env: { ...base, DATA_KEY: next }, ...io })).toBe(0);
    // The old key no longer opens the store; the new one opens every value sealed before.
    expect(runDataKeysCli({ argv: ['check'], env: { ...base, DATA_KEY: old.key.toString('base64') }, ...io })).toBe(1);
    const after = open('primary.db', ['replica.db']);
    const rotated = createSealer({ keyStore: after, current: kekFrom(Buffer.from(next, 'base64')), clock: createManualClock() });
    expect(rotated.open('referral-a', place, sealed)).toBe('kept through the rotation');
    expect(runDataKeysCli({ argv: ['nonsense'], env: base, ...io })).toBe(2);
  });
});
