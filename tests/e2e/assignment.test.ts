// Issue 14, who has the case, in a real browser: CMM's coordinator finds its own cases first on the
// task list and the unassigned ones beside them, opens a received referral, sees who has it and
// gives it to a colleague with a deputy. axe on each screen; screenshots kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { check, signIn, startJourney, type TJourney } from './support/harness.js';
import { act, expectNoSeriousViolations } from './support/actions.js';

let journey: TJourney | undefined;
let page: Page;
let cspViolations: string[];

beforeAll(async () => {
  journey = await startJourney();
  ({ page, cspViolations } = journey);
});

afterAll(async () => {
  await journey?.close();
});

describe('who has the case', () => {
  it('the coordinator’s task list shows its own cases first and the unassigned ones', async () => {
    await page.goto('/');
    await signIn(page, 'koordinator@cmm.demo');
    await page.locator('[data-testid=tasks-mine]').waitFor();
    await page.locator('[data-testid=tasks-unassigned]').waitFor();
    // "Mine" comes before the acknowledgement queue.
    const order = await page.locator('.task-section').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order.indexOf('tasks-mine')).toBeLessThan(order.indexOf('tasks-acknowledge'));
    expectNoSeriousViolations(await check(page, '79-tasks-mine'), 'tasks with mine and unassigned');
  });

  it('opens a received referral, sees who has it and reassigns it with a deputy', async () => {
    await page.goto('/referrals?state=RECEIVED');
    const link = page.locator('a', { hasText: /HEN-/ }).first();
    await link.waitFor();
    await link.click();
    await page.locator('[data-testid=assignment]').waitFor();
    const form = page.locator('[data-testid=assign-referral]');
    await form.waitFor({ state: 'attached' });
    const options = await form.locator('[name=assigneeId] option').evaluateAll((els) => els.map((e) => [(e as HTMLOptionElement).value, e.textContent ?? '']));
    const camilla = options.find(([, name]) => name?.includes('Camilla'))!;
    const mads = options.find(([, name]) => name?.includes('Mads'))!;
    await act(page, 'assign-referral', { assigneeId: camilla[0]!, deputyId: mads[0]! });
    await page.locator('[data-testid=assignment]', { hasText: 'Camilla Sagsbehandler' }).waitFor();
    await page.locator('[data-testid=assignment]', { hasText: 'Mads Koordinator' }).waitFor();
    expectNoSeriousViolations(await check(page, '80-referral-assignment'), 'referral with its caseworker');
    expect(cspViolations).toEqual([]);
  });
});
