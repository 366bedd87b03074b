// Issue 14, journey 4 in a real browser: the Syddanmark group's member picks a period, reads the
// process figures, goes through the referrals one by one without identity, notes one of them as a
// recommendation to the national group; CMM's coordinator sees it in the whole-country review.
// axe on each screen; screenshots kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations } from './support/actions.js';

const NOTE = 'Anbefaling: kvitteringsfristen overholdes ikke i landbruget.';

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

describe('the case-level review', () => {
  it('the member chooses the year so far and sees the process figures and the case list without identity', async () => {
    await page.goto('/');
    await signIn(page, 'referencegruppe@syd.demo');
    await page.locator('nav.app-nav a', { hasText: 'Referencegruppe' }).click();
    await page.locator('[data-testid=by-state]').waitFor();
    await page.locator('[data-testid=rg-choose] [name=period]').selectOption('YEAR_TO_DATE');
    await page.locator('[data-testid=rg-choose] button[type=submit]').click();
    await page.locator('h2', { hasText: /Region Syddanmark · 1\. jan/ }).waitFor();
    // The process is shown whatever its size; what describes the persons is not.
    expect(await page.locator('[data-testid=by-state] [data-suppression]').count()).toBe(0);
    await page.locator('[data-testid=by-gender][data-personal=true]').waitFor();
    await page.locator('[data-testid=deadlines]').waitFor();
    const rows = page.locator('[data-testid=review-case]');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    const table = (await page.locator('[data-testid=cases] table').textContent()) ?? '';
    expect(table).toMatch(/P-/);
    expect(table).not.toMatch(/Kvinde|Mand|Rumænien|18–24|25–34/);
    expectNoSeriousViolations(await check(page, '73-review-cases'), 'review case list');
  });

  it('notes a case as a recommendation to the national group; it is listed with the case and among the recommendations', async () => {
    const reference = (await page.locator('[data-testid=review-case] td').first().textContent())!.trim();
    await act(page, `rv-case-note-${reference}`, { text: NOTE, kind: 'RECOMMENDATION' });
    await page.locator('[data-testid=case-notes] [data-testid=note]', { hasText: NOTE }).waitFor();
    await page.locator('[data-testid=recommendation-list] [data-testid=note][data-recommendation=true]', { hasText: NOTE }).waitFor();
    expectNoSeriousViolations(await check(page, '74-review-case-note'), 'review with a case note');
  });

  it('CMM’s coordinator sees the recommendation in the whole-country review, and writes no notes', async () => {
    await signOut(page);
    await signIn(page, 'koordinator@cmm.demo');
    await page.locator('nav.app-nav a', { hasText: 'Referencegruppe' }).click();
    await page.locator('h2', { hasText: 'Hele landet' }).waitFor();
    await page.locator('[data-testid=recommendation-list] [data-testid=note]', { hasText: NOTE }).waitFor();
    await page.locator('[data-testid=recommendation-list]', { hasText: 'Syddanmark' }).waitFor();
    expect(await page.locator('[data-testid=rg-add-note]').count()).toBe(0);
    expectNoSeriousViolations(await check(page, '75-review-whole-country'), 'whole-country review');
    expect(cspViolations).toEqual([]);
  });
});
