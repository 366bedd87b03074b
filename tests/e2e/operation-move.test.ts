// Issue 14, journey 1 in a real browser: the lead moves an operation's time onto another operation
// her named officer is on; the API refuses, the page shows the double-booking warning and the
// confirmation with a reason (the naming form's), and the move goes through once confirmed. axe.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiToken, callApi, check, screenshotDir, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
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

async function planned(token: string, codename: string, startsAt: Date, userIds: string[]): Promise<string> {
  const input = {
    codename,
    objective: 'Kontrol af restauranter (opdigtet)',
    region: 'HOVEDSTADEN',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 6 * HOUR).toISOString(),
    targets: [{ address: 'Opdigtet Gade 3, 2200 København N' }],
  };
  const { createOperation } = await callApi<{ createOperation: { id: string } }>(serverUrl, CREATE, { input }, token);
  await callApi(serverUrl, INVITE, { id: createOperation.id }, token);
  await callApi(serverUrl, NAME, { id: createOperation.id, userIds }, token);
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

/** An instant as a datetime-local value in the browser's own time zone. */
const localValue = (iso: string) =>
  page.evaluate((value) => {
    const d = new Date(value);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, iso);

describe('journey 1: moving an operation double-books its officer', () => {
  it('warns when the API refuses, asks for the confirmation with a reason, and moves it then', async () => {
    const token = await apiToken(serverUrl, 'koordinator@kbhpol.demo');
    const me = (await callApi<{ me: { id: string } }>(serverUrl, ME, {}, token)).me.id;
    const base = new Date(Math.ceil((Date.now() + 300 * HOUR) / HOUR) * HOUR);
    await planned(token, 'Glente', base, [me]);
    const second = await planned(token, 'Musvåge', new Date(base.getTime() + 48 * HOUR), [me]);

    await page.goto(`/operations/${second}`);
    await signIn(page, 'koordinator@kbhpol.demo');
    const form = page.locator('[data-testid=move-operation]');
    await form.locator('summary').click();
    await form.locator('[name=startsAt]').fill(await localValue(new Date(base.getTime() + 2 * HOUR).toISOString()));
    await form.locator('[name=endsAt]').fill(await localValue(new Date(base.getTime() + 8 * HOUR).toISOString()));
    await form.locator('button[type=submit]').click();
    const warning = form.locator('[data-testid=move-double-booking-warning]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Dobbeltbooking');
    expectNoSeriousViolations(await check(page, '92-operation-move-double-booking'), 'move: double-booking warning');

    // Ticked without a reason: the rule's words at the reason.
    await form.locator('[data-testid=double-booking-confirm] input[name=confirmDoubleBooking]').check();
    await form.locator('button[type=submit]').click();
    await form.locator('.form-error-message', { hasText: 'begrundelse' }).waitFor();
    await form.screenshot({ path: path.join(screenshotDir, '94-operation-move-form.png') });
    await form.locator('[data-testid=double-booking-confirm] textarea[name=doubleBookingReason]').fill('Anklagemyndigheden har flyttet aktionen; betjenten deler dagen');
    await form.locator('button[type=submit]').click();
    await page.locator('[data-testid=attendee-conflicts]', { hasText: 'Glente' }).waitFor();
    expect(await form.locator('[data-testid=move-double-booking-warning]').count()).toBe(0);
    expectNoSeriousViolations(await check(page, '93-operation-moved'), 'move: confirmed');
    await signOut(page);
  });

  it('broke no CSP rule', () => {
    expect(cspViolations).toEqual([]);
  });
});
