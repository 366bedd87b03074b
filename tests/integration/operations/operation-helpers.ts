// Helpers shared by the operation tests: the operations of API.md § Joint operations over HTTP,
// a valid input, and an operation driven to any state. Actors and response helpers come from the
// referral tests' helpers (same shapes).
import type { TTestServer } from '../../support/test-server.js';
import { type TActor } from '../../support/actors.js';
import { dataOf } from '../../support/responses.js';
import {
  CompleteOperationDocument,
  ConfirmOperationDocument,
  CreateOperationDocument,
  InviteToOperationDocument,
  OperationDocument,
  RespondToInvitationDocument,
  StartOperationDocument,
  type OperationFieldsFragment,
} from '../../gql/generated/graphql.js';

export { moveClock, newActor, signInAgain, type TActor } from '../../support/actors.js';
export { dataOf, errorOf } from '../../support/responses.js';

export const OPERATION_FIELDS = `id version state codename objective sector region startsAt endsAt briefingPoint
  targets { address description } requestCmmAttendance interpreterLanguages leadOrganisation { code }
  cancelledAt cancelReason
  invitations { organisation { code } status respondedAt attendees { id name } note conflicts { organisation { code } operation { id codename } } }
  myInvitation { status organisation { code } conflicts { organisation { code } operation { id codename } } }
  cmmAttendance { status attendees { id name } note }
  conflicts { organisation { code } operation { id codename } }
  outcomes { organisation { code } personsEncountered possibleVictimsSpokenWith arrests findings }
  totals { organisationsReported personsEncountered possibleVictimsSpokenWith arrests referralsMade }
  access { level reason reasonCode reasonParams { level until purpose legalBasis } }`;

/** An operation as the tests read it: tests/gql/operations.graphql's OperationFields. */
export type TOperation = OperationFieldsFragment;

const HOUR = 3_600_000;

/** A valid CreateOperationInput starting `startsInHours` after `now`, lasting 6 hours. */
export function operationInput(now: Date, overrides: Record<string, unknown> = {}, startsInHours = 72): Record<string, unknown> {
  const startsAt = new Date(now.getTime() + startsInHours * HOUR);
  return {
    codename: 'Lanterne',
    objective: 'Inspect massage clinics for signs of sexual exploitation',
    sector: 'MASSAGE_CLINIC',
    region: 'SYDDANMARK',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 6 * HOUR).toISOString(),
    briefingPoint: 'Kolding police station, room 2',
    targets: [
      { address: 'Testvej 1, 6000 Kolding', description: 'Ground floor clinic' },
      { address: 'Prøvegade 2, 6100 Haderslev', description: null },
    ],
    requestCmmAttendance: true,
    interpreterLanguages: ['th', 'ro'],
    ...overrides,
  };
}

export const M = {
  create: (sel = OPERATION_FIELDS) => `mutation($input: CreateOperationInput!) { createOperation(input: $input) { ${sel} } }`,
  update: (sel = OPERATION_FIELDS) => `mutation($id: ID!, $version: Int!, $input: UpdateOperationInput!) { updateOperation(id: $id, version: $version, input: $input) { ${sel} } }`,
  invite: (sel = OPERATION_FIELDS) => `mutation($id: ID!, $codes: [String!]!) { inviteToOperation(id: $id, organisationCodes: $codes) { ${sel} } }`,
  respond: (sel = OPERATION_FIELDS) =>
    `mutation($id: ID!, $accept: Boolean!, $attendees: [ID!], $note: String) { respondToInvitation(operationId: $id, accept: $accept, attendeeUserIds: $attendees, note: $note) { ${sel} } }`,
  confirm: (sel = OPERATION_FIELDS) => `mutation($id: ID!) { confirmOperation(id: $id) { ${sel} } }`,
  start: (sel = OPERATION_FIELDS) => `mutation($id: ID!) { startOperation(id: $id) { ${sel} } }`,
  complete: (sel = OPERATION_FIELDS) => `mutation($id: ID!) { completeOperation(id: $id) { ${sel} } }`,
  cancel: (sel = OPERATION_FIELDS) => `mutation($id: ID!, $reason: String!) { cancelOperation(id: $id, reason: $reason) { ${sel} } }`,
  outcome: (sel = OPERATION_FIELDS) => `mutation($id: ID!, $input: OperationOutcomeInput!) { recordOperationOutcome(operationId: $id, input: $input) { ${sel} } }`,
  get: (sel = OPERATION_FIELDS) => `query($id: ID!) { operation(id: $id) { ${sel} } }`,
  list: (sel = 'id codename state') =>
    `query($filter: OperationFilter, $first: Int, $after: String) { operations(filter: $filter, first: $first, after: $after) { edges { cursor node { ${sel} } } pageInfo { hasNextPage endCursor } totalCount } }`,
};

export async function createOperation(server: TTestServer, lead: TActor, overrides: Record<string, unknown> = {}, startsInHours = 72): Promise<TOperation> {
  const res = await server.gqlInput(CreateOperationDocument, { input: operationInput(server.clock.now(), overrides, startsInHours) }, { token: lead.token });
  return dataOf(res, 'createOperation');
}

export function getOperationRaw(server: TTestServer, actor: TActor, id: string) {
  return server.as(actor)(OperationDocument, { id });
}

export async function getOperation(server: TTestServer, actor: TActor, id: string): Promise<TOperation> {
  return dataOf(await getOperationRaw(server, actor, id), 'operation');
}

export async function invite(server: TTestServer, lead: TActor, id: string, codes: string[]): Promise<TOperation> {
  return dataOf(await server.as(lead)(InviteToOperationDocument, { id, codes }), 'inviteToOperation');
}

export async function respond(server: TTestServer, actor: TActor, id: string, accept: boolean, attendees: string[] = accept ? [actor.user.id] : [], note: string | null = null) {
  return dataOf(await server.as(actor)(RespondToInvitationDocument, { id, accept, attendees, note }), 'respondToInvitation');
}

const MOVES = {
  confirm: (server: TTestServer, lead: TActor, id: string) => server.as(lead)(ConfirmOperationDocument, { id }).then((res) => dataOf(res, 'confirmOperation')),
  start: (server: TTestServer, lead: TActor, id: string) => server.as(lead)(StartOperationDocument, { id }).then((res) => dataOf(res, 'startOperation')),
  complete: (server: TTestServer, lead: TActor, id: string) => server.as(lead)(CompleteOperationDocument, { id }).then((res) => dataOf(res, 'completeOperation')),
};

export async function moveOperation(server: TTestServer, lead: TActor, action: keyof typeof MOVES, id: string): Promise<TOperation> {
  return MOVES[action](server, lead, id);
}

/** Rows behind the API, for checks the API cannot make. */
export function rows<T>(server: TTestServer, sql: string, ...params: unknown[]): T[] {
  return server.deps.sqlite.prepare(sql).all(...params) as T[];
}
