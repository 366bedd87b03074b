// Signed-in users for tests over HTTP, whose token can be renewed after the manual clock moved far
// (access tokens live 15 minutes of the manual clock).
import type { TRole } from '../../server/core/access.js';
import { buildSignedInUser, signIn, type TBuiltUser } from './factories.js';
import type { TTestServer } from './test-server.js';

export type TActor = { user: TBuiltUser; token: string; organisationCode: string };

export async function newActor(
  server: TTestServer,
  organisationCode: string,
  roles: TRole[],
  extra: { referenceGroup?: string } = {},
): Promise<TActor> {
  const { user, token } = await buildSignedInUser(server, { organisationCode, roles, ...extra });
  return { user, token, organisationCode };
}

/** Access tokens live 15 minutes of the manual clock: sign the actors in again at the clock's time. */
export async function signInAgain(server: TTestServer, ...actors: TActor[]): Promise<void> {
  for (const actor of actors) actor.token = (await signIn(server, actor.user)).accessToken;
}

/** Moves the manual clock to `at` and signs the actors in again. */
export async function moveClock(server: TTestServer, at: string, ...actors: TActor[]): Promise<void> {
  server.clock.set(at);
  await signInAgain(server, ...actors);
}
