// Sealed records (sv2, docs/adr/0021-personal-data-sealed-at-rest.md § Sealed records): a record's
// fields sealed as one value bound to its table and row, opened once per row into plain fields,
// beside rows still sealed field by field (sv1); and sealer.batch, which writes the data keys a
// transaction makes in one key-store write before that transaction commits.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../server/core/clock.js';
import { openRecord, SealError, sealRecord, sealValue, wrapKey } from '../../../server/core/sealing/cipher.js';
import { openKeyStore, type TKeyStore } from '../../../server/core/sealing/key-store.js';
import { openRecordFields, SEALED, sealRecordFields } from '../../../server/core/sealing/sealed-columns.js';
import { createSealer, DataKeyError, kekFrom, verifyKek, type TKek, type TSealer } from '../../../server/core/sealing/sealer.js';

let dir: string;
let store: TKeyStore;
let kek: TKek;
let clock: ReturnType<typeof createManualClock>;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-sealed-records-'));
  store = openKeyStore({ path: path.join(dir, 'keys.db'), replicas: [path.join(dir, 'replica.db')] });
  kek = kekFrom(randomBytes(32));
  verifyKek(store, kek, null);
  clock = createManualClock('2026-01-01T00:00:00Z');
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The sealer, counting how often a record is opened and how often the key store is written. */
function countingSealer(): { sealer: TSealer; opened: () => number; writes: () => number } {
  let writes = 0;
  const add = store.add.bind(store);
  const counted: TKeyStore = { ...store, add: (keys, at) => ((writes += 1), add(keys, at)) };
  const sealer = createSealer({ keyStore: counted, current: kek, clock });
  let opened = 0;
  const openRecordOf = sealer.openRecord.bind(sealer);
  return { sealer: { ...sealer, openRecord: (...args) => ((opened += 1), openRecordOf(...args)) }, opened: () => opened, writes: () => writes };
}

