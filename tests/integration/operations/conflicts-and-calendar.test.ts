// Scheduling: an organisation asked to attend operations whose time windows overlap sees the
// conflict on its invitation and on both operations; the calendar export (GET /operations/:id.ics)
// parsed with a real iCalendar parser, without targets or briefing point, 404 for others.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { createOperation, getOperation, invite, M, newActor, respond, rows, type TActor } from './operation-helpers.js';

let server: TTestServer;
let kbh: TActor; // KBHPOL coordinator
let fyn: TActor; // FYNPOL coordinator
let cmm: TActor; // CMM caseworker
let sktst: TActor;
let nsk: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  fyn = await newActor(server, 'FYNPOL', ['COORDINATOR', 'CASEWORKER']);
  cmm = await newActor(server, 'CMM', ['CASEWORKER']);
  sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  nsk = await newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR']);
});
afterAll(async () => {
  await server.close();
});

const codes = (list: Array<{ organisation: { code: string } }>) => list.map((c) => c.organisation.code);

describe('conflicts', () => {
  it('shows overlapping invitations on the invitation and on both operations, to those entitled', async () => {
    // Two operations by different leads, both inviting CMM; the windows overlap by 3 hours.
    const a = await createOperation(server, kbh, { codename: 'Nord', requestCmmAttendance: true }, 48);
    const b = await createOperation(server, fyn, { codename: 'Syd', requestCmmAttendance: true }, 51);
    // A third one later the same week does not overlap.
    const c = await createOperation(server, fyn, { codename: 'Senere', requestCmmAttendance: true }, 96);
    await invite(server, kbh, a.id, ['SKTST']);
    await invite(server, fyn, b.id, ['NSK']);
    await invite(server, fyn, c.id, ['NSK']);

    // The lead of A sees that CMM is engaged elsewhere, but not FYNPOL's operation.
    const aAsLead = await getOperation(server, kbh, a.id);
    expect(aAsLead.conflicts).toEqual([{ organisation: { code: 'CMM' }, operation: null }]);
    expect(aAsLead.invitations.find((i) => i.organisation.code === 'CMM')!.conflicts).toEqual([{ organisation: { code: 'CMM' }, operation: null }]);
    expect(aAsLead.invitations.find((i) => i.organisation.code === 'SKTST')!.conflicts).toEqual([]);
    // Both operations show it; CMM sees both and can tell which.
    const bAsLead = await getOperation(server, fyn, b.id);
    expect(codes(bAsLead.conflicts)).toEqual(['CMM']);
    const aAsCmm = await getOperation(server, cmm, a.id);
    expect(aAsCmm.myInvitation!.conflicts).toEqual([{ organisation: { code: 'CMM' }, operation: { id: b.id, codename: 'Syd' } }]);
    const bAsCmm = await getOperation(server, cmm, b.id);
    expect(bAsCmm.conflicts).toEqual([{ organisation: { code: 'CMM' }, operation: { id: a.id, codename: 'Nord' } }]);
    // SKTST, invited to A only, sees no one else's overlaps.
    expect((await getOperation(server, sktst, a.id)).conflicts).toEqual([]);
    expect((await getOperation(server, fyn, c.id)).conflicts).toEqual([]);

    // A declined invitation is no engagement: the conflict goes away.
    await respond(server, cmm, b.id, false);
    expect((await getOperation(server, kbh, a.id)).conflicts).toEqual([]);
    expect((await getOperation(server, cmm, a.id)).myInvitation!.conflicts).toEqual([]);
    // Accepting again brings it back; cancelling B ends it.
    await respond(server, cmm, b.id, true);
    expect(codes((await getOperation(server, kbh, a.id)).conflicts)).toEqual(['CMM']);
    await server.gql(M.cancel(), { id: b.id, reason: 'Called off' }, { token: fyn.token });
    expect((await getOperation(server, kbh, a.id)).conflicts).toEqual([]);
  });

  it('counts the lead’s own other operations and ignores drafts', async () => {
    const x = await createOperation(server, kbh, { codename: 'X', requestCmmAttendance: false }, 200);
    const y = await createOperation(server, fyn, { codename: 'Y', requestCmmAttendance: false }, 201);
    const draft = await createOperation(server, fyn, { codename: 'Draft', requestCmmAttendance: false }, 200);
    await invite(server, kbh, x.id, ['SKTST']);
    expect((await getOperation(server, fyn, draft.id)).conflicts).toEqual([]);
    await invite(server, fyn, y.id, ['KBHPOL']);
    // KBHPOL leads X and is invited to Y at the same time.
    expect((await getOperation(server, kbh, x.id)).conflicts).toEqual([{ organisation: { code: 'KBHPOL' }, operation: { id: y.id, codename: 'Y' } }]);
    expect((await getOperation(server, kbh, y.id)).myInvitation!.conflicts).toEqual([{ organisation: { code: 'KBHPOL' }, operation: { id: x.id, codename: 'X' } }]);
    expect((await getOperation(server, fyn, y.id)).conflicts).toEqual([{ organisation: { code: 'KBHPOL' }, operation: null }]);
  });
});

