// The start-up step that seals a database from before sealing in place: every sealed column's
// plaintext values, in batches of one transaction each, so a crash mid-way resumes where it
// stopped (a batch picks only values not sealed yet). When anything was sealed, the database is
// vacuumed and its WAL truncated, so the pages that held the plaintext are gone from the file.
import type { TSqlite } from '../db.js';
import { SEALED_PREFIX } from './cipher.js';
import { SEALED, type TSealedSpec } from './sealed-columns.js';
import { DataKeyError, type TSealer } from './sealer.js';

const BATCH = 500;

function unsealedWhere(column: string, onlyWhere: string | undefined): string {
  return `${column} is not null and ${column} <> '' and substr(${column}, 1, ${SEALED_PREFIX.length}) <> '${SEALED_PREFIX}'${onlyWhere ? ` and (${onlyWhere})` : ''}`;
}

/** How many values are not sealed yet (0 once the step has run). */
export function countUnsealed(sqlite: TSqlite): number {
  let n = 0;
  for (const spec of Object.values(SEALED) as TSealedSpec[]) {
    for (const column of Object.values(spec.columns)) {
      n += (sqlite.prepare(`select count(*) as n from ${spec.table} where ${unsealedWhere(column, spec.onlyWhere)}`).get() as { n: number }).n;
    }
  }
  return n;
}

/**
 * A database that holds sealed values needs the key store they were sealed under: an empty key
 * store (a wrong KEY_STORE_PATH) is refused rather than letting every record read as erased.
 */
export function checkKeyStoreFits(sqlite: TSqlite, sealer: TSealer): void {
  if (sealer.keyStore.count() > 0) return;
  for (const spec of Object.values(SEALED) as TSealedSpec[]) {
    for (const column of Object.values(spec.columns)) {
      const hit = sqlite.prepare(`select 1 from ${spec.table} where substr(${column}, 1, ${SEALED_PREFIX.length}) = '${SEALED_PREFIX}' limit 1`).get();
      if (hit) {
        throw new DataKeyError(
          `KEY_STORE_PATH (${sealer.keyStore.paths[0]}) holds no data keys, but the database holds sealed personal data: point KEY_STORE_PATH at this database's key store (or restore it from a replica)`,
        );
      }
    }
  }
}

export function sealExistingRows(sqlite: TSqlite, sealer: TSealer, options: { batch?: number; afterBatch?: (sealed: number) => void } = {}): number {
  const batch = options.batch ?? BATCH;
  let total = 0;
  for (const spec of Object.values(SEALED) as TSealedSpec[]) {
    for (const column of Object.values(spec.columns)) {
      const select = sqlite.prepare(`select rowid as rid, ${spec.rowIdSql} as row_id, ${spec.keyIdSql} as key_id, ${column} as value from ${spec.table} where ${unsealedWhere(column, spec.onlyWhere)} limit ?`);
      const update = sqlite.prepare(`update ${spec.table} set ${column} = ? where rowid = ?`);
      for (;;) {
        const rows = select.all(batch) as Array<{ rid: number; row_id: string; key_id: string; value: string }>;
        if (rows.length === 0) break;
        // The batch's keys first, in one write to every key store copy (not one write per record).
        sealer.ensure(rows.map((r) => r.key_id));
        sqlite.transaction(() => {
          for (const r of rows) update.run(sealer.seal(r.key_id, { table: spec.table, column, rowId: r.row_id }, r.value), r.rid);
        })();
        total += rows.length;
        options.afterBatch?.(total);
      }
    }
  }
  if (total > 0) {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('VACUUM');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  }
  return total;
}
