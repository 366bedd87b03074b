// The key store: every record's data key, wrapped by the key-encryption key (DATA_KEY), in a SQLite
// file of its own (KEY_STORE_PATH) outside the database's backed-up folder, with replicas
// (KEY_STORE_REPLICAS) kept in step by writing through to every copy. It is not backed up at points
// in time on purpose: a deleted (shredded) key must leave every copy at once, so that a restored
// database backup finds its erased records' keys gone (docs/adr/0021-personal-data-sealed-at-rest.md).
// secure_delete overwrites a deleted key's bytes, and the rollback journal (not WAL) leaves no copy
// of a deleted page behind once the transaction ends.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type TWrappedKey = { keyId: string; wrapped: string; kekId: string };

export type TKeyStoreCopyReport = { path: string; keys: number; digest: string; missing: string[]; extra: string[]; differing: string[] };

export type TKeyStore = {
  readonly paths: readonly string[];
  get(keyIds: readonly string[]): Map<string, TWrappedKey>;
  /** Adds keys not there yet (an existing key id is left as it is), in every copy. */
  add(keys: readonly TWrappedKey[], createdAt: string): void;
  /** Deletes keys from every copy; the number the primary held. */
  remove(keyIds: readonly string[]): number;
  /** Replaces the wrapping of keys already there (rotation), in every copy. */
  rewrap(keys: readonly TWrappedKey[]): void;
  /** Key ids wrapped under another key-encryption key than `kekId`, at most `limit`. */
  wrappedUnderOther(kekId: string, limit: number): TWrappedKey[];
  count(): number;
  /** The keys in key-id order, `limit` from `offset` (check reads them all in pages). */
  page(offset: number, limit: number): TWrappedKey[];
  meta(name: string): string | null;
  setMeta(name: string, value: string | null): void;
  metaNames(prefix: string): string[];
  /**
   * Runs a bulk load (the demo seed: hundreds of small transactions, thrown away if it fails) with
   * the key store's commits not synced one by one, then syncs every copy once, before returning:
   * the caller makes its database durable after that, so no durable row names a key that is not.
   */
  withoutSyncPerCommit<T>(work: () => Promise<T>): Promise<T>;
  /** Each copy against the primary: what it lacks, what it has extra, what differs. */
  compare(): { ok: boolean; copies: TKeyStoreCopyReport[] };
  close(): void;
};

export class KeyStoreError extends Error {}

const SCHEMA = `
create table if not exists data_keys (key_id text primary key, wrapped text not null, kek_id text not null, created_at text not null);
create table if not exists key_store_meta (name text primary key, value text not null);
`;

