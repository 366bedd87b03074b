// The schema comparer catches drift (ADR 0029): the real SQLite schema against a PostgreSQL shape
// made from it through the type mapping agrees, and each kind of change to a copy is reported.
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '../../../db/schema/index.js';
import { openDatabase } from '../../../server/core/db.js';
import { compareShapes, drizzleModes, normaliseDefault, normalisePredicate, POSTGRES_TYPE, POSTGRES_TYPE_EXCEPTIONS, sqliteShape, type TLogicalType, type TShape } from '../../support/schema-shape.js';

function migratedSqlite(): TShape {
  const { sqlite } = openDatabase({ path: ':memory:' });
  try {
    return sqliteShape(sqlite, drizzleModes(sqliteSchema));
  } finally {
    sqlite.close();
  }
}

/** What a faithful PostgreSQL migration would read as: the same shape, types mapped. */
function asPostgres(shape: TShape): TShape {
  const columns = new Map(
    [...shape.columns].map(([table, cols]) => [
      table,
      new Map([...cols].map(([name, c]) => [name, { type: POSTGRES_TYPE_EXCEPTIONS[`${table}.${name}`] ?? POSTGRES_TYPE[c.type as TLogicalType], notNull: c.notNull, default: c.default }])),
    ]),
  );
  return {
    columns,
    primaryKeys: new Map(shape.primaryKeys),
    foreignKeys: new Set(shape.foreignKeys),
    indexes: new Map([...shape.indexes].map(([name, i]) => [name, { ...i, columns: [...i.columns] }])),
    triggers: new Set([...shape.triggers, 'audit_events_no_truncate']),
  };
}

describe('compareShapes', () => {
  const sqlite = migratedSqlite();

  it('finds nothing between the schema and its faithful copy', () => {
    expect(compareShapes(sqlite, asPostgres(sqlite))).toEqual([]);
  });

  it.each<[string, (pg: TShape) => void, string]>([
    ['a missing table', (pg) => pg.columns.delete('outbox'), 'table outbox: only in SQLite'],
    ['an extra column', (pg) => pg.columns.get('users')!.set('nickname', { type: 'text', notNull: false, default: null }), 'column users.nickname: only in PostgreSQL'],
    ['JSON kept as text', (pg) => pg.columns.get('users')!.set('roles', { type: 'text', notNull: true, default: null }), 'column users.roles: SQLite json maps to jsonb, PostgreSQL has text'],
    ['a boolean as integer', (pg) => pg.columns.get('users')!.set('active', { type: 'integer', notNull: true, default: 'true' }), 'column users.active: SQLite boolean maps to boolean, PostgreSQL has integer'],
    ['the audit sequence narrowed', (pg) => pg.columns.get('audit_events')!.set('seq', { type: 'integer', notNull: true, default: null }), 'column audit_events.seq: SQLite integer maps to bigint, PostgreSQL has integer'],
    ['a lost NOT NULL', (pg) => pg.columns.get('referrals')!.set('state', { type: 'text', notNull: false, default: null }), 'column referrals.state: not null in SQLite, nullable in PostgreSQL'],
    ['a default dropped', (pg) => Object.assign(pg.columns.get('outbox')!.get('attempts')!, { default: null }), 'column outbox.attempts: default 0 in SQLite, none in PostgreSQL'],
    ['another default', (pg) => Object.assign(pg.columns.get('access_grants')!.get('break_glass')!, { default: 'true' }), 'column access_grants.break_glass: default false in SQLite, true in PostgreSQL'],
    ['another primary key', (pg) => pg.primaryKeys.set('deadline_notices', ['referral_id', 'kind']), 'primary key of deadline_notices: (referral_id, kind, due_at) in SQLite, (referral_id, kind) in PostgreSQL'],
    ['a missing index', (pg) => pg.indexes.delete('referrals_state_idx'), 'index referrals_state_idx: only in SQLite'],
    ['a unique index made plain', (pg) => Object.assign(pg.indexes.get('users_email_unique')!, { unique: false }), 'index users_email_unique: unique users(email) in SQLite, users(email) in PostgreSQL'],
    ['columns reordered', (pg) => pg.indexes.get('referrals_created_idx')!.columns.reverse(), 'index referrals_created_idx: referrals(created_at, id) in SQLite, referrals(id, created_at) in PostgreSQL'],
    [
      'a partial index widened',
      (pg) => Object.assign(pg.indexes.get('access_requests_open_idx')!, { predicate: null }),
      "index access_requests_open_idx: unique access_requests(referral_id, organisation_id) where state ['AWAITING_CONFIRMATION','PENDING'] in SQLite, unique access_requests(referral_id, organisation_id) in PostgreSQL",
    ],
    ['a trigger missing', (pg) => pg.triggers.delete('audit_search_hits_no_delete'), 'trigger audit_search_hits_no_delete: only in SQLite'],
  ])('reports %s', (_, change, difference) => {
    const pg = asPostgres(sqlite);
    change(pg);
    expect(compareShapes(sqlite, pg)).toEqual([difference]);
  });

  it('reports a foreign key that deletes otherwise', () => {
    const pg = asPostgres(sqlite);
    const key = [...pg.foreignKeys].find((k) => k.startsWith('oidc_flows(provider_id)'))!;
    pg.foreignKeys.delete(key);
    pg.foreignKeys.add(key.replace('on delete cascade', 'on delete no action'));
    expect(compareShapes(sqlite, pg)).toEqual([`foreign key ${key}: only in SQLite`, `foreign key ${key.replace('on delete cascade', 'on delete no action')}: only in PostgreSQL`]);
  });
});

describe('normaliseDefault', () => {
  it('reads the two dialects\' spellings of one default alike', () => {
    expect(normaliseDefault("'[]'::jsonb", 'jsonb')).toBe(normaliseDefault("'[]'", 'json'));
    expect(normaliseDefault("'NOT_ASKED'::text", 'text')).toBe("'NOT_ASKED'");
    expect(normaliseDefault('0', 'boolean')).toBe('false');
    expect(normaliseDefault('true', 'boolean')).toBe(normaliseDefault('1', 'boolean'));
  });
});

describe('normalisePredicate', () => {
  const columns = ['state', 'decision', 'submitted_at', 'text'];
  it('reads SQLite as written and PostgreSQL as it prints alike', () => {
    expect(normalisePredicate(`"access_requests"."state" in ('AWAITING_CONFIRMATION', 'PENDING')`, columns)).toBe(
      normalisePredicate(`(state = ANY (ARRAY['AWAITING_CONFIRMATION'::text, 'PENDING'::text]))`, columns),
    );
    expect(normalisePredicate('`submitted_at` IS NOT NULL', columns)).toBe(normalisePredicate('(submitted_at IS NOT NULL)', columns));
    expect(normalisePredicate("`decision` = 'TRAFFICKED'", columns)).toBe(normalisePredicate("(decision = 'TRAFFICKED'::text)", columns));
  });
  it('tells apart what differs', () => {
    expect(normalisePredicate("state in ('PENDING')", columns)).not.toBe(normalisePredicate("state in ('PENDING', 'APPROVED')", columns));
    expect(normalisePredicate('submitted_at is null', columns)).not.toBe(normalisePredicate('submitted_at is not null', columns));
    expect(normalisePredicate("decision = 'X'", columns)).not.toBe(normalisePredicate("state = 'X'", columns));
  });
});
