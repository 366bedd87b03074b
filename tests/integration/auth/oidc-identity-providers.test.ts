// configureIdentityProvider, identityProviders and publicIdentityProviders over HTTP (issue 16 §1,
// ADR 0028): who may, what is returned (never the secret), what is stored (the secret sealed) and
// audited, and bad input refused with its field and rule, nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityProviders } from '../../../db/schema/index.js';
import { configureIdentityProvider } from '../../../server/modules/auth/oidc/identity-providers.service.js';
import { ConfigureIdentityProviderDocument, IdentityProvidersDocument, PublicIdentityProvidersDocument } from '../../gql/generated/graphql.js';
import { actingAs, buildSignedInUser, buildUser } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { auditRows } from './auth-helpers.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ introspection: true });
});
afterAll(async () => {
  await server.close();
});

const SECRET = 'the-client-secret-nobody-may-read-0123';
const input = (over: Record<string, unknown> = {}) => ({ issuer: 'https://login.example.dk/tenant/v2.0/', clientId: 'samvirke-at', clientSecret: SECRET, requireMfaFromIdp: true, passwordSignInAllowed: false, ...over });
const providerRows = () => server.deps.db.select().from(identityProviders).all();

describe('configureIdentityProvider', () => {
  it('an ADMIN of the organisation configures it: returned without the secret, the secret sealed at rest, audited; again replaces it', async () => {
    const admin = await buildSignedInUser(server, { organisationCode: 'AT', roles: ['ADMIN'] });
    const res = await server.as(admin)(ConfigureIdentityProviderDocument, { organisationCode: 'AT', input: input() });
    expect(res.body.errors).toBeUndefined();
    const provider = res.body.data!.configureIdentityProvider;
    expect(provider).toMatchObject({
      organisation: { code: 'AT' },
      issuer: 'https://login.example.dk/tenant/v2.0',
      clientId: 'samvirke-at',
      requireMfaFromIdp: true,
      passwordSignInAllowed: false,
      redirectUri: 'http://samvirke.test/auth/oidc/callback',
    });
    expect(JSON.stringify(res.body)).not.toContain(SECRET);

    const row = providerRows().find((r) => r.id === provider.id)!;
    expect(row.clientSecret.startsWith('sv1.')).toBe(true);
    expect(row.clientSecret).not.toContain(SECRET);

    const audit = auditRows(server).filter((r) => r.action === 'IDENTITY_PROVIDER_CONFIGURE' && r.objectId === provider.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBe(admin.user.id);
    expect(JSON.parse(audit[0]!.details!)).toMatchObject({ created: true, fields: expect.arrayContaining(['issuer', 'clientSecret']) });
    expect(audit[0]!.details).not.toContain(SECRET);

    const again = await server.as(admin)(ConfigureIdentityProviderDocument, { organisationCode: 'AT', input: input({ passwordSignInAllowed: true, clientSecret: 'another-secret-value' }) });
    expect(again.body.data!.configureIdentityProvider).toMatchObject({ id: provider.id, passwordSignInAllowed: true });
    expect(providerRows().filter((r) => r.organisationId === row.organisationId)).toHaveLength(1);
    const second = auditRows(server).filter((r) => r.action === 'IDENTITY_PROVIDER_CONFIGURE' && r.objectId === provider.id).at(-1)!;
    expect(JSON.parse(second.details!)).toEqual(expect.objectContaining({ created: false, fields: ['passwordSignInAllowed', 'clientSecret'] }));
  });

  it('the schema has no field that could return the secret', async () => {
    const res = await server.gql('{ __type(name: "IdentityProvider") { fields { name } } }');
    const fields = (res.body.data as { __type: { fields: Array<{ name: string }> } }).__type.fields.map((f) => f.name);
    expect(fields.some((name) => /secret/i.test(name))).toBe(false);
  });

  it('is refused to an ADMIN of another organisation, to other roles and without a token; nothing is written', async () => {
    const before = providerRows().length;
    const otherAdmin = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    const caseworker = await buildSignedInUser(server, { organisationCode: 'SIRI', roles: ['CASEWORKER', 'COORDINATOR'] });
    expect(errorCode(await server.as(otherAdmin)(ConfigureIdentityProviderDocument, { organisationCode: 'SIRI', input: input() }))).toBe('FORBIDDEN');
    expect(errorCode(await server.as(caseworker)(ConfigureIdentityProviderDocument, { organisationCode: 'SIRI', input: input() }))).toBe('FORBIDDEN');
    expect(errorCode(await server.as(null)(ConfigureIdentityProviderDocument, { organisationCode: 'SIRI', input: input() }))).toBe('UNAUTHENTICATED');
    expect(providerRows()).toHaveLength(before);
  });

  it('refuses bad input with its field and rule, and writes nothing', async () => {
    const admin = await buildSignedInUser(server, { organisationCode: 'SIRI', roles: ['ADMIN'] });
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [input({ issuer: 'not a url' }), 'input.issuer', 'INVALID_FORMAT'],
      [input({ issuer: 'https://idp.example/?tenant=1' }), 'input.issuer', 'INVALID_FORMAT'],
      [input({ issuer: 'ftp://idp.example' }), 'input.issuer', 'INVALID_FORMAT'],
      [input({ issuer: '' }), 'input.issuer', 'REQUIRED'],
      [input({ clientId: '  ' }), 'input.clientId', 'REQUIRED'],
      [input({ clientSecret: 'has a space' }), 'input.clientSecret', 'INVALID_FORMAT'],
      [input({ clientSecret: 'x'.repeat(1001) }), 'input.clientSecret', 'TOO_LONG'],
    ];
    for (const [given, field, rule] of cases) {
      const res = await server.gqlInput(ConfigureIdentityProviderDocument, { organisationCode: 'SIRI', input: given }, { token: admin.token });
      expect(res.body.errors?.[0]?.extensions, JSON.stringify(given)).toMatchObject({ code: 'BAD_USER_INPUT', field, rule });
    }
    const unknown = await server.as(admin)(ConfigureIdentityProviderDocument, { organisationCode: 'NO-SUCH', input: input() });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCode', rule: 'UNKNOWN_ORGANISATION' });
    const missing = await server.gqlInput(ConfigureIdentityProviderDocument, { organisationCode: 'SIRI', input: { issuer: 'https://idp.example' } }, { token: admin.token });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(providerRows().some((r) => r.updatedBy === admin.user.id)).toBe(false);
  });

  it('in production the issuer must be https://', async () => {
    const admin = await buildUser(server, { organisationCode: 'FVST', roles: ['ADMIN'] });
    const ctx = actingAs(server, admin);
    const production = { ...ctx, deps: { ...ctx.deps, config: { ...ctx.deps.config, isProduction: true } } };
    const configure = (issuer: string) => () => configureIdentityProvider(production, { organisationCode: 'FVST', input: input({ issuer }) as never });
    await expect(configure('http://idp.example')()).rejects.toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: expect.objectContaining({ field: 'input.issuer', rule: 'INVALID_FORMAT' }) }));
    expect(await configure('https://idp.example')()).toMatchObject({ issuer: 'https://idp.example' });
  });
});

