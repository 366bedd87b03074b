// Journey 1's people, interpreters and calendar feed in a real browser (issue 14): the lead names
// its officer on an operation overlapping another she is on, sees the double-booking warning, is
// refused without confirmation and saves with a reason; requests and confirms an interpreter; an
// unconfirmed interpreter close to the start is on her task list; she creates, copies, rotates
// and revokes her calendar feed, and the feed's address answers as it should. axe on each screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiToken, callApi, check, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
import { expectNoSeriousViolations } from './support/actions.js';

let journey: TJourney | undefined;
let page: Page;
let cspViolations: string[];
let serverUrl = '';

const HOUR = 3_600_000;
const CREATE = `mutation($input: CreateOperationInput!) { createOperation(input: $input) { id } }`;
const INVITE = `mutation($id: ID!) { inviteToOperation(id: $id, organisationCodes: ["SKTST"]) { id } }`;
const NAME = `mutation($id: ID!, $userIds: [ID!]!) { nameOperationAttendees(operationId: $id, userIds: $userIds) { id } }`;
const ME = `{ me { id } }`;

async function planned(token: string, codename: string, startsInHours: number, interpreterLanguages: string[] = []): Promise<string> {
  const startsAt = new Date(Date.now() + startsInHours * HOUR);
  const input = {
    codename,
    objective: 'Kontrol af byggepladser (opdigtet)',
    region: 'HOVEDSTADEN',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 6 * HOUR).toISOString(),
    targets: [{ address: 'Opdigtet Allé 7, 2300 København S' }],
    interpreterLanguages,
  };
  const { createOperation } = await callApi<{ createOperation: { id: string } }>(serverUrl, CREATE, { input }, token);
  await callApi(serverUrl, INVITE, { id: createOperation.id }, token);
  return createOperation.id;
}

beforeAll(async () => {
  journey = await startJourney();
  ({ page, cspViolations } = journey);
  serverUrl = journey.server.url;
});

afterAll(async () => {
  await journey?.close();
});

