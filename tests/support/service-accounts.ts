// Service accounts over HTTP (ADR 0027): one made by a signed-in ADMIN of its organisation, and
// access tokens from POST /oauth/token as an integration asks for them.
import type { TRole } from '../../server/core/access.js';
import { buildSignedInUser } from './factories.js';
import { dataOf } from './responses.js';
import type { TTestServer } from './test-server.js';
import { CreateServiceAccountDocument } from '../gql/generated/graphql.js';

export type TServiceAccount = { id: string; clientId: string; clientSecret: string; organisationCode: string; adminToken: string };

export async function buildServiceAccount(
  server: TTestServer,
  options: { organisationCode: string; roles: TRole[]; purpose?: string; name?: string; adminToken?: string },
): Promise<TServiceAccount> {
  const adminToken = options.adminToken ?? (await buildSignedInUser(server, { organisationCode: options.organisationCode, roles: ['ADMIN'] })).token;
  const res = await server.gql(
    CreateServiceAccountDocument,
    { input: { name: options.name ?? 'Sagssystem', roles: options.roles, purpose: options.purpose ?? 'Indberetning af henvisninger fra sagssystemet' } },
    { token: adminToken },
  );
  const created = dataOf(res, 'createServiceAccount');
  return { id: created.serviceAccount.id, clientId: created.serviceAccount.clientId, clientSecret: created.clientSecret, organisationCode: options.organisationCode, adminToken };
}

export type TTokenResponse = { status: number; headers: Headers; body: Record<string, unknown> };

/** POST /oauth/token with these form fields and headers, as sent. */
export async function postToken(server: TTestServer, form: Record<string, string>, headers: Record<string, string> = {}): Promise<TTokenResponse> {
  const res = await fetch(`${server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

/** HTTP Basic credentials of a client (RFC 6749 § 2.3.1: each part form-encoded first). */
export function basic(clientId: string, clientSecret: string): string {
  const enc = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString('base64')}`;
}

/** An access token of the service account (client credentials, HTTP Basic). */
export async function serviceAccountToken(server: TTestServer, account: Pick<TServiceAccount, 'clientId' | 'clientSecret'>): Promise<string> {
  const res = await postToken(server, { grant_type: 'client_credentials' }, { authorization: basic(account.clientId, account.clientSecret) });
  if (res.status !== 200) throw new Error(`token request failed: ${JSON.stringify(res.body)}`);
  return res.body.access_token as string;
}
