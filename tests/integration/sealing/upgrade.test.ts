// Upgrading a database made by the release before sealing (tests/fixtures/release-0.1-demo.db.gz:
// the demo seed of main at 1ef28f2, plaintext; see tests/fixtures/README.md): the start-up step
// seals every personal value in place, in batches, resumes after a crash mid-way, and vacuums, so
// afterwards every value reads back as it was and no plaintext remains in the file.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../../../server/core/db.js';
import { openSealer } from '../../../server/core/sealing/data-key.js';
import { countNotRecordSealed, countUnsealed, sealExistingRows } from '../../../server/core/sealing/seal-existing.js';
import { SEALED, type TSealedSpec } from '../../../server/core/sealing/sealed-columns.js';
import { createManualClock } from '../../../server/core/clock.js';
import { loadConfig } from '../../../server/config.js';
import { findPersonalData } from '../../../server/modules/referrals/referrals.repo.js';
import { startTestServer } from '../../support/test-server.js';

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/release-0.1-demo.db.gz');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-upgrade-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type TValue = { table: string; column: string; rowId: string; keyId: string; value: string };

function plaintextValues(file: string): TValue[] {
  const db = new Database(file, { readonly: true });
  try {
    const values: TValue[] = [];
    const tables = new Set((db.prepare("select name from sqlite_master where type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    for (const spec of Object.values(SEALED) as TSealedSpec[]) {
      // A table added after that release (its migration runs on upgrade) has nothing to seal in place.
      if (!tables.has(spec.table)) continue;
      for (const column of Object.values(spec.columns)) {
        const rows = db
          .prepare(`select ${spec.rowIdSql} as row_id, ${spec.keyIdSql} as key_id, ${column} as value from ${spec.table} where ${column} is not null and ${column} <> ''${spec.onlyWhere ? ` and (${spec.onlyWhere})` : ''}`)
          .all() as Array<{ row_id: string; key_id: string; value: string }>;
        for (const r of rows) values.push({ table: spec.table, column, rowId: r.row_id, keyId: r.key_id, value: r.value });
      }
    }
    return values;
  } finally {
    db.close();
  }
}

describe('upgrading a database of the release before sealing', () => {
  it('seals every personal value in place, resuming after a crash mid-way; afterwards each reads back and no plaintext remains', async () => {
    const file = path.join(dir, 'samvirke.db');
    fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(fixture)));
    const before = plaintextValues(file);
    expect(before.length).toBeGreaterThan(100);
    for (const table of ['referral_personal_data', 'referral_events', 'suspects', 'operation_targets', 'case_events']) expect(before.some((v) => v.table === table)).toBe(true);
    expect(before.every((v) => !v.value.startsWith('sv1.'))).toBe(true);

    const env = { DATABASE_PATH: file, NODE_ENV: 'test', DATA_KEY: randomBytes(32).toString('base64'), BLIND_INDEX_KEY: randomBytes(32).toString('base64'), KEY_STORE_PATH: path.join(dir, 'keys', 'data-keys.db') };
    // A first start that crashes after two batches: those are sealed (each batch one transaction), the rest not.
    const config = loadConfig({ env, readFile: (p) => fs.readFileSync(p, 'utf8') });
    const sealer = openSealer(config, createManualClock());
    const { sqlite, writer } = openDatabase({ path: file });
    expect(() =>
      sealExistingRows(sqlite, sealer, {
        batch: 20,
        afterBatch: (n) => {
          if (n >= 40) throw new Error('simulated crash');
        },
      }),
    ).toThrow('simulated crash');
    // The referrals' personal data comes first, sealed as one record per referral (sv2): 40 rows done.
    const personalRows = new Set(before.filter((v) => v.table === 'referral_personal_data').map((v) => v.rowId));
    expect(countNotRecordSealed(sqlite)).toBe(personalRows.size - 40);
    const doneValues = (sqlite.prepare('select referral_id as id from referral_personal_data where sealed_fields is not null').all() as Array<{ id: string }>).map((r) => r.id);
    expect(doneValues).toHaveLength(40);
    expect(countUnsealed(sqlite)).toBe(before.filter((v) => !(v.table === 'referral_personal_data' && doneValues.includes(v.rowId))).length);
    closeDatabase(sqlite, writer);
    sealer.keyStore.close();

    // The next start (createDeps) resumes and finishes, then vacuums.
    const server = await startTestServer({ env });
    try {
      expect(countUnsealed(server.deps.sqlite)).toBe(0);
      expect(countNotRecordSealed(server.deps.sqlite)).toBe(0);
      for (const v of before) {
        if (v.table === 'referral_personal_data') {
          const row = server.deps.sqlite.prepare(`select ${v.column} as value, sealed_fields as record from referral_personal_data where referral_id = ?`).get(v.rowId) as { value: string | null; record: string };
          expect(row.value).toBeNull();
          expect(row.record.startsWith(`sv2.${v.keyId}.`)).toBe(true);
          const property = Object.entries(SEALED.referralPersonalData.columns).find(([, c]) => c === v.column)![0];
          expect(server.deps.sealer.openRecord(v.keyId, { table: v.table, rowId: v.rowId }, row.record)?.[property]).toBe(v.value);
          continue;
        }
        const stored = (server.deps.sqlite.prepare(`select ${v.column} as value from ${v.table} where rowid in (select rowid from ${v.table} where ${(Object.values(SEALED) as TSealedSpec[]).find((s) => s.table === v.table)!.rowIdSql} = ?)`).get(v.rowId) as { value: string }).value;
        expect(stored.startsWith(`sv1.${v.keyId}.`)).toBe(true);
        expect(server.deps.sealer.open(v.keyId, { table: v.table, column: v.column, rowId: v.rowId }, stored)).toBe(v.value);
      }
      // Through the repo too: the referrals' personal data as the services see it.
      const referralRows = before.filter((v) => v.table === 'referral_personal_data' && v.column === 'name');
      const opened = new Map(findPersonalData(server.deps.db, server.deps.sealer, referralRows.map((v) => v.rowId)).map((p) => [p.referralId, p.name]));
      for (const v of referralRows) expect(opened.get(v.rowId)).toBe(v.value);
      server.deps.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const bytes = fs.readFileSync(file).toString('utf8') + (fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`).toString('utf8') : '');
      // Every distinctive value (long enough not to occur by chance in other text, and not an
      // organisation's name, such as the authority that appointed a representative) is gone from the file.
      const organisationNames = new Set((server.deps.sqlite.prepare('select name from organisations').all() as Array<{ name: string }>).map((o) => o.name));
      const distinctive = [...new Set(before.map((v) => v.value).filter((value) => value.length >= 12 && !organisationNames.has(value)))];
      expect(distinctive.length).toBeGreaterThan(50);
      const found = distinctive.filter((value) => bytes.includes(value));
      expect(found).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);

  it('upgrades a database of the release that sealed field by field (sv1): each referral becomes one sealed record, resuming after a crash; a shredded one stays erased and gets no key', async () => {
    const file = path.join(dir, 'sv1.db');
    fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(fixture)));
    const all = plaintextValues(file);
    const plain = all.filter((v) => v.table === 'referral_personal_data');
    const env = { DATABASE_PATH: file, NODE_ENV: 'test', DATA_KEY: randomBytes(32).toString('base64'), BLIND_INDEX_KEY: randomBytes(32).toString('base64'), KEY_STORE_PATH: path.join(dir, 'keys-sv1', 'data-keys.db') };
    const config = loadConfig({ env, readFile: (p) => fs.readFileSync(p, 'utf8') });
    const sealer = openSealer(config, createManualClock());
    const { sqlite, writer } = openDatabase({ path: file });
    // The previous release's sealing: every personal value sealed on its own (sv1).
    const rowIdSqlOf = (table: string) => (Object.values(SEALED) as TSealedSpec[]).find((spec) => spec.table === table)!.rowIdSql;
    sqlite.transaction(() => {
      for (const v of all) {
        sqlite
          .prepare(`update ${v.table} set ${v.column} = ? where rowid in (select rowid from ${v.table} where ${rowIdSqlOf(v.table)} = ?)`)
          .run(sealer.seal(v.keyId, { table: v.table, column: v.column, rowId: v.rowId }, v.value), v.rowId);
      }
    })();
    const referralIds = [...new Set(plain.map((v) => v.rowId))];
    expect(referralIds.length).toBeGreaterThan(30);
    // One referral erased by shredding (as in a backup restored after its erasure): its sv1 values remain, its key is gone.
    const shredded = referralIds[5]!;
    expect(sealer.shred([`referral-${shredded}`])).toBe(1);
    const referralKeys = (store: typeof sealer.keyStore) => store.page(0, 100_000).filter((k) => k.keyId.startsWith('referral-')).map((k) => k.keyId);
    const keysBefore = referralKeys(sealer.keyStore);
    expect(keysBefore).toHaveLength(referralIds.length - 1);
    expect(countNotRecordSealed(sqlite)).toBe(referralIds.length);

    expect(() =>
      sealExistingRows(sqlite, sealer, {
        batch: 10,
        afterBatch: (n) => {
          if (n >= 20) throw new Error('simulated crash');
        },
      }),
    ).toThrow('simulated crash');
    expect(countNotRecordSealed(sqlite)).toBe(referralIds.length - 20);
    closeDatabase(sqlite, writer);
    sealer.keyStore.close();

    const server = await startTestServer({ env });
    try {
      const { sqlite: upgraded, sealer: opener, db } = server.deps;
      expect(countNotRecordSealed(upgraded)).toBe(0);
      expect(countUnsealed(upgraded)).toBe(0);
      // No referral key was made: the records kept theirs, and the shredded one got none.
      expect(referralKeys(opener.keyStore)).toEqual(keysBefore);
      expect(opener.hasKey(`referral-${shredded}`)).toBe(false);
      const rows = upgraded.prepare('select * from referral_personal_data').all() as Array<Record<string, string | null>>;
      for (const row of rows) {
        for (const column of Object.values(SEALED.referralPersonalData.columns)) expect(row[column], column).toBeNull();
        if (row.referral_id === shredded) expect(row.sealed_fields).toBeNull();
      }
      const opened = new Map(findPersonalData(db, opener, referralIds).map((p) => [p.referralId, p as unknown as Record<string, unknown>]));
      for (const v of plain) {
        const property = Object.entries(SEALED.referralPersonalData.columns).find(([, c]) => c === v.column)![0];
        const read = opened.get(v.rowId)![property];
        const expected = v.rowId === shredded ? null : property === 'indicators' ? JSON.parse(v.value) : v.value;
        expect(read, `${v.rowId} ${property}`).toEqual(expected);
      }
    } finally {
      await server.close();
    }
  }, 120_000);
});
