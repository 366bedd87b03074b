// REQUIRE_TOTP_FOR_PRIVILEGED=true: ADMIN (and AUDITOR) only take effect in a sign-in made
// with a second factor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../server/core/ids.js';
import { buildSignedInUser, buildUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { THIRTY_SECONDS, countUsers, login, refresh, totpCode, userRow } from './auth-helpers.js';
import { CreateUserDocument, EnrolTotpDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { REQUIRE_TOTP_FOR_PRIVILEGED: 'true' } });
});
afterAll(async () => {
  await server.close();
});


function createUser(token: string) {
  const input = { email: `new-${newId().slice(0, 8)}@cmm.test`, name: 'Ny Bruger', organisationCode: 'CMM', roles: ['CASEWORKER' as const], password: 'a-long-enough-password' };
  return server.as({ token })(CreateUserDocument, { input });
}

describe('an ADMIN when a second factor is required for privileged roles', () => {
  it('does not hold ADMIN without a second factor, and does after signing in with a code', async () => {
    const admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
    const target = await buildUser(server);
    const usersBefore = countUsers(server);

    expect(errorCode(await createUser(admin.token))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql('{ users { id } }', {}, { token: admin.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: target.id }, { token: admin.token }))).toBe('FORBIDDEN');
    expect(countUsers(server)).toBe(usersBefore);
    expect(userRow(server, target.id)?.active).toBe(true);
    // Still signed in: what any user may do works.
    expect(errorCode(await server.gql('{ me { id } }', {}, { token: admin.token }))).toBeUndefined();

    // Enrolling is open to the signed-in user; the session it happens in stays unprivileged.
    const enrolled = await server.as(admin)(EnrolTotpDocument, { password: admin.user.password });
    const secret = enrolled.body.data!.enrolTotp.secret;
    const activated = await server.gql('mutation ($code: String!) { activateTotp(code: $code) }', { code: totpCode(server, secret) }, { token: admin.token });
    expect(activated.body.data).toEqual({ activateTotp: true });
    expect(errorCode(await createUser(admin.token))).toBe('FORBIDDEN');
    const refreshed = await refresh(server, admin.refreshToken);
    expect(errorCode(await createUser(refreshed.body.data!.refresh.accessToken))).toBe('FORBIDDEN');

    server.clock.advance(THIRTY_SECONDS);
    const withCode = await login(server, { ...admin.user, totp: totpCode(server, secret) });
    const token = withCode.body.data!.login.accessToken;
    expect(errorCode(await createUser(token))).toBeUndefined();
    expect(errorCode(await server.gql('{ users { id } }', {}, { token }))).toBeUndefined();

    // The second factor belongs to the sign-in, so it survives rotation.
    const rotated = await refresh(server, withCode.body.data!.login.refreshToken);
    expect(errorCode(await createUser(rotated.body.data!.refresh.accessToken))).toBeUndefined();
  });
});
