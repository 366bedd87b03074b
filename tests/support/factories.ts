// Factories: each test builds its own users (and, later, records) so tests never depend on
// each other's leftovers.
import { systemContext } from '../../server/core/context.js';
import type { TRole } from '../../server/core/access.js';
import { newId } from '../../server/core/ids.js';
import { insertUserRecord } from '../../server/modules/auth/users.service.js';
import type { TTestServer } from './test-server.js';
import { LoginDocument } from '../gql/generated/graphql.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export type TBuiltUser = { id: string; email: string; password: string; organisationCode: string; roles: TRole[] };

export async function buildUser(
  server: TTestServer,
  options: { organisationCode?: string; roles?: TRole[]; referenceGroup?: string; password?: string; email?: string } = {},
): Promise<TBuiltUser> {
  const organisationCode = options.organisationCode ?? 'CMM';
  const roles = options.roles ?? ['CASEWORKER'];
  const email = options.email ?? `user-${newId().slice(0, 8)}@${organisationCode.toLowerCase()}.test`;
  const password = options.password ?? TEST_PASSWORD;
  const user = await insertUserRecord(
    systemContext(server.deps, 'factory'),
    { email, name: 'Test User', organisationCode, roles, referenceGroup: options.referenceGroup as never, password },
    { welcome: false },
  );
  return { id: user.id, email, password, organisationCode, roles };
}

export async function signIn(server: TTestServer, user: { email: string; password: string }, totp?: string) {
  const res = await server.gql(LoginDocument, { email: user.email, password: user.password, totp });
  if (!res.body.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.login;
}

/** A user with the given organisation and roles, signed in: returns the user and its access token. */
export async function buildSignedInUser(server: TTestServer, options: Parameters<typeof buildUser>[1] = {}) {
  const user = await buildUser(server, options);
  const session = await signIn(server, user);
  return { user, token: session.accessToken, refreshToken: session.refreshToken };
}
