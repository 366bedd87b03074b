// The pure rules of sign-in throttling (ADR 0012): delays per pair, per account and for a
// suspicious address, and how many attempts of one pair may be checked at once. Never a lock.
import { describe, expect, it } from 'vitest';
import type { TConfig } from '../../../server/config.js';
import { afterFailure, decideDelay, failuresAt, growingDelay, pairAllowance, pairConcurrency, type TThrottleCounts } from '../../../server/modules/auth/auth.policy.js';

const RULES: TConfig['login'] = { slowAfter: 5, accountSlowAfter: 10, addressSlowAfter: 200, windowMinutes: 15, baseDelayMs: 500, maxDelayMs: 30_000 };
const NONE: TThrottleCounts = { pair: 0, account: 0, address: 0, accountInFlight: 0 };
const at = (iso: string) => new Date(iso);

describe('growingDelay', () => {
  it('is 0 below the threshold, then 500 ms doubling with each failure, at most the maximum', () => {
    expect([0, 4, 5, 6, 7, 10, 11, 12, 100, 10_000].map((f) => growingDelay(f, 5, RULES))).toEqual([0, 0, 500, 1000, 2000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });
});

describe('decideDelay', () => {
  it('no failures anywhere: no delay, whatever else is in flight (concurrent correct sign-ins are not slowed)', () => {
    expect(decideDelay({ ...NONE, accountInFlight: 50 }, RULES, { secondFactorPresented: false })).toEqual({ delayMs: 0, by: null });
  });

  it('the pair is slowed after LOGIN_SLOW_AFTER failures', () => {
    expect(decideDelay({ ...NONE, pair: 4, account: 4 }, RULES, { secondFactorPresented: false }).delayMs).toBe(0);
    expect(decideDelay({ ...NONE, pair: 5, account: 5 }, RULES, { secondFactorPresented: false })).toEqual({ delayMs: 500, by: 'PAIR' });
  });

  it('the account is slowed from everywhere after LOGIN_ACCOUNT_SLOW_AFTER failures, counting its attempts in flight, never beyond the maximum', () => {
    expect(decideDelay({ ...NONE, account: 9 }, RULES, { secondFactorPresented: false }).delayMs).toBe(0);
    expect(decideDelay({ ...NONE, account: 11 }, RULES, { secondFactorPresented: false })).toEqual({ delayMs: 1000, by: 'ACCOUNT' });
    expect(decideDelay({ ...NONE, account: 9, accountInFlight: 3 }, RULES, { secondFactorPresented: false }).delayMs).toBe(2000);
    expect(decideDelay({ ...NONE, account: 5000 }, RULES, { secondFactorPresented: false }).delayMs).toBe(30_000);
  });

  it('a valid second factor skips the account-wide delay, not the pair’s', () => {
    expect(decideDelay({ ...NONE, account: 40 }, RULES, { secondFactorPresented: true }).delayMs).toBe(0);
    expect(decideDelay({ ...NONE, pair: 6, account: 40 }, RULES, { secondFactorPresented: true })).toEqual({ delayMs: 1000, by: 'PAIR' });
  });

  it('an address over its limit takes the free attempts of its failing pairs only', () => {
    const busy = { ...NONE, address: 200 };
    expect(pairAllowance(busy, RULES)).toBe(1);
    expect(pairAllowance({ ...NONE, address: 199 }, RULES)).toBe(5);
    // A colleague without a failure from there: not slowed.
    expect(decideDelay(busy, RULES, { secondFactorPresented: false }).delayMs).toBe(0);
    // One failure from there: the next attempt waits 500 ms, then 1 s …
    expect(decideDelay({ ...busy, pair: 1, account: 1 }, RULES, { secondFactorPresented: false }).delayMs).toBe(500);
    expect(decideDelay({ ...busy, pair: 2, account: 2 }, RULES, { secondFactorPresented: false }).delayMs).toBe(1000);
  });
});

describe('pairConcurrency', () => {
  it('LOGIN_SLOW_AFTER attempts at once, one fewer per failure, then one at a time', () => {
    expect([0, 1, 4, 5, 9].map((pair) => pairConcurrency({ pair, address: 0 }, RULES))).toEqual([5, 4, 1, 1, 1]);
    expect(pairConcurrency({ pair: 0, address: 500 }, RULES)).toBe(1);
  });
});

describe('the window', () => {
  it('counts failures within LOGIN_WINDOW_MINUTES and starts afresh after it', () => {
    let state = afterFailure(null, at('2026-11-23T09:00:00Z'), RULES);
    state = afterFailure(state, at('2026-11-23T09:10:00Z'), RULES);
    expect(state).toEqual({ failures: 2, windowStartedAt: '2026-11-23T09:00:00.000Z', lockedUntil: null });
    expect(failuresAt(state, at('2026-11-23T09:14:59Z'), RULES)).toBe(2);
    expect(failuresAt(state, at('2026-11-23T09:15:00Z'), RULES)).toBe(0);
    expect(afterFailure(state, at('2026-11-23T09:15:00Z'), RULES)).toEqual({ failures: 1, windowStartedAt: '2026-11-23T09:15:00.000Z', lockedUntil: null });
  });
});
