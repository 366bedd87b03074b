// Setting up sign-in through the organisation's identity provider in the browser (issue 16 § 1):
// admin@samvirke.demo (CMM) opens *Login via organisation*, is refused a malformed issuer at the
// field, saves CMM's provider, sees the redirect URI to register and never the secret; the sign-in
// page then offers "Log ind med Center mod Menneskehandel". axe and a screenshot on each screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/actions.js';
import { check, signIn, signOut, startJourney, type TJourney } from './support/harness.js';

let journey: TJourney;
beforeAll(async () => {
  journey = await startJourney();
});
afterAll(async () => {
  await journey?.close();
});

describe('identity providers (administration)', () => {
  it('an ADMIN sets up its organisation’s identity provider; the secret is never shown', { timeout: 120_000 }, async () => {
    const { page } = journey;
    await page.goto('/');
    await signIn(page, 'admin@samvirke.demo');
    await page.locator('nav a', { hasText: 'Login via organisation' }).click();
    await page.locator('h1', { hasText: 'Login via organisationens identitetsudbyder' }).waitFor();
    await page.getByText('Ingen organisation logger ind via sin egen identitetsudbyder endnu.').waitFor();
    expectNoSeriousViolations(await check(page, 'i1-identity-providers-none'), 'identity providers (none)');

    const form = page.locator('[data-testid=configure-identity-provider]');
    await page.locator('details', { has: form }).locator('summary').click();
    await form.locator('[name=issuer]').fill('not a url');
    await form.locator('[name=clientId]').fill('samvirke-cmm');
    await form.locator('[name=clientSecret]').fill('s3cret-never-shown-again');
    await form.locator('button[type=submit]').click();
    await form.locator('.form-error').first().waitFor();
    expectNoSeriousViolations(await check(page, 'i2-identity-provider-refused'), 'malformed issuer refused at the field');

    await form.locator('[name=issuer]').fill('http://idp.cmm.test/realms/cmm');
    await form.locator('[name=clientSecret]').fill('s3cret-never-shown-again');
    await form.getByLabel(/gælder som anden faktor/).check();
    await form.locator('button[type=submit]').click();
    await page.locator('[data-testid=admin-notice]', { hasText: 'Identitetsudbyderen er gemt.' }).waitFor();
    const row = page.locator('[data-testid=identity-provider-row]', { hasText: 'Center mod Menneskehandel' });
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('http://idp.cmm.test/realms/cmm');
    expect(text).toContain('samvirke-cmm');
    expect(text).toContain('/auth/oidc/callback');
    expect(text).toContain('Anden faktor fra udbyderen');
    expect(await page.content()).not.toContain('s3cret-never-shown-again');
    expectNoSeriousViolations(await check(page, 'i3-identity-provider-saved'), 'identity provider saved');

    // The sign-in page now offers it.
    await signOut(page);
    await page.locator('[data-testid=sign-in-idp-CMM]', { hasText: 'Log ind med Center mod Menneskehandel' }).waitFor();
  });
});
