// Need to know: who sees an operation at all, and who sees its targets and briefing point, for the
// agencies of the demo in each state of their invitation (before invitation, invited, accepted,
// declined); every read of targets is audited; the calendar list and the linked referrals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { buildReferral, referralInputFor } from '../../support/factories.js';
import {
  createOperation,
  dataOf,
  errorOf,
  getOperation,
  getOperationRaw,
  invite,
  M,
  newActor,
  respond,
  rows,
  type TActor,
  type TOperation,
} from './operation-helpers.js';
import { OperationBriefingPointDocument, OperationCodenameDocument, OperationReferralsDocument, OperationsDocument, CreateReferralDocument, SubmitReferralDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let lead: TActor; // KBHPOL coordinator
const agencies: Record<string, TActor> = {};
// The demo agencies other than the lead, each a caseworker (CMM, SKTST, AT, SIRI, NSK, US, HJR, SSJYLPOL, KBHVPOL).
const CODES = ['CMM', 'SKTST', 'AT', 'SIRI', 'NSK', 'US', 'HJR', 'SSJYLPOL', 'KBHVPOL'];
let analyst: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  lead = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  for (const code of CODES) agencies[code] = await newActor(server, code, ['CASEWORKER']);
  analyst = await newActor(server, 'CMM', ['ANALYST']);
});
afterAll(async () => {
  await server.close();
});

type TSeen = 'NOT_FOUND' | 'SUMMARY' | 'FULL';

async function seenBy(actor: TActor, id: string): Promise<TSeen> {
  const res = await getOperationRaw(server, actor, id);
  if (errorCode(res) === 'NOT_FOUND') return 'NOT_FOUND';
  const op = dataOf(res, 'operation') as TOperation;
  // Codename, objective, sector, region and time window always show to those who see it at all.
  expect(op.codename).toBe('Lanterne');
  expect(op.startsAt).toBeTruthy();
  if (op.access.level === 'FULL') {
    expect(op.targets).toHaveLength(2);
    expect(op.briefingPoint).toBe('Kolding police station, room 2');
    expect(op.totals).not.toBeNull();
    return 'FULL';
  }
  expect(op.targets).toBeNull();
  expect(op.briefingPoint).toBeNull();
  expect(op.outcomes).toBeNull();
  expect(op.totals).toBeNull();
  return 'SUMMARY';
}

async function matrix(id: string): Promise<Record<string, TSeen>> {
  const seen: Record<string, TSeen> = {};
  for (const code of CODES) seen[code] = await seenBy(agencies[code]!, id);
  return seen;
}

const everyone = (value: TSeen) => Object.fromEntries(CODES.map((c) => [c, value]));

