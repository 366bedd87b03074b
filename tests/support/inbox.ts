// A user's notifications over HTTP (API.md § Notifications): what each domain's tests check a move told whom.
import { dataOf } from './responses.js';
import type { TTestServer } from './test-server.js';
import { NotificationsDocument } from '../gql/generated/graphql.js';

/** The kind and object of each of the actor's notifications, newest first. */
export async function inbox(server: TTestServer, actor: { token: string }): Promise<Array<{ kind: string; objectId: string | null }>> {
  return dataOf(await server.as(actor)(NotificationsDocument), 'notifications').map(({ kind, objectId }) => ({ kind, objectId: objectId ?? null }));
}

/** The kinds of the actor's notifications about one object (a referral, an operation), sorted. */
export async function inboxKindsFor(server: TTestServer, actor: { token: string }, objectId: string): Promise<string[]> {
  return (await inbox(server, actor))
    .filter((n) => n.objectId === objectId)
    .map((n) => n.kind)
    .sort();
}
