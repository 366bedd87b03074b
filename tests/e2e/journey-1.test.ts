// Journey 1 (PRODUCT.md) in a real browser: a police coordinator plans a raid with CMM attendance
// and invites SKTST; SKTST sees neither the addresses nor the briefing point before accepting
// (not in the page's HTML at all), accepts naming an attendee, then sees them; the .ics downloads.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations, inDays } from './support/actions.js';

const ADDRESS = 'Testvej 99, 2300 København S';
const BRIEFING = 'Gården bag Politigården, port 3';

let journey: TJourney | undefined;
let page: Page;
let cspViolations: string[];
let operationPath = '';

beforeAll(async () => {
  journey = await startJourney();
  ({ page, cspViolations } = journey);
});

afterAll(async () => {
  await journey?.close();
});

describe('journey 1: a joint operation planned, invited, accepted', () => {
  it('the police coordinator plans a raid with CMM attendance and invites SKTST', async () => {
    await page.goto('/operations');
    await signIn(page, 'koordinator@kbhpol.demo');
    await page.locator('[data-testid=operation-table]').waitFor();
    expectNoSeriousViolations(await check(page, '20-operations-list'), 'operations list');
    await page.locator('.view-switch a', { hasText: 'Uge' }).click();
    await page.locator('[data-testid=week]').waitFor();
    expectNoSeriousViolations(await check(page, '21-operations-week'), 'operations week');

    await page.locator('a', { hasText: 'Planlæg fælles aktion' }).click();
    await page.locator('[data-testid=operation-form]').waitFor();
    await page.locator('[name=codename]').fill('Nattergal');
    await page.locator('[name=objective]').fill('Kontrol af byggepladser med mistanke om tvangsarbejde');
    await page.locator('[name=region]').selectOption('HOVEDSTADEN');
    await page.locator('[name=sector]').selectOption('CONSTRUCTION');
    await page.locator('[name=startsAt]').fill(inDays(3, 6));
    await page.locator('[name=endsAt]').fill(inDays(3, 14));
    await page.locator('[name=briefingPoint]').fill(BRIEFING);
    await page.locator('[name=targets]').fill(ADDRESS);
    await page.locator('[name=requestCmmAttendance]').check();
    await page.locator('[name=interpreterLanguages]').fill('ro, bg');
    expectNoSeriousViolations(await check(page, '22-operation-plan-form'), 'planning form');
    await page.locator('[data-testid=operation-form] button[type=submit]').click();
    await page.waitForURL(/\/operations\/[0-9a-f-]+$/);
    operationPath = new URL(page.url()).pathname;
    await page.locator('[data-testid=operation-state]', { hasText: 'Kladde' }).waitFor();

    await page.locator('[data-testid=invite] summary').click();
    await page.locator('[data-testid=invite] input[value=SKTST]').check();
    expectNoSeriousViolations(await check(page, '23-operation-invite'), 'invite');
    await page.locator('[data-testid=invite] button[type=submit]').click();
    await page.locator('[data-testid=operation-state]', { hasText: 'Planlagt' }).waitFor();
    await page.locator('[data-testid=invitations]', { hasText: 'Skattestyrelsen' }).waitFor();
    await page.locator('[data-testid=invitations]', { hasText: 'Center mod Menneskehandel' }).waitFor();
    await page.locator('[data-testid=targets]', { hasText: ADDRESS }).waitFor();
    expectNoSeriousViolations(await check(page, '24-operation-planned-lead'), 'operation (lead)');
    await signOut(page);
  });

  it('SKTST sees no address before accepting, accepts naming an attendee, then sees it and downloads the .ics', async () => {
    await signIn(page, 'kontrol@sktst.demo');
    const invitation = page.locator('[data-testid=tasks-invitations] a', { hasText: 'Nattergal' });
    await invitation.waitFor();
    await invitation.click();
    await page.locator('[data-testid=respond]').waitFor();
    await page.locator('[data-testid=hidden-until-accept]').waitFor();
    const before = await page.content();
    expect(before).not.toContain('Testvej');
    expect(before).not.toContain(BRIEFING);
    expectNoSeriousViolations(await check(page, '25-operation-invited'), 'operation (invited)');

    await page.locator('[data-testid=respond] label', { hasText: 'Søren Kontrol' }).click();
    await page.locator('[data-testid=accept]').click();
    await page.locator('[data-testid=targets]', { hasText: ADDRESS }).waitFor();
    await page.locator('[data-testid=briefing-point]', { hasText: BRIEFING }).waitFor();
    await page.locator('[data-testid=invitations]', { hasText: 'Søren Kontrol' }).waitFor();
    expectNoSeriousViolations(await check(page, '26-operation-accepted'), 'operation (accepted)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=ics]').click()]);
    expect(download.suggestedFilename()).toMatch(/^operation-[0-9a-f-]+\.ics$/);
    const ics = fs.readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('Nattergal');
    expect(new URL(page.url()).pathname).toBe(operationPath);
    await signOut(page);
  });

  it('the lead confirms, starts, refers a person met during it, records the outcome and completes', async () => {
    await page.goto(operationPath);
    await signIn(page, 'koordinator@kbhpol.demo');
    await act(page, 'op-confirm');
    await page.locator('[data-testid=operation-state]', { hasText: 'Bekræftet' }).waitFor();
    await act(page, 'op-start');
    await page.locator('[data-testid=operation-state]', { hasText: 'I gang' }).waitFor();

    await page.locator('a', { hasText: 'Ny henvisning fra denne aktion' }).click();
    await page.locator('[name=region]').selectOption('HOVEDSTADEN');
    await page.getByLabel('Tvangsarbejde').check();
    await page.waitForURL(/\/referrals\/[0-9a-f-]+\/edit$/);
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
    await page.locator('[data-testid=submit-referral]').click();
    await page.locator('[data-testid=referral-state]', { hasText: 'Sendt' }).waitFor();
    await page.locator('[data-testid=operation-link]').click();
    await page.waitForURL(new RegExp(`${operationPath}$`));
    await page.locator('[data-testid=operation-referrals] a', { hasText: /HEN-/ }).waitFor();

    await act(page, 'op-outcome', { personsEncountered: '12', possibleVictimsSpokenWith: '3', arrests: '1', findings: 'Fem personer uden kontrakt' });
    await page.locator('[data-testid=outcomes]', { hasText: '12 personer' }).waitFor();
    await act(page, 'op-complete');
    await page.locator('[data-testid=operation-state]', { hasText: 'Gennemført' }).waitFor();
    await page.locator('[data-testid=outcomes]', { hasText: '1 henvisninger' }).waitFor();
    expectNoSeriousViolations(await check(page, '27-operation-completed'), 'operation completed');
    await signOut(page);
  });

  it('broke no CSP rule', () => {
    expect(cspViolations).toEqual([]);
  });
});
