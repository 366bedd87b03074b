// Journey 1's interpreters and calendar feeds (issue 14): interpreters per language with provider
// and status (the older language list still works), an unconfirmed one on the lead's task list 24
// hours before the start; a personal feed URL with a secret stored only as a hash, serving the
// organisation's operations without targets, briefing point or persons, with VALARMs; rotated,
// revoked and unknown secrets 404; every fetch audited; the request log names the route only.
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateCalendarFeedDocument,
  MyCalendarFeedDocument,
  OperationPeopleDocument,
  RequestInterpreterDocument,
  RevokeCalendarFeedDocument,
  SetInterpreterStatusDocument,
  UnconfirmedInterpretersDocument,
} from '../../gql/generated/graphql.js';
import { startTestServer, type TGraphQLResponse, type TTestServer } from '../../support/test-server.js';
import { createOperation, dataOf, invite, M, moveClock, newActor, respond, rows, type TActor } from './operation-helpers.js';

let server: TTestServer;
let lead: TActor; // SSJYLPOL coordinator
let leadCaseworker: TActor;
let cmm: TActor; // CMM coordinator
let sktst: TActor;
let outsider: TActor; // FYNPOL coordinator
let analyst: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  lead = await newActor(server, 'SSJYLPOL', ['COORDINATOR']);
  leadCaseworker = await newActor(server, 'SSJYLPOL', ['CASEWORKER']);
  cmm = await newActor(server, 'CMM', ['COORDINATOR']);
  sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  outsider = await newActor(server, 'FYNPOL', ['COORDINATOR']);
  analyst = await newActor(server, 'CMM', ['ANALYST']);
});
afterAll(async () => {
  await server.close();
});

function refusal(res: TGraphQLResponse<unknown>) {
  const e = res.body.errors?.[0]?.extensions ?? {};
  return { code: e.code, field: e.field, rule: e.rule };
}

