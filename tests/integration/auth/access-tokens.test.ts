// Access tokens are verified with an algorithm allow-list and required iss, aud, exp and sub,
// and only while the user is active and the sign-in (refresh-token family) is alive.
import { exportSPKI, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignedInUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { MINUTE, forgeToken, refresh, tamperedToken, unsignedToken, whoAmI } from './auth-helpers.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const REFUSED = { code: 'UNAUTHENTICATED' };

describe('a token built by hand', () => {
  it('is accepted when it is signed with the server key and carries every claim (the control case)', async () => {
    const { user, token } = await buildSignedInUser(server);
    expect(await whoAmI(server, await forgeToken(server, token))).toEqual({ id: user.id });
  });

  it('is refused when signed with another key', async () => {
    const { token } = await buildSignedInUser(server);
    const other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    expect(await whoAmI(server, await forgeToken(server, token, { key: other.privateKey }))).toEqual(REFUSED);
  });

  it('is refused with alg none and no signature', async () => {
    const { token } = await buildSignedInUser(server);
    expect(await whoAmI(server, unsignedToken(token))).toEqual(REFUSED);
  });

  it('is refused when HS256-signed with the public key as the HMAC secret', async () => {
    const { token } = await buildSignedInUser(server);
    const pem = await exportSPKI(server.keys.publicKey);
    const hs256 = await forgeToken(server, token, { alg: 'HS256', key: new TextEncoder().encode(pem) });
    expect(await whoAmI(server, hs256)).toEqual(REFUSED);
  });

  it('is refused for another audience or issuer', async () => {
    const { token } = await buildSignedInUser(server);
    expect(await whoAmI(server, await forgeToken(server, token, { claims: { aud: 'another-api' } }))).toEqual(REFUSED);
    expect(await whoAmI(server, await forgeToken(server, token, { claims: { iss: 'someone-else' } }))).toEqual(REFUSED);
  });

  it.each(['exp', 'aud', 'iss', 'sub', 'sid', 'iat'])('is refused without %s', async (claim) => {
    const { token } = await buildSignedInUser(server);
    expect(await whoAmI(server, await forgeToken(server, token, { omit: [claim] }))).toEqual(REFUSED);
  });

  it('is refused when it lives longer than 15 minutes', async () => {
    const { token } = await buildSignedInUser(server);
    const now = Math.floor(server.clock.now().getTime() / 1000);
    expect(await whoAmI(server, await forgeToken(server, token, { claims: { iat: now, exp: now + 15 * 60 } }))).toEqual({ id: expect.any(String) });
    expect(await whoAmI(server, await forgeToken(server, token, { claims: { iat: now, exp: now + 24 * 3600 } }))).toEqual(REFUSED);
    expect(await whoAmI(server, await forgeToken(server, token, { claims: { iat: now + 600, exp: now + 900 } }))).toEqual(REFUSED);
  });

  it('is refused when the payload is changed and the signature kept', async () => {
    const { token } = await buildSignedInUser(server);
    const admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
    expect(await whoAmI(server, tamperedToken(token, { sub: admin.user.id }))).toEqual(REFUSED);
  });

  it('is refused when its session belongs to another user', async () => {
    const { token } = await buildSignedInUser(server);
    const other = await buildSignedInUser(server);
    // Correctly signed, live session, existing active subject: only the pairing is wrong.
    const mixed = await forgeToken(server, token, { claims: { sub: other.user.id } });
    expect(await whoAmI(server, mixed)).toEqual(REFUSED);
  });
});

describe('a real token', () => {
  it('is refused without the Bearer scheme or without any token', async () => {
    const { token } = await buildSignedInUser(server);
    expect((await server.gql('{ me { id } }')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const res = await server.gql('{ me { id } }', {}, { headers: { authorization: token } });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('works for 15 minutes and is refused once they have passed', async () => {
    const { user, token } = await buildSignedInUser(server);
    server.clock.advance(14 * MINUTE + 59_000);
    expect(await whoAmI(server, token)).toEqual({ id: user.id });
    server.clock.advance(2000);
    expect(await whoAmI(server, token)).toEqual(REFUSED);
  });

  it("stops working at once when an ADMIN deactivates the user, as does the user's refresh token", async () => {
    const { user, token, refreshToken } = await buildSignedInUser(server);
    const admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
    expect(await whoAmI(server, token)).toEqual({ id: user.id });

    const res = await server.gql('mutation ($id: ID!) { deactivateUser(id: $id) { id } }', { id: user.id }, { token: admin.token });
    expect(res.body.data).toEqual({ deactivateUser: { id: user.id } });

    expect(await whoAmI(server, token)).toEqual(REFUSED);
    expect((await refresh(server, refreshToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
