// Sign-in throttling (ADR 0012): every password check (sign-in, enrolling a second factor) passes
// a gate for its (account, client address) pair and waits the delay its failures have earned
// before the password is checked; failures are counted after the check, in the same transaction
// as their audit record. Nothing is ever locked. The rules are pure (auth.policy.ts); this file
// holds the counters (keyed HMACs in login_attempts, never an address or e-mail in the clear, and
// only for failures within the window) and the in-process gate that makes parallel attempts of
// one pair take their turns.
import { createHmac } from 'node:crypto';
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
import type { TDeps } from '../../core/types.js';
import { afterFailure, decideDelay, failuresAt, pairConcurrency, type TDelayDecision, type TThrottleCounts } from './auth.policy.js';
import * as repo from './auth.repo.js';

export type TThrottleKeys = { pair: string; account: string; address: string | null };

export function throttleKeys(secret: Buffer, email: string, ip: string | null): TThrottleKeys {
  const mac = (value: string) => createHmac('sha256', secret).update(value).digest('hex');
  return {
    pair: `pair:${mac(`${email}\n${ip ?? '-'}`)}`,
    account: `account:${mac(email)}`,
    address: ip ? `address:${mac(ip)}` : null,
  };
}

/** Attempts between the gate and their answer, per key, and who waits for a turn. One per server process. */
type TGate = { inFlight: Map<string, number>; waiters: Map<string, Array<() => void>> };
const gates = new WeakMap<TDeps, TGate>();

function gateOf(deps: TDeps): TGate {
  let gate = gates.get(deps);
  if (!gate) {
    gate = { inFlight: new Map(), waiters: new Map() };
    gates.set(deps, gate);
  }
  return gate;
}

function readCounts(deps: TDeps, keys: TThrottleKeys, gate: TGate): TThrottleCounts {
  const now = deps.clock.now();
  const rules = deps.config.login;
  const count = (key: string | null) => (key ? failuresAt(repo.getAttemptState(deps.db, key), now, rules) : 0);
  return { pair: count(keys.pair), account: count(keys.account), address: count(keys.address), accountInFlight: gate.inFlight.get(keys.account) ?? 0 };
}

export type TPasswordAttempt = {
  keys: TThrottleKeys;
  /** The wait before the check, and which counter asked for it (for the audit record). */
  delay: TDelayDecision;
  /**
   * Whether the attempt waited (for the pair's turn or for its delay) before returning: only then
   * can what the caller read before it be stale enough to read again (ADR 0022, decision 56).
   */
  waited: boolean;
  /** Must be called once the attempt's failure or success is recorded (in a finally). */
  release(): void;
};

/**
 * Waits for the pair's turn, then for the attempt's own delay; returns before the password is
 * checked. `secondFactorPresented`: a valid current code for an account that has a second factor
 * (checked without claiming it, which the sign-in does later) skips the account-wide delay.
 */
export async function beginPasswordAttempt(ctx: TContext, email: string, options: { secondFactorPresented: boolean }): Promise<TPasswordAttempt> {
  const { deps } = ctx;
  const gate = gateOf(deps);
  const keys = throttleKeys(deps.keys.throttleKey, email, ctx.ip);
  let counts = readCounts(deps, keys, gate);
  let waited = false;
  while ((gate.inFlight.get(keys.pair) ?? 0) >= pairConcurrency(counts, deps.config.login)) {
    waited = true;
    await new Promise<void>((resolve) => {
      const list = gate.waiters.get(keys.pair) ?? [];
      list.push(resolve);
      gate.waiters.set(keys.pair, list);
    });
    counts = readCounts(deps, keys, gate);
  }
  const bump = (key: string, by: number) => {
    const next = (gate.inFlight.get(key) ?? 0) + by;
    if (next <= 0) gate.inFlight.delete(key);
    else gate.inFlight.set(key, next);
  };
  bump(keys.pair, 1);
  bump(keys.account, 1);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    bump(keys.pair, -1);
    bump(keys.account, -1);
    // Everyone waiting for this pair looks again: the failure just recorded may change their turn.
    const waiting = gate.waiters.get(keys.pair) ?? [];
    gate.waiters.delete(keys.pair);
    for (const wake of waiting) wake();
  };
  const delay = decideDelay(counts, deps.config.login, options);
  try {
    if (delay.delayMs > 0) {
      waited = true;
      deps.metrics.signInThrottled.inc({ by: delay.by === 'ACCOUNT' ? 'account' : 'pair' });
      await deps.sleep(delay.delayMs);
    }
  } catch (error) {
    release();
    throw error;
  }
  return { keys, delay, waited, release };
}

/**
 * Counts a failure on the pair, the account and the address, inside the refusal's unit of work.
 * Counters whose window is over are removed on the way: no address (even as a keyed hash) is
 * kept longer than the window it counts in. Returns the account's failures in the window.
 */
export function recordFailure(tx: TExecutor, deps: TDeps, keys: TThrottleKeys, now: Date): number {
  const rules = deps.config.login;
  // A window that started exactly LOGIN_WINDOW_MINUTES ago is over (failuresAt counts it as 0).
  repo.deleteStaleAttemptStates(tx, new Date(now.getTime() - rules.windowMinutes * 60_000 + 1).toISOString(), now.toISOString());
  let accountFailures = 0;
  for (const key of [keys.pair, keys.account, keys.address]) {
    if (!key) continue;
    const next = afterFailure(repo.getAttemptState(tx, key), now, rules);
    repo.saveAttemptState(tx, key, next);
    if (key === keys.account) accountFailures = next.failures;
  }
  return accountFailures;
}

/**
 * The password was right: the pair starts afresh. The account and address counters keep their
 * failures until their window ends: an attacker cannot wipe them by signing in somewhere.
 */
export function recordSuccess(tx: TExecutor, keys: TThrottleKeys): void {
  repo.clearAttemptState(tx, keys.pair);
}