describe('a sealed record', () => {
  const key = randomBytes(32);
  const place = { table: 'referral_personal_data', rowId: 'r1' };
  const fields = { name: 'Zlatka Vasileva', narrative: 'Æble, ødelagt; 日本語 🙂', alias: null };

  it('opens at its table and row with its key, holds nothing of the plaintext, and names its key and format', () => {
    const sealed = sealRecord(key, 'referral-r1', place, fields);
    expect(sealed).toMatch(/^sv2\.referral-r1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('Zlatka');
    expect(openRecord(key, 'referral-r1', place, sealed)).toEqual(fields);
    expect(sealRecord(key, 'referral-r1', place, fields)).not.toBe(sealed);
  });

  it('moved to another row or table, altered, under another key, or taken for a single value: fails to open', () => {
    const sealed = sealRecord(key, 'referral-r1', place, fields);
    expect(() => openRecord(key, 'referral-r1', { ...place, rowId: 'r2' }, sealed)).toThrow(SealError);
    expect(() => openRecord(key, 'referral-r1', { ...place, table: 'suspects' }, sealed)).toThrow(SealError);
    const flipped = sealed.slice(0, -2) + (sealed.at(-2) === 'A' ? 'B' : 'A') + sealed.slice(-1);
    expect(() => openRecord(key, 'referral-r1', place, flipped)).toThrow(SealError);
    expect(() => openRecord(randomBytes(32), 'referral-r1', place, sealed)).toThrow(SealError);
    expect(() => openRecord(key, 'referral-r2', place, sealed)).toThrow(/another record's key/);
    // The format tag is bound in: a single value (sv1) relabelled as a record does not open, nor the reverse.
    const single = sealValue(key, 'referral-r1', { ...place, column: 'name' }, JSON.stringify(fields));
    expect(() => openRecord(key, 'referral-r1', place, `sv2.${single.slice(4)}`)).toThrow(SealError);
    expect(() => openRecord(key, 'referral-r1', place, single)).toThrow(/not sealed/);
  });
});

describe('a row sealed as a record', () => {
  const spec = SEALED.referralPersonalData;
  const ref = { rowId: 'r1', keyId: 'referral-r1' };

  it('has null field columns; opened once per row into plain fields; spread sees plaintext', () => {
    const { sealer, opened } = countingSealer();
    const written = sealRecordFields(sealer, spec, ref, { name: 'Zlatka Vasileva', narrative: 'Met at the harbour', dateOfBirth: '1990-02-03' });
    expect(Object.entries(written).filter(([p, v]) => p !== 'sealedFields' && v !== null)).toEqual([]);
    expect(written.sealedFields).toMatch(/^sv2\.referral-r1\./);
    const row: Record<string, unknown> = { referralId: 'r1', estimatedAge: 30, ...written };
    const open = openRecordFields(sealer, spec, ref, row);
    expect(opened()).toBe(1);
    expect(Object.getOwnPropertyDescriptor(open, 'name')?.get).toBeUndefined();
    expect(open.name).toBe('Zlatka Vasileva');
    expect(open.narrative).toBe('Met at the harbour');
    expect({ ...open }).toMatchObject({ referralId: 'r1', estimatedAge: 30, name: 'Zlatka Vasileva', dateOfBirth: '1990-02-03', alias: null, contact: null });
    expect(opened()).toBe(1);
    expect('sealedFields' in open).toBe(false);
  });

  it('a row from before (fields sealed one by one, sv1) still opens field by field; plaintext there is refused', () => {
    const { sealer, opened } = countingSealer();
    const name = sealer.seal(ref.keyId, { table: spec.table, column: 'name', rowId: 'r1' }, 'Zlatka Vasileva');
    const open = openRecordFields(sealer, spec, ref, { referralId: 'r1', name, alias: null, sealedFields: null });
    expect(open.name).toBe('Zlatka Vasileva');
    expect(opened()).toBe(0);
    expect(() => openRecordFields(sealer, spec, ref, { referralId: 'r1', name: 'Zlatka Vasileva', sealedFields: null })).toThrow(/not sealed/);
    expect(() => openRecordFields(sealer, spec, ref, { referralId: 'r1', name: null, sealedFields: 'Zlatka Vasileva' })).toThrow(/not a sealed record/);
  });

  it('shredded, every field reads as erased (null)', () => {
    const { sealer } = countingSealer();
    const written = sealRecordFields(sealer, spec, ref, { name: 'Zlatka Vasileva' });
    expect(sealer.shred([ref.keyId])).toBe(1);
    const open = openRecordFields<Record<string, unknown>>(sealer, spec, ref, { referralId: 'r1', ...written });
    expect(open.name).toBeNull();
    expect(open.narrative).toBeNull();
  });
});

describe('sealer.batch', () => {
  it('writes the keys made in one transaction in one key-store write, durable before the transaction commits', () => {
    const { sealer, writes } = countingSealer();
    const db = new Database(path.join(dir, 'data.db'));
    db.exec('create table t (id text primary key, value text)');
    const insert = db.prepare('insert into t values (?, ?)');
    let keysAtCommit = -1;
    db.transaction(() => {
      sealer.batch(() => {
        for (let i = 0; i < 50; i += 1) insert.run(`r${i}`, sealer.sealRecord(`referral-r${i}`, { table: 't', rowId: `r${i}` }, { name: `Person ${i}` }));
        // Held back while the work runs, yet usable: a value sealed here opens here.
        expect(store.count()).toBe(0);
        expect(sealer.hasKey('referral-r7')).toBe(true);
        const value = (db.prepare('select value from t where id = ?').get('r7') as { value: string }).value;
        expect(sealer.openRecord('referral-r7', { table: 't', rowId: 'r7' }, value)).toEqual({ name: 'Person 7' });
      });
      // Still inside the database transaction, before its commit: the keys are in every copy.
      keysAtCommit = store.count();
    })();
    expect(keysAtCommit).toBe(50);
    expect(writes()).toBe(1);
    expect(store.compare().ok).toBe(true);
    // Another server reads every value with the stored keys.
    const other = createSealer({ keyStore: store, current: kek, clock });
    const value = (db.prepare('select value from t where id = ?').get('r42') as { value: string }).value;
    expect(other.openRecord('referral-r42', { table: 't', rowId: 'r42' }, value)).toEqual({ name: 'Person 42' });
    db.close();
  });

  it('work that throws writes no key and leaves none behind; a key another writer stored first fails the batch', () => {
    const { sealer, writes } = countingSealer();
    expect(() =>
      sealer.batch(() => {
        sealer.sealRecord('referral-a', { table: 't', rowId: 'a' }, { name: 'A' });
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(writes()).toBe(0);
    expect(sealer.hasKey('referral-a')).toBe(false);

    expect(() =>
      sealer.batch(() => {
        sealer.sealRecord('referral-b', { table: 't', rowId: 'b' }, { name: 'B' });
        // Another server makes the same record's key meanwhile: ours must not be taken for it.
        store.add([{ keyId: 'referral-b', wrapped: wrapKey(kek.key, 'referral-b', randomBytes(32)), kekId: kek.kekId }], clock.now().toISOString());
      }),
    ).toThrow(DataKeyError);
  });

  it('a batch longer than the key cache keeps its held keys (no second key for the same record)', () => {
    const { sealer } = countingSealer();
    const sealed = sealer.batch(() => {
      const first = sealer.sealRecord('referral-a', { table: 't', rowId: 'a' }, { name: 'A' });
      clock.advance(5_000);
      sealer.sealRecord('referral-a', { table: 't', rowId: 'a' }, { name: 'A again' });
      return first;
    });
    expect(store.count()).toBe(1);
    expect(sealer.openRecord('referral-a', { table: 't', rowId: 'a' }, sealed)).toEqual({ name: 'A' });
  });
});

describe('the key store in a bulk load (the demo seed)', () => {
  it('withoutSyncPerCommit: keys made inside are in every copy when it ends; a failing load still fails, and the store goes on', async () => {
    const sealer = createSealer({ keyStore: store, current: kek, clock });
    const made = await store.withoutSyncPerCommit(async () => {
      sealer.sealRecord('referral-a', { table: 't', rowId: 'a' }, { name: 'A' });
      await Promise.resolve();
      sealer.sealRecord('referral-b', { table: 't', rowId: 'b' }, { name: 'B' });
      return store.count();
    });
    expect(made).toBe(2);
    expect(store.compare()).toMatchObject({ ok: true, copies: [{ keys: 2 }, { keys: 2 }] });
    await expect(
      store.withoutSyncPerCommit(async () => {
        sealer.sealRecord('referral-c', { table: 't', rowId: 'c' }, { name: 'C' });
        throw new Error('seed failed');
      }),
    ).rejects.toThrow('seed failed');
    sealer.sealRecord('referral-d', { table: 't', rowId: 'd' }, { name: 'D' });
    expect(store.compare()).toMatchObject({ ok: true, copies: [{ keys: 4 }, { keys: 4 }] });
  });
});
