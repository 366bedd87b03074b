// Issue 15 § 1: one request must never break the audit chain. Strings that are not well-formed
// Unicode (a lone UTF-16 surrogate) and NUL are refused at the edge with BAD_USER_INPUT naming
// the field, in variables, nested input objects, lists and literals; every other text (RTL marks,
// emoji, non-characters) is stored as given, and the chain verifies after all of it.
// § 4: graphql-js's "Too many errors processing variables" is bad input, not an internal error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser, referralInputFor } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { verify } from '../audit-tools/audit-tools-helpers.js';
import { newActor, type TActor } from '../../support/actors.js';
import { CreateReferralDocument, ReferralsDocument, ReferralDocument } from '../../gql/generated/graphql.js';
import { countRows } from '../../support/rows.js';
import { dataOf } from '../../support/responses.js';

let server: TTestServer;
let caseworker: TActor;
let auditorToken: string;

const LONE_HIGH = '\uD800';
const LONE_LOW = 'ab\uDC00cd';
const NUL = 'a\u0000b';
const RTL = '\u202Eعربي\u200F שלום \u200E';
const EMOJI = '👩🏽‍⚕️ 🇩🇰 😀';
const NON_CHARACTERS = '\uFFFE\uFFFF\uFDD0\u{10FFFF}';

beforeAll(async () => {
  server = await startTestServer();
  caseworker = await newActor(server, 'AT', ['CASEWORKER']);
  auditorToken = (await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['AUDITOR'] })).token;
});
afterAll(async () => {
  await server.close();
});

/** createReferral over HTTP with the fictional input, `overrides` over its top-level fields and merged into its subject, sent as given. */
function createRaw(overrides: Record<string, unknown> & { subject?: Record<string, unknown> }) {
  const { subject, ...rest } = overrides;
  const input = { ...referralInputFor(server, { subject }), ...rest };
  return server.gqlInput(CreateReferralDocument, { input }, { token: caseworker.token });
}

function expectRefused(res: Awaited<ReturnType<TTestServer['gql']>>, field: string): void {
  expect(res.status).toBe(400);
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field, rule: 'ILL_FORMED_TEXT' });
  expect(res.body.data).toBeUndefined();
}

