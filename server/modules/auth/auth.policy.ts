// Pure rules of sign-in throttling (ADR 0012, after OWASP's authentication guidance). Nothing is
// ever locked: failed attempts make later attempts wait, first for the pair (account, client
// address), then account-wide, and an address with far more failures than an office ever has
// loses the pair's free attempts. A correct password (and second factor) always signs in.
import type { TConfig } from '../../config.js';

export type TLoginRules = TConfig['login'];

/** A counter of failures in a fixed window (LOGIN_WINDOW_MINUTES). */
export type TAttemptState = { failures: number; windowStartedAt: string; lockedUntil: string | null };

/** Failures counted in the current window, and the attempts of the account now in flight. */
export type TThrottleCounts = {
  /** Failures of this account from this client address. */
  pair: number;
  /** Failures of this account from every address. */
  account: number;
  /** Failures from this address, whatever the account (made-up e-mails included). */
  address: number;
  /** Other attempts on this account that have passed the gate and are not finished. */
  accountInFlight: number;
};

/** The failures a counter holds at `now`: none once its window is over. */
export function failuresAt(state: TAttemptState | null, now: Date, rules: TLoginRules): number {
  if (!state) return 0;
  return now.getTime() - Date.parse(state.windowStartedAt) >= rules.windowMinutes * 60_000 ? 0 : state.failures;
}

/** The counter after one more failure at `now` (a new window when the last one is over). */
export function afterFailure(state: TAttemptState | null, now: Date, rules: TLoginRules): TAttemptState {
  const failures = failuresAt(state, now, rules);
  if (failures === 0) return { failures: 1, windowStartedAt: now.toISOString(), lockedUntil: null };
  return { failures: failures + 1, windowStartedAt: state!.windowStartedAt, lockedUntil: null };
}

/** No delay below `after` failures; then LOGIN_DELAY_MS, doubling with each failure, at most LOGIN_MAX_DELAY_MS. */
export function growingDelay(failures: number, after: number, rules: TLoginRules): number {
  if (failures < after) return 0;
  return Math.min(rules.baseDelayMs * 2 ** Math.min(failures - after, 30), rules.maxDelayMs);
}

/**
 * The failures a pair may have before it is slowed: LOGIN_SLOW_AFTER, or a single one once its
 * address has LOGIN_ADDRESS_SLOW_AFTER failures in the window (far above an office's normal
 * count). Accounts without a failure from that address are never affected: a colleague's correct
 * sign-in from a busy or attacked office address is not slowed.
 */
export function pairAllowance(counts: Pick<TThrottleCounts, 'address'>, rules: TLoginRules): number {
  return counts.address >= rules.addressSlowAfter ? 1 : rules.slowAfter;
}

/**
 * How many attempts of one pair may be between the gate and their answer at once. Each failure
 * spends one of the pair's free attempts; once none is left, attempts pass one at a time, each
 * waiting for the delay its turn earns. So attempts sent in parallel get exactly the delays they
 * would get one after the other. Correct attempts spend nothing: concurrent sign-ins of one user
 * pass LOGIN_SLOW_AFTER at a time, enough to keep every password-hashing thread busy.
 */
export function pairConcurrency(counts: Pick<TThrottleCounts, 'pair' | 'address'>, rules: TLoginRules): number {
  return Math.max(1, pairAllowance(counts, rules) - counts.pair);
}

export type TDelayDecision = { delayMs: number; by: 'PAIR' | 'ACCOUNT' | null };

/**
 * How long an attempt waits before its password is checked. The pair's delay grows with the
 * pair's failures. The account's grows with the account's failures from everywhere and, once it
 * has any, with its other attempts in flight, so attempts from many addresses at once each wait
 * longer; it never exceeds LOGIN_MAX_DELAY_MS, so the owner always gets in within that time. A
 * valid second factor presented with the attempt skips the account-wide delay (not the pair's).
 */
export function decideDelay(counts: TThrottleCounts, rules: TLoginRules, options: { secondFactorPresented: boolean }): TDelayDecision {
  const pair = growingDelay(counts.pair, pairAllowance(counts, rules), rules);
  const accountPosition = counts.account > 0 ? counts.account + counts.accountInFlight : 0;
  const account = options.secondFactorPresented ? 0 : growingDelay(accountPosition, rules.accountSlowAfter, rules);
  if (pair === 0 && account === 0) return { delayMs: 0, by: null };
  return pair >= account ? { delayMs: pair, by: 'PAIR' } : { delayMs: account, by: 'ACCOUNT' };
}
