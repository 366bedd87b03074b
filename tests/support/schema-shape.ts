// The shape of a migrated database (tables, columns, types, nullability, defaults, primary and foreign keys,
// indexes with their uniqueness and predicates, triggers), read from SQLite and from PostgreSQL
// into one form, and compared through the type mapping of ADR 0029. tests/integration/db shows
// the two dialects' migrations give one schema; tests/unit/db shows a drift is caught.
import type { Database } from 'better-sqlite3';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Sql } from 'postgres';

/** A column's type in neither dialect's words: SQLite's declared type, refined by the drizzle mode. */
export type TLogicalType = 'text' | 'integer' | 'boolean' | 'json';

export type TColumn = { type: string; notNull: boolean; default: string | null };

export type TShape = {
  /** table → column → type, nullability and default (normalised: no casts, booleans as true/false) */
  columns: Map<string, Map<string, TColumn>>;
  primaryKeys: Map<string, string[]>;
  /** "table(a, b) -> other(x, y) on delete cascade", one per foreign key */
  foreignKeys: Set<string>;
  /** index name → its table, columns, uniqueness and (partial) predicate, normalised */
  indexes: Map<string, { table: string; columns: string[]; unique: boolean; predicate: string | null }>;
  triggers: Set<string>;
};

/**
 * ADR 0029's mapping: the PostgreSQL type each logical type becomes. Time stays ISO-8601 text on
 * both (the audit hash covers the text as written), JSON becomes jsonb, 0/1 becomes boolean.
 */
export const POSTGRES_TYPE: Record<TLogicalType, string> = { text: 'text', integer: 'integer', boolean: 'boolean', json: 'jsonb' };

/** Where PostgreSQL is wider than the mapping says, on purpose: SQLite's integer is 64-bit. */
export const POSTGRES_TYPE_EXCEPTIONS: Record<string, string> = {
  'audit_events.seq': 'bigint',
  'audit_search_hits.seq': 'bigint',
  'audit_checkpoints.seq': 'bigint',
};

/** "table.column" → boolean or json, from the drizzle SQLite schema (SQLite itself declares integer and text). */
export function drizzleModes(schema: Record<string, unknown>): Map<string, TLogicalType> {
  const modes = new Map<string, TLogicalType>();
  for (const value of Object.values(schema)) {
    if (!isSqliteTable(value)) continue;
    const config = getTableConfig(value);
    for (const column of config.columns) {
      if (column.columnType === 'SQLiteBoolean') modes.set(`${config.name}.${column.name}`, 'boolean');
      if (column.columnType === 'SQLiteTextJson') modes.set(`${config.name}.${column.name}`, 'json');
    }
  }
  return modes;
}

function isSqliteTable(value: unknown): value is SQLiteTable {
  if (typeof value !== 'object' || value === null) return false;
  try {
    getTableConfig(value as SQLiteTable);
    return true;
  } catch {
    return false;
  }
}

/**
 * A partial index's predicate reduced to what both dialects keep of it: the columns and literals
 * it names, and whether it negates. `state in ('A', 'B')` (SQLite, as written) and
 * `(state = ANY (ARRAY['A'::text, 'B'::text]))` (PostgreSQL, as it prints it) become one.
 */
export function normalisePredicate(predicate: string | null, columns: Iterable<string>): string | null {
  if (predicate === null) return null;
  const known = new Set(columns);
  const literals = [...predicate.matchAll(/'((?:[^']|'')*)'/g)].map((m) => `'${m[1]}'`).sort();
  const words = predicate.replace(/'(?:[^']|'')*'/g, ' ').replace(/::\w+(\[\])?/g, ' ').toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? [];
  const named = [...new Set(words.filter((w) => known.has(w)))].sort();
  const negated = words.some((w) => w === 'not' || w === 'all');
  const nulls = words.filter((w) => w === 'null').length > 0;
  return `${negated ? 'not ' : ''}${named.join(',')}${nulls ? ' null' : ''} [${literals.join(',')}]`;
}

/** `'[]'::jsonb` and `'[]'`, `0` and `false` on a boolean, read as one. */
export function normaliseDefault(value: string | null, type: string): string | null {
  if (value === null) return null;
  const bare = value.replace(/::\w+(\[\])?/g, '').trim();
  if (type === 'boolean') return { '0': 'false', '1': 'true' }[bare] ?? bare.toLowerCase();
  return bare;
}

