// Errors GraphQL raises before a resolver runs (variable coercion, literal validation) name the
// field at fault and never repeat the value sent: it may be a victim's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = (await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] })).token;
});
afterAll(async () => {
  await server.close();
});

const CREATE = 'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }';
const NAME = 'Maria Ionescu';

describe('input errors', () => {
  it('a missing required input field: BAD_USER_INPUT naming it, without the rest of the input', async () => {
    const res = await server.gql(CREATE, { input: { subject: { name: NAME }, suspectedExploitation: ['SEXUAL'] } }, { token });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.region', rule: 'REQUIRED' });
    expect(JSON.stringify(res.body)).not.toContain(NAME);
  });

  it('a bad enum value: the path of the field, not the value', async () => {
    const res = await server.gql(CREATE, { input: { subject: { name: NAME, gender: NAME }, suspectedExploitation: ['SEXUAL'], region: 'SYDDANMARK' } }, { token });
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.subject.gender', rule: 'NOT_ALLOWED_VALUE' });
    expect(JSON.stringify(res.body)).not.toContain(NAME);
  });

  it('a bad literal in the query document is refused without echoing it', async () => {
    const res = await server.gql(`mutation { createReferral(input: { subject: { name: 42 }, suspectedExploitation: [SEXUAL], region: SYDDANMARK, narrative: "${NAME}", urgency: "${NAME}" }) { id } }`, {}, { token });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toContain(NAME);
  });
});
