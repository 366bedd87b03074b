// The operation-reminders job with a moved clock: 24 hours and 2 hours before the start to the
// attendees of every organisation that accepted (and the lead's coordinators), each exactly once
// however often the job runs; again for a new start time after the operation moved; and CMM's
// coordinators told once when an operation starting within 48 hours has no answer from CMM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { createOperation, dataOf, getOperation, invite, M, moveClock, newActor, respond, rows, type TActor } from './operation-helpers.js';
import { JobsDocument, RunJobDocument, UpdateOperationDocument } from '../../gql/generated/graphql.js';

const HOUR = 3_600_000;

let server: TTestServer;
let lead: TActor;
let leadCaseworker: TActor;
let cmmCoordinator: TActor;
let cmmAttendee: TActor;
let sktstAttendee: TActor;
let siri: TActor;
let admin: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  lead = await newActor(server, 'SSJYLPOL', ['COORDINATOR', 'CASEWORKER']);
  leadCaseworker = await newActor(server, 'SSJYLPOL', ['CASEWORKER']);
  cmmCoordinator = await newActor(server, 'CMM', ['COORDINATOR']);
  cmmAttendee = await newActor(server, 'CMM', ['CASEWORKER']);
  sktstAttendee = await newActor(server, 'SKTST', ['CASEWORKER']);
  siri = await newActor(server, 'SIRI', ['CASEWORKER']);
  admin = await newActor(server, 'CMM', ['ADMIN']);
});
afterAll(async () => {
  await server.close();
});

type TSummary = { reminders24h: number; reminders2h: number; cmmUnanswered: number };

async function runReminders(at?: Date): Promise<TSummary> {
  const res = await server.as(admin)(RunJobDocument, { name: 'operation-reminders', at: at?.toISOString() ?? null });
  const run = dataOf(res, 'runJob');
  expect(run.status).toBe('SUCCEEDED');
  return JSON.parse(run.summary ?? 'null') as TSummary;
}

function inbox(actor: TActor, kind: string): number {
  return rows<{ n: number }>(server, 'select count(*) n from notifications where user_id = ? and kind = ?', actor.user.id, kind)[0]!.n;
}

function inboxAll(kind: string): Record<string, number> {
  const actors = { lead, leadCaseworker, cmmCoordinator, cmmAttendee, sktstAttendee, siri };
  return Object.fromEntries(Object.entries(actors).map(([name, actor]) => [name, inbox(actor, kind)]));
}

