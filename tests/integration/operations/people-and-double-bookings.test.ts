// Journey 1's people (issue 14): the lead names its own officers, only people who can attend are
// offered and accepted, a person named on two overlapping active operations is a double booking
// (shown before naming, refused unless confirmed with a reason, sealed and audited), and the
// reminders go to the named people too. Through HTTP with the permission matrix and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttendeeCandidatesDocument,
  AttendeeConflictsDocument,
  NameOperationAttendeesDocument,
  OperationPeopleDocument,
  RespondWithAttendeesDocument,
  RunJobDocument,
} from '../../gql/generated/graphql.js';
import { startTestServer, type TGraphQLResponse, type TTestServer } from '../../support/test-server.js';
import { createOperation, dataOf, invite, moveClock, newActor, respond, rows, type TActor } from './operation-helpers.js';

let server: TTestServer;
let lead: TActor; // SSJYLPOL coordinator
let leadCaseworker: TActor;
let officer: TActor; // SSJYLPOL investigator, to be named
let analyst: TActor; // SSJYLPOL analyst: cannot attend
let otherLead: TActor; // FYNPOL coordinator
let cmmCoordinator: TActor;
let cmmCaseworker: TActor;
let sktst: TActor;
let admin: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  lead = await newActor(server, 'SSJYLPOL', ['COORDINATOR']);
  leadCaseworker = await newActor(server, 'SSJYLPOL', ['CASEWORKER']);
  officer = await newActor(server, 'SSJYLPOL', ['INVESTIGATOR']);
  analyst = await newActor(server, 'SSJYLPOL', ['ANALYST']);
  otherLead = await newActor(server, 'FYNPOL', ['COORDINATOR']);
  cmmCoordinator = await newActor(server, 'CMM', ['COORDINATOR']);
  cmmCaseworker = await newActor(server, 'CMM', ['CASEWORKER']);
  sktst = await newActor(server, 'SKTST', ['COORDINATOR']);
  admin = await newActor(server, 'CMM', ['ADMIN']);
});
afterAll(async () => {
  await server.close();
});

/** The error's code, field and rule (errorOf leaves the rule out). */
function refusal(res: TGraphQLResponse<unknown>) {
  const e = res.body.errors?.[0]?.extensions ?? {};
  return { code: e.code, field: e.field, rule: e.rule };
}

function nameAs(actor: TActor, operationId: string, userIds: string[], confirm?: { reason: string | null }) {
  return server.as(actor)(NameOperationAttendeesDocument, {
    operationId,
    userIds,
    ...(confirm ? { confirmDoubleBooking: true, doubleBookingReason: confirm.reason } : {}),
  });
}