describe('who sees an operation, and its targets', () => {
  it('moves each agency through before invitation → invited → accepted / declined', async () => {
    const op = await createOperation(server, lead, { requestCmmAttendance: false });
    expect(await seenBy(lead, op.id)).toBe('FULL');
    // Before invitation: only the lead.
    expect(await matrix(op.id)).toEqual(everyone('NOT_FOUND'));

    await invite(server, lead, op.id, ['CMM', 'SKTST', 'AT', 'SIRI']);
    expect(await matrix(op.id)).toEqual({ ...everyone('NOT_FOUND'), CMM: 'SUMMARY', SKTST: 'SUMMARY', AT: 'SUMMARY', SIRI: 'SUMMARY' });

    await respond(server, agencies.CMM!, op.id, true);
    await respond(server, agencies.SKTST!, op.id, true);
    await respond(server, agencies.AT!, op.id, false);
    expect(await matrix(op.id)).toEqual({ ...everyone('NOT_FOUND'), CMM: 'FULL', SKTST: 'FULL', AT: 'SUMMARY', SIRI: 'SUMMARY' });

    // Changing the answer: SKTST declines after accepting and loses sight of the targets; AT accepts after all.
    await respond(server, agencies.SKTST!, op.id, false);
    await respond(server, agencies.AT!, op.id, true);
    expect(await matrix(op.id)).toEqual({ ...everyone('NOT_FOUND'), CMM: 'FULL', SKTST: 'SUMMARY', AT: 'FULL', SIRI: 'SUMMARY' });

    const asDeclined = await getOperation(server, agencies.SKTST!, op.id);
    expect(asDeclined.access).toMatchObject({ level: 'SUMMARY' });
    expect(asDeclined.access).toMatchObject({ reasonCode: 'OPERATION_DECLINED', reasonParams: null });
    expect(asDeclined.myInvitation).toMatchObject({ status: 'DECLINED', organisation: { code: 'SKTST' } });
    // An invited agency sees who else is invited, but not the others' attendees or notes.
    const asInvited = await getOperation(server, agencies.SIRI!, op.id);
    expect(asInvited.invitations.find((i) => i.organisation.code === 'CMM')).toMatchObject({ status: 'ACCEPTED', attendees: null, note: null });
    expect(asInvited.invitations.find((i) => i.organisation.code === 'SIRI')).toMatchObject({ status: 'INVITED', attendees: [] });
  });

  it('refuses roles without casework (an analyst of an invited CMM) as NOT_FOUND or FORBIDDEN by the field rule', async () => {
    const op = await createOperation(server, lead);
    await invite(server, lead, op.id, ['SKTST']);
    expect(errorCode(await getOperationRaw(server, analyst, op.id))).toBe('FORBIDDEN');
    expect(errorCode(await getOperationRaw(server, agencies.CMM!, op.id))).toBeUndefined();
  });

  it('audits every read of the targets or briefing point, once per operation per request, and not withheld ones', async () => {
    const op = await createOperation(server, lead, { requestCmmAttendance: false });
    await invite(server, lead, op.id, ['SIRI']);
    const reads = () => rows<{ actor_user_id: string; data_category: string }>(server, "select actor_user_id, data_category from audit_events where action = 'OPERATION_TARGETS_READ' and object_id = ?", op.id);
    const before = reads().length;
    await getOperation(server, lead, op.id);
    expect(reads().length).toBe(before + 1);
    expect(reads().at(-1)).toEqual({ actor_user_id: lead.user.id, data_category: 'OPERATION_TARGETS' });
    await server.as(lead)(OperationBriefingPointDocument, { id: op.id });
    expect(reads().length).toBe(before + 2);
    // Reading without targets records nothing; a withheld read records nothing either.
    await server.as(lead)(OperationCodenameDocument, { id: op.id });
    await getOperation(server, agencies.SIRI!, op.id);
    expect(reads().length).toBe(before + 2);
    // A refused look is recorded as DENIED.
    await getOperationRaw(server, agencies.NSK!, op.id);
    expect(rows(server, "select seq from audit_events where action = 'OPERATION_READ' and outcome = 'DENIED' and object_id = ? and actor_user_id = ?", op.id, agencies.NSK!.user.id)).toHaveLength(1);
  });

  it('lists a calendar of what the organisation leads or is invited to, with filters and pages', async () => {
    const viewer = await newActor(server, 'FYNPOL', ['COORDINATOR', 'CASEWORKER']);
    const guest = await newActor(server, 'BHPOL', ['CASEWORKER']);
    const a = await createOperation(server, viewer, { codename: 'A', region: 'SYDDANMARK' }, 24);
    const b = await createOperation(server, viewer, { codename: 'B', region: 'HOVEDSTADEN' }, 48);
    const c = await createOperation(server, viewer, { codename: 'C', region: 'SYDDANMARK' }, 96);
    await invite(server, viewer, b.id, ['BHPOL']);
    const list = async (actor: TActor, variables: Record<string, unknown> = {}) =>
      dataOf(await server.gqlInput(OperationsDocument, variables, { token: actor.token }), 'operations');
    expect((await list(viewer)).edges.map((e) => e.node.codename)).toEqual(['A', 'B', 'C']);
    expect((await list(guest)).edges.map((e) => e.node.codename)).toEqual(['B']);
    expect((await list(viewer, { filter: { region: 'SYDDANMARK' } })).edges.map((e) => e.node.codename)).toEqual(['A', 'C']);
    expect((await list(viewer, { filter: { state: 'PLANNED' } })).edges.map((e) => e.node.codename)).toEqual(['B']);
    expect((await list(viewer, { filter: { organisationCode: 'BHPOL' } })).edges.map((e) => e.node.codename)).toEqual(['B']);
    const from = new Date(a.endsAt).toISOString();
    const to = new Date(c.startsAt).toISOString();
    expect((await list(viewer, { filter: { from, to } })).edges.map((e) => e.node.codename)).toEqual(['B']);
    const page1 = await list(viewer, { first: 2 });
    expect(page1).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const page2 = await list(viewer, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.codename)).toEqual(['C']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(errorOf(await server.gql(M.list(), { filter: { organisationCode: 'NOPE' } }, { token: viewer.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.organisationCode' });
    expect(errorOf(await server.gql(M.list(), { filter: { from: to, to: from } }, { token: viewer.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(errorOf(await server.gql(M.list(), { first: 0 }, { token: viewer.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await server.gql(M.list(), { after: 'garbage' }, { token: viewer.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('referrals made during an operation', () => {
  it('links referrals by operationId, shown to those who may see them, and refuses operations the referrer may not see', async () => {
    const op = await createOperation(server, lead, { requestCmmAttendance: true });
    await invite(server, lead, op.id, ['SKTST', 'AT']);
    const sktst = agencies.SKTST!;
    await respond(server, sktst, op.id, true);

    // NSK is not invited: to NSK the operation does not exist.
    const refused = await server.gqlInput(CreateReferralDocument, { input: { ...referralInputFor(server), operationId: op.id } }, { token: agencies.NSK!.token });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.operationId' });
    expect(JSON.stringify(refused.body)).not.toContain(op.id);

    const bySktst = await buildReferral(server, { referrer: sktst.user, state: 'DRAFT', input: { operationId: op.id } });
    const draftByLead = await buildReferral(server, { referrer: lead.user, state: 'DRAFT', input: { operationId: op.id } });
    const submitted = dataOf(await server.as(sktst)(SubmitReferralDocument, { id: bySktst.id }), 'submitReferral');

    const referralsOf = async (actor: TActor) =>
      dataOf(await server.as(actor)(OperationReferralsDocument, { id: op.id }), 'operation');
    // The lead sees its own draft, not SKTST's referral (the referral rules decide); CMM sees the submitted one.
    const asLead = await referralsOf(lead);
    expect(asLead.referrals.edges.map((e) => e.node.id)).toEqual([draftByLead.id]);
    expect(asLead.totals).toEqual({ referralsMade: 1 });
    expect((await referralsOf(sktst)).referrals.edges.map((e) => e.node.id)).toEqual([submitted.id]);
    expect((await referralsOf(agencies.CMM!)).referrals.edges.map((e) => e.node.id)).toEqual([submitted.id]);
    // AT is invited (not accepted): it may link its referral, and sees its own.
    const byAt = await buildReferral(server, { referrer: agencies.AT!.user, state: 'DRAFT', input: { operationId: op.id } });
    expect((await referralsOf(agencies.AT!)).referrals.edges.map((e) => e.node.id)).toEqual([byAt.id]);

    // updateReferral checks the same.
    const other = await createOperation(server, lead, { codename: 'Other' });
    const update = await server.gql('mutation($id: ID!, $v: Int!, $input: UpdateReferralInput!) { updateReferral(id: $id, version: $v, input: $input) { id } }', {
      id: byAt.id,
      v: 1,
      input: { operationId: other.id },
    }, { token: agencies.AT!.token });
    expect(errorOf(update)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.operationId' });
  });
});