function openCopy(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  fs.chmodSync(file, 0o600);
  db.pragma('journal_mode = DELETE');
  db.pragma('secure_delete = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

function isEmpty(db: Database.Database): boolean {
  const keys = db.prepare('select count(*) as n from data_keys').get() as { n: number };
  const meta = db.prepare('select count(*) as n from key_store_meta').get() as { n: number };
  return keys.n === 0 && meta.n === 0;
}

function allRows(db: Database.Database): Map<string, string> {
  const rows = db.prepare('select key_id, wrapped, kek_id from data_keys order by key_id').all() as Array<{ key_id: string; wrapped: string; kek_id: string }>;
  return new Map(rows.map((r) => [r.key_id, `${r.kek_id}:${r.wrapped}`]));
}

function allMeta(db: Database.Database): Map<string, string> {
  const rows = db.prepare('select name, value from key_store_meta order by name').all() as Array<{ name: string; value: string }>;
  return new Map(rows.map((r) => [r.name, r.value]));
}

function digestOf(rows: Map<string, string>, meta: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const [k, v] of rows) hash.update(`${k}\u0000${v}\n`);
  for (const [k, v] of meta) hash.update(`meta:${k}\u0000${v}\n`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * Opens the primary and its replicas. A replica that is new (empty) is filled from the primary; a
 * primary that is empty while a replica is not is refused (a lost primary must be restored from a
 * replica, never have its emptiness written over the replicas), and so is a replica out of step.
 */
export function openKeyStore(options: { path: string; replicas: readonly string[] }): TKeyStore {
  const paths = [options.path, ...options.replicas];
  if (new Set(paths.map((p) => path.resolve(p))).size !== paths.length) throw new KeyStoreError('KEY_STORE_REPLICAS must name files other than KEY_STORE_PATH and each other');
  const copies = paths.map(openCopy);
  const [primary] = copies as [Database.Database, ...Database.Database[]];
  const close = () => {
    for (const copy of copies) copy.close();
  };
  try {
    const primaryEmpty = isEmpty(primary);
    for (const replica of copies.slice(1)) {
      if (primaryEmpty || !isEmpty(replica)) continue;
      const insertKey = replica.prepare('insert into data_keys (key_id, wrapped, kek_id, created_at) values (?, ?, ?, ?)');
      const insertMeta = replica.prepare('insert into key_store_meta (name, value) values (?, ?)');
      replica.transaction(() => {
        for (const r of primary.prepare('select key_id, wrapped, kek_id, created_at from data_keys').iterate() as Iterable<{ key_id: string; wrapped: string; kek_id: string; created_at: string }>) {
          insertKey.run(r.key_id, r.wrapped, r.kek_id, r.created_at);
        }
        for (const [name, value] of allMeta(primary)) insertMeta.run(name, value);
      })();
    }
    if (primaryEmpty && copies.slice(1).some((replica) => !isEmpty(replica))) {
      throw new KeyStoreError(
        `KEY_STORE_PATH (${options.path}) is empty but a replica in KEY_STORE_REPLICAS is not: restore the primary from a replica (copy the file while the server is stopped) instead of starting on an empty key store`,
      );
    }
  } catch (error) {
    close();
    throw error;
  }

  const getStmt = (db: Database.Database, n: number) => db.prepare(`select key_id, wrapped, kek_id from data_keys where key_id in (${new Array(n).fill('?').join(',')})`);
  // Every write goes to every copy, primary first; a copy that fails stops the write with an error,
  // so the caller's work (e.g. an erasure) fails too and is tried again rather than left half-done.
  const everywhere = (fn: (db: Database.Database) => number): number => {
    let first = 0;
    copies.forEach((db, i) => {
      const n = db.transaction(() => fn(db))();
      if (i === 0) first = n;
    });
    return first;
  };

  const store: TKeyStore = {
    paths,
    get(keyIds) {
      const found = new Map<string, TWrappedKey>();
      for (let i = 0; i < keyIds.length; i += 500) {
        const chunk = keyIds.slice(i, i + 500);
        for (const r of getStmt(primary, chunk.length).all(...chunk) as Array<{ key_id: string; wrapped: string; kek_id: string }>) {
          found.set(r.key_id, { keyId: r.key_id, wrapped: r.wrapped, kekId: r.kek_id });
        }
      }
      return found;
    },
    add(keys, createdAt) {
      if (keys.length === 0) return;
      everywhere((db) => {
        const stmt = db.prepare('insert or ignore into data_keys (key_id, wrapped, kek_id, created_at) values (?, ?, ?, ?)');
        for (const k of keys) stmt.run(k.keyId, k.wrapped, k.kekId, createdAt);
        return keys.length;
      });
    },
    remove(keyIds) {
      if (keyIds.length === 0) return 0;
      return everywhere((db) => {
        const stmt = db.prepare('delete from data_keys where key_id = ?');
        let n = 0;
        for (const id of keyIds) n += stmt.run(id).changes;
        return n;
      });
    },
    rewrap(keys) {
      if (keys.length === 0) return;
      everywhere((db) => {
        const stmt = db.prepare('update data_keys set wrapped = ?, kek_id = ? where key_id = ?');
        for (const k of keys) stmt.run(k.wrapped, k.kekId, k.keyId);
        return keys.length;
      });
    },
    wrappedUnderOther(kekId, limit) {
      const rows = primary.prepare('select key_id, wrapped, kek_id from data_keys where kek_id <> ? limit ?').all(kekId, limit) as Array<{ key_id: string; wrapped: string; kek_id: string }>;
      return rows.map((r) => ({ keyId: r.key_id, wrapped: r.wrapped, kekId: r.kek_id }));
    },
    page(offset, limit) {
      const rows = primary.prepare('select key_id, wrapped, kek_id from data_keys order by key_id limit ? offset ?').all(limit, offset) as Array<{ key_id: string; wrapped: string; kek_id: string }>;
      return rows.map((r) => ({ keyId: r.key_id, wrapped: r.wrapped, kekId: r.kek_id }));
    },
    count() {
      return (primary.prepare('select count(*) as n from data_keys').get() as { n: number }).n;
    },
    meta(name) {
      return (primary.prepare('select value from key_store_meta where name = ?').get(name) as { value: string } | undefined)?.value ?? null;
    },
    setMeta(name, value) {
      everywhere((db) =>
        value === null
          ? db.prepare('delete from key_store_meta where name = ?').run(name).changes
          : db.prepare('insert into key_store_meta (name, value) values (?, ?) on conflict (name) do update set value = excluded.value').run(name, value).changes,
      );
    },
    metaNames(prefix) {
      return (primary.prepare('select name from key_store_meta where substr(name, 1, ?) = ?').all(prefix.length, prefix) as Array<{ name: string }>).map((r) => r.name);
    },
    async withoutSyncPerCommit(work) {
      for (const db of copies) db.pragma('synchronous = OFF');
      try {
        return await work();
      } finally {
        for (const [i, db] of copies.entries()) {
          db.pragma('synchronous = FULL');
          // The rollback journal is gone after each commit, so the file alone holds every key.
          const fd = fs.openSync(paths[i]!, 'r+');
          try {
            fs.fsyncSync(fd);
          } finally {
            fs.closeSync(fd);
          }
        }
      }
    },
    compare() {
      const primaryRows = allRows(primary);
      const primaryMeta = allMeta(primary);
      const primaryDigest = digestOf(primaryRows, primaryMeta);
      const reports = copies.map((db, i): TKeyStoreCopyReport => {
        const rows = i === 0 ? primaryRows : allRows(db);
        const meta = i === 0 ? primaryMeta : allMeta(db);
        const missing = [...primaryRows.keys()].filter((k) => !rows.has(k));
        const extra = [...rows.keys()].filter((k) => !primaryRows.has(k));
        const differing = [...rows.keys()].filter((k) => primaryRows.has(k) && primaryRows.get(k) !== rows.get(k));
        for (const [name, value] of primaryMeta) if (meta.get(name) !== value) differing.push(`meta:${name}`);
        for (const name of meta.keys()) if (!primaryMeta.has(name)) extra.push(`meta:${name}`);
        return { path: paths[i]!, keys: rows.size, digest: digestOf(rows, meta), missing, extra, differing };
      });
      return { ok: reports.every((r) => r.digest === primaryDigest), copies: reports };
    },
    close,
  };
  return store;
}
