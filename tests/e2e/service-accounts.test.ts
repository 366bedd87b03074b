// Service accounts in the browser (issue 16 § 2): admin@samvirke.demo opens *Servicekonti*, creates
// one (the form offers no administrator or auditor role), sees the secret once, and the secret gets
// a token at POST /oauth/token; a new secret makes the old one fail; deactivating ends it; in English
// too. axe and a screenshot on each screen; CSP clean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from './support/actions.js';
import { check, signIn, startJourney, type TJourney } from './support/harness.js';

let journey: TJourney;
beforeAll(async () => {
  journey = await startJourney();
});
afterAll(async () => {
  await journey?.close();
});

async function token(clientId: string, clientSecret: string): Promise<number> {
  const res = await fetch(`${journey.server.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
  });
  return res.status;
}

describe('service accounts', () => {
  it('create, secret shown once, rotate, deactivate', { timeout: 120_000 }, async () => {
    const { page } = journey;
    await page.goto('/');
    await signIn(page, 'admin@samvirke.demo');
    await page.locator('nav a', { hasText: 'Servicekonti' }).click();
    await page.locator('h1', { hasText: 'Servicekonti til integrationer' }).waitFor();
    expectNoSeriousViolations(await check(page, 's1-service-accounts-empty'), 'service accounts (none)');

    const form = page.locator('[data-testid=create-service-account]');
    await page.locator('details', { has: form }).locator('summary').click();
    // Administrator and auditor are not offered.
    expect(await form.getByLabel('Administrator', { exact: true }).count()).toBe(0);
    expect(await form.getByLabel('Revisor', { exact: true }).count()).toBe(0);
    // Refused at the field: no role.
    await form.locator('[name=name]').fill('CMM sagsstyring');
    await form.locator('[name=purpose]').fill('Sagsbehandling af henvisninger i CMM');
    await form.locator('button[type=submit]').click();
    await form.locator('.form-error').first().waitFor();
    await form.getByLabel('Sagsbehandler', { exact: true }).check();
    expectNoSeriousViolations(await check(page, 's2-service-account-create'), 'create service account');
    await form.locator('button[type=submit]').click();

    const secretBox = page.locator('[data-testid=service-account-secret]');
    await secretBox.waitFor();
    const clientId = (await secretBox.locator('[data-testid=secret-client-id]').textContent())!.trim();
    const secret = (await secretBox.locator('[data-testid=secret-value]').textContent())!.trim();
    expect(clientId).toMatch(/^sa_/);
    expect(secret.length).toBeGreaterThanOrEqual(43);
    const row = page.locator('[data-testid=service-account-row]', { hasText: 'CMM sagsstyring' });
    await row.waitFor();
    expect(await row.textContent()).toContain(clientId);
    expect(await row.textContent()).toContain('Sagsbehandler');
    expectNoSeriousViolations(await check(page, 's3-service-account-secret'), 'secret shown once');
    expect(await token(clientId, secret)).toBe(200);

    // Shown once: dismissed, and not there after a reload.
    await secretBox.getByRole('button', { name: 'Jeg har kopieret den' }).click();
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    // A new secret: the old one fails, the new one works.
    await page.getByRole('button', { name: 'Ny hemmelighed CMM sagsstyring' }).click();
    await secretBox.waitFor();
    const rotated = (await secretBox.locator('[data-testid=secret-value]').textContent())!.trim();
    expect(rotated).not.toBe(secret);
    expect(await token(clientId, secret)).toBe(400);
    expect(await token(clientId, rotated)).toBe(200);

    // Deactivate.
    await page.getByRole('button', { name: 'Deaktivér CMM sagsstyring' }).click();
    await page.locator('[data-testid=admin-notice]', { hasText: 'CMM sagsstyring er deaktiveret' }).waitFor();
    await expect.poll(async () => row.textContent()).toContain('Deaktiveret');
    expect(await token(clientId, rotated)).toBe(400);
    expectNoSeriousViolations(await check(page, 's4-service-account-deactivated'), 'deactivated');

    // English.
    await page.locator('button.lang-switch').click();
    await page.locator('h1', { hasText: 'Service accounts for integrations' }).waitFor();
    expect(await row.textContent()).toContain('Deactivated');
    await page.locator('[data-testid=admin-notice]', { hasText: 'CMM sagsstyring is deactivated' }).waitFor();
    expectNoSeriousViolations(await check(page, 's5-service-accounts-en'), 'service accounts (English)');
    expect(journey.cspViolations).toEqual([]);
  });
});
