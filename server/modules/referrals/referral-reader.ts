// Reading a referral's personal data, field by field: the access gate decides whether a field is
// withheld (null); what is shown is loaded in one batch per request tick, and each read of a
// category of personal data writes its audit record (with the viewer's purpose) before it is returned.
import DataLoader from 'dataloader';
import { groupBy } from '../../core/group-by.js';
import { mayReadReferralData, type TReferralData } from '../../core/access.js';
import { recordReadAudit, type TAuditRecord, type TDataCategory } from '../../core/audit.js';
import type { TAuditHit } from '../../core/audit-actions.js';
import { perRequest, type TContext } from '../../core/context.js';
import * as repo from './referrals.repo.js';
import type { TReferralView } from './referral-gate.js';

/** The audit category each withheld data class is recorded under when it is read. */
const AUDIT_CATEGORY: Partial<Record<TReferralData, TDataCategory>> = {
  IDENTITY: 'IDENTITY',
  CONTACT: 'CONTACT',
  WHEREABOUTS: 'WHEREABOUTS',
  NARRATIVE: 'NARRATIVE',
  ASSESSMENT_GROUNDS: 'NARRATIVE',
  SUPPORT: 'IDENTITY',
};

type TKey = { view: TReferralView; data: TReferralData };

/**
 * The record of one batch of reads. Its hits say what was read, of whom and why; the record
 * itself names the referral, person, category and purpose only where all its hits agree (a read
 * of one referral then reads as before), and is otherwise about all of them.
 */
function readRecord(hits: TAuditHit[]): TAuditRecord<'REFERRAL_READ'> {
  const same = <T>(of: (h: TAuditHit) => T): T | null => (hits.every((h) => of(h) === of(hits[0]!)) ? of(hits[0]!) : null);
  return {
    action: 'REFERRAL_READ',
    objectType: 'Referral',
    objectId: same((h) => h.objectId),
    subjectId: same((h) => h.subjectId),
    dataCategory: same((h) => h.dataCategory ?? null),
    purpose: same((h) => h.purpose),
    hits,
  };
}

type TLoaders = {
  personal: DataLoader<TKey, repo.TPersonalRow | null, string>;
  events: DataLoader<string, repo.TEventRow[]>;
  corrections: DataLoader<string, repo.TCorrectionRow[]>;
  subjects: DataLoader<string, { id: string; pseudonym: string }>;
};

const loaders = perRequest((ctx): TLoaders => {
  const { db, sealer } = ctx.deps;
  // Each referral's personal data is read and opened once per request, whichever data classes
  // (each its own load key and batch, for its audit record) ask for it: opening is the cost of sealing.
  const opened = new Map<string, repo.TPersonalRow | null>();
  return {
    personal: new DataLoader<TKey, repo.TPersonalRow | null, string>(
      async (keys) => {
        const missing = [...new Set(keys.map((k) => k.view.row.id))].filter((id) => !opened.has(id));
        for (const id of missing) opened.set(id, null);
        for (const row of repo.findPersonalData(db, sealer, missing)) opened.set(row.referralId, row);
        const hits: TAuditHit[] = [];
        for (const { view, data } of keys) {
          const category = AUDIT_CATEGORY[data];
          if (!category) continue;
          // A read under a grant or break-glass names it, and marks a FULL grant that overrode missing consent.
          const { grantId, consentOverride } = view.access;
          const details = grantId ? { grantId, ...(consentOverride ? { consentOverride: true } : {}) } : null;
          hits.push({ objectId: view.row.id, subjectId: view.row.subjectId, purpose: view.access.purpose, dataCategory: category, details });
        }
        // One record for the batch, a hit per referral and category read (ADR 0022): what one
        // record per read said, per person, in one narrow row each. Durable before any of it is
        // returned (group commit with concurrent requests).
        if (hits.length > 0) await recordReadAudit(ctx, [readRecord(hits)]);
        return keys.map((k) => opened.get(k.view.row.id) ?? null);
      },
      { cacheKeyFn: (k) => `${k.view.row.id}|${k.data}` },
    ),
    events: new DataLoader(async (ids) => {
      const byReferral = groupBy(repo.findEvents(db, sealer, ids), (event) => event.referralId);
      return ids.map((id) => byReferral.get(id) ?? []);
    }),
    corrections: new DataLoader(async (ids) => {
      const byReferral = groupBy(repo.findCorrections(db, sealer, ids), (row) => row.referralId);
      return ids.map((id) => byReferral.get(id) ?? []);
    }),
    subjects: new DataLoader(async (ids) => {
      const pseudonyms = repo.findSubjectPseudonyms(ctx.deps.sqlite, ids);
      return ids.map((id) => {
        const pseudonym = pseudonyms.get(id);
        return pseudonym === undefined ? new Error('Subject not found') : { id, pseudonym };
      });
    }),
  };
});

/** The personal row if the viewer may read `data` of this referral (and the read is audited), else null. */
export async function readPersonal(ctx: TContext, view: TReferralView, data: TReferralData): Promise<repo.TPersonalRow | null> {
  // Erased under retention: there is nothing personal left to read, so nothing to record either.
  if (view.row.erasedAt || !mayReadReferralData(view.access, data)) return null;
  return loaders(ctx).personal.load({ view, data });
}

export function mayRead(view: TReferralView, data: TReferralData): boolean {
  return mayReadReferralData(view.access, data);
}

export function loadEvents(ctx: TContext, referralId: string): Promise<repo.TEventRow[]> {
  return loaders(ctx).events.load(referralId);
}

export function loadCorrections(ctx: TContext, referralId: string): Promise<repo.TCorrectionRow[]> {
  return loaders(ctx).corrections.load(referralId);
}

export function loadSubject(ctx: TContext, subjectId: string) {
  return loaders(ctx).subjects.load(subjectId);
}

/** The competent authority's assessment once recorded (every part of it is written together). */
export type TAssessmentView = {
  view: TReferralView;
  decision: NonNullable<repo.TReferralRow['decision']>;
  primaryExploitation: NonNullable<repo.TReferralRow['primaryExploitation']>;
  assessedOn: string;
  assessedByOrganisationId: string;
};

export function assessmentOf(view: TReferralView): TAssessmentView | null {
  const { decision, primaryExploitation, assessedOn, assessedByOrganisationId } = view.row;
  return decision && primaryExploitation && assessedOn && assessedByOrganisationId ? { view, decision, primaryExploitation, assessedOn, assessedByOrganisationId } : null;
}

/** The representative of a minor once recorded; the name and who appointed them are read as SUPPORT data. */
export type TRepresentativeView = { view: TReferralView; recordedAt: string };
