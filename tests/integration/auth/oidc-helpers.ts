// Sign-in through an organisation's identity provider, as a browser does it, against the real
// OIDC provider the test starts (tests/support/oidc-provider.ts): begin at Samvirke, walk through
// the IdP, come back to the callback. Samvirke's PUBLIC_URL in the tests is http://samvirke.test, so
// the IdP's redirect back names that host; the walk sends it to the test server instead.
import { RefreshDocument } from '../../gql/generated/graphql.js';
import { configureIdentityProvider } from '../../../server/modules/auth/oidc/identity-providers.service.js';
import { actingAs } from '../../support/factories.js';
import { startTestIdp, walkThroughIdp, type TTestIdp } from '../../support/oidc-provider.js';
import type { TTestServer } from '../../support/test-server.js';

export const PUBLIC_URL = 'http://samvirke.test';

export function startIdpForTests(options: { idTokenTtlSeconds?: number } = {}): Promise<TTestIdp> {
  return startTestIdp({ redirectUri: `${PUBLIC_URL}/auth/oidc/callback`, postLogoutRedirectUri: `${PUBLIC_URL}/`, ...options });
}

/** Configures the organisation's IdP through the service, as one of its ADMINs. */
export function configureIdp(server: TTestServer, idp: TTestIdp, admin: { email: string }, organisationCode: string, options: { requireMfaFromIdp?: boolean; passwordSignInAllowed?: boolean } = {}) {
  return configureIdentityProvider(actingAs(server, admin), {
    organisationCode,
    input: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, requireMfaFromIdp: options.requireMfaFromIdp ?? true, passwordSignInAllowed: options.passwordSignInAllowed ?? true },
  });
}

export type TRedirect = { status: number; location: string; cookie: string | null };

async function get(server: TTestServer, pathAndQuery: string): Promise<TRedirect> {
  const res = await fetch(`${server.url}${pathAndQuery}`, { redirect: 'manual' });
  const line = res.headers.getSetCookie().find((l) => l.startsWith('samvirke_refresh='));
  return { status: res.status, location: res.headers.get('location') ?? '', cookie: line ? line.slice('samvirke_refresh='.length).split(';')[0]! : null };
}

/** GET /auth/oidc/:organisationCode: where Samvirke sends the browser. */
export function begin(server: TTestServer, organisationCode: string, returnTo?: string): Promise<TRedirect> {
  return get(server, `/auth/oidc/${encodeURIComponent(organisationCode)}${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`);
}

/** GET /auth/oidc/callback with what the IdP sent back. */
export function finish(server: TTestServer, callback: URL): Promise<TRedirect> {
  if (callback.origin !== PUBLIC_URL || callback.pathname !== '/auth/oidc/callback') throw new Error(`not Samvirke's callback: ${callback.origin}${callback.pathname}`);
  return get(server, `${callback.pathname}${callback.search}`);
}

/** Begins at Samvirke and signs in at the IdP as `login`: the callback address the IdP sends the browser to. */
export async function callbackFor(server: TTestServer, login: string, organisationCode: string, returnTo?: string): Promise<URL> {
  const started = await begin(server, organisationCode, returnTo);
  if (started.status !== 303) throw new Error(`the flow did not start: ${started.status} ${started.location}`);
  const walked = await walkThroughIdp(started.location, login);
  if (!walked.callback) throw new Error(`the IdP did not send the browser back (${walked.status})`);
  return walked.callback;
}

/** The whole sign-in: the callback's answer (a redirect, with the refresh cookie on success). */
export async function signInThroughIdp(server: TTestServer, login: string, organisationCode: string, returnTo?: string): Promise<TRedirect> {
  return finish(server, await callbackFor(server, login, organisationCode, returnTo));
}

/** What the web client does on landing: exchanges the cookie for an access token. */
export async function refreshWithCookie(server: TTestServer, cookie: string) {
  return server.gql(RefreshDocument, {}, { headers: { cookie: `samvirke_refresh=${cookie}` } });
}
