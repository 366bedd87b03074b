// Double bookings made by moving an operation (issue 14, journey 1): a planned operation moved onto
// another's window where someone named on it (the lead's staff or an invited organisation's
// attendees) is booked, or a draft with named staff planned by its first invitation, is refused
// unless confirmed with a reason (sealed, audited); one known before is not asked again. Through
// HTTP with the permission matrix and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MoveOperationDocument, NameOperationAttendeesDocument, OperationPeopleDocument, PlanOperationDocument } from '../../gql/generated/graphql.js';
import { startTestServer, type TGraphQLResponse, type TTestServer } from '../../support/test-server.js';
import { createOperation, dataOf, invite, newActor, respond, rows, type TActor } from './operation-helpers.js';

const HOUR = 3_600_000;
let server: TTestServer;
let lead: TActor; // SSJYLPOL coordinator
let leadCaseworker: TActor;
let officer: TActor; // SSJYLPOL investigator, named
let otherLead: TActor; // FYNPOL coordinator
let cmmCoordinator: TActor;
let cmmCaseworker: TActor;
let sktst: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  lead = await newActor(server, 'SSJYLPOL', ['COORDINATOR']);
  leadCaseworker = await newActor(server, 'SSJYLPOL', ['CASEWORKER']);
  officer = await newActor(server, 'SSJYLPOL', ['INVESTIGATOR']);
  otherLead = await newActor(server, 'FYNPOL', ['COORDINATOR']);
  cmmCoordinator = await newActor(server, 'CMM', ['COORDINATOR']);
  cmmCaseworker = await newActor(server, 'CMM', ['CASEWORKER']);
  sktst = await newActor(server, 'SKTST', ['COORDINATOR']);
});
afterAll(async () => {
  await server.close();
});

function refusal(res: TGraphQLResponse<unknown>) {
  const e = res.body.errors?.[0]?.extensions ?? {};
  return { code: e.code, field: e.field, rule: e.rule };
}

/** A window of six hours starting `hours` after the test's start. */
function windowAt(hours: number) {
  const startsAt = new Date(server.clock.now().getTime() + hours * HOUR);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 6 * HOUR).toISOString() };
}

function moveAs(actor: TActor | null, op: { id: string; version: number }, hours: number, reason?: string | null) {
  return server.as(actor)(MoveOperationDocument, {
    id: op.id,
    version: op.version,
    input: windowAt(hours),
    ...(reason !== undefined ? { confirmDoubleBooking: true, doubleBookingReason: reason } : {}),
  });
}

async function nameLead(operationId: string, userIds: string[]) {
  return dataOf(await server.as(lead)(NameOperationAttendeesDocument, { operationId, userIds }), 'nameOperationAttendees');
}

const doubleBookingAudit = (operationId: string) =>
  rows<{ details: string }>(server, "select details from audit_events where action = 'OPERATION_DOUBLE_BOOKING' and object_id = ?", operationId);

