// Expiry notices (a job): each grantee is told once, before its grant expires.
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { EXPIRY_NOTICE_DAYS } from './sharing.policy.js';
import * as repo from './sharing.repo.js';
import { DAY_MS, notifyGrantee } from './grant-support.js';

// --- Expiry notices (job) ---------------------------------------------------------------------

/** Tells each grantee once, EXPIRY_NOTICE_DAYS before, that its grant expires. */
export async function notifyExpiringGrants(ctx: TContext, now: Date): Promise<{ notified: number }> {
  let notified = 0;
  const until = new Date(now.getTime() + EXPIRY_NOTICE_DAYS * DAY_MS).toISOString();
  for (const grant of repo.findExpiringGrants(ctx.deps.db, { now: now.toISOString(), until })) {
    await runAudited(ctx, (unit) => {
      if (!repo.claimExpiryNotice(unit.tx, grant.id, unit.now.toISOString())) {
        unit.audit({ action: 'GRANT_EXPIRY_NOTICE_SKIPPED', objectType: 'AccessGrant', objectId: grant.id });
        return;
      }
      notifyGrantee(ctx, unit, grant, 'GRANT_EXPIRING');
      unit.audit({ action: 'GRANT_EXPIRY_NOTICE', objectType: 'AccessGrant', objectId: grant.id, details: { expiresAt: grant.expiresAt } });
      notified += 1;
    });
  }
  return { notified };
}
