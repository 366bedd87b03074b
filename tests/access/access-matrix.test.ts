// The need-to-know matrix over HTTP: every root field of the schema × every demo user and a caller
// without a token, each answer classified (DATA or the error's extensions.code) and compared with
// the one table in access-matrix.ts, with the response paths that must be null for each caller.
// A root field without a row fails the first test, so a new field cannot ship without its row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/graphql/schema.js';
import { startTestServer, type TTestServer } from '../support/test-server.js';
import { ROLES } from '../../server/core/access.js';
import { buildFixtures, CALLER_KEYS, CALLERS, USER_KEYS, type TCaller, type TCallerKey, type TFixtures } from './access-fixtures.js';
import { MATRIX, type TCase, type TOutcome } from './access-matrix.js';

function rootFields(): string[] {
  const schema = buildSchema();
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : []));
}

const ROOT_FIELDS = rootFields();

let server: TTestServer;
let fx: TFixtures;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  fx = await buildFixtures(server);
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('the table', () => {
  it('has a row for every root field of the schema, and none for a field it lacks', () => {
    expect(ROOT_FIELDS.filter((field) => !(field in MATRIX)), 'root fields without a row in tests/access/access-matrix.ts').toEqual([]);
    expect(Object.keys(MATRIX).filter((field) => !ROOT_FIELDS.includes(field)), 'rows for fields the schema does not have').toEqual([]);
    expect(Object.values(MATRIX).every((cases) => cases.length > 0)).toBe(true);
  });

  it('has a caller holding each role', () => {
    expect(ROLES.filter((role) => !USER_KEYS.some((key) => CALLERS[key].roles.includes(role))), 'roles no caller holds').toEqual([]);
  });
});

/** The value at a dotted path of the response data; undefined when a parent is missing or null. */
function at(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split('.')) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function expected(row: TCase, caller: TCallerKey): TOutcome {
  return row.expect[caller] ?? (caller === 'anonymous' ? 'UNAUTHENTICATED' : row.expect.default);
}

/** One cell: the call, and what is wrong with the answer (nothing: an empty list). */
async function runCell(field: string, row: TCase, callerKey: TCallerKey): Promise<string[]> {
  const caller: TCaller = { key: callerKey, user: callerKey === 'anonymous' ? null : fx.users[callerKey] };
  const request = await row.request(fx, caller);
  const token = caller.user ? (request.token ?? caller.user.token) : undefined;
  const res = await server.gql(request.query, request.variables, { token, headers: request.headers });
  const name = field.split('.')[1]!;
  const error = res.body.errors?.[0];
  const got = error ? String(error.extensions?.code ?? 'NO_CODE') : 'DATA';
  const want = expected(row, callerKey);
  const problems: string[] = [];
  if (got !== want) {
    problems.push(`${callerKey}: expected ${want}, got ${got}${error ? ` (${error.message})` : ''}`);
    return problems;
  }
  const data = (res.body.data ?? null) as Record<string, unknown> | null;
  if (got !== 'DATA') {
    // A refusal gives nothing away: no data for the field.
    if (data?.[name] !== undefined && data[name] !== null) problems.push(`${callerKey}: ${want} but data was returned`);
    return problems;
  }
  if (!data || data[name] === null || data[name] === undefined) return [`${callerKey}: DATA expected but ${name} is null`];
  const nulls = row.nulls?.[callerKey] ?? [];
  for (const path of nulls) {
    if (at(data, path) !== null) problems.push(`${callerKey}: ${path} must be null, got ${JSON.stringify(at(data, path))}`);
  }
  for (const path of row.watch ?? []) {
    if (nulls.includes(path)) continue;
    const value = at(data, path);
    if (value === null || value === undefined) problems.push(`${callerKey}: ${path} must be shown, got ${JSON.stringify(value)}`);
  }
  if (row.levels) {
    const level = at(data, row.levels.path);
    const wantLevel = row.levels.expect[callerKey] ?? row.levels.expect.default;
    if (level !== wantLevel) problems.push(`${callerKey}: ${row.levels.path} must be ${wantLevel}, got ${JSON.stringify(level)}`);
  }
  const checked = row.check?.(data, caller, fx);
  if (checked) problems.push(`${callerKey}: ${checked}`);
  return problems;
}

const CELLS = Object.entries(MATRIX).flatMap(([field, cases]) => cases.map((row) => ({ field, row })));

describe('every root field × every caller', () => {
  it.each(CELLS.map(({ field, row }) => [`${field}: ${row.name}`, field, row] as const))('%s', async (_label, field, row) => {
    // Every row's nulls and watch name known callers and paths under this field.
    for (const key of Object.keys(row.nulls ?? {})) expect(CALLER_KEYS, `nulls names an unknown caller ${key}`).toContain(key);
    for (const key of Object.keys(row.expect)) expect([...CALLER_KEYS, 'default'], `expect names an unknown caller ${key}`).toContain(key);
    for (const key of Object.keys(row.levels?.expect ?? {})) expect([...CALLER_KEYS, 'default'], `levels names an unknown caller ${key}`).toContain(key);
    const problems: string[] = [];
    for (const caller of CALLER_KEYS) problems.push(...(await runCell(field, row, caller)));
    expect(problems).toEqual([]);
  });
});