describe('GET /operations/:id.ics', () => {
  async function ics(id: string, token?: string) {
    const res = await fetch(`${server.url}/operations/${id}.ics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), text: await res.text() };
  }

  it('is a valid iCalendar event without targets or briefing point, for the lead and the invited', async () => {
    const op = await createOperation(server, kbh, { codename: 'Kalender', objective: 'Inspect three clinics' }, 30);
    await invite(server, kbh, op.id, ['SKTST']);
    for (const actor of [kbh, sktst, cmm]) {
      const res = await ics(op.id, actor.token);
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/^text\/calendar/);
      expect(res.cache).toBe('no-store');
      const calendar = new ICAL.Component(ICAL.parse(res.text));
      const events = calendar.getAllSubcomponents('vevent');
      expect(events).toHaveLength(1);
      const event = new ICAL.Event(events[0]!);
      expect(event.summary).toBe('Kalender');
      expect(event.uid).toBe(`${op.id}@samvirke`);
      expect(event.startDate.toJSDate().toISOString()).toBe(op.startsAt);
      expect(event.endDate.toJSDate().toISOString()).toBe(op.endsAt);
      expect(event.description).toContain('Inspect three clinics');
      expect(events[0]!.getFirstPropertyValue('status')).toBe('TENTATIVE');
      expect(events[0]!.getFirstPropertyValue('class')).toBe('CONFIDENTIAL');
      expect(res.text).not.toContain('Testvej');
      expect(res.text).not.toContain('Prøvegade');
      expect(res.text).not.toContain('Kolding police station');
    }
    expect(rows(server, "select seq from audit_events where action = 'OPERATION_EXPORT' and outcome = 'ALLOWED' and object_id = ?", op.id)).toHaveLength(3);
  });

  it('answers 404 to an organisation that may not see it (and for a draft), 401 without a token', async () => {
    const op = await createOperation(server, kbh, { codename: 'Skjult' }, 30);
    expect((await ics(op.id, sktst.token)).status).toBe(404);
    await invite(server, kbh, op.id, ['SKTST']);
    const refused = await ics(op.id, nsk.token);
    expect(refused.status).toBe(404);
    expect(refused.text).not.toContain('Skjult');
    expect((await ics('00000000-0000-4000-8000-000000000000', kbh.token)).status).toBe(404);
    expect((await ics(op.id)).status).toBe(401);
    expect((await ics(op.id, 'not-a-token')).status).toBe(401);
    expect(rows(server, "select seq from audit_events where action = 'OPERATION_EXPORT' and outcome = 'DENIED' and object_id = ?", op.id)).toHaveLength(2);
  });

  it('marks a cancelled operation CANCELLED', async () => {
    const op = await createOperation(server, kbh, { codename: 'Aflyst' }, 30);
    await server.gql(M.cancel(), { id: op.id, reason: 'Called off' }, { token: kbh.token });
    const calendar = new ICAL.Component(ICAL.parse((await ics(op.id, kbh.token)).text));
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});
