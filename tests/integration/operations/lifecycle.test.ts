// The state machine of a joint operation through HTTP: every move, every refusal (NOT_FOUND,
// FORBIDDEN, INVALID_TRANSITION, CONFLICT, BAD_USER_INPUT naming the field, nothing half-written),
// and who is told (inbox and mail, without operation details).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import {
  createOperation,
  dataOf,
  errorOf,
  getOperation,
  getOperationRaw,
  invite,
  M,
  moveOperation,
  newActor,
  operationInput,
  respond,
  rows,
  signInAgain,
  type TActor,
  type TOperation,
} from './operation-helpers.js';
import { CancelOperationDocument, OperationAttendeeCandidatesDocument, UpdateOperationDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let lead: TActor; // KBHPOL coordinator
let leadCaseworker: TActor;
let cmm: TActor; // CMM coordinator
let sktst: TActor; // SKTST caseworker
let outsider: TActor; // AT coordinator, never invited

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  lead = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  leadCaseworker = await newActor(server, 'KBHPOL', ['CASEWORKER']);
  cmm = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  outsider = await newActor(server, 'AT', ['COORDINATOR', 'CASEWORKER']);
});
afterAll(async () => {
  await server.close();
});

function kindsFor(userId: string): string[] {
  return rows<{ kind: string }>(server, 'select kind from notifications where user_id = ? order by created_at, rowid', userId).map((r) => r.kind);
}

function count(table: string): number {
  return rows<{ n: number }>(server, `select count(*) n from ${table}`)[0]!.n;
}

async function planned(overrides: Record<string, unknown> = {}): Promise<TOperation> {
  const op = await createOperation(server, lead, overrides);
  return invite(server, lead, op.id, ['SKTST']);
}

describe('planning and the moves', () => {
  it('creates a DRAFT led by the creator’s organisation, seen only by the lead', async () => {
    const op = await createOperation(server, lead);
    expect(op).toMatchObject({
      state: 'DRAFT',
      version: 1,
      codename: 'Lanterne',
      leadOrganisation: { code: 'KBHPOL' },
      requestCmmAttendance: true,
      interpreterLanguages: ['th', 'ro'],
      briefingPoint: 'Kolding police station, room 2',
      invitations: [],
      access: { level: 'FULL' },
    });
    expect(op.targets).toEqual([
      { address: 'Testvej 1, 6000 Kolding', description: 'Ground floor clinic' },
      { address: 'Prøvegade 2, 6100 Haderslev', description: null },
    ]);
    // A colleague of the lead sees it; CMM is not invited to a draft.
    expect((await getOperation(server, leadCaseworker, op.id)).access.level).toBe('FULL');
    expect(errorCode(await getOperationRaw(server, cmm, op.id))).toBe('NOT_FOUND');
  });

  it('walks DRAFT → PLANNED → CONFIRMED → IN_PROGRESS → COMPLETED, inviting CMM automatically', async () => {
    const op = await createOperation(server, lead);
    const plannedOp = await invite(server, lead, op.id, ['SKTST']);
    expect(plannedOp.state).toBe('PLANNED');
    expect(plannedOp.invitations.map((i) => [i.organisation.code, i.status]).sort()).toEqual([
      ['CMM', 'INVITED'],
      ['SKTST', 'INVITED'],
    ]);
    expect(kindsFor(cmm.user.id)).toContain('OPERATION_INVITATION');
    expect(kindsFor(sktst.user.id)).toContain('OPERATION_INVITATION');

    const accepted = await respond(server, cmm, op.id, true, [cmm.user.id], 'Two staff and a Thai interpreter');
    expect(accepted.cmmAttendance).toEqual({ status: 'ACCEPTED', attendees: [{ id: cmm.user.id, name: 'Test User' }], note: 'Two staff and a Thai interpreter' });
    await respond(server, sktst, op.id, false);
    expect(kindsFor(lead.user.id)).toEqual(expect.arrayContaining(['OPERATION_ACCEPTED', 'OPERATION_DECLINED']));

    const confirmed = await moveOperation(server, lead, 'confirm', op.id);
    expect(confirmed.state).toBe('CONFIRMED');
    const started = await moveOperation(server, lead, 'start', op.id);
    expect(started.state).toBe('IN_PROGRESS');
    const completed = await moveOperation(server, lead, 'complete', op.id);
    expect(completed.state).toBe('COMPLETED');
    expect(completed.version).toBe(op.version + 4);
    const actions = rows<{ action: string }>(server, "select action from audit_events where object_id = ? and outcome = 'ALLOWED' and action not like '%READ' order by seq", op.id).map((r) => r.action);
    expect(actions).toEqual(['OPERATION_CREATE', 'OPERATION_INVITE', 'OPERATION_RESPOND', 'OPERATION_RESPOND', 'OPERATION_CONFIRM', 'OPERATION_START', 'OPERATION_COMPLETE']);
  });

  it('cancels from every state before COMPLETED, with the reason, telling the invited', async () => {
    const draft = await createOperation(server, lead);
    const plannedOp = await planned();
    const confirmed = await planned();
    await moveOperation(server, lead, 'confirm', confirmed.id);
    const running = await planned();
    await moveOperation(server, lead, 'confirm', running.id);
    await moveOperation(server, lead, 'start', running.id);
    const before = kindsFor(sktst.user.id).filter((k) => k === 'OPERATION_CANCELLED').length;
    // SKTST has no coordinator: it is told through its named attendees, so it accepts one of them.
    await respond(server, sktst, plannedOp.id, true);
    for (const op of [draft, plannedOp, confirmed, running]) {
      const res = await server.as(lead)(CancelOperationDocument, { id: op.id, reason: 'Investigation moved on' });
      expect(dataOf(res, 'cancelOperation')).toMatchObject({ state: 'CANCELLED', cancelReason: 'Investigation moved on' });
    }
    expect(kindsFor(sktst.user.id).filter((k) => k === 'OPERATION_CANCELLED').length).toBe(before + 1);
    expect(kindsFor(cmm.user.id)).toContain('OPERATION_CANCELLED');
  });
});