function emptyShape(): TShape {
  return { columns: new Map(), primaryKeys: new Map(), foreignKeys: new Set(), indexes: new Map(), triggers: new Set() };
}

export function sqliteShape(sqlite: Database, modes: Map<string, TLogicalType>): TShape {
  const shape = emptyShape();
  const tables = sqlite
    .prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name`)
    .pluck()
    .all() as string[];
  for (const table of tables) {
    const info = sqlite.pragma(`table_info(${JSON.stringify(table)})`) as Array<{ name: string; type: string; notnull: number; pk: number; dflt_value: string | null }>;
    const columns = new Map<string, TColumn>();
    for (const column of info) {
      const type = modes.get(`${table}.${column.name}`) ?? (column.type.toLowerCase() as TLogicalType);
      // A primary key column is never null in PostgreSQL; SQLite's rowid key is not either.
      columns.set(column.name, { type, notNull: column.notnull === 1 || column.pk > 0, default: normaliseDefault(column.dflt_value, type) });
    }
    shape.columns.set(table, columns);
    shape.primaryKeys.set(
      table,
      info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
    );
    const keys = sqlite.pragma(`foreign_key_list(${JSON.stringify(table)})`) as Array<{ id: number; seq: number; table: string; from: string; to: string; on_delete: string }>;
    for (const id of new Set(keys.map((k) => k.id))) {
      const parts = keys.filter((k) => k.id === id).sort((a, b) => a.seq - b.seq);
      const first = parts[0]!;
      shape.foreignKeys.add(`${table}(${parts.map((k) => k.from).join(', ')}) -> ${first.table}(${parts.map((k) => k.to).join(', ')}) on delete ${first.on_delete.toLowerCase()}`);
    }
    const indexes = sqlite.pragma(`index_list(${JSON.stringify(table)})`) as Array<{ name: string; unique: number; origin: string; partial: number }>;
    for (const index of indexes) {
      if (index.origin === 'pk') continue;
      const indexColumns = (sqlite.pragma(`index_info(${JSON.stringify(index.name)})`) as Array<{ seqno: number; name: string }>).sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
      const text = sqlite.prepare(`select sql from sqlite_master where type = 'index' and name = ?`).pluck().get(index.name) as string | null;
      const where = index.partial && text ? text.slice(text.search(/\swhere\s/i) + 1).replace(/^where\s+/i, '') : null;
      shape.indexes.set(index.name, { table, columns: indexColumns, unique: index.unique === 1, predicate: normalisePredicate(where, columns.keys()) });
    }
  }
  for (const name of sqlite.prepare(`select name from sqlite_master where type = 'trigger'`).pluck().all() as string[]) shape.triggers.add(name);
  return shape;
}

const ON_DELETE: Record<string, string> = { a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default' };

export async function postgresShape(sql: Sql): Promise<TShape> {
  const shape = emptyShape();
  const columns = await sql<Array<{ table: string; column: string; type: string; nullable: string; default: string | null }>>`
    select table_name as table, column_name as column, data_type as type, is_nullable as nullable, column_default as default
    from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`;
  for (const row of columns) {
    if (!shape.columns.has(row.table)) shape.columns.set(row.table, new Map());
    shape.columns.get(row.table)!.set(row.column, { type: row.type, notNull: row.nullable === 'NO', default: normaliseDefault(row.default, row.type) });
  }
  const indexes = await sql<Array<{ name: string; table: string; unique: boolean; primary: boolean; predicate: string | null; columns: string[] }>>`
    select i.relname as name, t.relname as table, x.indisunique as unique, x.indisprimary as primary,
      pg_get_expr(x.indpred, x.indrelid) as predicate,
      array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum order by k.ord) as columns
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace where n.nspname = 'public'`;
  for (const index of indexes) {
    if (index.primary) shape.primaryKeys.set(index.table, index.columns);
    else shape.indexes.set(index.name, { table: index.table, columns: index.columns, unique: index.unique, predicate: normalisePredicate(index.predicate, shape.columns.get(index.table)?.keys() ?? []) });
  }
  for (const table of shape.columns.keys()) if (!shape.primaryKeys.has(table)) shape.primaryKeys.set(table, []);
  const keys = await sql<Array<{ table: string; ref: string; on_delete: string; columns: string[]; ref_columns: string[] }>>`
    select c.conrelid::regclass::text as table, c.confrelid::regclass::text as ref, c.confdeltype as on_delete,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.ord) as columns,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, ord)
        join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.ord) as ref_columns
    from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`;
  for (const key of keys) shape.foreignKeys.add(`${key.table}(${key.columns.join(', ')}) -> ${key.ref}(${key.ref_columns.join(', ')}) on delete ${ON_DELETE[key.on_delete]}`);
  const triggers = await sql<Array<{ name: string }>>`
    select t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
    where c.relnamespace = 'public'::regnamespace and not t.tgisinternal`;
  for (const trigger of triggers) shape.triggers.add(trigger.name);
  return shape;
}

/**
 * Every difference between the SQLite and the PostgreSQL shape, in words; none when they agree.
 * PostgreSQL may have triggers SQLite has no form of (BEFORE TRUNCATE), never fewer.
 */
export function compareShapes(sqlite: TShape, postgres: TShape): string[] {
  const differences: string[] = [];
  const tables = new Set([...sqlite.columns.keys(), ...postgres.columns.keys()]);
  for (const table of [...tables].sort()) {
    const left = sqlite.columns.get(table);
    const right = postgres.columns.get(table);
    if (!left || !right) {
      differences.push(`table ${table}: only in ${left ? 'SQLite' : 'PostgreSQL'}`);
      continue;
    }
    for (const column of new Set([...left.keys(), ...right.keys()])) {
      const a = left.get(column);
      const b = right.get(column);
      if (!a || !b) {
        differences.push(`column ${table}.${column}: only in ${a ? 'SQLite' : 'PostgreSQL'}`);
        continue;
      }
      const expected = POSTGRES_TYPE_EXCEPTIONS[`${table}.${column}`] ?? POSTGRES_TYPE[a.type as TLogicalType] ?? `(no mapping for ${a.type})`;
      if (b.type !== expected) differences.push(`column ${table}.${column}: SQLite ${a.type} maps to ${expected}, PostgreSQL has ${b.type}`);
      if (a.notNull !== b.notNull) differences.push(`column ${table}.${column}: ${a.notNull ? 'not null' : 'nullable'} in SQLite, ${b.notNull ? 'not null' : 'nullable'} in PostgreSQL`);
      if (a.default !== b.default) differences.push(`column ${table}.${column}: default ${a.default ?? 'none'} in SQLite, ${b.default ?? 'none'} in PostgreSQL`);
    }
    const [pkA, pkB] = [sqlite.primaryKeys.get(table) ?? [], postgres.primaryKeys.get(table) ?? []];
    if (pkA.join(',') !== pkB.join(',')) differences.push(`primary key of ${table}: (${pkA.join(', ')}) in SQLite, (${pkB.join(', ')}) in PostgreSQL`);
  }
  for (const key of sqlite.foreignKeys) if (!postgres.foreignKeys.has(key)) differences.push(`foreign key ${key}: only in SQLite`);
  for (const key of postgres.foreignKeys) if (!sqlite.foreignKeys.has(key)) differences.push(`foreign key ${key}: only in PostgreSQL`);
  for (const name of [...new Set([...sqlite.indexes.keys(), ...postgres.indexes.keys()])].sort()) {
    const a = sqlite.indexes.get(name);
    const b = postgres.indexes.get(name);
    if (!a || !b) {
      differences.push(`index ${name}: only in ${a ? 'SQLite' : 'PostgreSQL'}`);
      continue;
    }
    const describe = (i: typeof a) => `${i.unique ? 'unique ' : ''}${i.table}(${i.columns.join(', ')})${i.predicate ? ` where ${i.predicate}` : ''}`;
    if (describe(a) !== describe(b)) differences.push(`index ${name}: ${describe(a)} in SQLite, ${describe(b)} in PostgreSQL`);
  }
  for (const trigger of sqlite.triggers) if (!postgres.triggers.has(trigger)) differences.push(`trigger ${trigger}: only in SQLite`);
  return differences;
}
