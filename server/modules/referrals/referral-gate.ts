// Loading a referral for a viewer: the access gate (core/gate.ts) with the grants that cover the
// referral (referral-grants.ts). Every read and every move of a referral starts here.
import type { TAuditAction } from '../../core/audit-actions.js';
import { mayHandleSubjectIdentity, referralAccess, type TReferralAccess, type TReferralData, type TReferralParties, type TViewer } from '../../core/access.js';
import type { TContext } from '../../core/context.js';
import { loadVisible as loadGated, type TGate } from '../../core/gate.js';
import { referralSharing } from './referral-grants.js';
import * as repo from './referrals.repo.js';
import type { TOrganisation } from '../organisations/organisations.service.js';

export type TReferralView = {
  row: repo.TReferralRow;
  access: TReferralAccess;
  /**
   * What a listing read for its whole page beforehand (referral-listing.ts), so these fields
   * resolve without a promise per referral (ADR 0022); absent elsewhere, where loaders read them.
   */
  listed?: { organisations: ReadonlyMap<string, TOrganisation>; pseudonym?: string };
  /**
   * The personal data a listing read with its page and recorded in its search record's hits
   * (referral-reader.ts `listingReads`, `showListed`): set only once that record is durable; absent elsewhere.
   */
  shown?: { personal: repo.TPersonalRow | null; data: ReadonlySet<TReferralData> };
};

/** The viewer's access to a referral now: the gate, with the access grants that cover it (sharing). */
export function accessToReferral(ctx: TContext, viewer: TViewer, row: TReferralParties & { id: string }): TReferralAccess {
  return referralAccess(viewer, row, referralSharing(ctx, viewer, [row.id])(row.id));
}

/** Loading a referral for a viewer (core/gate.ts): NOT_FOUND, audited with its subject, for who holds no access. */
export const REFERRAL_GATE: TGate<repo.TReferralRow, TReferralAccess> = {
  objectType: 'Referral',
  missing: 'No such referral',
  load: (ctx, id) => repo.findReferral(ctx.deps.db, id),
  accessOf: accessToReferral,
  subjectIdOf: (row) => row.subjectId,
};

export function loadVisible(ctx: TContext, id: string, attempted: TAuditAction): Promise<TReferralView> {
  return loadGated(ctx, REFERRAL_GATE, id, attempted);
}

export async function getReferral(ctx: TContext, input: { id: string }): Promise<TReferralView> {
  return await loadVisible(ctx, input.id, 'REFERRAL_READ');
}

/**
 * The subject a viewer is shown for a referral: the controller sees the subject it belongs to now;
 * everyone else the one it was referred under, so a merge changes nothing they can see.
 */
export function shownSubjectId(ctx: TContext, view: TReferralView): string {
  if (!view.row.referredSubjectId || mayHandleSubjectIdentity(ctx.viewer, view.row, view.access)) return view.row.subjectId;
  return view.row.referredSubjectId;
}
