import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Opens an action (a <details> form), fills its fields by name and submits it. */
export async function act(page: Page, testId: string, fields: Record<string, string> = {}): Promise<void> {
  const form = page.locator(`[data-testid=${testId}]`);
  // A form that renders after its data loads would otherwise be looked for before it exists,
  // its <details> left closed, and its fields never visible.
  await form.waitFor({ state: 'attached' });
  const details = page.locator('details', { has: form });
  if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  for (const [name, value] of Object.entries(fields)) {
    const field = form.locator(`[name=${name}]`);
    const tag = await field.evaluate((el) => el.tagName);
    if (tag === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  if ((await form.evaluate((el) => el.tagName)) === 'BUTTON') await form.click();
  else await form.locator('button[type=submit]').click();
}

export async function expectState(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('[data-testid=referral-state]', { hasText: text }).waitFor({ timeout: 10_000 });
}

export function expectNoSeriousViolations(violations: string[], screen: string): void {
  expect(violations, `axe on ${screen}`).toEqual([]);
}

export function inDays(days: number, hour = 10): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(hour)}:00`;
}

/** Goes to a path inside the signed-in app without reloading the page (the access token lives in memory). */
export async function visit(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => {
    history.pushState(null, '', p);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}
