// Journey 2 (PRODUCT.md) in a real browser: a labour inspector refers a possible victim of forced
// labour; CMM acknowledges, interviews, assesses, starts and extends the reflection period and
// closes; the inspector follows the progress and never sees the grounds.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { check, launchBrowser, newPage, signIn, signOut, startServer, type TE2EServer } from './support/harness.js';
import { act, expectNoSeriousViolations, expectState, inDays } from './support/actions.js';

const GROUNDS = 'Grounds-7731: consistent account of debt bondage and confiscated passport';
const NAME = 'Ionela Testperson';

let server: TE2EServer;
let browser: Browser;
let profile: string;
let page: Page;
let consoleLines: string[];
let cspViolations: string[];
let referralPath = '';

beforeAll(async () => {
  server = await startServer();
  ({ browser, profile } = await launchBrowser());
  ({ page, consoleLines, cspViolations } = await newPage(browser, server.url));
});

afterAll(async () => {
  await browser?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  await server?.close();
});

describe('journey 2: a forced-labour referral from inspection to closure', () => {
  it('the inspector signs in (Danish by default) and refers, the draft saved as they write', async () => {
    await page.goto('/');
    await page.locator('input[name=email]').waitFor();
    expect(await page.title()).toBe('Log ind – Samvirke');
    expectNoSeriousViolations(await check(page, '01-sign-in'), 'sign-in');

    await page.getByLabel('E-mail').fill('tilsyn@at.demo');
    await page.getByLabel(/^Adgangskode/).fill('wrong-password-123');
    await page.locator('form button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=sign-in-error]').textContent()).toContain('E-mail eller adgangskode er forkert');
    expectNoSeriousViolations(await check(page, '02-sign-in-wrong-password'), 'sign-in error');

    await signIn(page, 'tilsyn@at.demo');
    await page.locator('h1', { hasText: 'Dine opgaver' }).waitFor();
    expectNoSeriousViolations(await check(page, '03-tasks-inspector'), 'tasks');

    await page.locator('nav a', { hasText: 'Henvisninger' }).click();
    await page.locator('h1', { hasText: 'Henvisninger' }).waitFor();
    expectNoSeriousViolations(await check(page, '04-referrals-list'), 'referrals list');

    await page.locator('a', { hasText: 'Ny henvisning' }).first().click();
    await page.getByLabel('Region', { exact: false }).first().selectOption('SYDDANMARK');
    expectNoSeriousViolations(await check(page, '05-referral-new'), 'new referral');
    await page.getByLabel('Tvangsarbejde').check();
    // Region and a suspected form are what a draft needs: the server now keeps it.
    await page.waitForURL(/\/referrals\/[0-9a-f-]+\/edit$/);
    await page.locator('[name=sector]').selectOption('CONSTRUCTION');
    await page.locator('[name=location]').fill('Byggeplads ved Vejle');
    await page.locator('[name=name]').fill(NAME);
    await page.locator('[name=nationality]').fill('RO');
    await page.locator('[name=narrative]').fill('Arbejder 14 timer om dagen, pas inddraget af arbejdsgiver.');
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
    expectNoSeriousViolations(await check(page, '06-referral-draft'), 'draft form');
    // Nothing personal in the URL or the title.
    expect(page.url()).not.toContain('Ionela');
    expect(await page.title()).not.toContain('Ionela');

    await page.locator('[data-testid=submit-referral]').click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]+$/);
    await expectState(page, 'Sendt');
    referralPath = new URL(page.url()).pathname;
    expectNoSeriousViolations(await check(page, '07-referral-submitted'), 'referral detail (referrer)');
    await signOut(page);
  });

  it('CMM acknowledges, interviews, assesses, starts and extends the reflection period, and closes', async () => {
    await signIn(page, 'sagsbehandler@cmm.demo');
    const task = page.locator('[data-testid=tasks-acknowledge] a', { hasText: /HEN-/ });
    await task.first().waitFor();
    expectNoSeriousViolations(await check(page, '08-tasks-cmm'), 'tasks (CMM)');
    // The outbox job's tick (a cron minute in the demo): the referral's notification mail is "sent"
    // into the development mailbox, which the footer links to; its link opens the referral.
    await server.deps.outbox.deliverDue(server.clock.now());
    await page.locator('a.dev-mail-link').click();
    const mail = page.locator('[data-testid=mailbox] tr', { hasText: 'sagsbehandler@cmm.demo' }).filter({ has: page.locator(`a[href="${referralPath}"]`) });
    await mail.first().waitFor();
    expect(await page.content()).not.toContain(NAME);
    expectNoSeriousViolations(await check(page, '08b-development-mail'), 'development mail');
    await mail.first().locator(`a[href="${referralPath}"]`).click();
    await page.waitForURL((url) => url.pathname === referralPath);
    await expectState(page, 'Sendt');
    expectNoSeriousViolations(await check(page, '09-referral-cmm-received'), 'referral detail (CMM)');

    await act(page, 'action-acknowledge');
    await expectState(page, 'Modtaget');
    await act(page, 'action-schedule', { at: inDays(2) });
    await expectState(page, 'Under vurdering');
    await act(page, 'action-assess', { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: GROUNDS });
    await expectState(page, 'Vurderet');
    await page.locator('[data-testid=grounds]', { hasText: 'Grounds-7731' }).waitFor();
    await act(page, 'action-reflection-start', { days: '30' });
    await expectState(page, 'I støtteforløb');
    await act(page, 'action-reflection-extend', { days: '30', reason: 'Behov for mere tid til at træffe beslutning' });
    await page.locator('[data-testid=reflection]', { hasText: '60' }).waitFor();
    expectNoSeriousViolations(await check(page, '10-referral-in-support'), 'referral in support');
    await act(page, 'action-close', { outcome: 'PREPARED_RETURN', note: 'Forberedt hjemrejse aftalt' });
    await expectState(page, 'Afsluttet');
    expectNoSeriousViolations(await check(page, '11-referral-closed-cmm'), 'closed referral (CMM)');
    await signOut(page);
  });

  it('the inspector sees the progress and never the grounds, in Danish and English', async () => {
    // A deep link (as in a notification mail) opened while signed out: sign-in, then the page.
    await page.goto(referralPath);
    await signIn(page, 'tilsyn@at.demo');
    await expectState(page, 'Afsluttet');
    await page.locator('[data-testid=timeline]', { hasText: 'Refleksionsperiode forlænget' }).waitFor();
    await page.locator('[data-testid=assessment]').waitFor();
    const html = await page.content();
    expect(html).not.toContain('Grounds-7731');
    expect(await page.locator('[data-testid=grounds]').count()).toBe(0);
    expectNoSeriousViolations(await check(page, '12-referral-closed-inspector-da'), 'referral (inspector, Danish)');

    await page.locator('button.lang-switch').click();
    await expectState(page, 'Closed');
    await page.locator('[data-testid=timeline]', { hasText: 'Reflection period extended' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Referral – Samvirke');
    expectNoSeriousViolations(await check(page, '13-referral-closed-inspector-en'), 'referral (inspector, English)');
    // The language choice is the only thing in browser storage.
    const storage = await page.evaluate(() => ({ ...localStorage, ...sessionStorage }));
    expect(storage).toEqual({ 'samvirke.lang': 'en' });
    await page.locator('button.lang-switch').click();
    await expectState(page, 'Afsluttet');

    await signOut(page);
    // Signed out: nothing of the referral is left in the page, and the session cannot come back.
    expect(await page.content()).not.toContain(NAME);
    await page.goto(referralPath);
    await page.locator('input[name=email]').waitFor();
    expect(await page.content()).not.toContain('HEN-');
  });

  it('wrote nothing personal to the console and broke no CSP rule', () => {
    expect(cspViolations).toEqual([]);
    expect(consoleLines.join('\n')).not.toContain(NAME);
    expect(consoleLines.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  });
});