describe('refused at the edge', () => {
  it('the issue’s request: referral(id) with a lone surrogate answers BAD_USER_INPUT on "id", writes nothing, and the chain still verifies', async () => {
    const before = countRows(server, 'audit_events');
    for (const id of [LONE_HIGH, LONE_LOW, `ref-${LONE_HIGH}-x`]) {
      expectRefused(await server.as(caseworker)(ReferralDocument, { id: id }), 'id');
    }
    expectRefused(await server.as(caseworker)(ReferralDocument, { id: NUL }), 'id');
    expect(countRows(server, 'audit_events')).toBe(before);
    const report = await verify(server, auditorToken);
    expect(report.ok).toBe(true);
    expect(report.knownBadInputIds).toEqual([]);
  });

  it('nested input objects and lists name the field inside them', async () => {
    const before = countRows(server, 'referrals');
    expectRefused(await createRaw({ subject: { name: `Maria ${LONE_HIGH}` } }), 'input.subject.name');
    expectRefused(await createRaw({ narrative: NUL }), 'input.narrative');
    expectRefused(await createRaw({ indicators: ['fine', `bad ${LONE_LOW}`] }), 'input.indicators.1');
    expectRefused(await createRaw({ subject: { languages: ['da', NUL] } }), 'input.subject.languages.1');
    expect(countRows(server, 'referrals')).toBe(before);
  });

  it('search text, and a field name holding a lone surrogate', async () => {
    expectRefused(await server.as(caseworker)(ReferralsDocument, { filter: { text: `x${LONE_HIGH}` } }), 'filter.text');
    expectRefused(await server.gqlInput(ReferralsDocument, { filter: { [`t${LONE_HIGH}`]: 'x' } }, { token: caseworker.token }), 'filter');
  });

  it('a literal in the document: NUL written as an escape is refused; a lone surrogate does not even parse', async () => {
    expectRefused(await server.gql('{ referral(id: "a\\u0000b") { id } }', {}, { token: caseworker.token }), 'id');
    expectRefused(await server.gql('{ referrals(filter: { text: "\\u0000" }) { totalCount } }', {}, { token: caseworker.token }), 'filter.text');
    expectRefused(await server.gql('query($t: String = "\\u0000") { referrals(filter: { text: $t }) { totalCount } }', {}, { token: caseworker.token }), 't');
    const escaped = await server.gql('{ referral(id: "\\uD800") { id } }', {}, { token: caseworker.token });
    expect(escaped.status).toBe(400);
    expect(escaped.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const raw = await server.gql(`{ referral(id: "${LONE_HIGH}") { id } }`, {}, { token: caseworker.token });
    expect(raw.status).toBe(400);
    expect(raw.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('signed-out callers get the same answer (the edge runs before the field rule)', async () => {
    expectRefused(await server.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: `x${LONE_HIGH}@at.test`, p: 'pw' }), 'e');
  });

  it('the calendar download refuses a NUL in its id the same way', async () => {
    const res = await fetch(`${server.url}/operations/a%00b.ics`, { headers: { authorization: `Bearer ${caseworker.token}` } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});

describe('well-formed text is stored as given', () => {
  it('RTL marks, emoji and non-characters in names, narratives and lists come back unchanged', async () => {
    const created = dataOf(
      await createRaw({
        subject: { name: `${RTL} ${EMOJI}`, alias: NON_CHARACTERS },
        narrative: `${RTL}\n${EMOJI}\n${NON_CHARACTERS}`,
        indicators: [EMOJI, RTL],
      }),
      'createReferral',
    );
    const read = dataOf(await server.as(caseworker)(ReferralDocument, { id: created.id }), 'referral');
    expect(read.subject.identity?.name).toBe(`${RTL} ${EMOJI}`);
    expect(read.subject.identity?.alias).toBe(NON_CHARACTERS);
    expect(read.narrative).toBe(`${RTL}\n${EMOJI}\n${NON_CHARACTERS}`);
    expect(read.indicators).toEqual([EMOJI, RTL]);
  });

  it('ids and search text of every kind reach the service, are audited as given, and the chain verifies', async () => {
    for (const id of [EMOJI, RTL, NON_CHARACTERS, 'x'.repeat(90) + EMOJI]) {
      const res = await server.as(caseworker)(ReferralDocument, { id: id });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const stored = server.deps.sqlite.prepare("select object_id as objectId from audit_events where action = 'REFERRAL_READ' and outcome = 'DENIED' order by seq desc limit 1").get() as { objectId: string };
      expect(stored.objectId).toBe(id);
    }
    for (const text of [EMOJI, RTL, NON_CHARACTERS]) {
      const res = await server.as(caseworker)(ReferralsDocument, { filter: { text } });
      expect(res.body.errors).toBeUndefined();
    }
    const report = await verify(server, auditorToken);
    expect(report).toMatchObject({ ok: true, reason: null, knownBadInputIds: [] });
  });
});

describe('graphql-js errors without a code', () => {
  it('10 000 invalid variable entries: BAD_USER_INPUT with status 400, nothing in the error log', async () => {
    const logsBefore = server.logs.length;
    const codes = Array.from({ length: 10_000 }, (_, i) => ({ bad: i }));
    const res = await server.gql('mutation($id: ID!, $codes: [String!]!) { inviteToOperation(id: $id, organisationCodes: $codes) { id } }', { id: 'op-1', codes }, { token: caseworker.token });
    expect(res.status).toBe(400);
    const answered = new Set(res.body.errors?.map((e) => e.extensions?.code));
    expect([...answered].every((code) => code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(res.body.errors?.some((e) => /Too many invalid values/.test(e.message))).toBe(true);
    const errorLines = server.logs.slice(logsBefore).filter((line) => JSON.parse(line).level >= 50);
    expect(errorLines).toEqual([]);
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .+:\d+:\d+|node_modules|stack/i);
  });

  it('many invalid entries of a variable the operation uses: the same', async () => {
    const logsBefore = server.logs.length;
    const res = await server.gql(
      'query($a: Int, $b: Int, $c: Int, $d: Int, $e: Int, $f: Int, $g: Int, $h: Int, $i: Int, $j: Int, $k: Int, $l: Int, $m: Int, $n: Int, $o: Int, $p: Int, $q: Int, $r: Int, $s: Int, $t: Int, $u: Int, $v: Int, $w: Int, $x: Int, $y: Int, $z: Int, $a1: Int, $b1: Int, $c1: Int, $d1: Int, $e1: Int, $f1: Int, $g1: Int, $h1: Int, $i1: Int, $j1: Int, $k1: Int, $l1: Int, $m1: Int, $n1: Int, $o1: Int, $p1: Int, $q1: Int, $r1: Int, $s1: Int, $t1: Int, $u1: Int, $v1: Int, $w1: Int, $x1: Int, $y1: Int, $z1: Int) { __typename }',
      Object.fromEntries('a b c d e f g h i j k l m n o p q r s t u v w x y z a1 b1 c1 d1 e1 f1 g1 h1 i1 j1 k1 l1 m1 n1 o1 p1 q1 r1 s1 t1 u1 v1 w1 x1 y1 z1'.split(' ').map((k) => [k, 'not a number'])),
      { token: caseworker.token },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.every((e) => ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'].includes(String(e.extensions?.code)))).toBe(true);
    expect(server.logs.slice(logsBefore).filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });
});
