// Who sees a case complex and its parts: the access the viewer holds (caseComplexAccess in
// core/access.ts, docs/adr/0007), loading a complex through the gate (NOT_FOUND, audited), the
// complexes a viewer sees, and the linked referrals it may be shown.
import { AppError } from '../../core/errors.js';
import type { TAuditAction } from '../../core/audit-actions.js';
import { caseComplexAccess, contributorReferralAccess, operationAccess, referralAccess, requireViewer, seesReferralAsAuthority, isInvestigatingOrganisation, type TCaseComplexAccess, type TViewer } from '../../core/access.js';
import { recordAudit } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { isSeeing, loadVisible as loadGated, refuse, type TGate, type TSeeing, type TVisible } from '../../core/gate.js';
import type { TReferralView } from '../referrals/referrals.service.js';
import { referralSharing } from '../referrals/referrals.service.js';
import * as repo from './case-complexes.repo.js';
import { findContributorComplexes } from './contributions.repo.js';

/** A complex the viewer may see: a view is never made of one whose access is NONE. */
export type TComplexView = TVisible<repo.TComplexRow, TSeeing<TCaseComplexAccess>>;

/** The access the viewer holds on each complex, from the facts the gate needs (one query per kind of fact). */
export function accessToComplexes(ctx: TContext, viewer: TViewer, rows: readonly repo.TComplexRow[]): Map<string, TCaseComplexAccess> {
  const db = ctx.deps.db;
  const ids = rows.map((r) => r.id);
  const handedOver = repo.findHandedOverBy(db, ids, viewer.organisationId);
  const contributing = findContributorComplexes(db, ids, viewer.organisationId);
  const visible = new Set<string>();
  const asAuthority = new Set<string>();
  const linked = repo.findLinkedReferrals(db, ids);
  const sharing = referralSharing(ctx, viewer, [...new Set(linked.map((r) => r.referral.id))]);
  for (const { link: l, referral } of linked) {
    const access = referralAccess(viewer, referral, sharing(referral.id));
    if (access.level !== 'NONE') visible.add(l.caseComplexId);
    if (seesReferralAsAuthority(access)) asAuthority.add(l.caseComplexId);
  }
  for (const { link: l, operation, invitationStatus } of repo.findLinkedOperations(db, ids, viewer.organisationId)) {
    if (operationAccess(viewer, { leadOrganisationId: operation.leadOrganisationId, invitationStatus }).level !== 'NONE') visible.add(l.caseComplexId);
  }
  return new Map(
    rows.map((row) => [
      row.id,
      caseComplexAccess(viewer, {
        leadOrganisationId: row.leadOrganisationId,
        formerLead: handedOver.has(row.id),
        linkedRecordVisible: visible.has(row.id),
        linkedReferralAsAuthority: asAuthority.has(row.id),
        contributor: contributing.has(row.id),
      }),
    ]),
  );
}

/** Loading a case complex for a viewer (core/gate.ts): NOT_FOUND, audited, for who does not see it. */
export const COMPLEX_GATE: TGate<repo.TComplexRow, TCaseComplexAccess> = {
  objectType: 'CaseComplex',
  missing: 'No such case complex',
  load: (ctx, id) => repo.findComplex(ctx.deps.db, ctx.deps.sealer, id),
  accessOf: (ctx, viewer, row) => accessToComplexes(ctx, viewer, [row]).get(row.id)!,
};

export function loadVisible(ctx: TContext, id: string, attempted: TAuditAction): Promise<TComplexView> {
  return loadGated(ctx, COMPLEX_GATE, id, attempted);
}

/** A complex the viewer may see and change as `may` says, else NOT_FOUND or FORBIDDEN (both audited). */
export async function loadForChange(ctx: TContext, id: string, attempted: TAuditAction, may: (access: TCaseComplexAccess) => boolean, what: string): Promise<TComplexView> {
  const view = await loadVisible(ctx, id, attempted);
  if (!may(view.access)) await refuse(ctx, COMPLEX_GATE, { id, row: view.row, attempted, message: `Only ${what} may do this` });
  // Retention erased it (its data key is shredded): it stays as a record of facts and can no longer be changed.
  if (view.row.erasedAt) throw new AppError('INVALID_TRANSITION', 'This case complex was erased under the retention rules and can no longer be changed', { state: 'ERASED', action: attempted });
  return view;
}

export async function getCaseComplex(ctx: TContext, input: { id: string }): Promise<TComplexView> {
  return await loadVisible(ctx, input.id, 'CASE_COMPLEX_READ');
}

export async function listCaseComplexes(ctx: TContext): Promise<TComplexView[]> {
  const viewer = requireViewer(ctx.viewer);
  const all = viewer.organisationCode === 'NSK' || viewer.organisationKind === 'PROSECUTION';
  const candidates = repo.findCandidateComplexes(ctx.deps.db, ctx.deps.sealer, { organisationId: viewer.organisationId, all, allSubmittedReferrals: viewer.organisationKind === 'CMM' });
  const access = accessToComplexes(ctx, viewer, candidates);
  const views = candidates.flatMap((row): TComplexView[] => {
    const seen = access.get(row.id)!;
    return isSeeing(seen) ? [{ row, access: seen }] : [];
  });
  await recordAudit(ctx, [{ action: 'CASE_COMPLEX_SEARCH', objectType: 'CaseComplex', purpose: 'INVESTIGATION', details: { results: views.length } }]);
  return views;
}


// --- Reading the parts of a complex (batched per request in case-complex-reader.ts) -------------

/**
 * The linked referrals the viewer may see, as views the Referral type resolves. An invited
 * contributor sees, in the complex only, those it has no access to otherwise as a SUMMARY grant on
 * the complex would show them (non-identifying facts).
 */
export function visibleReferralsOf(ctx: TContext, complex: TComplexView, rows: ReadonlyArray<{ link: repo.TReferralLinkRow; referral: repo.TReferralRow }>): TReferralView[] {
  const viewer = requireViewer(ctx.viewer);
  const sharing = referralSharing(ctx, viewer, rows.map((r) => r.referral.id));
  const asContributor = complex.access.basis === 'CONTRIBUTOR';
  return rows
    .map(({ referral }) => {
      const access = referralAccess(viewer, referral, sharing(referral.id));
      return { row: referral, access: access.level === 'NONE' && asContributor ? contributorReferralAccess() : access };
    })
    .filter((v) => v.access.level !== 'NONE');
}

/** Whether a viewer who sees a referral may learn which complexes it belongs to (docs/adr/0007). */
export function mayLearnComplexesOf(viewer: TViewer, referral: TReferralView): boolean {
  return referral.access.level !== 'NONE' && (isInvestigatingOrganisation(viewer) || seesReferralAsAuthority(referral.access));
}
