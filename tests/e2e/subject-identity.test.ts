// Issue 11's screens on the referral detail, for the data's controller (CMM): correcting the
// person's data (a stale version shows the conflict), the correction in the timeline, a possible
// match confirmed and the merge shown; the referrer's page shows no trace of the match or merge
// (the referrer sees the referral as sent, and the corrections as the API gives them to it).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { check, DEMO_PASSWORD, launchBrowser, newPage, signIn, signOut, startServer, type TE2EServer } from './support/harness.js';
import { act, expectNoSeriousViolations, visit } from './support/actions.js';

const EARLIER = 'Ana Vasilescu-Proba';
const TYPO = 'Ana Vasilscu-Prob';
const REASON = 'Navnet stavet forkert ved henvisningen; rettet efter samtalen';

let server: TE2EServer;
let browser: Browser;
let profile: string;
let page: Page;
let earlierId = '';
let laterId = '';

async function api<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function token(email: string): Promise<string> {
  return (await api<{ login: { accessToken: string } }>(null, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: DEMO_PASSWORD })).login.accessToken;
}

async function submittedReferral(referrer: string, name: string): Promise<string> {
  const input = {
    subject: { name, dateOfBirth: '1994-05-02', gender: 'FEMALE', nationality: 'RO', languages: ['ro'], residenceStatus: 'LAWFUL' },
    suspectedExploitation: ['FORCED_LABOUR'],
    sector: 'CLEANING',
    region: 'SYDDANMARK',
    narrative: 'Arbejder uden løn for kost og logi.',
    urgency: 'NORMAL',
  };
  const { createReferral } = await api<{ createReferral: { id: string } }>(referrer, 'mutation($i: CreateReferralInput!) { createReferral(input: $i) { id } }', { i: input });
  await api(referrer, 'mutation($id: ID!) { submitReferral(id: $id) { id } }', { id: createReferral.id });
  return createReferral.id;
}

beforeAll(async () => {
  server = await startServer();
  ({ browser, profile } = await launchBrowser());
  ({ page } = await newPage(browser, server.url));
  const referrer = await token('tilsyn@at.demo');
  earlierId = await submittedReferral(referrer, EARLIER);
  laterId = await submittedReferral(referrer, TYPO);
});

afterAll(async () => {
  await browser?.close();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  await server?.close();
});

describe("the controller's screens for the person's identity", () => {
  it('CMM corrects the name: a stale version shows the conflict, then the correction is in the timeline', async () => {
    await page.goto('/');
    await signIn(page, 'sagsbehandler@cmm.demo');
    await visit(page, `/referrals/${laterId}`);
    const form = page.locator('[data-testid=action-correct]');
    const details = page.locator('details', { has: form });
    await details.locator('summary').click();
    // The form starts from the current values.
    expect(await form.locator('[name=name]').inputValue()).toBe(TYPO);
    // A colleague corrects meanwhile: the page's version is stale.
    const colleague = await token('koordinator@cmm.demo');
    await api(colleague, 'mutation($id: ID!) { correctSubjectData(id: $id, version: 2, input: { alias: "Ana" }, reason: "Alias oplyst ved samtalen") { id } }', { id: laterId });
    await act(page, 'action-correct', { name: EARLIER, reason: REASON });
    await page.locator('[data-testid=conflict]').waitFor();
    expectNoSeriousViolations(await check(page, '50-correction-conflict'), 'correction conflict');
    await page.locator('[data-testid=conflict] button').click();
    await page.locator('[data-testid=person]', { hasText: 'Ana' }).waitFor();
    await act(page, 'action-correct', { name: EARLIER, reason: REASON });
    await page.locator('[data-testid=person]', { hasText: EARLIER }).waitFor();
    // Codes in words: the nationality and languages by name (Intl.DisplayNames), the code beside.
    await page.locator('[data-testid=person]', { hasText: 'Rumænien (RO)' }).waitFor();
    await page.locator('[data-testid=person]', { hasText: 'rumænsk (ro)' }).waitFor();
    const correction = page.locator('[data-testid=timeline] li', { hasText: 'Personoplysninger rettet' }).filter({ hasText: REASON });
    await correction.locator('[data-testid=correction]', { hasText: TYPO }).waitFor();
    expectNoSeriousViolations(await check(page, '51-correction-in-timeline'), 'correction in the timeline');
  });

  it('CMM sees the earlier referral as a possible match and confirms it', async () => {
    const match = page.locator('[data-testid=possible-match]').first();
    await match.waitFor();
    await match.locator('a', { hasText: /HEN-/ }).waitFor();
    expect(await match.textContent()).toContain('Samme navn');
    expectNoSeriousViolations(await check(page, '52-possible-match'), 'possible match');
    await match.locator('[data-testid=confirm-match]').click();
    await page.locator('[data-testid=subject-merge]', { hasText: '1 henvisning flyttet' }).waitFor();
    expect(await page.locator('[data-testid=possible-match]').count()).toBe(0);
    await page.locator('[data-testid=unmerge]').waitFor();
    expectNoSeriousViolations(await check(page, '53-subject-merged'), 'merge');
    // The earlier referral is this person's too now.
    const cmm = await token('sagsbehandler@cmm.demo');
    const both = await api<{ a: { subject: { id: string } }; b: { subject: { id: string } } }>(cmm, 'query($a: ID!, $b: ID!) { a: referral(id: $a) { subject { id } } b: referral(id: $b) { subject { id } } }', { a: earlierId, b: laterId });
    expect(both.a.subject.id).toBe(both.b.subject.id);
    await signOut(page);
  });

  it("the referrer's page shows no trace of the match or the merge", async () => {
    // The referrer sees each referral under the subject it was referred under (API.md): two persons still.
    const referrer = await token('tilsyn@at.demo');
    const seen = await api<{ a: { subject: { pseudonym: string } }; b: { subject: { pseudonym: string } } }>(
      referrer,
      'query($a: ID!, $b: ID!) { a: referral(id: $a) { subject { pseudonym } } b: referral(id: $b) { subject { pseudonym } } }',
      { a: earlierId, b: laterId },
    );
    expect(seen.a.subject.pseudonym).not.toBe(seen.b.subject.pseudonym);
    await signIn(page, 'tilsyn@at.demo');
    await visit(page, `/referrals/${laterId}`);
    await page.locator('[data-testid=person]', { hasText: seen.b.subject.pseudonym }).waitFor();
    expect(await page.locator('[data-testid=identity]').count()).toBe(0);
    expect(await page.locator('[data-testid=possible-match], [data-testid=subject-merge], [data-testid=action-correct]').count()).toBe(0);
    const html = await page.content();
    for (const trace of [seen.a.subject.pseudonym, 'Mulige match', 'Sammenlægning', 'lagt sammen']) expect(html).not.toContain(trace);
    expectNoSeriousViolations(await check(page, '54-referral-referrer-after-merge'), 'referral (referrer) after the merge');
    await signOut(page);
  });
});