describe('identityProviders and publicIdentityProviders', () => {
  it('an ADMIN (of any organisation) lists every configuration without secrets; others may not', async () => {
    const admin = await buildSignedInUser(server, { organisationCode: 'HJR', roles: ['ADMIN'] });
    await server.as(admin)(ConfigureIdentityProviderDocument, { organisationCode: 'HJR', input: input({ issuer: 'https://idp.hjr.example', passwordSignInAllowed: true }) });
    const otherAdmin = await buildSignedInUser(server, { organisationCode: 'CMM', roles: ['ADMIN'] });
    const res = await server.as(otherAdmin)(IdentityProvidersDocument);
    expect(res.body.data!.identityProviders.map((p) => p.organisation.code)).toContain('HJR');
    expect(JSON.stringify(res.body)).not.toMatch(/secret/i);
    const caseworker = await buildSignedInUser(server, { organisationCode: 'HJR' });
    expect(errorCode(await server.as(caseworker)(IdentityProvidersDocument))).toBe('FORBIDDEN');
    expect(errorCode(await server.as(null)(IdentityProvidersDocument))).toBe('UNAUTHENTICATED');
  });

  it('anyone, signed in or not, sees which organisations have one: codes and names only', async () => {
    const res = await server.as(null)(PublicIdentityProvidersDocument);
    expect(res.body.data!.publicIdentityProviders).toEqual(expect.arrayContaining([{ organisationCode: 'HJR', organisationName: expect.any(String) }]));
    for (const entry of res.body.data!.publicIdentityProviders) expect(Object.keys(entry).sort()).toEqual(['organisationCode', 'organisationName']);
    const extra = await server.gql('{ publicIdentityProviders { organisationCode issuer } }');
    expect(errorCode(extra)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
