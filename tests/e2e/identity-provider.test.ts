// Sign-in through the organisation's identity provider in a real browser (issue 16 §1, ADR 0028):
// the sign-in page offers "Log ind med <organisation>", the person signs in at the IdP (a real
// oidc-provider started here, with its own keys) and lands signed in on the page they were on;
// signing out ends the session at the IdP too and comes back to Samvirke's sign-in page.
import fs from 'node:fs';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestIdp, type TTestIdp } from '../support/oidc-provider.js';
import { apiToken, callApi, check, launchBrowser, newPage, startServer, type TE2EServer } from './support/harness.js';
import { expectNoSeriousViolations } from './support/actions.js';

let server: TE2EServer;
let idp: TTestIdp;
let browser: Browser;
let profile: string;

/** A port nobody listens on now: the server's PUBLIC_URL must name it before the server starts. */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  server = await startServer({ port, env: { PUBLIC_URL: publicUrl } });
  idp = await startTestIdp({ redirectUri: `${publicUrl}/auth/oidc/callback`, postLogoutRedirectUri: `${publicUrl}/` });
  // The demo's ADMIN (of CMM) configures CMM's identity provider; the IdP knows the coordinator.
  const token = await apiToken(server.url, 'admin@samvirke.demo');
  await callApi(
    server.url,
    'mutation($i: ConfigureIdentityProviderInput!) { configureIdentityProvider(organisationCode: "CMM", input: $i) { id } }',
    { i: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, requireMfaFromIdp: true, passwordSignInAllowed: true } },
    token,
  );
  idp.accounts.set('mads-at-cmm', { email: 'koordinator@cmm.demo', amr: ['pwd', 'mfa'] });
  ({ browser, profile } = await launchBrowser());
});

afterAll(async () => {
  await browser?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  await idp?.close();
  await server?.close();
});

describe('sign-in through the organisation identity provider', () => {
  it('"Log ind med CMM" signs in at the IdP and lands signed in on the page asked for; sign-out ends the IdP session too', async () => {
    const { page, cspViolations } = await newPage(browser, server.url);
    await page.goto('/referrals');
    const button = page.getByRole('link', { name: /^Log ind med .*Center mod Menneskehandel/ });
    await button.waitFor();
    expectNoSeriousViolations(await check(page, 'sign-in-identity-provider'), 'sign-in with an identity provider');

    await button.click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByLabel('Account').fill('mads-at-cmm');
    await page.getByRole('button', { name: 'Sign in at the IdP' }).click();

    await page.locator('[data-testid=sign-out]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/referrals');
    await expect(page.locator('body').textContent()).resolves.toContain('Mads Koordinator');

    await page.locator('[data-testid=sign-out]').click();
    // The IdP's end-session page (RP-initiated logout) asks, then sends the browser back to Samvirke.
    await page.waitForURL((url) => url.origin === idp.issuer && url.pathname === '/session/end');
    expect(new URL(page.url()).searchParams.get('post_logout_redirect_uri')).toBe(`${server.url}/`);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((url) => url.origin === server.url && url.pathname === '/');
    await page.locator('input[name=email]').waitFor();
    expect(cspViolations).toEqual([]);
  });

  it('a person the organisation has not created comes back to the sign-in page with the reason', async () => {
    idp.accounts.set('stranger', { email: 'nobody@nowhere.example' });
    const { page } = await newPage(browser, server.url);
    await page.goto('/');
    await page.getByRole('link', { name: /^Log ind med / }).first().click();
    await page.waitForURL((url) => url.origin === idp.issuer);
    await page.getByLabel('Account').fill('stranger');
    await page.getByRole('button', { name: 'Sign in at the IdP' }).click();
    const error = page.locator('[data-testid=sign-in-error]');
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('ikke oprettet i Samvirke');
    // The code is taken out of the address once shown.
    expect(new URL(page.url()).search).toBe('');
    expectNoSeriousViolations(await check(page, 'sign-in-identity-provider-refused'), 'a refused sign-in at the identity provider');
  });
});
