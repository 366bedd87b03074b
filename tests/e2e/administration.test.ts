// Administration in the browser: admin@samvirke.demo creates a user, deactivates and reactivates
// them, sends a password-reset link; the user opens the link from the development mailbox in their
// own browser, sets a new password and signs in with it, and the link is refused a second time;
// the user enrols a second factor on their own page (the test computes the code from the secret
// shown), the administrator resets it; reference-group membership. axe and a screenshot on each screen.
import fs from 'node:fs';
import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { act, expectNoSeriousViolations } from './support/actions.js';
import { check, launchBrowser, newPage, signIn, signOut, startServer, type TE2EServer } from './support/harness.js';

let server: TE2EServer;
let browser: Browser;
let profile: string;

beforeAll(async () => {
  server = await startServer();
  ({ browser, profile } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  await server?.close();
});

const NAME = 'Nanna Nybruger';
const EMAIL = 'nanna.nybruger@sktst.demo';
const FIRST_PASSWORD = 'midlertidig-adgangskode-1';
const NEW_PASSWORD = 'helt-ny-adgangskode-2026';

function row(page: Page) {
  return page.locator('[data-testid=user-row]', { hasText: EMAIL });
}

async function notice(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[data-testid=admin-notice]', { hasText: text }).waitFor({ timeout: 10_000 });
}

describe('administration', () => {
  it('users, password reset by link, own second factor, reference-group membership', async () => {
    const admin = await newPage(browser, server.url);
    const page = admin.page;
    await page.goto('/');
    await signIn(page, 'admin@samvirke.demo');
    await page.locator('nav a', { hasText: 'Brugere' }).click();
    await page.locator('[data-testid=user-table]').waitFor();
    expectNoSeriousViolations(await check(page, 'a1-admin-users'), 'users');
    // In English too: roles and states by name.
    await page.locator('button.lang-switch').click();
    await page.locator('h1', { hasText: 'Users' }).waitFor();
    expect(await page.locator('[data-testid=user-row]', { hasText: 'revisor@cmm.demo' }).textContent()).toContain('Auditor');
    expectNoSeriousViolations(await check(page, 'a1b-admin-users-en'), 'users (English)');
    await page.locator('button.lang-switch').click();
    await page.locator('h1', { hasText: 'Brugere' }).waitFor();

    // Filtered by organisation: only SKTST's users are listed.
    await page.locator('select[name=organisation]').selectOption('SKTST');
    await expect.poll(async () => (await page.locator('[data-testid=user-row]').allTextContents()).every((text) => text.includes('SKTST'))).toBe(true);
    expect(await page.locator('[data-testid=user-row]', { hasText: 'admin@samvirke.demo' }).count()).toBe(0);

    // Create, with a role.
    const form = page.locator('[data-testid=create-user]');
    await page.locator('details', { has: form }).locator('summary').click();
    await form.locator('[name=name]').fill(NAME);
    await form.locator('[name=email]').fill(EMAIL);
    // The filter's organisation is proposed.
    await expect.poll(() => form.locator('[name=organisationCode]').inputValue()).toBe('SKTST');
    await form.getByLabel('Sagsbehandler', { exact: true }).check();
    await form.locator('[name=password]').fill(FIRST_PASSWORD);
    expectNoSeriousViolations(await check(page, 'a2-admin-create-user'), 'create user');
    await form.locator('button[type=submit]').click();
    await notice(page, `${NAME} er oprettet`);
    await row(page).waitFor();
    expect(await row(page).textContent()).toContain('Sagsbehandler');

    // Deactivate and reactivate.
    await page.getByRole('button', { name: `Deaktivér ${NAME}` }).click();
    await notice(page, `${NAME} er deaktiveret`);
    await row(page).locator('.status-off', { hasText: 'Deaktiveret' }).waitFor();
    expectNoSeriousViolations(await check(page, 'a3-admin-user-deactivated'), 'user deactivated');
    await page.getByRole('button', { name: `Genaktivér ${NAME}` }).click();
    await notice(page, `${NAME} er genaktiveret`);
    expect(await row(page).locator('.status-off').count()).toBe(0);

    // Send a password-reset link; the mail reaches the development mailbox.
    await page.getByRole('button', { name: `Send link til ny adgangskode til ${NAME}` }).click();
    await notice(page, 'Linket virker én gang og i 1 time');
    await server.deps.outbox.deliverDue(server.clock.now());
    await page.locator('a.dev-mail-link').click();
    const mail = page.locator('[data-testid=mailbox] tr', { hasText: EMAIL }).filter({ hasText: 'ny adgangskode' });
    await mail.first().waitFor();
    const href = await mail.first().locator('a').getAttribute('href');
    expect(href).toMatch(/^\/account\/reset#[A-Za-z0-9_-]{43}$/);
    expect(await mail.first().textContent()).not.toContain(FIRST_PASSWORD);

    // The user, in their own browser: the link, the new password twice, then sign-in.
    const user = await newPage(browser, server.url);
    const own = user.page;
    await own.goto(href!);
    await own.locator('[data-testid=reset-password]').waitFor();
    expectNoSeriousViolations(await check(own, 'a4-password-reset'), 'password reset');
    await own.locator('[name=newPassword]').fill(NEW_PASSWORD);
    await own.locator('[name=repeat]').fill('not-the-same-password');
    await own.locator('[data-testid=reset-password] button[type=submit]').click();
    await own.getByText('De to adgangskoder er ikke ens').waitFor();
    await own.locator('[name=repeat]').fill(NEW_PASSWORD);
    await own.locator('[data-testid=reset-password] button[type=submit]').click();
    await own.locator('[data-testid=sign-in-notice]', { hasText: 'Din adgangskode er ændret' }).waitFor();
    // The token has left the address (and the history entry).
    expect(new URL(own.url()).hash).toBe('');
    expect(new URL(own.url()).pathname).toBe('/');
    expectNoSeriousViolations(await check(own, 'a5-password-reset-done'), 'password reset done');
    await own.getByLabel('E-mail').fill(EMAIL);
    await own.getByLabel(/^Adgangskode/).fill(FIRST_PASSWORD);
    await own.locator('form button[type=submit]').click();
    await own.locator('[data-testid=sign-in-error]').waitFor();
    await signIn(own, EMAIL, NEW_PASSWORD);
    await signOut(own);

    // The same link a second time is refused.
    await own.goto(href!);
    await own.locator('[name=newPassword]').fill('endnu-en-ny-adgangskode');
    await own.locator('[name=repeat]').fill('endnu-en-ny-adgangskode');
    await own.locator('[data-testid=reset-password] button[type=submit]').click();
    await own.locator('[data-testid=reset-error]', { hasText: 'Linket virker ikke' }).waitFor();
    expect(new URL(own.url()).hash).toBe('');
    expectNoSeriousViolations(await check(own, 'a6-password-reset-refused'), 'password reset refused');

    // The user's own second factor: password, QR code and secret, then a code from "the app".
    await own.goto('/');
    await signIn(own, EMAIL, NEW_PASSWORD);
    await own.locator('a', { hasText: 'Anden faktor' }).click();
    await act(own, 'tfa-enrol', { password: NEW_PASSWORD });
    await own.locator('[data-testid=totp-qr] path').waitFor();
    const secret = (await own.locator('[data-testid=totp-secret]').textContent())!.replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(Number(await own.locator('[data-testid=totp-qr]').getAttribute('width'))).toBeGreaterThan(100);
    expectNoSeriousViolations(await check(own, 'a7-two-factor-enrol'), 'second factor enrolment');
    await act(own, 'tfa-activate', { code: generateSync({ secret, epoch: Math.floor(server.clock.now().getTime() / 1000) }) });
    await own.locator('[data-testid=tfa-active]', { hasText: 'Din anden faktor er aktiveret' }).waitFor();
    expectNoSeriousViolations(await check(own, 'a8-two-factor-active'), 'second factor active');
    expect(user.cspViolations).toEqual([]);

    // The administrator resets it (a lost phone).
    await page.locator('nav a', { hasText: 'Brugere' }).click();
    await page.locator('select[name=organisation]').selectOption('SKTST');
    await row(page).filter({ hasText: 'Aktiv' }).waitFor();
    await page.getByRole('button', { name: `Nulstil anden faktor for ${NAME}` }).click();
    await notice(page, `Den anden faktor for ${NAME} er nulstillet`);
    expect(await row(page).textContent()).toContain('Ikke opsat');
    expect(await page.getByRole('button', { name: `Nulstil anden faktor for ${NAME}` }).count()).toBe(0);

    // Reference-group membership: add the new user to Nordjylland's group, then take them out.
    await page.locator('nav a', { hasText: 'Referencegrupper' }).click();
    await page.locator('[data-testid=member-row]', { hasText: 'referencegruppe@syd.demo' }).waitFor();
    expect(await page.locator('[data-testid=member-row]', { hasText: 'referencegruppe@syd.demo' }).textContent()).toContain('Referencegruppe Syddanmark');
    await act(page, 'add-member', { user: await page.locator('[data-testid=add-member] select[name=user] option', { hasText: NAME }).getAttribute('value').then((v) => v!), group: 'NORDJYLLAND' });
    await notice(page, `${NAME} er nu medlem af Referencegruppe Nordjylland`);
    const member = page.locator('[data-testid=member-row]', { hasText: EMAIL });
    await member.waitFor();
    expectNoSeriousViolations(await check(page, 'a9-admin-reference-groups'), 'reference-group membership');
    await page.getByRole('button', { name: `Tag ud af gruppen: ${NAME}` }).click();
    await notice(page, `${NAME} er taget ud af referencegruppen`);
    await expect.poll(() => member.count()).toBe(0);
    expect(admin.cspViolations).toEqual([]);
  });
});
