// The start-up step that seals a database from before sealing in place: every sealed column's
// plaintext values, in batches of one transaction each, so a crash mid-way resumes where it
// stopped (a batch picks only values not sealed yet). Tables sealed as records (sv2) have their
// rows' fields — plaintext, or sealed one by one (sv1) by an earlier release — sealed as one record
// the same way: a batch picks rows whose field columns still hold anything. When anything was
// sealed, the database is vacuumed and its WAL truncated, so the pages that held the plaintext are
// gone from the file.
import type { TSqlite } from '../db.js';
import { isSealed, RECORD_PREFIX, SEALED_PREFIX } from './cipher.js';
import { SEALED, sealRecordFields, type TSealedSpec } from './sealed-columns.js';
import { DataKeyError, type TSealer } from './sealer.js';

const BATCH = 500;

function unsealedWhere(column: string, onlyWhere: string | undefined): string {
  return `${column} is not null and ${column} <> '' and substr(${column}, 1, ${SEALED_PREFIX.length}) <> '${SEALED_PREFIX}'${onlyWhere ? ` and (${onlyWhere})` : ''}`;
}

/** Rows of a record spec whose field columns still hold something (plaintext or sv1 values). */
function notRecordSealedWhere(spec: TSealedSpec): string {
  return `(${Object.values(spec.columns).map((c) => `${c} is not null`).join(' or ')})`;
}

/** How many rows of tables sealed as records still hold their fields column by column (0 once the step has run). */
export function countNotRecordSealed(sqlite: TSqlite): number {
  let n = 0;
  for (const spec of Object.values(SEALED) as TSealedSpec[]) {
    if (spec.record) n += (sqlite.prepare(`select count(*) as n from ${spec.table} where ${notRecordSealedWhere(spec)}`).get() as { n: number }).n;
  }
  return n;
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
    const sealedColumns = [...Object.values(spec.columns).map((column) => [column, SEALED_PREFIX] as const), ...(spec.record ? [[spec.record.column, RECORD_PREFIX] as const] : [])];
    for (const [column, prefix] of sealedColumns) {
      const hit = sqlite.prepare(`select 1 from ${spec.table} where substr(${column}, 1, ${prefix.length}) = '${prefix}' limit 1`).get();
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
    if (spec.record) {
      total += sealRecords(sqlite, sealer, spec, batch, (n) => options.afterBatch?.(total + n));
      continue;
    }
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

/**
 * Seals a record spec's rows as records: each row's field values (plaintext, or sv1 opened with the
 * record's key) go into one sv2 value and the field columns are cleared. A row whose sv1 values
 * no longer open (its key was shredded: erased) is cleared without a record, and gets no new key.
 */
function sealRecords(sqlite: TSqlite, sealer: TSealer, spec: TSealedSpec, batch: number, afterBatch: (sealed: number) => void): number {
  const record = spec.record!;
  const columns = Object.entries(spec.columns);
  const select = sqlite.prepare(
    `select rowid as rid, ${spec.rowIdSql} as row_id, ${spec.keyIdSql} as key_id, ${record.column} as record, ${columns.map(([p, c]) => `${c} as "${p}"`).join(', ')} from ${spec.table} where ${notRecordSealedWhere(spec)} limit ?`,
  );
  const update = sqlite.prepare(`update ${spec.table} set ${record.column} = ?, ${columns.map(([, c]) => `${c} = null`).join(', ')} where rowid = ?`);
  let total = 0;
  for (;;) {
    const rows = select.all(batch) as Array<{ rid: number; row_id: string; key_id: string; record: string | null } & Record<string, string | null>>;
    if (rows.length === 0) break;
    const hasPlaintext = (r: Record<string, string | null>) => columns.some(([p]) => r[p] !== null && r[p] !== '' && !isSealed(r[p]));
    // Keys for rows with plaintext first, in one write to every key store copy; rows sealed
    // field by field already have theirs (or had them shredded), read in one go.
    sealer.ensure(rows.filter(hasPlaintext).map((r) => r.key_id));
    sealer.prime(rows.map((r) => r.key_id));
    sqlite.transaction(() => {
      for (const r of rows) {
        const ref = { rowId: r.row_id, keyId: r.key_id };
        const earlier = r.record === null ? {} : (sealer.openRecord(r.key_id, { table: spec.table, rowId: r.row_id }, r.record) ?? {});
        const fields: Record<string, string | null> = { ...earlier };
        for (const [property, column] of columns) {
          const value = r[property] ?? null;
          if (value === null) continue;
          fields[property] = isSealed(value) ? sealer.open(r.key_id, { table: spec.table, column, rowId: r.row_id }, value) : value;
        }
        const anything = Object.values(fields).some((v) => v !== null);
        const sealed = anything && sealer.hasKey(r.key_id) ? sealRecordFields(sealer, spec, ref, fields)[record.property]! : null;
        update.run(sealed, r.rid);
      }
    })();
    total += rows.length;
    afterBatch(total);
  }
  return total;
}
