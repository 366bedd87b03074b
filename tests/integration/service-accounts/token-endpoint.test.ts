// POST /oauth/token (RFC 6749 § 4.4, § 5.1, § 5.2): the client credentials grant of service
// accounts, by HTTP Basic or form fields; every refusal has its OAuth error and nothing cached.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { basic, buildServiceAccount, postToken, serviceAccountToken, type TServiceAccount } from '../../support/service-accounts.js';
import { DeactivateServiceAccountDocument, MeInFullDocument, RotateServiceAccountSecretDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let account: TServiceAccount;
beforeAll(async () => {
  server = await startTestServer();
  account = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
});
afterAll(async () => {
  await server.close();
});

let addressCounter = 0;
/** Each test its own client address, so the throttle's pair counters of one test never slow another. */
function address(): Record<string, string> {
  addressCounter += 1;
  return { 'x-forwarded-for': `10.99.${addressCounter}.9` };
}

function tokenAudits(objectId: string) {
  return server.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'SERVICE_ACCOUNT_TOKEN')).all().filter((r) => r.objectId === objectId);
}

async function whoAmI(token: string) {
  return server.gql(MeInFullDocument, {}, { token });
}

describe('the client credentials grant', () => {
  it('answers § 5.1 to HTTP Basic: a Bearer token of at most 15 minutes, never cached, that signs the account in', async () => {
    const res = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic(account.clientId, account.clientSecret), ...address() });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('pragma')).toBe('no-cache');
    expect(Object.keys(res.body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    expect(res.body.token_type).toBe('Bearer');
    expect(res.body.expires_in).toBe(server.deps.config.jwt.accessTtlSeconds);
    const claims = decodeJwt(res.body.access_token as string);
    expect(claims.svc).toBe(true);
    const me = await whoAmI(res.body.access_token as string);
    expect(me.body.data?.me).toMatchObject({ roles: ['CASEWORKER'], organisation: { code: 'AT' } });
    const issued = tokenAudits(account.id).filter((r) => r.outcome === 'ALLOWED');
    expect(issued.length).toBeGreaterThan(0);
    // Audited as the account itself, with its organisation.
    expect(issued.at(-1)).toMatchObject({ actorUserId: claims.sub, actorRoles: 'CASEWORKER' });
    expect(issued.at(-1)!.actorOrganisationId).not.toBeNull();
  });

  it('takes the client id and secret as form fields too', async () => {
    const res = await postToken(server, { grant_type: 'client_credentials', client_id: account.clientId, client_secret: account.clientSecret }, address());
    expect(res.status).toBe(200);
    expect(res.body.token_type).toBe('Bearer');
    expect((await whoAmI(res.body.access_token as string)).body.data?.me.organisation.code).toBe('AT');
  });

  it('refuses a wrong secret with invalid_client: 401 and WWW-Authenticate for Basic, 400 for the form; audited DENIED', async () => {
    const before = tokenAudits(account.id).filter((r) => r.outcome === 'DENIED').length;
    const counted = async () => (await server.deps.metrics.signInFailures.get()).values.find((v) => v.labels.reason === 'BAD_CLIENT_CREDENTIALS')?.value ?? 0;
    const countedBefore = await counted();
    const viaBasic = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic(account.clientId, 'not-the-secret'), ...address() });
    expect(viaBasic.status).toBe(401);
    expect(viaBasic.headers.get('www-authenticate')).toMatch(/^Basic realm="samvirke"/);
    expect(viaBasic.headers.get('cache-control')).toBe('no-store');
    expect(viaBasic.body.error).toBe('invalid_client');
    expect(viaBasic.body).not.toHaveProperty('access_token');
    const viaForm = await postToken(server, { grant_type: 'client_credentials', client_id: account.clientId, client_secret: 'not-the-secret' }, address());
    expect(viaForm.status).toBe(400);
    expect(viaForm.headers.get('www-authenticate')).toBeNull();
    expect(viaForm.body.error).toBe('invalid_client');
    const denied = tokenAudits(account.id).filter((r) => r.outcome === 'DENIED');
    expect(denied.length).toBe(before + 2);
    expect(JSON.parse(denied.at(-1)!.details!)).toMatchObject({ reason: 'BAD_CLIENT_CREDENTIALS' });
    expect(denied.at(-1)!.actorUserId).toBeNull();
    // Counted for the metrics like a refused sign-in.
    expect(await counted()).toBe(countedBefore + 2);
    // Neither the secret given nor the right one is anywhere in the logs.
    expect(server.logs.join('\n')).not.toContain(account.clientSecret);
    expect(server.logs.join('\n')).not.toContain('not-the-secret');
  });

  it('refuses an unknown client exactly like a wrong secret', async () => {
    const res = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic('sa_unknown', account.clientSecret), ...address() });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed' });
  });

  it('refuses a request without client authentication (invalid_client) and with it twice (invalid_request)', async () => {
    const none = await postToken(server, { grant_type: 'client_credentials' }, address());
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(none.body.error).toBe('invalid_client');
    const onlyId = await postToken(server, { grant_type: 'client_credentials', client_id: account.clientId }, address());
    expect(onlyId.body.error).toBe('invalid_client');
    const both = await postToken(
      server,
      { grant_type: 'client_credentials', client_secret: account.clientSecret },
      { authorization: basic(account.clientId, account.clientSecret), ...address() },
    );
    expect(both.status).toBe(400);
    expect(both.body.error).toBe('invalid_request');
  });

  it('refuses another grant type (unsupported_grant_type) and a missing or repeated one (invalid_request)', async () => {
    const password = await postToken(server, { grant_type: 'password', username: 'x', password: 'y' }, { authorization: basic(account.clientId, account.clientSecret) });
    expect(password.status).toBe(400);
    expect(password.body.error).toBe('unsupported_grant_type');
    const missing = await postToken(server, {}, { authorization: basic(account.clientId, account.clientSecret) });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
    const repeated = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic(account.clientId, account.clientSecret) },
      body: 'grant_type=client_credentials&grant_type=client_credentials',
    });
    expect(repeated.status).toBe(400);
    expect(((await repeated.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('refuses JSON (the grant is form-encoded) and a body too large, as invalid_request, never a 500', async () => {
    const json = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: account.clientId, client_secret: account.clientSecret }),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { error: string }).error).toBe('invalid_request');
    const huge = await postToken(server, { grant_type: 'client_credentials', padding: 'x'.repeat(20_000) });
    expect(huge.status).toBe(400);
    expect(huge.body.error).toBe('invalid_request');
    expect(huge.headers.get('cache-control')).toBe('no-store');
  });

  it('slows repeated failures of one client (the sign-in throttle), never locks it', async () => {
    const own = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'], adminToken: account.adminToken });
    const from = address();
    const sleepsBefore = server.sleeps.length;
    for (let i = 0; i < server.deps.config.login.slowAfter + 1; i += 1) {
      const res = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic(own.clientId, 'wrong'), ...from });
      expect(res.body.error).toBe('invalid_client');
    }
    expect(server.sleeps.slice(sleepsBefore).some((ms) => ms > 0)).toBe(true);
    // The right secret still gets in (after its wait).
    const ok = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic(own.clientId, own.clientSecret), ...from });
    expect(ok.status).toBe(200);
  });
});