describe('journey 1: people, interpreters and the calendar feed', () => {
  let second = '';

  it('the lead names her officer on an overlapping operation: warned, refused without confirmation, saved with a reason', async () => {
    const token = await apiToken(serverUrl, 'koordinator@kbhpol.demo');
    const me = (await callApi<{ me: { id: string } }>(serverUrl, ME, {}, token)).me.id;
    const first = await planned(token, 'Spurv', 240);
    await callApi(serverUrl, NAME, { id: first, userIds: [me] }, token);
    second = await planned(token, 'Solsort', 243);

    await page.goto(`/operations/${second}`);
    await signIn(page, 'koordinator@kbhpol.demo');
    await page.locator('[data-testid=name-officers] summary').click();
    await page.locator('[data-testid=name-officers] label', { hasText: 'Karin Koordinator' }).click();
    const warning = page.locator('[data-testid=double-booking-warning]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Spurv');
    expectNoSeriousViolations(await check(page, '60-operation-double-booking-warning'), 'double-booking warning');

    // Without confirmation: refused, the rule's words at the field.
    await page.locator('[data-testid=name-officers] button[type=submit]').click();
    await page.locator('[data-testid=name-officers] .form-error-message', { hasText: 'bekræft dobbeltbookingen' }).waitFor();
    await page.locator('[data-testid=double-booking-confirm] input[name=confirmDoubleBooking]').check();
    await page.locator('[data-testid=double-booking-confirm] textarea[name=doubleBookingReason]').fill('Eneste koordinator med rumænsk; deler dagen');
    expectNoSeriousViolations(await check(page, '61-operation-double-booking-confirm'), 'double-booking confirmation');
    await page.locator('[data-testid=name-officers] button[type=submit]').click();
    await page.locator('[data-testid=lead-attendees]', { hasText: 'Karin Koordinator' }).waitFor();
    await page.locator('[data-testid=attendee-conflicts]', { hasText: 'Spurv' }).waitFor();
    expectNoSeriousViolations(await check(page, '62-operation-officers-named'), 'officers named');
  });

  it('requests an interpreter and records the provider’s confirmation', async () => {
    await page.locator('[data-testid=request-interpreter] summary').click();
    await page.locator('[data-testid=request-interpreter] [name=language]').fill('xx');
    await page.locator('[data-testid=request-interpreter] button[type=submit]').click();
    await page.locator('[data-testid=request-interpreter] .form-error-message').waitFor();
    await page.locator('[data-testid=request-interpreter] [name=language]').fill('ro');
    await page.locator('[data-testid=request-interpreter] [name=provider]').fill('Tolkebureau Øst (opdigtet)');
    await page.locator('[data-testid=request-interpreter] button[type=submit]').click();
    const row = page.locator('[data-testid=interpreters] li', { hasText: 'rumænsk' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Bestilt');
    await row.locator('summary').click();
    await row.locator('[name=status]').selectOption('CONFIRMED');
    expectNoSeriousViolations(await check(page, '63-operation-interpreters'), 'interpreters');
    await row.locator('button[type=submit]').click();
    await page.locator('[data-testid=interpreters] li', { hasText: 'Bekræftet' }).waitFor();
  });

  it('puts an unconfirmed interpreter close to the start on her task list', async () => {
    const token = await apiToken(serverUrl, 'koordinator@kbhpol.demo');
    await planned(token, 'Viber', 20, ['th']);
    await page.goto('/');
    await page.locator('[data-testid=tasks-interpreters] a', { hasText: 'Viber' }).waitFor();
    expect(await page.locator('[data-testid=tasks-interpreters]').textContent()).toContain('thai');
    expectNoSeriousViolations(await check(page, '64-tasks-interpreter'), 'task list with interpreter');
  });

  it('creates, copies, rotates and revokes her calendar feed; the address answers until it is replaced or stopped', async () => {
    await page.locator('[data-testid=nav-calendar]').click();
    await page.locator('[data-testid=feed-state]', { hasText: 'ikke et kalenderabonnement' }).waitFor();
    expectNoSeriousViolations(await check(page, '65-calendar-feed-none'), 'calendar feed (none)');
    await page.locator('[data-testid=feed-create]').click();
    const field = page.locator('[data-testid=feed-url]');
    await field.waitFor();
    const first = await field.inputValue();
    expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-testid=feed-copy]').click();
    await page.locator('[data-testid=feed-notice]').waitFor();
    expectNoSeriousViolations(await check(page, '66-calendar-feed-created'), 'calendar feed (created)');

    const fetched = await fetch(`${serverUrl}${new URL(first).pathname}`);
    expect(fetched.status).toBe(200);
    const text = await fetched.text();
    expect(text).toContain('Solsort');
    expect(text).toContain('BEGIN:VALARM');
    expect(text).not.toContain('Opdigtet Allé');
    expect(text).not.toContain('Karin');

    await page.locator('[data-testid=feed-rotate]').click();
    await page.waitForFunction((old) => (document.querySelector('[data-testid=feed-url]') as HTMLInputElement | null)?.value !== old, first);
    const second = await field.inputValue();
    expect((await fetch(`${serverUrl}${new URL(first).pathname}`)).status).toBe(404);
    expect((await fetch(`${serverUrl}${new URL(second).pathname}`)).status).toBe(200);
    await page.locator('[data-testid=feed-revoke]').click();
    await page.locator('[data-testid=feed-state]', { hasText: 'ikke et kalenderabonnement' }).waitFor();
    expect((await fetch(`${serverUrl}${new URL(second).pathname}`)).status).toBe(404);
    expectNoSeriousViolations(await check(page, '67-calendar-feed-revoked'), 'calendar feed (revoked)');
    expect(journey!.server.logs.join('\n')).not.toContain(new URL(second).pathname);
    await signOut(page);
  });

  it('broke no CSP rule', () => {
    expect(cspViolations).toEqual([]);
  });
});
