import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('me', () => {
  it('returns the signed-in user with organisation and roles', async () => {
    const { user, token } = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
    const res = await server.gql<{ me: { id: string; organisation: { code: string; kind: string }; roles: string[] } }>(
      '{ me { id organisation { code kind } roles } }',
      {},
      { token },
    );
    expect(res.body.data?.me).toEqual({ id: user.id, organisation: { code: 'AT', kind: 'LABOUR' }, roles: ['CASEWORKER'] });
  });

  it('refuses a request without a token', async () => {
    const res = await server.gql('{ me { id } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
  });
});
