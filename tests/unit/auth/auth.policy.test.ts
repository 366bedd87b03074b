// decideAttempt: the pure rule of when a sign-in attempt is slowed and when it is locked out.
import { describe, expect, it } from 'vitest';
import type { TConfig } from '../../../server/config.js';
import { decideAttempt, type TAttemptDecision, type TAttemptState } from '../../../server/modules/auth/auth.policy.js';

const LOGIN: TConfig['login'] = { slowAfter: 3, lockAfter: 10, addressLockAfter: 10, lockMinutes: 15, windowMinutes: 15, baseDelayMs: 500 };
const NOW = new Date('2026-11-23T09:00:00.000Z');
const MINUTE = 60_000;

function at(ms: number): Date {
  return new Date(NOW.getTime() + ms);
}

/** Runs `count` attempts in a row at `now`, each on the state the one before left. */
function run(count: number, options: { login?: TConfig['login']; state?: TAttemptState | null; now?: Date } = {}): TAttemptDecision[] {
  const decisions: TAttemptDecision[] = [];
  let state = options.state ?? null;
  for (let i = 0; i < count; i += 1) {
    const decision = decideAttempt({ state, now: options.now ?? NOW, login: options.login ?? LOGIN });
    decisions.push(decision);
    state = decision.next;
  }
  return decisions;
}

function delays(decisions: TAttemptDecision[]): Array<number | 'locked'> {
  return decisions.map((d) => (d.kind === 'proceed' ? d.delayMs : 'locked'));
}

describe('decideAttempt', () => {
  it('lets a first attempt through at once and opens a window', () => {
    expect(decideAttempt({ state: null, now: NOW, login: LOGIN })).toEqual({
      kind: 'proceed',
      delayMs: 0,
      next: { failures: 1, windowStartedAt: NOW.toISOString(), lockedUntil: null },
    });
  });

  it('slows attempts after slowAfter failures with a doubling delay, capped at 8× the base', () => {
    expect(delays(run(10))).toEqual([0, 0, 0, 500, 1000, 2000, 4000, 4000, 4000, 4000]);
  });

  it('locks on the attempt after lockAfter failures, for lockMinutes, and says so once', () => {
    const decisions = run(12);
    const eleventh = decisions[10]!;
    expect(eleventh).toEqual({
      kind: 'locked',
      until: at(15 * MINUTE),
      newlyLocked: true,
      next: { failures: 11, windowStartedAt: NOW.toISOString(), lockedUntil: at(15 * MINUTE).toISOString() },
    });
    const twelfth = decisions[11]!;
    expect(twelfth).toEqual({ kind: 'locked', until: at(15 * MINUTE), newlyLocked: false, next: eleventh.next });
  });

  it('locks exactly at the boundary: lockAfter failures lock the next attempt, one fewer does not', () => {
    const state = (failures: number): TAttemptState => ({ failures, windowStartedAt: NOW.toISOString(), lockedUntil: null });
    expect(decideAttempt({ state: state(9), now: NOW, login: LOGIN }).kind).toBe('proceed');
    expect(decideAttempt({ state: state(10), now: NOW, login: LOGIN }).kind).toBe('locked');
  });

  it('stays locked until the lock ends, then starts a fresh window', () => {
    const locked: TAttemptState = { failures: 11, windowStartedAt: NOW.toISOString(), lockedUntil: at(15 * MINUTE).toISOString() };
    const justBefore = decideAttempt({ state: locked, now: at(15 * MINUTE - 1), login: LOGIN });
    expect(justBefore).toMatchObject({ kind: 'locked', newlyLocked: false, next: locked });

    const atEnd = decideAttempt({ state: locked, now: at(15 * MINUTE), login: LOGIN });
    expect(atEnd).toEqual({ kind: 'proceed', delayMs: 0, next: { failures: 1, windowStartedAt: at(15 * MINUTE).toISOString(), lockedUntil: null } });
  });

  it('forgets failures once the window has passed, not before', () => {
    const state: TAttemptState = { failures: 9, windowStartedAt: NOW.toISOString(), lockedUntil: null };
    const inside = decideAttempt({ state, now: at(15 * MINUTE), login: LOGIN });
    expect(inside).toMatchObject({ kind: 'proceed', delayMs: 4000, next: { failures: 10, windowStartedAt: NOW.toISOString() } });

    const after = decideAttempt({ state, now: at(15 * MINUTE + 1), login: LOGIN });
    expect(after).toEqual({ kind: 'proceed', delayMs: 0, next: { failures: 1, windowStartedAt: at(15 * MINUTE + 1).toISOString(), lockedUntil: null } });
  });

  it('does not change the state it is given', () => {
    const state: TAttemptState = { failures: 5, windowStartedAt: NOW.toISOString(), lockedUntil: null };
    const copy = { ...state };
    decideAttempt({ state, now: NOW, login: LOGIN });
    expect(state).toEqual(copy);
  });

  it('follows the configuration', () => {
    expect(delays(run(6, { login: { ...LOGIN, slowAfter: 1, lockAfter: 5, baseDelayMs: 100 } }))).toEqual([0, 100, 200, 400, 800, 'locked']);
    expect(delays(run(4, { login: { ...LOGIN, baseDelayMs: 0 } }))).toEqual([0, 0, 0, 0]);
    expect(delays(run(4, { login: { ...LOGIN, slowAfter: 5, lockAfter: 3 } }))).toEqual([0, 0, 0, 'locked']);
    const lock = run(3, { login: { ...LOGIN, lockAfter: 2, addressLockAfter: 2, lockMinutes: 60 } })[2]!;
    expect(lock).toMatchObject({ kind: 'locked', until: at(60 * MINUTE) });
  });
});