describe('the operation-reminders job', () => {
  it('is registered, every five minutes', async () => {
    const res = await server.as(admin)(JobsDocument);
    expect(dataOf(res, 'jobs')).toContainEqual(expect.objectContaining({ name: 'operation-reminders', schedule: '*/5 * * * *' }));
  });

  it('reminds each accepted organisation’s attendees once at 24 h and once at 2 h, and again after the start moved', async () => {
    // Starts in 44 hours: inside the 48-hour window in which CMM must have answered.
    const created = await createOperation(server, lead, { requestCmmAttendance: true }, 44);
    await invite(server, lead, created.id, ['SKTST', 'SIRI']);
    const start = new Date(created.startsAt);

    // CMM has not answered: its coordinators (not its caseworkers) are told, once.
    expect(await runReminders(server.clock.now())).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 1 });
    expect(await runReminders(new Date(server.clock.now().getTime() + HOUR))).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    expect(inboxAll('OPERATION_CMM_ANSWER_MISSING')).toEqual({ lead: 0, leadCaseworker: 0, cmmCoordinator: 1, cmmAttendee: 0, sktstAttendee: 0, siri: 0 });

    await respond(server, cmmAttendee, created.id, true, [cmmAttendee.user.id]);
    await respond(server, sktstAttendee, created.id, true, [sktstAttendee.user.id]);
    await respond(server, siri, created.id, false);

    // 30 hours before: nothing is due yet.
    expect(await runReminders(new Date(start.getTime() - 30 * HOUR))).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    // 23 hours before: the 24-hour reminder, once however often the job runs.
    expect(await runReminders(new Date(start.getTime() - 23 * HOUR))).toEqual({ reminders24h: 1, reminders2h: 0, cmmUnanswered: 0 });
    expect(await runReminders(new Date(start.getTime() - 23 * HOUR + 5 * 60_000))).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    expect(await runReminders(new Date(start.getTime() - 3 * HOUR))).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    expect(inboxAll('OPERATION_REMINDER_24H')).toEqual({ lead: 1, leadCaseworker: 0, cmmCoordinator: 0, cmmAttendee: 1, sktstAttendee: 1, siri: 0 });

    // The server's own clock moves to 90 minutes before the start; the job runs on it (no pretend time), twice.
    await moveClock(server, new Date(start.getTime() - 90 * 60_000).toISOString(), admin, lead);
    expect(await runReminders()).toEqual({ reminders24h: 0, reminders2h: 1, cmmUnanswered: 0 });
    expect(await runReminders()).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    expect(inboxAll('OPERATION_REMINDER_2H')).toEqual({ lead: 1, leadCaseworker: 0, cmmCoordinator: 0, cmmAttendee: 1, sktstAttendee: 1, siri: 0 });

    // The operation moves three days later: the reminders are armed again for the new start.
    const current = await getOperation(server, lead, created.id);
    const moved = new Date(start.getTime() + 72 * HOUR);
    const update = await server.as(lead)(UpdateOperationDocument, {
      id: created.id,
      version: current.version,
      input: { startsAt: moved.toISOString(), endsAt: new Date(moved.getTime() + 6 * HOUR).toISOString() },
    });
    expect(dataOf(update, 'updateOperation').startsAt).toBe(moved.toISOString());
    expect(inbox(cmmAttendee, 'OPERATION_CHANGED')).toBe(1);
    expect(await runReminders(new Date(moved.getTime() - 20 * HOUR))).toEqual({ reminders24h: 1, reminders2h: 0, cmmUnanswered: 0 });
    expect(await runReminders(new Date(moved.getTime() - 19 * HOUR))).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    expect(await runReminders(new Date(moved.getTime() - HOUR))).toEqual({ reminders24h: 0, reminders2h: 1, cmmUnanswered: 0 });
    expect(await runReminders(new Date(moved.getTime() - HOUR / 2))).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    expect(inboxAll('OPERATION_REMINDER_24H')).toMatchObject({ cmmAttendee: 2, sktstAttendee: 2, siri: 0 });
    expect(inboxAll('OPERATION_REMINDER_2H')).toMatchObject({ cmmAttendee: 2, sktstAttendee: 2, siri: 0 });
    // After the start nothing more is sent.
    expect(await runReminders(new Date(moved.getTime() + HOUR))).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
    // Each notice is one row and one audit record; the mail says only the kind and the link.
    expect(rows(server, 'select kind from operation_notices where operation_id = ?', created.id)).toHaveLength(5);
    expect(rows(server, "select seq from audit_events where action = 'OPERATION_NOTICE' and object_id = ?", created.id)).toHaveLength(5);
    const links = rows<{ link: string }>(server, "select distinct link from outbox where kind like 'OPERATION_REMINDER%'").map((r) => r.link);
    expect(links).toEqual([`/operations/${created.id}`]);
  });

  it('sends nothing for cancelled operations, drafts, or when CMM has answered', async () => {
    await moveClock(server, '2026-12-10T09:00:00Z', admin, lead, sktstAttendee, cmmAttendee);
    const cancelled = await createOperation(server, lead, { requestCmmAttendance: true }, 20);
    await invite(server, lead, cancelled.id, ['SKTST']);
    await respond(server, sktstAttendee, cancelled.id, true, [sktstAttendee.user.id]);
    await server.gql(M.cancel(), { id: cancelled.id, reason: 'Called off' }, { token: lead.token });
    await createOperation(server, lead, { requestCmmAttendance: true }, 20);
    const answered = await createOperation(server, lead, { requestCmmAttendance: true }, 40);
    await invite(server, lead, answered.id, ['SKTST']);
    await respond(server, cmmAttendee, answered.id, false);
    expect(await runReminders()).toEqual({ reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 });
  });
});
