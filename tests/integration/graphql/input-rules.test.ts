// Every BAD_USER_INPUT names the field at fault and the rule it breaks (schema/input-rules.ts), with
// the rule's bound where it has one: the web client shows its own Danish or English words for it.
// A representative input for each way an error arises: zod checks, custom checks, service rules,
// GraphQL's own coercion and the edge check of ill-formed text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInputRule } from '../../../schema/input-rules.js';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer, type TGraphQLResponse } from '../../support/test-server.js';

let server: TTestServer;
let inspector: string;
let admin: string;
let coordinator: string;
beforeAll(async () => {
  server = await startTestServer();
  inspector = (await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] })).token;
  admin = (await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] })).token;
  coordinator = (await buildSignedInUser(server, { organisationCode: 'KBHPOL', roles: ['COORDINATOR'] })).token;
});
afterAll(async () => {
  await server.close();
});

const CREATE_REFERRAL = 'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }';
const referral = (subject: Record<string, unknown>) => ({ input: { subject: { name: 'Test Person', ...subject }, suspectedExploitation: ['FORCED_LABOUR'], region: 'SYDDANMARK' } });

function extensionsOf(res: TGraphQLResponse<unknown>): Record<string, unknown> {
  expect(res.body.errors, JSON.stringify(res.body)).toHaveLength(1);
  const extensions = res.body.errors![0]!.extensions!;
  expect(extensions.code).toBe('BAD_USER_INPUT');
  expect(isInputRule(extensions.rule), String(extensions.rule)).toBe(true);
  return extensions;
}

describe('input errors carry the field and the rule', () => {
  it('an empty e-mail at sign-in: REQUIRED', async () => {
    const res = await server.gql('mutation { login(email: "", password: "x") { accessToken } }');
    expect(extensionsOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'email', rule: 'REQUIRED' });
  });

  it('a too short password for a new user: TOO_SHORT with the limit', async () => {
    const res = await server.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'new@cmm.test', name: 'New User', organisationCode: 'CMM', roles: ['CASEWORKER'], password: 'short' } },
      { token: admin },
    );
    expect(extensionsOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.password', rule: 'TOO_SHORT', limit: 12 });
  });

  it('a too long name: TOO_LONG with the limit', async () => {
    const res = await server.gql(CREATE_REFERRAL, referral({ name: 'x'.repeat(5000) }), { token: inspector });
    const extensions = extensionsOf(res);
    expect(extensions).toMatchObject({ field: 'input.subject.name', rule: 'TOO_LONG' });
    expect(typeof extensions.limit).toBe('number');
  });

  it('custom checks name their own rule: country, language, date', async () => {
    expect(extensionsOf(await server.gql(CREATE_REFERRAL, referral({ nationality: 'XX' }), { token: inspector }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.subject.nationality',
      rule: 'INVALID_COUNTRY',
    });
    expect(extensionsOf(await server.gql(CREATE_REFERRAL, referral({ languages: ['xx'] }), { token: inspector }))).toMatchObject({
      field: 'input.subject.languages.0',
      rule: 'INVALID_LANGUAGE',
    });
    expect(extensionsOf(await server.gql(CREATE_REFERRAL, referral({ dateOfBirth: '2030-01-01' }), { token: inspector }))).toMatchObject({
      field: 'input.subject.dateOfBirth',
      rule: 'DATE_IN_FUTURE',
    });
  });

  it('a service rule: an operation that ends before it starts is END_BEFORE_START', async () => {
    const res = await server.gql(
      'mutation($input: CreateOperationInput!) { createOperation(input: $input) { id } }',
      { input: { codename: 'RULES', objective: 'Check the rule codes', region: 'HOVEDSTADEN', startsAt: '2026-12-01T10:00:00Z', endsAt: '2026-12-01T08:00:00Z' } },
      { token: coordinator },
    );
    expect(extensionsOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.endsAt', rule: 'END_BEFORE_START' });
  });

  it('a page size out of range: OUT_OF_RANGE with min and max', async () => {
    const res = await server.gql('{ referrals(first: 500) { totalCount } }', {}, { token: inspector });
    expect(extensionsOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'first', rule: 'OUT_OF_RANGE', min: 1, max: 100 });
  });

  it("GraphQL's own coercion: a missing required field is REQUIRED, a wrong type INVALID_VALUE, an unknown enum value NOT_ALLOWED_VALUE", async () => {
    const missing = await server.gql(CREATE_REFERRAL, { input: { subject: {}, suspectedExploitation: ['FORCED_LABOUR'] } }, { token: inspector });
    expect(extensionsOf(missing)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.region', rule: 'REQUIRED' });
    const wrongType = await server.gql('query($n: Int) { referrals(first: $n) { totalCount } }', { n: 'ten' }, { token: inspector });
    expect(extensionsOf(wrongType)).toEqual({ code: 'BAD_USER_INPUT', field: 'n', rule: 'INVALID_VALUE' });
    const badEnum = await server.gql(CREATE_REFERRAL, { input: { subject: {}, suspectedExploitation: ['NOPE'], region: 'SYDDANMARK' } }, { token: inspector });
    expect(extensionsOf(badEnum)).toMatchObject({ field: 'input.suspectedExploitation.0', rule: 'NOT_ALLOWED_VALUE' });
    const badDate = await server.gql(CREATE_REFERRAL, referral({ dateOfBirth: '2001-02-30' }), { token: inspector });
    expect(extensionsOf(badDate)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.subject.dateOfBirth', rule: 'INVALID_DATE' });
  });

  it('ill-formed text is refused at the edge: ILL_FORMED_TEXT', async () => {
    const res = await server.gql(CREATE_REFERRAL, referral({ name: 'a\u0000b' }), { token: inspector });
    expect(extensionsOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.subject.name', rule: 'ILL_FORMED_TEXT' });
  });
});