describe('rotation and deactivation', () => {
  it('rotating: the old secret stops working, and so do the tokens it obtained; the new secret works', async () => {
    const own = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'], adminToken: account.adminToken });
    const oldToken = await serviceAccountToken(server, own);
    const rotated = await server.gql(RotateServiceAccountSecretDocument, { id: own.id }, { token: own.adminToken });
    const { clientSecret } = rotated.body.data!.rotateServiceAccountSecret;
    expect(clientSecret).not.toBe(own.clientSecret);
    expect((await whoAmI(oldToken)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const old = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic(own.clientId, own.clientSecret), ...address() });
    expect(old.body.error).toBe('invalid_client');
    const fresh = await serviceAccountToken(server, { clientId: own.clientId, clientSecret });
    expect((await whoAmI(fresh)).body.data?.me).toBeDefined();
  });

  it('deactivating: its tokens stop at once and it gets no new one', async () => {
    const own = await buildServiceAccount(server, { organisationCode: 'AT', roles: ['CASEWORKER'], adminToken: account.adminToken });
    const token = await serviceAccountToken(server, own);
    expect((await whoAmI(token)).body.data?.me).toBeDefined();
    await server.gql(DeactivateServiceAccountDocument, { id: own.id }, { token: own.adminToken });
    expect((await whoAmI(token)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic(own.clientId, own.clientSecret), ...address() });
    expect(again.status).toBe(401);
    expect(again.body.error).toBe('invalid_client');
  });

  it('a token lives its 15 minutes of the clock and no longer', async () => {
    const token = await serviceAccountToken(server, account);
    server.clock.advance(server.deps.config.jwt.accessTtlSeconds * 1000 + 1000);
    expect((await whoAmI(token)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
