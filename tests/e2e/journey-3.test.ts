// Journey 3 (PRODUCT.md) in a real browser: a district's coordinator opens a case complex, links
// two of its referrals (from their pages) and a joint operation (from its page), and hands the
// complex over to NSK; NSK adds a suspect and records the charge; the prosecution (RA) records the
// indictment. axe on every new screen; screenshots kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check, signIn, signOut, startJourney, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations, visit } from './support/actions.js';

const COMPLEX = 'Netværk Havnefronten';
const SUSPECT = 'Opdigtet Mellemmand';

let journey: TJourney | undefined;
let page: Page;
let cspViolations: string[];
let complexPath = '';
const linkedReferences: string[] = [];

/** Yesterday in Copenhagen, as the date field takes it (a stage cannot be in the future). */
function yesterday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - 86_400_000));
}

async function openComplex(): Promise<void> {
  await page.locator('nav a', { hasText: 'Sagskomplekser' }).click();
  await page.locator('[data-testid=case-complex-table] a', { hasText: COMPLEX }).click();
  await page.locator('[data-testid=cc-access]').waitFor();
}

beforeAll(async () => {
  journey = await startJourney();
  ({ page, cspViolations } = journey);
});

afterAll(async () => {
  await journey?.close();
});

describe('journey 3: a case complex from a police district to NSK and the prosecution', () => {
  it('the district coordinator creates a complex, links two referrals and an operation, and hands it over to NSK', async () => {
    await page.goto('/');
    await signIn(page, 'koordinator@kbhpol.demo');
    await page.locator('nav a', { hasText: 'Sagskomplekser' }).click();
    await page.locator('[data-testid=case-complex-table]').waitFor();
    // The demo complex KBHPOL handed over to NSK is still seen, as its former lead.
    await page.locator('[data-testid=case-complex-table]', { hasText: 'Netværk Vestegnen' }).waitFor();
    expectNoSeriousViolations(await check(page, '60-case-complexes-list'), 'case complexes list');

    await act(page, 'cc-create', { name: COMPLEX, description: 'Opdigtet testsag: restauranter på havnen.' });
    await page.waitForURL(/\/case-complexes\/[0-9a-f-]+$/);
    complexPath = new URL(page.url()).pathname;
    await page.locator('[data-testid=cc-lead]', { hasText: 'Københavns Politi' }).waitFor();
    await page.locator('[data-testid=cc-access-level]', { hasText: 'Efterforskning' }).waitFor();
    expectNoSeriousViolations(await check(page, '61-case-complex-new'), 'new case complex');

    // Two sent referrals (a draft cannot be linked), each linked from its own page.
    for (const index of [0, 1]) {
      await visit(page, '/referrals');
      const link = page.locator('[data-testid=referral-table] tbody tr', { hasNotText: 'Kladde' }).nth(index).locator('a').first();
      linkedReferences.push((await link.textContent())!.trim());
      await link.click();
      await page.locator('[data-testid=referral-complexes]').waitFor();
      await act(page, 'cc-link', { caseComplexId: complexPath.split('/').pop()! });
      await page.locator('[data-testid=referral-complexes] li a', { hasText: COMPLEX }).waitFor();
      if (index === 0) expectNoSeriousViolations(await check(page, '62-referral-linked-to-complex'), 'referral with its complexes');
    }

    // The operation, from its page.
    await visit(page, '/operations');
    await page.locator('[data-testid=operation-table] a', { hasText: 'Nattevagt' }).click();
    await page.locator('[data-testid=link-to-complex]').waitFor();
    await act(page, 'cc-link', { caseComplexId: complexPath.split('/').pop()! });
    await page.locator('[data-testid=link-to-complex] .alert-success', { hasText: COMPLEX }).waitFor();
    expectNoSeriousViolations(await check(page, '63-operation-linked-to-complex'), 'operation linked to a complex');

    await page.locator('[data-testid=link-to-complex] .alert-success a').click();
    for (const reference of linkedReferences) await page.locator('[data-testid=cc-referrals]', { hasText: reference }).waitFor();
    await page.locator('[data-testid=cc-operations]', { hasText: 'Nattevagt' }).waitFor();
    await act(page, 'cc-hand-over', { to: 'NSK' });
    await page.locator('[data-testid=cc-lead]', { hasText: 'National enhed for Særlig Kriminalitet' }).waitFor();
    await page.locator('[data-testid=cc-timeline]', { hasText: 'Overdraget' }).waitFor();
    expectNoSeriousViolations(await check(page, '64-case-complex-handed-over'), 'complex after hand-over');

    // The former lead may no longer add suspects: the server refuses, and the refusal is shown.
    await act(page, 'cc-add-suspect', { name: 'Skal ikke gemmes' });
    await page.locator('[data-testid=cc-add-suspect] .alert-error').waitFor();
    await signOut(page);
  });

  it('NSK adds a suspect and records the charge', async () => {
    await signIn(page, 'efterforsker@nsk.demo');
    await openComplex();
    expect(new URL(page.url()).pathname).toBe(complexPath);
    await page.locator('[data-testid=cc-operations]', { hasText: 'Nattevagt' }).waitFor();
    // KBHPOL's referrals are linked, but NSK's access to them waits for their controller's approval:
    // each shows as a line saying so, never with its reference.
    const html = await page.content();
    const hidden = await page.locator('[data-testid=hidden-referral]').count();
    const shown = await page.locator('[data-testid=cc-referrals] li a').count();
    expect(hidden + shown).toBe(2);
    for (const reference of linkedReferences) if (hidden === 2) expect(html).not.toContain(reference);

    await act(page, 'cc-add-suspect', { name: SUSPECT, dateOfBirth: '1985-06-01', nationality: 'ro', roleInNetwork: 'Rekrutterer' });
    await page.locator('[data-testid=suspect]', { hasText: SUSPECT }).waitFor();
    await act(page, 'cc-record-event', { suspectId: await optionValue('cc-record-event', 'suspectId', SUSPECT), kind: 'CHARGED', provision: 'STRAFFELOVEN_262A', occurredOn: yesterday(), note: 'Sigtet efter anholdelse' });
    await page.locator('[data-testid=suspect]', { hasText: SUSPECT }).locator('[data-testid=current-stage]', { hasText: 'Sigtet' }).waitFor();
    expectNoSeriousViolations(await check(page, '65-case-complex-nsk-suspect'), 'complex with a suspect (NSK)');
    await signOut(page);
  });

  it('the prosecution (RA) records the indictment', async () => {
    await signIn(page, 'anklager@ra.demo');
    await openComplex();
    await page.locator('[data-testid=cc-access-level]', { hasText: 'Efterforskning' }).waitFor();
    await act(page, 'cc-record-event', { suspectId: await optionValue('cc-record-event', 'suspectId', SUSPECT), kind: 'INDICTED', provision: 'STRAFFELOVEN_262A', occurredOn: yesterday() });
    const suspect = page.locator('[data-testid=suspect]', { hasText: SUSPECT });
    await suspect.locator('[data-testid=current-stage]', { hasText: 'Tiltalt' }).waitFor();
    await suspect.locator('[data-testid=case-events]', { hasText: 'Rigsadvokaten' }).waitFor();
    expectNoSeriousViolations(await check(page, '66-case-complex-ra-indicted'), 'complex after the indictment (RA)');
    // English, one click away.
    await page.locator('.lang-switch').click();
    await suspect.locator('[data-testid=current-stage]', { hasText: 'Indicted' }).waitFor();
    await page.locator('.lang-switch').click();
    expect(cspViolations).toEqual([]);
  });
});

/** The value of a select's option by its label (the suspect's id, which the page never shows). */
async function optionValue(testId: string, name: string, label: string): Promise<string> {
  const details = page.locator('details', { has: page.locator(`[data-testid=${testId}]`) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  return page.locator(`[data-testid=${testId}] [name=${name}] option`, { hasText: label }).getAttribute('value').then((v) => v ?? '');
}
