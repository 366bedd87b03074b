// The session in the browser: an expired session mid-form keeps the draft (the user signs in and is
// back on the form with what they typed); a stale version shows "changed by someone else" and
// overwrites nothing; inactivity signs the user out; sign-out leaves nothing behind.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { check, DEMO_PASSWORD, launchBrowser, newPage, signIn, signOut, startServer, type TE2EServer } from './support/harness.js';
import { expectNoSeriousViolations } from './support/actions.js';

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

async function newDraft(page: Page): Promise<string> {
  await page.locator('nav a', { hasText: 'Henvisninger' }).click();
  await page.locator('a', { hasText: 'Ny henvisning' }).first().click();
  await page.locator('[name=region]').selectOption('MIDTJYLLAND');
  await page.getByLabel('Tvangsarbejde').check();
  await page.waitForURL(/\/referrals\/[0-9a-f-]+\/edit$/);
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
  return new URL(page.url()).pathname.split('/')[2]!;
}

async function apiLogin(email: string): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: email, p: DEMO_PASSWORD } }),
  });
  return ((await res.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
}

describe('the session in the browser', () => {
  it('keeps the draft when the session expires mid-form, and returns to it after sign-in', async () => {
    const { page, context } = await newPage(browser, server.url);
    await page.goto('/');
    await signIn(page, 'tilsyn@at.demo');
    const id = await newDraft(page);
    // A day later on the server: the access token and the whole sign-in have lapsed.
    server.clock.advance(25 * 3_600_000);
    await page.locator('[name=narrative]').fill('Skrevet lige før sessionen udløb');
    await page.locator('[data-testid=sign-in-notice]', { hasText: 'Din session er udløbet' }).waitFor({ timeout: 10_000 });
    expect(await page.content()).not.toContain('Skrevet lige før');
    expectNoSeriousViolations(await check(page, '30-session-expired'), 'session expired');
    await signIn(page, 'tilsyn@at.demo');
    expect(new URL(page.url()).pathname).toBe(`/referrals/${id}/edit`);
    await expect.poll(() => page.locator('[name=narrative]').inputValue()).toBe('Skrevet lige før sessionen udløb');
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
    // It reached the server.
    const token = await apiLogin('tilsyn@at.demo');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($id: ID!) { referral(id: $id) { narrative state } }', variables: { id } }),
    });
    expect(((await res.json()) as { data: { referral: { narrative: string; state: string } } }).data.referral).toEqual({ narrative: 'Skrevet lige før sessionen udløb', state: 'DRAFT' });
    await context.close();
  });

  it('shows "changed by someone else" on a stale version and overwrites nothing', async () => {
    const { page, context } = await newPage(browser, server.url);
    await page.goto('/');
    await signIn(page, 'tilsyn@at.demo');
    const id = await newDraft(page);
    // A colleague changes the same draft meanwhile.
    const token = await apiLogin('tilsyn@at.demo');
    const other = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query($id: ID!) { r: referral(id: $id) { version } }', variables: { id } }),
    });
    const version = ((await other.json()) as { data: { r: { version: number } } }).data.r.version;
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation($id: ID!, $v: Int!) { updateReferral(id: $id, version: $v, input: { location: "Kollegaens ændring" }) { version } }', variables: { id, v: version } }),
    });
    await page.locator('[name=location]').fill('Min ændring');
    await page.locator('[data-testid=conflict]', { hasText: 'Ændret af en anden' }).waitFor({ timeout: 10_000 });
    expectNoSeriousViolations(await check(page, '31-stale-version'), 'stale version');
    await page.locator('[data-testid=conflict] button').click();
    await expect.poll(() => page.locator('[name=location]').inputValue(), { timeout: 10_000 }).toBe('Kollegaens ændring');
    await context.close();
  });

  it('shows a field error from the server at the field, and clears it once the value is right', async () => {
    const { page, context } = await newPage(browser, server.url);
    await page.goto('/');
    await signIn(page, 'tilsyn@at.demo');
    await newDraft(page);
    await page.locator('[name=nationality]').fill('ZZ');
    const nationality = page.locator('.form-group.form-error', { has: page.locator('[name=nationality]') });
    await nationality.locator('.form-error-message').waitFor({ timeout: 10_000 });
    expect(await page.locator('[name=nationality]').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.form-error-message').count()).toBe(1);
    expectNoSeriousViolations(await check(page, '33-field-error'), 'field error');
    await page.locator('[name=nationality]').fill('RO');
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
    expect(await page.locator('.form-error-message').count()).toBe(0);
    await context.close();
  });

  it('signs out after 15 minutes without activity', async () => {
    const { page, context } = await newPage(browser, server.url);
    await page.clock.install();
    await page.goto('/');
    await signIn(page, 'kontrol@siri.demo');
    await page.clock.fastForward('16:00');
    await page.locator('[data-testid=sign-in-notice]', { hasText: '15 minutter uden aktivitet' }).waitFor({ timeout: 10_000 });
    expectNoSeriousViolations(await check(page, '32-idle-signed-out'), 'idle sign-out');
    await context.close();
  });

  it('sign-out clears everything: the page, the token and the way back', async () => {
    const { page, context } = await newPage(browser, server.url);
    await page.goto('/');
    await signIn(page, 'koordinator@cmm.demo');
    await page.locator('nav a', { hasText: 'Henvisninger' }).click();
    await page.locator('[data-testid=referral-table]').waitFor();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) requests.push(r.headers().authorization ?? '');
    });
    await signOut(page);
    expect(await page.content()).not.toContain('HEN-');
    await page.goBack();
    await page.locator('input[name=email]').waitFor();
    expect(await page.content()).not.toContain('HEN-');
    expect(await page.evaluate(() => Object.keys({ ...localStorage, ...sessionStorage }).filter((k) => k !== 'samvirke.lang'))).toEqual([]);
    // No request after sign-out carried a token.
    expect(requests.slice(1).filter((a) => a.startsWith('Bearer'))).toEqual([]);
    await context.close();
  });
  it('changes the password (the current one asked again), and only the new one signs in afterwards', async () => {
    const { page, context } = await newPage(browser, server.url);
    await page.goto('/');
    await signIn(page, 'hjemrejse@hjr.demo');
    await page.locator('a', { hasText: 'Skift adgangskode' }).click();
    await page.locator('h1', { hasText: 'Skift adgangskode' }).waitFor();
    const fresh = 'et-helt-nyt-kodeord-2026';
    // A wrong current password: the server's rule code (WRONG_PASSWORD) in words at the field.
    await page.getByLabel(/^Nuværende adgangskode/).fill('not-the-password-1');
    await page.getByLabel(/^Ny adgangskode/).fill(fresh);
    await page.getByLabel(/^Gentag ny adgangskode/).fill(fresh);
    await page.locator('form button[type=submit]').click();
    await page.locator('.form-error', { hasText: 'Adgangskoden er forkert' }).waitFor();
    expectNoSeriousViolations(await check(page, '35-password-wrong-current'), 'change password (error)');
    await page.getByLabel(/^Nuværende adgangskode/).fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await page.locator('.alert', { hasText: 'Adgangskoden er skiftet' }).waitFor();
    expect(await page.locator('.form-error').count()).toBe(0);
    expectNoSeriousViolations(await check(page, '36-password-changed'), 'change password (done)');
    await signOut(page);
    // The old password no longer signs in; the new one does.
    await page.getByLabel('E-mail').fill('hjemrejse@hjr.demo');
    await page.getByLabel(/^Adgangskode/).fill(DEMO_PASSWORD);
    await page.locator('form button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=sign-in-error]').textContent()).toContain('E-mail eller adgangskode er forkert');
    await signIn(page, 'hjemrejse@hjr.demo', fresh);
    await page.locator('h1', { hasText: 'Dine opgaver' }).waitFor();
    await context.close();
  });
});
