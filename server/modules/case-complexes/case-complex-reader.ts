// Reading the parts of case complexes: per-request DataLoaders so a list of complexes costs the
// same few statements as one. Suspects are read only after the gate allowed it, and each read of a
// suspect writes its audit record (category SUSPECT) before any value is returned.
import DataLoader from 'dataloader';
import { groupBy } from '../../core/group-by.js';
import { mayReadSuspects } from '../../core/access.js';
import { recordAudit } from '../../core/audit.js';
import { perRequest, type TContext } from '../../core/context.js';
import * as repo from './case-complexes.repo.js';
import type { TComplexView } from './case-complex-access.js';

export type TTimelineEntry = {
  kind: string;
  at: string;
  organisationId: string | null;
  fromOrganisationId: string | null;
  toOrganisationId: string | null;
  referralId: string | null;
  operationId: string | null;
};

type TLoaders = {
  suspects: DataLoader<TComplexView, repo.TSuspectRow[], string>;
  events: DataLoader<string, repo.TSuspectEventRow[]>;
  referrals: DataLoader<string, Array<{ link: repo.TReferralLinkRow; referral: repo.TReferralRow }>>;
  operations: DataLoader<string, Array<{ link: repo.TOperationLinkRow; operation: repo.TOperationRow }>>;
  timeline: DataLoader<string, TTimelineEntry[]>;
  complexesOfReferral: DataLoader<string, repo.TComplexRow[]>;
};

const loaders = perRequest((ctx): TLoaders => {
  const { db } = ctx.deps;
  return {
    suspects: new DataLoader<TComplexView, repo.TSuspectRow[], string>(
      async (views) => {
        const allowed = views.filter((v) => mayReadSuspects(v.access));
        const byComplex = groupBy(repo.findSuspectsOfComplexes(db, ctx.deps.sealer, allowed.map((v) => v.row.id)), (s) => s.caseComplexId);
        // One record per suspect read, written before any suspect is returned.
        await recordAudit(
          ctx,
          allowed.flatMap((v) =>
            (byComplex.get(v.row.id) ?? []).map((s) => ({
              action: 'SUSPECT_READ',
              objectType: 'Suspect',
              objectId: s.id,
              subjectId: null,
              dataCategory: 'SUSPECT' as const,
              purpose: 'INVESTIGATION',
              details: { caseComplexId: v.row.id, basis: v.access.basis, ...(ctx.viewer?.serviceAccount ? { servicePurpose: ctx.viewer.serviceAccount.purpose } : {}) },
            })),
          ),
        );
        return views.map((v) => (mayReadSuspects(v.access) ? (byComplex.get(v.row.id) ?? []) : []));
      },
      { cacheKeyFn: (v) => v.row.id },
    ),
    events: new DataLoader(async (suspectIds) => {
      const bySuspect = groupBy(repo.findCaseEventsOfSuspects(db, ctx.deps.sealer, suspectIds), (e) => e.suspectId);
      return suspectIds.map((id) => bySuspect.get(id) ?? []);
    }),
    referrals: new DataLoader(async (complexIds) => {
      const byComplex = groupBy(repo.findLinkedReferrals(db, complexIds), (r) => r.link.caseComplexId);
      return complexIds.map((id) => byComplex.get(id) ?? []);
    }),
    operations: new DataLoader(async (complexIds) => {
      // The viewer's invitation is not needed to show the link; the operation's own gate applies when it is opened.
      const byComplex = groupBy(repo.findLinkedOperations(db, complexIds, ''), (r) => r.link.caseComplexId);
      return complexIds.map((id) => byComplex.get(id) ?? []);
    }),
    timeline: new DataLoader(async (complexIds) => {
      const events = repo.findTimelineEvents(db, ctx.deps.sealer, complexIds);
      const referralLinks = repo.findLinkedReferrals(db, complexIds).map((r) => r.link);
      const operationLinks = repo.findLinkedOperations(db, complexIds, '').map((r) => r.link);
      const linkers = [...referralLinks, ...operationLinks].map((l) => l.linkedByUserId).filter((id): id is string => id !== null);
      const orgOf = repo.findUserOrganisations(db, [...new Set(linkers)]);
      const entries: Array<TTimelineEntry & { complexId: string }> = [
        ...events.map((e) => ({
          complexId: e.caseComplexId,
          kind: e.kind,
          at: e.createdAt,
          organisationId: e.actorOrganisationId,
          fromOrganisationId: e.fromOrganisationId,
          toOrganisationId: e.toOrganisationId,
          referralId: null,
          operationId: null,
        })),
        ...referralLinks.map((l) => ({
          complexId: l.caseComplexId,
          kind: 'REFERRAL_LINKED',
          at: l.linkedAt,
          organisationId: l.linkedByUserId ? (orgOf.get(l.linkedByUserId) ?? null) : null,
          fromOrganisationId: null,
          toOrganisationId: null,
          referralId: l.referralId,
          operationId: null,
        })),
        ...operationLinks.map((l) => ({
          complexId: l.caseComplexId,
          kind: 'OPERATION_LINKED',
          at: l.linkedAt,
          organisationId: l.linkedByUserId ? (orgOf.get(l.linkedByUserId) ?? null) : null,
          fromOrganisationId: null,
          toOrganisationId: null,
          referralId: null,
          operationId: l.operationId,
        })),
      ];
      // Stable: equal times keep the order above (created before links made in the same instant).
      const byComplex = groupBy(
        [...entries].sort((a, b) => a.at.localeCompare(b.at)),
        (e) => e.complexId,
      );
      return complexIds.map((id) => (byComplex.get(id) ?? []).map(({ complexId: _complexId, ...entry }) => entry));
    }),
    complexesOfReferral: new DataLoader(async (referralIds) => {
      const byReferral = groupBy(repo.findComplexesOfReferrals(db, ctx.deps.sealer, referralIds), (r) => r.referralId);
      return referralIds.map((id) => (byReferral.get(id) ?? []).map((r) => r.complex));
    }),
  };
});

/** The suspects of a complex if the viewer may read them (each read audited), else null. */
export async function loadSuspects(ctx: TContext, view: TComplexView): Promise<repo.TSuspectRow[] | null> {
  if (!mayReadSuspects(view.access)) return null;
  return loaders(ctx).suspects.load(view);
}

export function loadCaseEvents(ctx: TContext, suspectId: string): Promise<repo.TSuspectEventRow[]> {
  return loaders(ctx).events.load(suspectId);
}

export function loadLinkedReferrals(ctx: TContext, complexId: string) {
  return loaders(ctx).referrals.load(complexId);
}

export function loadLinkedOperations(ctx: TContext, complexId: string) {
  return loaders(ctx).operations.load(complexId);
}

export function loadTimeline(ctx: TContext, complexId: string): Promise<TTimelineEntry[]> {
  return loaders(ctx).timeline.load(complexId);
}

export function loadComplexesOfReferral(ctx: TContext, referralId: string): Promise<repo.TComplexRow[]> {
  return loaders(ctx).complexesOfReferral.load(referralId);
}
