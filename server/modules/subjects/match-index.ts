// Keeps the blind index of subject matching in step with the personal data: a referral is indexed
// when it is submitted and again when its personal data is corrected (told by referrals, see
// keepMatchIndexInStep); retention's erasure deletes
// its tokens; and at start-up every submitted referral not yet indexed under the configured key
// (a database from before the index, or a new key) is indexed, in batches, idempotently.
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
import { runAudited, type TUnitOfWork } from '../../core/audit.js';
import { findPersonalData, onIdentifyingDataChanged } from '../referrals/referrals.service.js';
import type { TSealer } from '../../core/sealing/sealer.js';
import { identityTokens, type TBlindIndexKey } from './blind-index.js';
import * as repo from './subjects.repo.js';

/** (Re)computes referrals' tokens from their personal data as it now stands. */
export function indexReferrals(ex: TExecutor, key: TBlindIndexKey, sealer: TSealer, options: { referralIds: string[]; at: Date }): void {
  const personal = new Map(findPersonalData(ex, sealer, options.referralIds).map((p) => [p.referralId, p]));
  const entries = options.referralIds.map((referralId) => {
    const p = personal.get(referralId);
    return { referralId, tokens: identityTokens(key, { name: p?.name ?? null, alias: p?.alias ?? null, dateOfBirth: p?.dateOfBirth ?? null }) };
  });
  repo.replaceTokens(ex, { entries, keyId: key.keyId, at: options.at.toISOString() });
}

export function indexReferral(ex: TExecutor, key: TBlindIndexKey, sealer: TSealer, options: { referralId: string; at: Date }): void {
  indexReferrals(ex, key, sealer, { referralIds: [options.referralId], at: options.at });
}

/**
 * Registers the indexing with referrals, which tells of each submission and correction inside its
 * unit of work (referral-events.ts): called by the composition root; registering twice keeps one.
 */
export function keepMatchIndexInStep(): void {
  onIdentifyingDataChanged(indexOnChange);
}

function indexOnChange(ctx: TContext, unit: TUnitOfWork, referralId: string): void {
  indexReferral(unit.tx, ctx.deps.blindIndexKey, ctx.deps.sealer, { referralId, at: unit.now });
}

/** Retention erased the referral's personal data: its tokens go with it. */
export function forgetReferral(ex: TExecutor, referralId: string): void {
  repo.deleteTokens(ex, referralId);
}

const BATCH = 2000;

/**
 * Indexes every submitted, unerased referral that is not indexed under the current key. Safe to
 * run at every start: a second run finds nothing to do. Each batch is one audited unit of work.
 */
export async function backfillMatchIndex(ctx: TContext): Promise<number> {
  const key = ctx.deps.blindIndexKey;
  let total = 0;
  for (;;) {
    const ids = repo.referralsToIndex(ctx.deps.db, { keyId: key.keyId, limit: BATCH });
    if (ids.length === 0) return total;
    await runAudited(ctx, (unit) => {
      indexReferrals(unit.tx, key, ctx.deps.sealer, { referralIds: ids, at: unit.now });
      unit.audit({ action: 'SUBJECT_MATCH_INDEX_BACKFILL', objectType: 'Referral', details: { referrals: ids.length, keyId: key.keyId } });
    });
    total += ids.length;
  }
}
