// Journey 4 (PRODUCT.md) in a real browser: the Syddanmark reference group's member opens the
// region's review, sees the small counts suppressed and marked (with the one-line explanation),
// adds a note, and is refused another region. axe on each screen; screenshots kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check, signIn, startJourney, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations } from './support/actions.js';

const NOTE = 'Gruppen anbefaler, at kvitteringsfristen følges op i næste kvartal.';

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

describe('journey 4: a reference group reviews its region', () => {
  it('referencegruppe@syd.demo opens the Syddanmark review and sees the suppressed cells marked', async () => {
    await page.goto('/');
    await signIn(page, 'referencegruppe@syd.demo');
    // The menu by role: the review, no referrals, operations or case complexes.
    const nav = page.locator('nav.app-nav');
    await nav.locator('a', { hasText: 'Referencegruppe' }).waitFor();
    expect(await nav.locator('a', { hasText: 'Henvisninger' }).count()).toBe(0);
    expect(await nav.locator('a', { hasText: 'Sagskomplekser' }).count()).toBe(0);
    await nav.locator('a', { hasText: 'Referencegruppe' }).click();
    await page.locator('[data-testid=by-state]').waitFor();
    await page.locator('h2', { hasText: 'Region Syddanmark' }).waitFor();
    await page.locator('[data-testid=suppression-note]', { hasText: '<3' }).waitFor();
    const small = page.locator('[data-suppression=SMALL]');
    expect(await small.count()).toBeGreaterThan(0);
    // A suppressed cell shows "<3" or "x", never the count behind it, and says why to a screen reader.
    for (const text of await small.allTextContents()) expect(text).toMatch(/^<3 \(/);
    for (const text of await page.locator('[data-suppression=COMPLEMENTARY]').allTextContents()) expect(text).toMatch(/^x \(/);
    await page.locator('[data-testid=medians]').waitFor();
    await page.locator('[data-testid=overdue]').waitFor();
    expectNoSeriousViolations(await check(page, '70-reference-group-review'), 'reference group review');
  });

  it('adds a note, which stays with the review', async () => {
    await act(page, 'rg-add-note', { text: NOTE });
    await page.locator('[data-testid=note]', { hasText: NOTE }).waitFor();
    await page.locator('[data-testid=note]', { hasText: 'Rasmus Referencegruppe' }).first().waitFor();
    expectNoSeriousViolations(await check(page, '71-reference-group-note'), 'review with a note');
  });

  it('cannot open another region: the refusal is shown and no figure of it', async () => {
    await page.locator('[data-testid=rg-choose] [name=region]').selectOption('HOVEDSTADEN');
    await page.locator('[data-testid=rg-choose] button[type=submit]').click();
    await page.locator('[data-testid=rg-refused]', { hasText: 'Din referencegruppe gennemgår ikke denne region' }).waitFor();
    expect(await page.locator('[data-testid=by-state]').count()).toBe(0);
    expect(await page.locator('h2', { hasText: 'Region Hovedstaden' }).count()).toBe(0);
    expectNoSeriousViolations(await check(page, '72-reference-group-refused'), 'another region refused');
    // English too.
    await page.locator('.lang-switch').click();
    await page.locator('[data-testid=rg-refused]', { hasText: 'Your reference group does not review this region' }).waitFor();
    await page.locator('.lang-switch').click();
    expect(cspViolations).toEqual([]);
  });
});
