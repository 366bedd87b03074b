// Issue 15 § 5: a schema-driven fuzz test. For every Query and Mutation root field, argument
// sets built from the schema with hostile values (wrong types, lone surrogates, NUL, huge
// numbers, invalid dates, unknown enum values, 10 000-element lists, strings up to the body
// limit) are sent as several roles. No answer may be a 500 or INTERNAL_SERVER_ERROR, or show a
// stack, SQL or a file path; /healthz answers throughout; and the audit chain verifies at the end.
// Deterministic: one seeded generator (FUZZ_SEED to try another), the same requests every run.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TRole } from '../../../server/core/access.js';
import { buildSchema } from '../../../server/graphql/schema.js';
import { buildReferral, buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { verify } from '../audit-tools/audit-tools-helpers.js';
import { type TActor } from '../../support/actors.js';
import { INTERNALS } from './helpers.js';
import { seededRandom } from '../../support/random.js';

const SEED = Number(process.env.FUZZ_SEED ?? 15);
/** Argument sets per root field and role (one more, with 10 000-element lists, per field). */
const SETS_PER_ROLE = 4;

const rng = seededRandom(SEED);
/** Ids of records that exist (users, a referral), filled in before the run. */
const realIds: string[] = [];

const HOSTILE_STRINGS = [
  '\uD800',
  'x\uDC00y',
  'a\u0000b',
  '\u0000',
  '',
  ' ',
  '\u202E\u200F RTL',
  '👩🏽‍⚕️🇩🇰',
  '\uFFFE\uFFFF',
  "'; drop table users; --",
  '../../etc/passwd',
  '%00%s%n',
  '{{7*7}}',
  'x'.repeat(10_000),
  '00000000-0000-0000-0000-000000000000',
  'HEN-2026-000001',
];
const HOSTILE_INTS = [2 ** 53, -(2 ** 31) - 1, 2 ** 31, 1e308, -1, 0, 1.5, '1', 'NaN', true, null];
const HOSTILE_FLOATS = [1e308, -1e308, -0, 'Infinity', '1', null];
const HOSTILE_DATES = ['2026-02-30', '9999-99-99T99:99Z', '2026-11-23T25:00:00Z', '', 0, '2026-11-23', '0000-00-00', '+275760-09-13T00:00:00.001Z', 'yesterday'];
const WRONG_TYPES: unknown[] = [42, true, { nested: 'object' }, ['list'], 'string', null];

/** A hostile value for an input type: mostly of the right shape with bad content, sometimes of the wrong type. */
function hostileValue(type: GraphQLInputType, depth: number, listLength: number): unknown {
  if (rng.next() < 0.08) return rng.pick(WRONG_TYPES);
  const inner = getNullableType(type) as GraphQLInputType;
  if (!isNonNullType(type) && rng.next() < 0.1) return null;
  if (isListType(inner)) {
    const length = listLength || Math.floor(rng.next() * 4);
    const item = hostileValue(inner.ofType as GraphQLInputType, depth + 1, 0);
    return Array.from({ length }, (_, i) => (i % 7 === 0 ? hostileValue(inner.ofType as GraphQLInputType, depth + 1, 0) : item));
  }
  if (isEnumType(inner)) {
    const values = inner.getValues().map((v) => v.name);
    return rng.pick([...values, 'NOT_A_VALUE', values[0]?.toLowerCase() ?? 'x', 42]);
  }
  if (isInputObjectType(inner)) {
    if (depth > 4) return {};
    const object: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      // Sometimes a required field is left out, sometimes an optional one is given.
      if (rng.next() < (isNonNullType(field.type) ? 0.9 : 0.5)) object[field.name] = hostileValue(field.type, depth + 1, listLength);
    }
    if (rng.next() < 0.2) object.notAField = 'extra';
    return object;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'Int':
        return rng.pick(HOSTILE_INTS);
      case 'Float':
        return rng.pick(HOSTILE_FLOATS);
      case 'Boolean':
        return rng.pick([true, false, 'true', 1, null]);
      case 'DateTime':
      case 'Date':
        return rng.pick(HOSTILE_DATES);
      case 'ID':
        // Real ids too, so some calls get past "not found" into the rules behind it.
        return rng.next() < 0.4 && realIds.length > 0 ? rng.pick(realIds) : rng.pick(HOSTILE_STRINGS);
      default:
        return rng.pick(HOSTILE_STRINGS);
    }
  }
  return null;
}

/** The scalar and enum fields of the answer's type without required arguments, or nothing for a scalar answer. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const leaves = Object.values((named as GraphQLObjectType).getFields())
    .filter((f) => f.args.every((a) => !isNonNullType(a.type)))
    .filter((f) => {
      const t = getNamedType(f.type);
      return isScalarType(t) || isEnumType(t);
    })
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[]): string {
  const declarations = args.map((a, i) => `$a${i}: ${a.type.toString()}`).join(', ');
  const call = args.length > 0 ? `(${args.map((a, i) => `${a.name}: $a${i}`).join(', ')})` : '';
  return `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${call} ${selectionOf(field)} }`;
}

/** A value written into the document as a GraphQL literal (enum names bare, where the type is an enum). */
function literal(value: unknown, type: GraphQLInputType): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(inner) ? (inner.ofType as GraphQLInputType) : inner)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = isInputObjectType(inner) ? inner.getFields() : {};
    return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${literal(v, fields[k]?.type ?? inner)}`).join(', ')} }`;
  }
  if (typeof value === 'string' && isEnumType(inner) && /^[A-Za-z_]\w*$/.test(value)) return value;
  if (typeof value === 'number' && !Number.isFinite(value)) return '0';
  return JSON.stringify(value);
}

function literalOperationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const call = field.args.length > 0 ? `(${field.args.map((a) => `${a.name}: ${literal(hostileValue(a.type, 0, 0), a.type)}`).join(', ')})` : '';
  return `${kind} { ${field.name}${call} ${selectionOf(field)} }`;
}

const ROLES: Array<{ name: string; organisationCode: string; roles: TRole[] } | null> = [
  null,
  { name: 'caseworker', organisationCode: 'AT', roles: ['CASEWORKER'] },
  { name: 'coordinator', organisationCode: 'CMM', roles: ['COORDINATOR', 'CASEWORKER', 'ASSESSOR'] },
  { name: 'admin', organisationCode: 'CMM', roles: ['ADMIN'] },
  { name: 'auditor', organisationCode: 'CMM', roles: ['AUDITOR'] },
];

let server: TTestServer;
let tokens: Array<{ name: string; token: string | undefined }>;
let auditorToken: string;
let caseworker: TActor | undefined;
beforeAll(async () => {
  server = await startTestServer();
  tokens = [];
  for (const role of ROLES) {
    if (!role) {
      tokens.push({ name: 'anonymous', token: undefined });
      continue;
    }
    const { user, token } = await buildSignedInUser(server, role);
    tokens.push({ name: role.name, token });
    realIds.push(user.id);
    if (role.name === 'caseworker') caseworker = { user, token, organisationCode: role.organisationCode };
  }
  const referral = await buildReferral(server, { state: 'DRAFT', referrer: caseworker!.user });
  realIds.push(referral.id, referral.subjectId);
  auditorToken = (await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['AUDITOR'] })).token;
});
afterAll(async () => {
  await server.close();
});

type TFinding = { field: string; role: string; status: number; detail: string };

function findingsOf(field: string, role: string, status: number, text: string): TFinding[] {
  const found: TFinding[] = [];
  if (status >= 500) found.push({ field, role, status, detail: text.slice(0, 300) });
  if (/INTERNAL_SERVER_ERROR/.test(text)) found.push({ field, role, status, detail: text.slice(0, 300) });
  for (const pattern of INTERNALS) if (pattern.test(text)) found.push({ field, role, status, detail: `matches ${pattern}: ${text.slice(0, 300)}` });
  return found;
}

async function post(body: string, token: string | undefined): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

// The server's default BODY_LIMIT (1mb). A body over it may be refused by closing the connection
// while it is still being sent (the server stops reading it), which fetch reports as a reset.
const BODY_LIMIT_BYTES = 1024 * 1024;

/** post(), where an oversized body refused mid-upload counts as the 413 it is. */
async function postMaybeOversized(body: string, token: string | undefined): Promise<{ status: number; text: string }> {
  try {
    return await post(body, token);
  } catch (error) {
    if (Buffer.byteLength(body) > BODY_LIMIT_BYTES) return { status: 413, text: '' };
    throw error;
  }
}

describe(`schema-driven fuzzing (seed ${SEED})`, () => {
  it('no root field, role or hostile argument set gets a 500, an internal error or internals; health holds; the chain verifies', async () => {
    const schema = buildSchema();
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
    ]
      // logout ends the caller's session: last, so the other fields are fuzzed as signed-in roles.
      .sort((a, b) => Number(a.field.name === 'logout') - Number(b.field.name === 'logout'));
    expect(roots.length).toBeGreaterThan(50);

    const findings: TFinding[] = [];
    let requests = 0;
    for (const { kind, field } of roots) {
      const document = operationFor(kind, field, field.args);
      for (const { name, token } of tokens) {
        for (let set = 0; set < SETS_PER_ROLE; set += 1) {
          const variables = Object.fromEntries(field.args.map((a, i) => [`a${i}`, hostileValue(a.type, 0, 0)]));
          const { status, text } = await post(JSON.stringify({ query: document, variables }), token);
          requests += 1;
          findings.push(...findingsOf(field.name, name, status, text));
        }
      }
      // Once per field and role: the arguments written into the document as literals.
      for (const { name, token } of tokens) {
        const { status, text } = await post(JSON.stringify({ query: literalOperationFor(kind, field) }), token);
        requests += 1;
        findings.push(...findingsOf(field.name, name, status, text));
      }
      // Once per field: every list 10 000 long, as a signed-in role.
      if (field.args.length > 0) {
        const variables = Object.fromEntries(field.args.map((a, i) => [`a${i}`, hostileValue(a.type, 0, 10_000)]));
        const { status, text } = await postMaybeOversized(JSON.stringify({ query: document, variables }), tokens[2]!.token);
        requests += 1;
        findings.push(...findingsOf(field.name, 'coordinator', status === 413 ? 400 : status, text));
      }
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status, `healthz after ${field.name}`).toBe(200);
    }

    // Strings up to the body limit: a 413 from the limit is a correct answer, anything else must be clean.
    for (const size of [900_000, 1_100_000]) {
      const { status, text } = await post(JSON.stringify({ query: 'query($t: String) { referrals(filter: { text: $t }) { totalCount } }', variables: { t: 'x'.repeat(size) } }), tokens[1]!.token);
      expect([200, 400, 413]).toContain(status);
      findings.push(...findingsOf('referrals (body limit)', 'caseworker', status === 413 ? 400 : status, text));
    }

    expect(findings, JSON.stringify(findings.slice(0, 5), null, 1)).toEqual([]);
    expect(requests).toBeGreaterThan(roots.length * tokens.length * SETS_PER_ROLE);
    const report = await verify(server, auditorToken);
    expect(report).toMatchObject({ ok: true, knownBadInputIds: [] });
    // Nothing unexpected was logged either.
    const errors = server.logs.filter((line) => JSON.parse(line).level >= 50);
    expect(errors.map((line) => line.slice(0, 300))).toEqual([]);
  }, 120_000);
});
