// Pure rules of signing in: when an attempt is slowed, when an account is locked.
import type { TConfig } from '../../config.js';

export type TAttemptState = { failures: number; windowStartedAt: string; lockedUntil: string | null };

export type TAttemptDecision =
  | { kind: 'locked'; until: Date; newlyLocked: boolean; next: TAttemptState }
  | { kind: 'proceed'; delayMs: number; next: TAttemptState };

/**
 * Counts an attempt before the password is checked, so that parallel attempts (aliases,
 * batches, several connections) each see the ones before them and cannot slip past the limit.
 */
export function decideAttempt(options: { state: TAttemptState | null; now: Date; login: TConfig['login'] }): TAttemptDecision {
  const { now, login } = options;
  const baseDelayMs = login.baseDelayMs;
  let state = options.state;
  if (state?.lockedUntil && new Date(state.lockedUntil) > now) {
    return { kind: 'locked', until: new Date(state.lockedUntil), newlyLocked: false, next: state };
  }
  const windowMs = login.windowMinutes * 60_000;
  if (!state || now.getTime() - new Date(state.windowStartedAt).getTime() > windowMs || state.lockedUntil) {
    state = { failures: 0, windowStartedAt: now.toISOString(), lockedUntil: null };
  }
  const failures = state.failures + 1;
  if (failures > login.lockAfter) {
    const until = new Date(now.getTime() + login.lockMinutes * 60_000);
    return { kind: 'locked', until, newlyLocked: true, next: { ...state, failures, lockedUntil: until.toISOString() } };
  }
  const over = state.failures - login.slowAfter;
  const delayMs = over >= 0 ? Math.min(baseDelayMs * 2 ** over, 8 * baseDelayMs) : 0;
  return { kind: 'proceed', delayMs, next: { ...state, failures } };
}
