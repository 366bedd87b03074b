// Issue 14, CMM's hotline in a real browser: a CMM caseworker records a call from the police
// announcing a raid, without anyone's identity, and finds it in the list; someone outside CMM has
// no hotline. axe on each screen; screenshots kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations } from './support/actions.js';

const NOTE = 'Politiet varsler razzia på en massageklinik i morgen tidlig.';

let journey: TJourney | undefined;
let page: Page;
let cspViolations: string[];

beforeAll(async () => {
  journey = await startJourney();
  ({ page, cspViolations } = journey);
});

afterAll(async () => {
  await journey?.close();
});

describe('the hotline', () => {
  it('a CMM caseworker records an inquiry from Københavns Politi and sees it listed', async () => {
    await page.goto('/');
    await signIn(page, 'sagsbehandler@cmm.demo');
    await page.locator('nav.app-nav a', { hasText: 'Hotline' }).click();
    await page.locator('h1', { hasText: 'Hotline' }).waitFor();
    expectNoSeriousViolations(await check(page, '76-inquiries'), 'inquiries');
    await act(page, 'inq-record', { kind: 'ADVANCE_NOTICE_OF_OPERATION', callerOrganisationCode: 'KBHPOL', ledTo: 'NOTHING', note: NOTE });
    const row = page.locator('[data-testid=inquiry]', { hasText: NOTE });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Varsel om en aktion.*Københavns Politi.*Intet videre/);
    expectNoSeriousViolations(await check(page, '77-inquiry-recorded'), 'inquiry recorded');
  });

  it('a bad link is shown at its field and nothing is recorded', async () => {
    const before = await page.locator('[data-testid=inquiry]').count();
    await act(page, 'inq-record', { ledTo: 'REFERRAL' });
    await page.locator('[data-testid=inq-record] .form-error-message').first().waitFor();
    expect(await page.locator('[data-testid=inquiry]').count()).toBe(before);
    expectNoSeriousViolations(await check(page, '78-inquiry-error'), 'inquiry error');
  });

  it('outside CMM there is no hotline', async () => {
    await signOut(page);
    await signIn(page, 'koordinator@kbhpol.demo');
    await page.locator('nav.app-nav a', { hasText: 'Opgaver' }).waitFor();
    expect(await page.locator('nav.app-nav a', { hasText: 'Hotline' }).count()).toBe(0);
    expect(cspViolations).toEqual([]);
  });
});
