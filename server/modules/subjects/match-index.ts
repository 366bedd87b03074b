// Keeps the blind index of subject matching in step with the personal data: a referral is indexed
// when it is submitted and again when its personal data is corrected; retention's erasure deletes
// its tokens; and at start-up every submitted referral not yet indexed under the configured key
// (a database from before the index, or a new key) is indexed, in batches, idempotently.
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
import { runAudited } from '../../core/audit.js';
import { findPersonalData } from '../referrals/referrals.repo.js';
import { identityTokens, type TBlindIndexKey } from './blind-index.js';
import * as repo from './subjects.repo.js';

/** (Re)computes one referral's tokens from its personal data as it now stands. */
export function indexReferral(ex: TExecutor, key: TBlindIndexKey, options: { referralId: string; at: Date }): void {
  const personal = findPersonalData(ex, [options.referralId])[0];
  const tokens = identityTokens(key, { name: personal?.name ?? null, alias: personal?.alias ?? null, dateOfBirth: personal?.dateOfBirth ?? null });
  repo.replaceTokens(ex, { referralId: options.referralId, tokens, keyId: key.keyId, at: options.at.toISOString() });
}

/** Retention erased the referral's personal data: its tokens go with it. */
export function forgetReferral(ex: TExecutor, referralId: string): void {
  repo.deleteTokens(ex, referralId);
}

const BATCH = 500;

/**
 * Indexes every submitted, unerased referral that is not indexed under the current key. Safe to
 * run at every start: a second run finds nothing to do. Each batch is one audited unit of work.
 */
export function backfillMatchIndex(ctx: TContext): number {
  const key = ctx.deps.blindIndexKey;
  let total = 0;
  for (;;) {
    const ids = repo.referralsToIndex(ctx.deps.db, { keyId: key.keyId, limit: BATCH });
    if (ids.length === 0) return total;
    runAudited(ctx, (unit) => {
      for (const referralId of ids) indexReferral(unit.tx, key, { referralId, at: unit.now });
      unit.audit({ action: 'SUBJECT_MATCH_INDEX_BACKFILL', objectType: 'Referral', details: { referrals: ids.length, keyId: key.keyId } });
    });
    total += ids.length;
  }
}
