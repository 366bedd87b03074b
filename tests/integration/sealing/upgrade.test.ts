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
import { openDatabase } from '../../../server/core/db.js';
import { openSealer } from '../../../server/core/sealing/data-key.js';
import { countUnsealed, sealExistingRows } from '../../../server/core/sealing/seal-existing.js';
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
    const { sqlite } = openDatabase({ path: file });
    expect(() =>
      sealExistingRows(sqlite, sealer, {
        batch: 20,
        afterBatch: (n) => {
          if (n >= 40) throw new Error('simulated crash');
        },
      }),
    ).toThrow('simulated crash');
    expect(countUnsealed(sqlite)).toBe(before.length - 40);
    sqlite.close();
    sealer.keyStore.close();

    // The next start (createDeps) resumes and finishes, then vacuums.
    const server = await startTestServer({ env });
    try {
      expect(countUnsealed(server.deps.sqlite)).toBe(0);
      for (const v of before) {
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
});