describe('refusals', () => {
  it('refuses every move the state table does not allow, naming the state and the action', async () => {
    const draft = await createOperation(server, lead);
    const expectInvalid = async (query: string, variables: Record<string, unknown>, state: string, action: string) => {
      const res = await server.gql(query, variables, { token: lead.token });
      expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION', state, action });
    };
    await expectInvalid(M.confirm(), { id: draft.id }, 'DRAFT', 'CONFIRM');
    await expectInvalid(M.start(), { id: draft.id }, 'DRAFT', 'START');
    await expectInvalid(M.complete(), { id: draft.id }, 'DRAFT', 'COMPLETE');
    await expectInvalid(M.outcome(), { id: draft.id, input: { personsEncountered: 1, possibleVictimsSpokenWith: 0, arrests: 0 } }, 'DRAFT', 'RECORD_OUTCOME');

    const op = await planned();
    await expectInvalid(M.start(), { id: op.id }, 'PLANNED', 'START');
    await expectInvalid(M.complete(), { id: op.id }, 'PLANNED', 'COMPLETE');
    await moveOperation(server, lead, 'confirm', op.id);
    await expectInvalid(M.confirm(), { id: op.id }, 'CONFIRMED', 'CONFIRM');
    await expectInvalid(M.complete(), { id: op.id }, 'CONFIRMED', 'COMPLETE');
    await moveOperation(server, lead, 'start', op.id);
    await expectInvalid(M.invite(), { id: op.id, codes: ['AT'] }, 'IN_PROGRESS', 'INVITE');
    await expectInvalid(M.update(), { id: op.id, version: 4, input: { codename: 'X' } }, 'IN_PROGRESS', 'UPDATE');
    const res = await server.gql(M.respond(), { id: op.id, accept: true, attendees: [sktst.user.id] }, { token: sktst.token });
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION', state: 'IN_PROGRESS', action: 'RESPOND' });
    await moveOperation(server, lead, 'complete', op.id);
    await expectInvalid(M.cancel(), { id: op.id, reason: 'Too late now' }, 'COMPLETED', 'CANCEL');
    await expectInvalid(M.start(), { id: op.id }, 'COMPLETED', 'START');

    const cancelled = await createOperation(server, lead);
    await server.gql(M.cancel(), { id: cancelled.id, reason: 'Not needed' }, { token: lead.token });
    await expectInvalid(M.cancel(), { id: cancelled.id, reason: 'Again please' }, 'CANCELLED', 'CANCEL');
    await expectInvalid(M.invite(), { id: cancelled.id, codes: ['AT'] }, 'CANCELLED', 'INVITE');
  });

  it('lets only coordinators of the lead plan and move: others FORBIDDEN, outsiders NOT_FOUND', async () => {
    const op = await planned();
    // A caseworker of the lead: the schema admits coordinators only.
    expect(errorCode(await server.gql(M.confirm(), { id: op.id }, { token: leadCaseworker.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(M.create(), { input: operationInput(server.clock.now()) }, { token: leadCaseworker.token }))).toBe('FORBIDDEN');
    // CMM's coordinator sees the operation but does not lead it.
    for (const [query, variables] of [
      [M.confirm(), { id: op.id }],
      [M.cancel(), { id: op.id, reason: 'We cannot come' }],
      [M.invite(), { id: op.id, codes: ['AT'] }],
      [M.update(), { id: op.id, version: op.version, input: { codename: 'Mine' } }],
    ] as const) {
      expect(errorCode(await server.gql(query, variables, { token: cmm.token }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(query, variables, { token: outsider.token }))).toBe('NOT_FOUND');
    }
    expect(rows(server, "select seq from audit_events where object_id = ? and outcome = 'DENIED' and details like '%NOT_PERMITTED%'", op.id).length).toBe(4);
    // The lead cannot answer its own operation; an outsider cannot answer at all.
    expect(errorCode(await server.gql(M.respond(), { id: op.id, accept: true, attendees: [lead.user.id] }, { token: lead.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(M.respond(), { id: op.id, accept: true, attendees: [outsider.user.id] }, { token: outsider.token }))).toBe('NOT_FOUND');
    // An id that does not exist is the same NOT_FOUND.
    expect(errorCode(await server.gql(M.confirm(), { id: '00000000-0000-4000-8000-000000000000' }, { token: lead.token }))).toBe('NOT_FOUND');
    expect((await getOperation(server, lead, op.id)).state).toBe('PLANNED');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const op = await createOperation(server, lead);
    const first = await server.as(lead)(UpdateOperationDocument, { id: op.id, version: op.version, input: { codename: 'Fyrtårn' } });
    expect(dataOf(first, 'updateOperation')).toMatchObject({ codename: 'Fyrtårn', version: op.version + 1 });
    const stale = await server.gql(M.update(), { id: op.id, version: op.version, input: { codename: 'Overwritten' } }, { token: lead.token });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect((await getOperation(server, lead, op.id)).codename).toBe('Fyrtårn');
  });

  it('names the field at fault and writes nothing', async () => {
    const now = server.clock.now();
    const operations = count('operations');
    const targets = count('operation_targets');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ endsAt: operationInput(now).startsAt }, 'input.endsAt'],
      [{ endsAt: new Date(now.getTime() + 30 * 24 * 3_600_000).toISOString() }, 'input.endsAt'],
      [{ startsAt: new Date(now.getTime() - 3_600_000).toISOString(), endsAt: new Date(now.getTime() + 3_600_000).toISOString() }, 'input.startsAt'],
      [{ codename: '   ' }, 'input.codename'],
      [{ interpreterLanguages: ['xx'] }, 'input.interpreterLanguages.0'],
      [{ targets: [{ address: '' }] }, 'input.targets.0.address'],
    ];
    for (const [overrides, field] of cases) {
      const res = await server.gql(M.create(), { input: operationInput(now, overrides) }, { token: lead.token });
      expect(errorOf(res), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(count('operations')).toBe(operations);
    expect(count('operation_targets')).toBe(targets);

    const op = await createOperation(server, lead);
    const badInvite = async (codes: string[]) => errorOf(await server.gql(M.invite(), { id: op.id, codes }, { token: lead.token }));
    expect(await badInvite(['NOPE'])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCodes' });
    expect(await badInvite(['KBHPOL'])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCodes' });
    expect((await getOperation(server, lead, op.id)).state).toBe('DRAFT');
    expect(rows(server, 'select * from operation_invitations where operation_id = ?', op.id)).toHaveLength(0);

    await invite(server, lead, op.id, ['SKTST']);
    const badAnswer = async (attendees: string[] | null, accept = true) =>
      errorOf(await server.gql(M.respond(), { id: op.id, accept, attendees }, { token: sktst.token }));
    expect(await badAnswer([])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeUserIds' });
    expect(await badAnswer([cmm.user.id])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeUserIds' });
    expect(await badAnswer(['not-a-user'])).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeUserIds' });
    expect(await badAnswer([sktst.user.id], false)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendeeUserIds' });
    expect(rows<{ status: string }>(server, "select status from operation_invitations i join organisations o on o.id = i.organisation_id where operation_id = ? and o.code = 'SKTST'", op.id)[0]!.status).toBe('INVITED');

    expect(errorOf(await server.gql(M.cancel(), { id: op.id, reason: 'x' }, { token: lead.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await server.gql(M.update(), { id: op.id, version: 2, input: { startsAt: '2026-11-20T09:00:00Z' } }, { token: lead.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.startsAt',
    });
    expect(errorOf(await server.gql(M.update(), { id: op.id, version: 2, input: { codename: null } }, { token: lead.token }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.codename',
    });
    expect((await getOperation(server, lead, op.id)).state).toBe('PLANNED');
  });

  it('does not plan an operation whose start has passed', async () => {
    const op = await createOperation(server, lead, {}, 1);
    server.clock.advance(2 * 3_600_000);
    await signInAgain(server, lead, leadCaseworker, cmm, sktst, outsider);
    const res = await server.gql(M.invite(), { id: op.id, codes: ['SKTST'] }, { token: lead.token });
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION', state: 'DRAFT', action: 'INVITE' });
  });
});

describe('attendee candidates', () => {
  it('lists the active staff of the viewer’s own organisation, for an operation it may see', async () => {
    const op = await planned();
    const asSktst = dataOf(await server.as(sktst)(OperationAttendeeCandidatesDocument, { id: op.id }), 'operationAttendeeCandidates');
    expect(asSktst.map((u) => u.id)).toEqual([sktst.user.id]);
    expect(errorCode(await server.as(outsider)(OperationAttendeeCandidatesDocument, { id: op.id }))).toBe('NOT_FOUND');
  });
});

describe('changes of time', () => {
  it('tells the invited organisations when the time moves, in mail without operation details', async () => {
    const op = await planned({ codename: 'Hemmelig' });
    await respond(server, sktst, op.id, true);
    const moved = new Date(new Date(op.startsAt).getTime() + 24 * 3_600_000);
    const res = await server.as(lead)(UpdateOperationDocument, {
      id: op.id,
      version: op.version,
      input: { startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 3_600_000).toISOString() },
    });
    expect(dataOf(res, 'updateOperation').startsAt).toBe(moved.toISOString());
    expect(kindsFor(sktst.user.id)).toContain('OPERATION_CHANGED');
    expect(kindsFor(cmm.user.id)).toContain('OPERATION_CHANGED');
    const mails = rows<{ kind: string; link: string }>(server, "select kind, link from outbox where kind like 'OPERATION_%'");
    expect(mails.length).toBeGreaterThan(0);
    for (const mail of mails) expect(mail.link).toMatch(/^\/operations\/[0-9a-f-]{36}$/);
    expect(JSON.stringify(rows(server, 'select * from outbox'))).not.toContain('Hemmelig');
    expect(server.logs.join('')).not.toContain('Hemmelig');
    expect(server.logs.join('')).not.toContain('Testvej');
  });

  it('invites CMM when attendance is asked for after planning', async () => {
    const op = await planned({ requestCmmAttendance: false });
    expect(op.invitations.map((i) => i.organisation.code)).toEqual(['SKTST']);
    const res = await server.as(lead)(UpdateOperationDocument, { id: op.id, version: op.version, input: { requestCmmAttendance: true } });
    expect(dataOf(res, 'updateOperation').invitations.map((i) => i.organisation.code).sort()).toEqual(['CMM', 'SKTST']);
  });
});
