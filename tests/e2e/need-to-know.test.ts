// Need to know in the browser: the controller (CMM) grants and revokes access and records consent;
// an organisation with SUMMARY sees no personal field at all (absent from the DOM), asks for more,
// and uses emergency access with its warning and visible mark; the controller approves the request.
// Also the remaining screens: inbox, change password and the development mail page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiToken, callApi, check, signIn, signOut, startJourney, type TE2EServer, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations, visit } from './support/actions.js';

const NAME = 'Mirela Beskyttet';
const LOCATION = 'Lagerhal ved Kolding havn';

let journey: TJourney | undefined;
let server: TE2EServer;
let page: Page;
let referralId = '';

const api = <T>(query: string, variables: object, token?: string) => callApi<T>(server.url, query, variables, token);

beforeAll(async () => {
  journey = await startJourney();
  ({ server, page } = journey);
  const inspector = await apiToken(server.url, 'tilsyn@at.demo');
  const created = await api<{ createReferral: { id: string } }>(
    'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }',
    { input: { region: 'SYDDANMARK', suspectedExploitation: ['FORCED_LABOUR'], location: LOCATION, subject: { name: NAME, nationality: 'RO' } } },
    inspector,
  );
  referralId = created.createReferral.id;
  await api('mutation($id: ID!) { submitReferral(id: $id) { id } }', { id: referralId }, inspector);
});

afterAll(async () => {
  await journey?.close();
});

describe('need to know', () => {
  it('the controller grants SUMMARY to SIRI and OPERATIONAL to HJR, revokes HJR, and records consent', async () => {
    await page.goto(`/referrals/${referralId}`);
    await signIn(page, 'koordinator@cmm.demo');
    await page.locator('[data-testid=access-level]', { hasText: 'Fuld' }).waitFor();
    await act(page, 'grant-access', { organisationCode: 'SIRI', level: 'SUMMARY', purpose: 'INVESTIGATION', legalBasis: 'Udlændingelovens § 45 b' });
    await page.locator('[data-testid=grants]', { hasText: 'Styrelsen for International Rekruttering' }).waitFor();
    await page.locator('details', { has: page.locator('[data-testid=grant-access]') }).locator('summary').click();
    expectNoSeriousViolations(await check(page, '40-grant-access-form'), 'grant access form');
    await page.locator('[data-testid=grant-access] [name=organisationCode]').selectOption('HJR');
    await page.locator('[data-testid=grant-access] [name=level]').selectOption('OPERATIONAL');
    await page.locator('[data-testid=grant-access] [name=purpose]').selectOption('PREPARED_RETURN');
    await page.locator('[data-testid=grant-access] [name=legalBasis]').fill('Udlændingelovens § 33');
    await page.locator('[data-testid=grant-access] button[type=submit]').click();
    const hjr = page.locator('[data-testid=grants] li', { hasText: 'Hjemrejsestyrelsen' });
    await hjr.waitFor();
    await hjr.locator('summary').click();
    await hjr.locator('[name=reason]').fill('Ikke længere nødvendigt');
    await hjr.locator('button[type=submit]').click();
    await page.locator('[data-testid=grants] li', { hasText: 'Tilbagekaldt' }).waitFor();
    await act(page, 'record-consent', { toReferral: 'GIVEN', toDisclosure: 'REFUSED', note: 'Spurgt ved samtale med tolk' });
    await page.locator('[data-testid=access]', { hasText: 'Givet / Nægtet' }).waitFor();
    expectNoSeriousViolations(await check(page, '41-referral-grants'), 'referral with grants');
    await signOut(page);
  });

  it('SIRI sees no personal field at SUMMARY, asks for more, and uses emergency access visibly', async () => {
    await page.goto(`/referrals/${referralId}`);
    await signIn(page, 'kontrol@siri.demo');
    await page.locator('[data-testid=access-level]', { hasText: 'Overblik' }).waitFor();
    // The reason in Danish from its code (schema/access-reasons.ts), the purpose in words.
    await page.locator('[data-testid=access-reason]', { hasText: 'Din organisation har fået adgang med formålet efterforskning indtil' }).waitFor();
    expect(await page.getByTestId('access-reason').textContent()).toContain('efter Udlændingelovens § 45 b');
    const html = await page.content();
    expect(html).not.toContain(NAME);
    expect(html).not.toContain(LOCATION);
    expect(await page.getByText('Hvor personen blev mødt').count()).toBe(0);
    expectNoSeriousViolations(await check(page, '42-referral-summary'), 'referral at SUMMARY');

    await act(page, 'request-access', { level: 'OPERATIONAL', purpose: 'INVESTIGATION', legalBasis: 'Udlændingelovens § 45 b', reason: 'Vi skal kontakte personen om opholdsgrundlag' });
    await page.getByText('Anmodningen er sendt').waitFor();

    await page.locator('details', { has: page.locator('[data-testid=break-glass]') }).locator('summary').click();
    await page.getByText('Brugen logges og gennemgås af revisorer').waitFor();
    expectNoSeriousViolations(await check(page, '43-break-glass-warning'), 'break-glass warning');
    await page.locator('[data-testid=break-glass] [name=justification]').fill('Personen er i akut fare og skal findes i nat');
    await page.locator('[data-testid=break-glass] button[type=submit]').click();
    await page.locator('[data-testid=break-glass-mark]', { hasText: 'NØDADGANG aktiv' }).waitFor();
    await page.locator('[data-testid=access-level]', { hasText: 'Operationel' }).waitFor();
    await page.locator('[data-testid=access-reason]', { hasText: 'Du har brugt nødadgang: Operationel adgang til' }).waitFor();
    await page.getByText(LOCATION).waitFor();
    expect(await page.content()).not.toContain(NAME);
    expectNoSeriousViolations(await check(page, '44-break-glass-active'), 'break-glass active');
    await signOut(page);
  });

  it('the controller approves the request from the tasks page; inbox, password and development mail pages', async () => {
    await signIn(page, 'koordinator@cmm.demo');
    const request = page.locator('[data-testid=tasks-access-requests] a', { hasText: 'Styrelsen for International Rekruttering' });
    await request.waitFor();
    await request.click();
    await page.waitForURL(/\/access-requests\//);
    expectNoSeriousViolations(await check(page, '45-access-request'), 'access request');
    await act(page, 'approve');
    await page.locator('[data-testid=request-state]', { hasText: 'Godkendt' }).waitFor();

    await visit(page, '/notifications');
    await page.locator('[data-testid=inbox]').waitFor();
    const unread = Number((await page.locator('[data-testid=unread-count]').textContent())!.match(/\d+/)![0]);
    if (unread > 0) {
      await page.locator('[data-testid=inbox] button', { hasText: 'Markér som læst' }).first().click();
      await expect.poll(async () => Number((await page.locator('[data-testid=unread-count]').textContent())!.match(/\d+/)![0])).toBe(unread - 1);
    }
    expectNoSeriousViolations(await check(page, '46-inbox'), 'inbox');

    await visit(page, '/account/password');
    await page.locator('h1', { hasText: 'Skift adgangskode' }).waitFor();
    expectNoSeriousViolations(await check(page, '47-change-password'), 'change password');

    await visit(page, '/development/mail');
    await page.locator('h1', { hasText: 'Udviklingspost' }).waitFor();
    expectNoSeriousViolations(await check(page, '48-development-mail'), 'development mail');
    await signOut(page);
  });
});