describe('attendee choices', () => {
  it('offers only caseworkers, coordinators and investigators, and refuses naming anyone else with a code and the field', async () => {
    const op = await createOperation(server, lead, { codename: 'Valg', requestCmmAttendance: false }, 400);
    const candidates = dataOf(await server.as(lead)(AttendeeCandidatesDocument, { operationId: op.id }), 'operationAttendeeCandidates').map((c) => c.id);
    expect(candidates).toEqual(expect.arrayContaining([lead.user.id, leadCaseworker.user.id, officer.user.id]));
    expect(candidates).not.toContain(analyst.user.id);

    expect(refusal(await nameAs(lead, op.id, [officer.user.id, analyst.user.id]))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds', rule: 'ATTENDEE_CANNOT_ATTEND' });
    expect(refusal(await nameAs(lead, op.id, [cmmCaseworker.user.id]))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds', rule: 'ATTENDEE_NOT_ALLOWED' });
    expect(refusal(await nameAs(lead, op.id, Array.from({ length: 51 }, (_, n) => `id-${n}`)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userIds' });

    // An invited organisation answering is held to the same rule.
    const analystCmm = await newActor(server, 'CMM', ['ANALYST']);
    await invite(server, lead, op.id, ['CMM']);
    const res = await server.as(cmmCoordinator)(RespondWithAttendeesDocument, { operationId: op.id, accept: true, attendeeUserIds: [analystCmm.user.id] });
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'attendeeUserIds', rule: 'ATTENDEE_CANNOT_ATTEND' });
  });
});

describe('the lead names its own officers', () => {
  it('names them (replacing the list), shows them to the lead and the accepted, not to the merely invited; audited', async () => {
    const op = await createOperation(server, lead, { codename: 'Navne', requestCmmAttendance: true }, 300);
    await invite(server, lead, op.id, ['SKTST']);
    const named = dataOf(await nameAs(lead, op.id, [officer.user.id, leadCaseworker.user.id, officer.user.id]), 'nameOperationAttendees');
    expect(named.leadAttendees!.map((a) => a.id).sort()).toEqual([officer.user.id, leadCaseworker.user.id].sort());
    expect(named.leadAttendees!.find((a) => a.id === officer.user.id)!.name).toBe('Test User');

    // SKTST invited (SUMMARY) does not see the names; CMM after accepting (FULL) does.
    expect(dataOf(await server.as(sktst)(OperationPeopleDocument, { id: op.id }), 'operation').leadAttendees).toBeNull();
    await respond(server, cmmCoordinator, op.id, true, [cmmCaseworker.user.id]);
    expect(dataOf(await server.as(cmmCoordinator)(OperationPeopleDocument, { id: op.id }), 'operation').leadAttendees).toHaveLength(2);

    const replaced = dataOf(await nameAs(lead, op.id, [officer.user.id]), 'nameOperationAttendees');
    expect(replaced.leadAttendees!.map((a) => a.id)).toEqual([officer.user.id]);
    expect(rows(server, "select seq from audit_events where action = 'OPERATION_NAME_ATTENDEES' and outcome = 'ALLOWED' and object_id = ?", op.id)).toHaveLength(2);
  });

  it('lets only the lead’s coordinators name: the lead’s caseworker and the invited are FORBIDDEN, outsiders NOT_FOUND', async () => {
    const op = await createOperation(server, lead, { codename: 'Matrix', requestCmmAttendance: true }, 320);
    await invite(server, lead, op.id, ['SKTST']);
    expect(refusal(await nameAs(leadCaseworker, op.id, [officer.user.id])).code).toBe('FORBIDDEN');
    expect(refusal(await nameAs(cmmCoordinator, op.id, [cmmCaseworker.user.id])).code).toBe('FORBIDDEN');
    expect(refusal(await nameAs(sktst, op.id, [sktst.user.id])).code).toBe('FORBIDDEN');
    expect(refusal(await nameAs(otherLead, op.id, [otherLead.user.id])).code).toBe('NOT_FOUND');
    expect(refusal(await nameAs(admin, op.id, [officer.user.id])).code).toBe('FORBIDDEN');
    expect(refusal(await server.as(null)(NameOperationAttendeesDocument, { operationId: op.id, userIds: [] })).code).toBe('UNAUTHENTICATED');
    expect(rows(server, "select seq from audit_events where action = 'OPERATION_NAME_ATTENDEES' and outcome = 'DENIED' and object_id = ?", op.id).length).toBeGreaterThanOrEqual(2);
    expect(dataOf(await server.as(lead)(OperationPeopleDocument, { id: op.id }), 'operation').leadAttendees).toEqual([]);
  });

  it('cannot name on an operation that has started', async () => {
    const op = await createOperation(server, lead, { codename: 'Startet', requestCmmAttendance: false }, 340);
    await invite(server, lead, op.id, ['SKTST']);
    await server.gql(`mutation($id: ID!) { confirmOperation(id: $id) { id } }`, { id: op.id }, { token: lead.token });
    await server.gql(`mutation($id: ID!) { startOperation(id: $id) { id } }`, { id: op.id }, { token: lead.token });
    expect(refusal(await nameAs(lead, op.id, [officer.user.id])).code).toBe('INVALID_TRANSITION');
  });
});

describe('double bookings', () => {
  it('shows the conflict before naming, refuses it unconfirmed or without a reason, and records a confirmed one sealed and audited', async () => {
    // A (SSJYLPOL leads) 500–506 h; B (SSJYLPOL leads) 503–509 h overlaps; C at 520 h does not.
    const a = await createOperation(server, lead, { codename: 'Alfa', requestCmmAttendance: false }, 500);
    const b = await createOperation(server, lead, { codename: 'Bravo', requestCmmAttendance: false }, 503);
    const c = await createOperation(server, lead, { codename: 'Charlie', requestCmmAttendance: false }, 520);
    for (const op of [a, b, c]) await invite(server, lead, op.id, ['SKTST']);
    dataOf(await nameAs(lead, a.id, [officer.user.id]), 'nameOperationAttendees');

    // The warning: asked before naming on B; none for C.
    const warning = dataOf(await server.as(lead)(AttendeeConflictsDocument, { operationId: b.id, userIds: [officer.user.id, leadCaseworker.user.id] }), 'attendeeConflicts');
    expect(warning).toEqual([{ attendee: { id: officer.user.id, name: 'Test User' }, startsAt: a.startsAt, endsAt: a.endsAt, operation: { id: a.id, codename: 'Alfa' } }]);
    expect(dataOf(await server.as(lead)(AttendeeConflictsDocument, { operationId: c.id, userIds: [officer.user.id] }), 'attendeeConflicts')).toEqual([]);
    // Only one's own staff can be asked about.
    expect(refusal(await server.as(lead)(AttendeeConflictsDocument, { operationId: b.id, userIds: [cmmCaseworker.user.id] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds', rule: 'ATTENDEE_NOT_ALLOWED' });
    expect(refusal(await server.as(otherLead)(AttendeeConflictsDocument, { operationId: b.id, userIds: [otherLead.user.id] })).code).toBe('NOT_FOUND');

    // Refused unconfirmed, and confirmed without a reason; nothing written.
    expect(refusal(await nameAs(lead, b.id, [officer.user.id]))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds', rule: 'DOUBLE_BOOKING_NOT_CONFIRMED' });
    expect(refusal(await nameAs(lead, b.id, [officer.user.id], { reason: null }))).toEqual({ code: 'BAD_USER_INPUT', field: 'doubleBookingReason', rule: 'DOUBLE_BOOKING_REASON_REQUIRED' });
    expect(refusal(await nameAs(lead, b.id, [officer.user.id], { reason: '  ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'doubleBookingReason', rule: 'DOUBLE_BOOKING_REASON_REQUIRED' });
    expect(refusal(await nameAs(lead, b.id, [officer.user.id], { reason: 'x'.repeat(2001) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doubleBookingReason', rule: 'TOO_LONG' });
    expect(dataOf(await server.as(lead)(OperationPeopleDocument, { id: b.id }), 'operation').leadAttendees).toEqual([]);
    // Not overlapping: no confirmation needed.
    dataOf(await nameAs(lead, c.id, [officer.user.id]), 'nameOperationAttendees');

    const reason = 'Eneste tolkekyndige efterforsker; deler dagen mellem aktionerne';
    const confirmed = dataOf(await nameAs(lead, b.id, [officer.user.id], { reason }), 'nameOperationAttendees');
    expect(confirmed.leadAttendees!.map((x) => x.id)).toEqual([officer.user.id]);
    expect(confirmed.attendeeConflicts.map((x) => [x.attendee.id, x.operation?.id])).toEqual([[officer.user.id, a.id]]);
    // Both operations now show it to the lead.
    expect(dataOf(await server.as(lead)(OperationPeopleDocument, { id: a.id }), 'operation').attendeeConflicts.map((x) => x.operation?.id)).toEqual([b.id]);

    const audit = rows<{ details: string }>(server, "select details from audit_events where action = 'OPERATION_DOUBLE_BOOKING' and object_id = ?", b.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ attendeeUserId: officer.user.id, otherOperationId: a.id });
    expect(JSON.stringify(rows(server, 'select * from audit_events'))).not.toContain('tolkekyndige');
    // The reason is sealed at rest.
    const stored = rows<{ reason: string }>(server, 'select reason from operation_double_bookings where operation_id = ?', b.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.reason).not.toContain('tolkekyndige');

    // Named again (the list saved once more): a booking confirmed once is not asked again.
    dataOf(await nameAs(lead, b.id, [officer.user.id, leadCaseworker.user.id]), 'nameOperationAttendees');
    // Cancelling A ends the double booking.
    await server.gql(`mutation($id: ID!, $reason: String!) { cancelOperation(id: $id, reason: $reason) { id } }`, { id: a.id, reason: 'Aflyst' }, { token: lead.token });
    expect(dataOf(await server.as(lead)(OperationPeopleDocument, { id: b.id }), 'operation').attendeeConflicts).toEqual([]);
  });

  it('holds an invited organisation naming its attendees to the same rule, and shows it the other operation only as far as it may see it', async () => {
    // CMM's caseworker accepted on KBH… here SSJYLPOL's X; FYNPOL's Y overlaps and invites CMM.
    const x = await createOperation(server, lead, { codename: 'Xray', requestCmmAttendance: true }, 600);
    const y = await createOperation(server, otherLead, { codename: 'Yankee', requestCmmAttendance: true }, 602);
    await invite(server, lead, x.id, ['SKTST']);
    await invite(server, otherLead, y.id, ['SKTST']);
    await respond(server, cmmCoordinator, x.id, true, [cmmCaseworker.user.id]);

    const res = await server.as(cmmCoordinator)(RespondWithAttendeesDocument, { operationId: y.id, accept: true, attendeeUserIds: [cmmCaseworker.user.id] });
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'attendeeUserIds', rule: 'DOUBLE_BOOKING_NOT_CONFIRMED' });
    const ok = await server.as(cmmCoordinator)(RespondWithAttendeesDocument, {
      operationId: y.id,
      accept: true,
      attendeeUserIds: [cmmCaseworker.user.id],
      confirmDoubleBooking: true,
      doubleBookingReason: 'Kun én medarbejder i regionen',
    });
    expect(dataOf(ok, 'respondToInvitation').myInvitation).toEqual({ status: 'ACCEPTED', attendees: [{ id: cmmCaseworker.user.id }] });

    // CMM sees its caseworker's double booking with the other operation (it takes part in both) and its targets (accepted).
    const seen = dataOf(await server.as(cmmCoordinator)(OperationPeopleDocument, { id: y.id }), 'operation').attendeeConflicts;
    expect(seen).toHaveLength(1);
    expect(seen[0]!.operation!.id).toBe(x.id);
    // FYNPOL (lead of Y) sees no conflicts of CMM's people (they are not its staff), and never X.
    expect(dataOf(await server.as(otherLead)(OperationPeopleDocument, { id: y.id }), 'operation').attendeeConflicts).toEqual([]);
    // A declined invitation books nobody.
    await respond(server, cmmCoordinator, x.id, false);
    expect(dataOf(await server.as(cmmCoordinator)(OperationPeopleDocument, { id: y.id }), 'operation').attendeeConflicts).toEqual([]);
  });
});

describe('reminders', () => {
  it('go to the lead’s named officers too, once, in mail without operation details', async () => {
    const op = await createOperation(server, lead, { codename: 'Påmindelse', requestCmmAttendance: false }, 700);
    await invite(server, lead, op.id, ['SKTST']);
    dataOf(await nameAs(lead, op.id, [officer.user.id]), 'nameOperationAttendees');
    const at = new Date(new Date(op.startsAt).getTime() - 20 * 3_600_000).toISOString();
    await moveClock(server, at, admin);
    for (let run = 0; run < 2; run += 1) {
      const res = await server.as(admin)(RunJobDocument, { name: 'operation-reminders', at });
      expect(dataOf(res, 'runJob').status).toBe('SUCCEEDED');
    }
    const mine = rows<{ kind: string; object_id: string }>(server, "select kind, object_id from notifications where user_id = ? and kind like 'OPERATION_REMINDER%'", officer.user.id);
    expect(mine).toEqual([{ kind: 'OPERATION_REMINDER_24H', object_id: op.id }]);
    expect(JSON.stringify(rows(server, 'select * from outbox'))).not.toContain('Påmindelse');
  });
});