describe('moving a planned operation', () => {
  it('refuses a move that books a named officer twice unless confirmed with a reason; records it sealed and audited; does not ask again', async () => {
    const a = await createOperation(server, lead, { codename: 'Anker', requestCmmAttendance: false }, 800);
    const b = await createOperation(server, lead, { codename: 'Bøje', requestCmmAttendance: false }, 820);
    for (const op of [a, b]) await invite(server, lead, op.id, ['SKTST']);
    await nameLead(a.id, [officer.user.id]);
    await nameLead(b.id, [officer.user.id, leadCaseworker.user.id]);
    const version = rows<{ version: number }>(server, 'select version from operations where id = ?', b.id)[0]!.version;

    // Moved onto A's window: refused, and every bad confirmation too; nothing changes.
    expect(refusal(await moveAs(lead, { id: b.id, version }, 803))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.startsAt', rule: 'DOUBLE_BOOKING_NOT_CONFIRMED' });
    expect(refusal(await moveAs(lead, { id: b.id, version }, 803, null))).toEqual({ code: 'BAD_USER_INPUT', field: 'doubleBookingReason', rule: 'DOUBLE_BOOKING_REASON_REQUIRED' });
    expect(refusal(await moveAs(lead, { id: b.id, version }, 803, ' '))).toEqual({ code: 'BAD_USER_INPUT', field: 'doubleBookingReason', rule: 'DOUBLE_BOOKING_REASON_REQUIRED' });
    expect(refusal(await moveAs(lead, { id: b.id, version }, 803, 'x'.repeat(2001)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doubleBookingReason', rule: 'TOO_LONG' });
    expect(refusal(await moveAs(lead, { id: b.id, version: version - 1 }, 803, 'Gammel version'))).toMatchObject({ code: 'CONFLICT', field: 'version' });
    const unchanged = dataOf(await server.as(lead)(OperationPeopleDocument, { id: b.id }), 'operation');
    expect(unchanged.startsAt).toBe(b.startsAt);
    expect(unchanged.attendeeConflicts).toEqual([]);
    expect(doubleBookingAudit(b.id)).toEqual([]);

    // A move that overlaps nothing needs no confirmation.
    const later = dataOf(await moveAs(lead, { id: b.id, version }, 830), 'updateOperation');
    expect(later.version).toBe(version + 1);

    const reason = 'Betjenten leder begge ransagninger; den anden aktion er flyttet af anklagemyndigheden';
    const moved = dataOf(await moveAs(lead, later, 803, reason), 'updateOperation');
    expect(moved.startsAt).toBe(windowAt(803).startsAt);
    expect(moved.attendeeConflicts.map((c) => [c.attendee.id, c.operation?.id])).toEqual([[officer.user.id, a.id]]);
    const audit = doubleBookingAudit(b.id);
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ attendeeUserId: officer.user.id, otherOperationId: a.id });
    const moveAudit = rows<{ details: string }>(server, "select details from audit_events where action = 'OPERATION_UPDATE' and outcome = 'ALLOWED' and object_id = ? order by seq desc limit 1", b.id);
    expect(JSON.parse(moveAudit[0]!.details)).toMatchObject({ moved: true, doubleBookings: 1 });
    expect(JSON.stringify(rows(server, 'select * from audit_events'))).not.toContain('anklagemyndigheden');
    const stored = rows<{ reason: string; confirmed_by_user_id: string }>(server, 'select reason, confirmed_by_user_id from operation_double_bookings where operation_id = ?', b.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.reason).not.toContain('anklagemyndigheden');
    expect(stored[0]!.confirmed_by_user_id).toBe(lead.user.id);

    // Moved by an hour, still over A: the known double booking is not asked again.
    dataOf(await moveAs(lead, moved, 804), 'updateOperation');
    expect(doubleBookingAudit(b.id)).toHaveLength(1);
  });

  it('counts an invited organisation’s attendees, not a declined one’s', async () => {
    const c = await createOperation(server, otherLead, { codename: 'Citadel', requestCmmAttendance: true }, 900);
    const d = await createOperation(server, lead, { codename: 'Delta', requestCmmAttendance: true }, 930);
    await invite(server, otherLead, c.id, ['SKTST']);
    await invite(server, lead, d.id, ['SKTST']);
    await respond(server, cmmCoordinator, c.id, true, [cmmCaseworker.user.id]);
    await respond(server, cmmCoordinator, d.id, true, [cmmCaseworker.user.id]);
    const current = dataOf(await moveAs(lead, { id: d.id, version: rows<{ version: number }>(server, 'select version from operations where id = ?', d.id)[0]!.version }, 940), 'updateOperation');

    expect(refusal(await moveAs(lead, current, 902))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.startsAt', rule: 'DOUBLE_BOOKING_NOT_CONFIRMED' });
    // CMM declines C: its caseworker is no longer booked there, and the move goes through unconfirmed.
    await respond(server, cmmCoordinator, c.id, false);
    const moved = dataOf(await moveAs(lead, current, 902), 'updateOperation');
    expect(moved.startsAt).toBe(windowAt(902).startsAt);
    expect(doubleBookingAudit(d.id)).toEqual([]);
  });

  it('lets only the lead’s coordinators move it: the caseworker and the invited are FORBIDDEN, outsiders NOT_FOUND, anonymous UNAUTHENTICATED; no conflict shown to them', async () => {
    const e = await createOperation(server, lead, { codename: 'Ekko', requestCmmAttendance: false }, 1000);
    const f = await createOperation(server, lead, { codename: 'Fakkel', requestCmmAttendance: false }, 1020);
    for (const op of [e, f]) await invite(server, lead, op.id, ['SKTST']);
    await nameLead(e.id, [officer.user.id]);
    await nameLead(f.id, [officer.user.id]);
    const version = rows<{ version: number }>(server, 'select version from operations where id = ?', f.id)[0]!.version;
    const target = { id: f.id, version };
    expect(refusal(await moveAs(leadCaseworker, target, 1003, 'Forsøg')).code).toBe('FORBIDDEN');
    expect(refusal(await moveAs(sktst, target, 1003, 'Forsøg')).code).toBe('FORBIDDEN');
    expect(refusal(await moveAs(otherLead, target, 1003, 'Forsøg')).code).toBe('NOT_FOUND');
    expect(refusal(await moveAs(cmmCoordinator, target, 1003)).code).toBe('NOT_FOUND');
    expect(refusal(await moveAs(null, target, 1003)).code).toBe('UNAUTHENTICATED');
    expect(doubleBookingAudit(f.id)).toEqual([]);
    expect(rows(server, 'select id from operations where id = ? and version = ?', f.id, version)).toHaveLength(1);
  });
});

describe('planning a draft with named staff', () => {
  it('refuses the first invitation when the draft books its named officer twice unless confirmed; later invitations are not asked', async () => {
    const g = await createOperation(server, lead, { codename: 'Gnist', requestCmmAttendance: false }, 1100);
    await invite(server, lead, g.id, ['SKTST']);
    await nameLead(g.id, [officer.user.id]);
    // Drafts occupy no time: naming on it overlapping G is not a double booking yet.
    const h = await createOperation(server, lead, { codename: 'Havn', requestCmmAttendance: false }, 1102);
    const named = await nameLead(h.id, [officer.user.id]);
    expect(named.attendeeConflicts).toEqual([]);

    expect(refusal(await server.as(lead)(PlanOperationDocument, { id: h.id, codes: ['SKTST'] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'organisationCodes', rule: 'DOUBLE_BOOKING_NOT_CONFIRMED' });
    expect(refusal(await server.as(lead)(PlanOperationDocument, { id: h.id, codes: ['SKTST'], confirmDoubleBooking: true }))).toEqual({ code: 'BAD_USER_INPUT', field: 'doubleBookingReason', rule: 'DOUBLE_BOOKING_REASON_REQUIRED' });
    expect(refusal(await server.as(otherLead)(PlanOperationDocument, { id: h.id, codes: ['SKTST'], confirmDoubleBooking: true, doubleBookingReason: 'Forsøg' })).code).toBe('NOT_FOUND');
    expect(refusal(await server.as(leadCaseworker)(PlanOperationDocument, { id: h.id, codes: ['SKTST'], confirmDoubleBooking: true, doubleBookingReason: 'Forsøg' })).code).toBe('FORBIDDEN');
    expect(rows(server, "select id from operations where id = ? and state = 'DRAFT'", h.id)).toHaveLength(1);

    const planned = dataOf(await server.as(lead)(PlanOperationDocument, { id: h.id, codes: ['SKTST'], confirmDoubleBooking: true, doubleBookingReason: 'Samme hold, to adresser' }), 'inviteToOperation');
    expect(planned.state).toBe('PLANNED');
    expect(planned.attendeeConflicts.map((c) => c.operation?.id)).toEqual([g.id]);
    expect(doubleBookingAudit(h.id)).toHaveLength(1);
    // Inviting more organisations later changes nobody's time.
    dataOf(await server.as(lead)(PlanOperationDocument, { id: h.id, codes: ['AT'] }), 'inviteToOperation');
    expect(doubleBookingAudit(h.id)).toHaveLength(1);
  });
});
