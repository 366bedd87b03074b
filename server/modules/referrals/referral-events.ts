// What other modules hear from referrals, inside the unit of work that changed a referral.
// Subjects sits above referrals: it reads referrals through referrals.service.ts, and referrals
// never imports subjects. So the blind index of subject matching, which must follow the person's
// identifying data in the same transaction, is kept in step by a listener that subjects registers
// (match-index.ts, wired by the composition root in server/deps.ts).
import type { TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';

/** Told of a referral whose identifying data (name, alias, date of birth) now stands as it will be matched on. */
export type TIdentifyingDataListener = (ctx: TContext, unit: TUnitOfWork, referralId: string) => void;

// A set: registering the same listener again (every createDeps in the tests) keeps one.
const listeners = new Set<TIdentifyingDataListener>();

export function onIdentifyingDataChanged(listener: TIdentifyingDataListener): void {
  listeners.add(listener);
}

/** At submission and at each correction, before the unit of work commits: a listener's failure rolls the change back. */
export function identifyingDataChanged(ctx: TContext, unit: TUnitOfWork, referralId: string): void {
  for (const listener of listeners) listener(ctx, unit, referralId);
}