describe('interpreters', () => {
  it('turns the language list into interpreters, asks for more, records provider and status; the list form still works', async () => {
    const op = await createOperation(server, lead, { codename: 'Tolk', interpreterLanguages: ['th', 'ro'] }, 200);
    const first = dataOf(await server.as(lead)(OperationPeopleDocument, { id: op.id }), 'operation');
    expect(first.interpreters.map((i) => [i.language, i.status, i.provider])).toEqual([
      ['th', 'REQUESTED', null],
      ['ro', 'REQUESTED', null],
    ]);
    expect(first.interpreterLanguages).toEqual(['th', 'ro']);

    const asked = dataOf(await server.as(lead)(RequestInterpreterDocument, { operationId: op.id, language: 'BG', provider: 'Tolkebureau Syd (opdigtet)' }), 'requestInterpreter');
    const bg = asked.interpreters.find((i) => i.language === 'bg')!;
    expect(bg).toMatchObject({ status: 'REQUESTED', provider: 'Tolkebureau Syd (opdigtet)' });
    const th = asked.interpreters.find((i) => i.language === 'th')!;
    const confirmed = dataOf(await server.as(lead)(SetInterpreterStatusDocument, { operationId: op.id, interpreterId: th.id, status: 'CONFIRMED', provider: 'Tolkdanmark (opdigtet)' }), 'setInterpreterStatus');
    expect(confirmed.interpreters.find((i) => i.id === th.id)).toMatchObject({ status: 'CONFIRMED', provider: 'Tolkdanmark (opdigtet)' });
    // Sealed at rest.
    expect(JSON.stringify(rows(server, 'select provider from operation_interpreters where operation_id = ?', op.id))).not.toContain('Tolkdanmark');

    // The older list form: ro left out is cancelled, pl asked for; th stays confirmed.
    const updated = await server.gql(M.update('version interpreterLanguages'), { id: op.id, version: op.version, input: { interpreterLanguages: ['th', 'pl'] } }, { token: lead.token });
    expect(dataOf(updated as TGraphQLResponse<{ updateOperation: { interpreterLanguages: string[] } }>, 'updateOperation').interpreterLanguages.sort()).toEqual(['pl', 'th']);
    const after = dataOf(await server.as(lead)(OperationPeopleDocument, { id: op.id }), 'operation');
    expect(Object.fromEntries(after.interpreters.map((i) => [i.language, i.status]))).toEqual({ th: 'CONFIRMED', ro: 'CANCELLED', bg: 'CANCELLED', pl: 'REQUESTED' });
    // The invited see interpreters too (no persons in them).
    await invite(server, lead, op.id, ['SKTST']);
    expect(dataOf(await server.as(sktst)(OperationPeopleDocument, { id: op.id }), 'operation').interpreters).toHaveLength(4);
    expect(rows(server, "select seq from audit_events where object_id = ? and action in ('OPERATION_REQUEST_INTERPRETER', 'OPERATION_SET_INTERPRETER_STATUS') and outcome = 'ALLOWED'", op.id)).toHaveLength(2);
  });

  it('refuses bad input with the field, and anyone but the lead’s coordinators', async () => {
    const op = await createOperation(server, lead, { codename: 'TolkFejl', interpreterLanguages: ['th'], requestCmmAttendance: true }, 210);
    await invite(server, lead, op.id, ['SKTST']);
    const th = dataOf(await server.as(lead)(OperationPeopleDocument, { id: op.id }), 'operation').interpreters[0]!;
    expect(refusal(await server.as(lead)(RequestInterpreterDocument, { operationId: op.id, language: 'xx' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'language', rule: 'INVALID_LANGUAGE' });
    expect(refusal(await server.as(lead)(RequestInterpreterDocument, { operationId: op.id, language: 'th' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'language', rule: 'ALREADY_IN_EFFECT' });
    expect(refusal(await server.as(lead)(RequestInterpreterDocument, { operationId: op.id, language: 'ro', provider: 'x'.repeat(201) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provider', rule: 'TOO_LONG' });
    expect(refusal(await server.as(lead)(SetInterpreterStatusDocument, { operationId: op.id, interpreterId: 'nope', status: 'CONFIRMED' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'interpreterId', rule: 'UNKNOWN_REFERENCE' });
    expect((await server.gqlInput(SetInterpreterStatusDocument, { operationId: op.id, interpreterId: th.id, status: 'MAYBE' }, { token: lead.token })).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    for (const actor of [leadCaseworker, cmm, sktst]) {
      expect(refusal(await server.as(actor)(RequestInterpreterDocument, { operationId: op.id, language: 'ro' })).code).toBe('FORBIDDEN');
      expect(refusal(await server.as(actor)(SetInterpreterStatusDocument, { operationId: op.id, interpreterId: th.id, status: 'CONFIRMED' })).code).toBe('FORBIDDEN');
    }
    expect(refusal(await server.as(outsider)(RequestInterpreterDocument, { operationId: op.id, language: 'ro' })).code).toBe('NOT_FOUND');
    expect(refusal(await server.as(null)(RequestInterpreterDocument, { operationId: op.id, language: 'ro' })).code).toBe('UNAUTHENTICATED');
    expect(dataOf(await server.as(lead)(OperationPeopleDocument, { id: op.id }), 'operation').interpreters.map((i) => [i.language, i.status])).toEqual([['th', 'REQUESTED']]);
  });

  it('puts an unconfirmed interpreter on the lead’s task list from 24 hours before the start, until confirmed', async () => {
    const soon = await createOperation(server, lead, { codename: 'Snart', interpreterLanguages: ['uk'], requestCmmAttendance: false }, 30);
    await createOperation(server, lead, { codename: 'Senere', interpreterLanguages: ['uk'], requestCmmAttendance: false }, 60);
    await invite(server, lead, soon.id, ['SKTST']);
    const task = () => server.as(lead)(UnconfirmedInterpretersDocument).then((r) => dataOf(r, 'unconfirmedInterpreters').filter((t) => t.operation.codename === 'Snart' || t.operation.codename === 'Senere'));
    expect(await task()).toEqual([]);
    await moveClock(server, new Date(new Date(soon.startsAt).getTime() - 23 * 3_600_000).toISOString(), lead, leadCaseworker, outsider, sktst);
    const tasks = await task();
    expect(tasks.map((t) => [t.operation.codename, t.interpreter.language, t.interpreter.status])).toEqual([['Snart', 'uk', 'REQUESTED']]);
    // Not on anyone else's list; caseworkers do not have it.
    expect(dataOf(await server.as(outsider)(UnconfirmedInterpretersDocument), 'unconfirmedInterpreters').map((t) => t.operation.id)).not.toContain(soon.id);
    expect(refusal(await server.as(leadCaseworker)(UnconfirmedInterpretersDocument)).code).toBe('FORBIDDEN');
    await server.as(lead)(SetInterpreterStatusDocument, { operationId: soon.id, interpreterId: tasks[0]!.interpreter.id, status: 'CONFIRMED' });
    expect(await task()).toEqual([]);
  });
});

describe('calendar feeds', () => {
  async function fetchFeed(url: string) {
    const path = new URL(url).pathname;
    const res = await fetch(`${server.url}${path}`);
    return { status: res.status, type: res.headers.get('content-type'), cache: res.headers.get('cache-control'), text: await res.text() };
  }

  it('serves the organisation’s operations with no targets, briefing point or persons, with 24 h and 2 h alarms; every fetch audited', async () => {
    await moveClock(server, '2026-12-10T09:00:00Z', lead, cmm, sktst, outsider, leadCaseworker, analyst);
    const shown = await createOperation(server, lead, { codename: 'Feedet', objective: 'Hemmeligt formål', requestCmmAttendance: true }, 48);
    const declined = await createOperation(server, outsider, { codename: 'Afslået', requestCmmAttendance: true }, 48);
    await createOperation(server, lead, { codename: 'Kladde' }, 48);
    await invite(server, lead, shown.id, ['SKTST']);
    await invite(server, outsider, declined.id, ['SKTST']);
    await respond(server, cmm, shown.id, true, [cmm.user.id]);
    await respond(server, cmm, declined.id, false);

    expect((await server.as(cmm)(MyCalendarFeedDocument)).body.data?.myCalendarFeed).toBeNull();
    const created = dataOf(await server.as(cmm)(CreateCalendarFeedDocument), 'createCalendarFeed');
    expect(created.url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const secret = created.url.match(/calendar\/(.+)\.ics$/)![1]!;
    expect(dataOf(await server.as(cmm)(MyCalendarFeedDocument), 'myCalendarFeed')).toEqual({ createdAt: created.feed.createdAt });
    // Only the hash is stored.
    expect(JSON.stringify(rows(server, 'select * from calendar_feeds'))).not.toContain(secret);

    const feed = await fetchFeed(created.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(feed.cache).toBe('no-store');
    const calendar = new ICAL.Component(ICAL.parse(feed.text));
    const events = calendar.getAllSubcomponents('vevent');
    const summaries = events.map((e) => new ICAL.Event(e).summary);
    expect(summaries).toContain('Feedet');
    expect(summaries).not.toContain('Afslået');
    expect(summaries).not.toContain('Kladde');
    const event = events.find((e) => new ICAL.Event(e).summary === 'Feedet')!;
    expect(new ICAL.Event(event).startDate.toJSDate().toISOString()).toBe(shown.startsAt);
    const alarms = event.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger')));
    expect(alarms.sort()).toEqual(['-P1D', '-PT2H']);
    for (const secretText of ['Testvej', 'Prøvegade', 'Kolding police station', 'Hemmeligt formål', 'Test User']) expect(feed.text).not.toContain(secretText);

    const audit = rows<{ actor_user_id: string; details: string }>(server, "select actor_user_id, details from audit_events where action = 'CALENDAR_FEED_FETCH'");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_user_id).toBe(cmm.user.id);
    expect(JSON.stringify(rows(server, 'select * from audit_events'))).not.toContain(secret);
    // The request log names the route, never the secret.
    expect(server.logs.join('\n')).not.toContain(secret);
    expect(server.logs.some((line) => line.includes('/calendar/:secret.ics'))).toBe(true);
    await server.as(cmm)(RevokeCalendarFeedDocument);
  });

  it('answers 404 to a rotated, revoked or unknown secret, and to an owner no longer active', async () => {
    const first = dataOf(await server.as(sktst)(CreateCalendarFeedDocument), 'createCalendarFeed');
    expect((await fetchFeed(first.url)).status).toBe(200);
    const second = dataOf(await server.as(sktst)(CreateCalendarFeedDocument), 'createCalendarFeed');
    expect(second.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).status).toBe(404);
    expect((await fetchFeed(second.url)).status).toBe(200);
    expect(dataOf(await server.as(sktst)(RevokeCalendarFeedDocument), 'revokeCalendarFeed')).toBe(true);
    expect((await server.as(sktst)(RevokeCalendarFeedDocument)).body.data?.revokeCalendarFeed).toBe(false);
    expect((await fetchFeed(second.url)).status).toBe(404);
    expect((await server.as(sktst)(MyCalendarFeedDocument)).body.data?.myCalendarFeed).toBeNull();
    for (const path of ['/calendar/not-a-secret.ics', `/calendar/${'A'.repeat(43)}.ics`, '/calendar/.ics']) expect((await fetch(`${server.url}${path}`)).status).toBe(404);
    expect(rows(server, "select action from audit_events where action like 'CALENDAR_FEED_%' and actor_user_id = ? order by seq", sktst.user.id).map((r) => (r as { action: string }).action)).toEqual([
      'CALENDAR_FEED_CREATE',
      'CALENDAR_FEED_FETCH',
      'CALENDAR_FEED_CREATE',
      'CALENDAR_FEED_FETCH',
      'CALENDAR_FEED_REVOKE',
    ]);

    const gone = await newActor(server, 'SKTST', ['CASEWORKER']);
    const feed = dataOf(await server.as(gone)(CreateCalendarFeedDocument), 'createCalendarFeed');
    server.deps.sqlite.prepare('update users set active = 0 where id = ?').run(gone.user.id);
    expect((await fetchFeed(feed.url)).status).toBe(404);
  });

  it('is for those who work with operations: an analyst is FORBIDDEN, no one anonymous', async () => {
    expect(refusal(await server.as(analyst)(CreateCalendarFeedDocument)).code).toBe('FORBIDDEN');
    expect(refusal(await server.as(analyst)(MyCalendarFeedDocument)).code).toBe('FORBIDDEN');
    expect(refusal(await server.as(analyst)(RevokeCalendarFeedDocument)).code).toBe('FORBIDDEN');
    expect(refusal(await server.as(null)(CreateCalendarFeedDocument)).code).toBe('UNAUTHENTICATED');
    for (const actor of [lead, leadCaseworker]) {
      expect(dataOf(await server.as(actor)(CreateCalendarFeedDocument), 'createCalendarFeed').url).toContain('/calendar/');
    }
  });
});
