// The start-up step that brings grants made before the controller rule under it: every active
// grant that discloses personal data (OPERATIONAL, FULL) without resting on the referral's
// controller — any such grant on a case complex, and a referral grant made by an organisation that
// is not its controller — is capped at SUMMARY, each cap audited under every person it concerns,
// and an access request is opened for the holder so nothing silently disappears.
//
// Why here and not in a SQL migration: the audit trail is a hash chain written by one writer
// (core/audit.ts). A migration cannot append chained records, and a cap without its record would
// be a change nobody can account for. So the migration only adds the columns, and this step runs
// after the migrations on every start, through runAudited: one transaction per grant (cap, audit
// records, requests, notices commit together), idempotent because a capped grant is SUMMARY and
// no longer a candidate (docs/adr/0014-only-the-controller-discloses.md).
import { COMPLEX_GRANT_MAX_LEVEL } from '../../core/access.js';
import { runAudited } from '../../core/audit.js';
import { systemContext } from '../../core/context.js';
import type { TDeps } from '../../core/types.js';
import { findOrganisationById } from '../organisations/organisations.service.js';
import { openRequest } from './access-requests.service.js';
import * as repo from './sharing.repo.js';
import { auditPerSubject, notifyGrantee, referralsConcerned, type TGrantRow } from './sharing.service.js';

export const CONTROLLER_RULE = 'CONTROLLER_RULE';

/** Whether an active grant above SUMMARY goes beyond the rule (break-glass is the user's emergency access, reviewed by auditors: not a disclosure). */
function beyondTheRule(deps: TDeps, grant: TGrantRow): boolean {
  if (grant.breakGlass || grant.level === COMPLEX_GRANT_MAX_LEVEL) return false;
  if (grant.caseComplexId) return true;
  const referral = grant.referralId ? repo.findReferralFacts(deps.db, grant.referralId) : undefined;
  if (!referral || !grant.grantedByOrganisationId) return true;
  const granter = findOrganisationById(deps.db, grant.grantedByOrganisationId);
  return !(granter && (granter.id === referral.competentAuthorityId || granter.kind === 'CMM'));
}

export async function capGrantsBeyondTheControllerRule(deps: TDeps): Promise<{ capped: number; requestsOpened: number }> {
  const ctx = systemContext(deps, 'startup-controller-rule');
  let capped = 0;
  let requestsOpened = 0;
  const now = deps.clock.now().toISOString();
  for (const grant of repo.findActiveGrantsAboveSummary(deps.db, now)) {
    if (!beyondTheRule(deps, grant)) continue;
    await runAudited(ctx, (unit) => {
      const at = unit.now.toISOString();
      if (!repo.capGrant(unit.tx, grant.id, { fromLevel: grant.level, toLevel: COMPLEX_GRANT_MAX_LEVEL, at, reason: CONTROLLER_RULE })) {
        unit.audit({ action: 'ACCESS_GRANT_CAP_SKIPPED', objectType: 'AccessGrant', objectId: grant.id });
        return;
      }
      const concerned = referralsConcerned(unit.tx, grant);
      auditPerSubject(
        unit,
        {
          action: 'ACCESS_GRANT_CAP',
          objectType: grant.referralId ? 'Referral' : 'CaseComplex',
          objectId: grant.referralId ?? grant.caseComplexId,
          purpose: grant.purpose,
          details: { grantId: grant.id, granteeOrganisationId: grant.organisationId, fromLevel: grant.level, toLevel: COMPLEX_GRANT_MAX_LEVEL, reason: CONTROLLER_RULE },
        },
        concerned,
      );
      // The holder asks the controller of each referral for what it had, under the grant's own purpose and legal basis.
      for (const referral of concerned) {
        if (referral.state === 'DRAFT' || referral.erasedAt) continue;
        if (repo.findOpenRequest(unit.tx, { referralId: referral.id, organisationId: grant.organisationId })) continue;
        openRequest(ctx, unit, referral, {
          caseComplexId: grant.caseComplexId,
          organisationId: grant.organisationId,
          requestedByUserId: null,
          level: grant.level,
          purpose: grant.purpose,
          legalBasis: grant.legalBasis,
          reason: `Opened when grant ${grant.id} (${grant.level}) was capped at SUMMARY: only the referral's controller discloses personal data`,
          origin: 'CAPPED_GRANT',
          state: 'PENDING',
          cappedGrantId: grant.id,
        });
        requestsOpened += 1;
      }
      notifyGrantee(ctx, unit, { ...grant, level: COMPLEX_GRANT_MAX_LEVEL }, 'ACCESS_CAPPED');
      capped += 1;
    });
  }
  if (capped > 0) deps.logger.info({ capped, requestsOpened }, 'grants capped at SUMMARY under the controller rule');
  return { capped, requestsOpened };
}
