// Reading a referral's personal data, field by field: the access gate decides whether a field is
// withheld (null); what is shown is loaded in one batch per request tick, and each read of a
// category of personal data writes its audit record (with the viewer's purpose) before it is returned.
import DataLoader from 'dataloader';
import { groupBy } from '../../core/group-by.js';
import { mayReadReferralData, type TReferralData } from '../../core/access.js';
import { recordReadAudit, type TAuditRecord, type TDataCategory } from '../../core/audit.js';
import type { TAuditDetails, TAuditHit } from '../../core/audit-actions.js';
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

/** The order a listing's hit names the categories it showed in. */
export const CATEGORY_ORDER: readonly TDataCategory[] = ['IDENTITY', 'CONTACT', 'WHEREABOUTS', 'NARRATIVE'];

type TKey = { view: TReferralView; data: TReferralData };

/**
 * What a read records beside its category: a read under a grant or break-glass names it, and
 * marks a FULL grant that overrode missing consent; a service account's read carries the purpose
 * it was created for (ADR 0027).
 */
function readDetails(ctx: TContext, view: TReferralView): TAuditDetails['REFERRAL_READ'] | null {
  const servicePurpose = ctx.viewer?.serviceAccount?.purpose;
  const { grantId, consentOverride } = view.access;
  return grantId || servicePurpose
    ? { ...(grantId ? { grantId } : {}), ...(consentOverride ? { consentOverride: true } : {}), ...(servicePurpose ? { servicePurpose } : {}) }
    : null;
}

/** What a listing reads of one referral with its page: the data classes and the categories they are recorded under. */
export type TListingRead = { data: ReadonlySet<TReferralData>; categories: readonly TDataCategory[]; details: TAuditDetails['REFERRAL_READ'] | null };

/**
 * A listing's reads of personal data, made with its page (ADR 0022, decision 33): of the data
 * classes its document selects of every referral (`classes`), those this viewer may read of each
 * one, recorded as the categories shown on that referral's hit of the search record instead of a
 * read record of their own. null for a referral nothing is read of. The data is opened by
 * `showListed`, once the search record is durable.
 */
export function listingReads(views: readonly TReferralView[], classes: readonly TReferralData[], ctx: TContext): Array<TListingRead | null> {
  return views.map((view) => {
    if (view.row.erasedAt) return null;
    const data = new Set<TReferralData>();
    const shown = new Set<TDataCategory>();
    for (const c of classes) {
      const category = AUDIT_CATEGORY[c];
      if (!category || !mayReadReferralData(view.access, c)) continue;
      data.add(c);
      shown.add(category);
    }
    return data.size === 0 ? null : { data, categories: CATEGORY_ORDER.filter((c) => shown.has(c)), details: readDetails(ctx, view) };
  });
}

/**
 * Opens what `listingReads` recorded, in one read, and puts it on the views, so those fields
 * resolve without a promise: call only after the search record with those hits is durable.
 */
export function showListed(ctx: TContext, views: readonly TReferralView[], reads: ReadonlyArray<TListingRead | null>): void {
  const ids: string[] = [];
  views.forEach((view, i) => {
    if (reads[i]) ids.push(view.row.id);
  });
  if (ids.length === 0) return;
  const opened = new Map(repo.findPersonalDataOf(ctx.deps.sqlite, ctx.deps.sealer, ids).map((row) => [row.referralId, row]));
  const { shown } = personalReads(ctx);
  views.forEach((view, i) => {
    const read = reads[i];
    if (!read) return;
    view.shown = { personal: opened.get(view.row.id) ?? null, data: read.data };
    shown.set(view.row.id, view.shown);
  });
}

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
  events: DataLoader<string, repo.TEventRow[]>;
  corrections: DataLoader<string, repo.TCorrectionRow[]>;
  subjects: DataLoader<string, { id: string; pseudonym: string }>;
};

const loaders = perRequest((ctx): TLoaders => {
  const { db, sealer } = ctx.deps;
  return {
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

/**
 * One request's reads of personal data. What DataLoader did here, without its per-key machinery
 * (a listing with identity and narrative asks 100 times per page): the reads asked for in one
 * pass of the resolvers form one batch; each referral's personal data is read and opened once per
 * request, whichever data classes ask for it (opening is the cost of sealing); each referral and
 * data class is read, and audited, once per request (`results`).
 */
type TPersonalReads = {
  opened: Map<string, repo.TPersonalRow | null>;
  /** What a listing of this request read and recorded with its page (showListed), by referral. */
  shown: Map<string, NonNullable<TReferralView['shown']>>;
  /** `${referralId}|${data}` → its read: shared by every field that asks for the same data class. */
  results: Map<string, Promise<repo.TPersonalRow | null>>;
  pending: { keys: TKey[]; cacheKeys: string[]; done: Promise<void> } | null;
};

const personalReads = perRequest((): TPersonalReads => ({ opened: new Map(), shown: new Map(), results: new Map(), pending: null }));

/** After every resolver of the current pass has asked (DataLoader's own schedule: a promise job, then a tick). */
function afterThisPass(): Promise<void> {
  return new Promise((resolve) => void Promise.resolve().then(() => process.nextTick(resolve)));
}

async function dispatch(ctx: TContext, reads: TPersonalReads, keys: TKey[], cacheKeys: string[]): Promise<void> {
  try {
    const missing: string[] = [];
    for (const { view } of keys) {
      const id = view.row.id;
      if (reads.opened.has(id)) continue;
      reads.opened.set(id, null);
      missing.push(id);
    }
    if (missing.length > 0) for (const row of repo.findPersonalDataOf(ctx.deps.sqlite, ctx.deps.sealer, missing)) reads.opened.set(row.referralId, row);
    const hits: TAuditHit[] = [];
    for (const { view, data } of keys) {
      const category = AUDIT_CATEGORY[data];
      if (!category) continue;
      hits.push({ objectId: view.row.id, subjectId: view.row.subjectId, purpose: view.access.purpose, dataCategory: category, details: readDetails(ctx, view) });
    }
    // One record for the batch, a hit per referral and category read (ADR 0022): what one
    // record per read said, per person, in one narrow row each. Durable before any of it is
    // returned (group commit with concurrent requests).
    if (hits.length > 0) await recordReadAudit(ctx, [readRecord(hits)]);
  } catch (error) {
    // Nothing of a failed batch is kept: a later read asks (and records) again.
    for (const key of cacheKeys) reads.results.delete(key);
    throw error;
  }
}

/** The personal row if the viewer may read `data` of this referral (and the read is audited), else null. */
export function readPersonal(ctx: TContext, view: TReferralView, data: TReferralData): Promise<repo.TPersonalRow | null> {
  // Erased under retention: there is nothing personal left to read, so nothing to record either.
  if (view.row.erasedAt || !mayReadReferralData(view.access, data)) return Promise.resolve(null);
  return read(ctx, view, data);
}

function read(ctx: TContext, view: TReferralView, data: TReferralData): Promise<repo.TPersonalRow | null> {
  const reads = personalReads(ctx);
  const id = view.row.id;
  const cacheKey = `${id}|${data}`;
  const known = reads.results.get(cacheKey);
  if (known) return known;
  // Read and recorded by a listing of this request already (another view of the same referral).
  const listed = reads.shown.get(id);
  if (listed?.data.has(data)) return Promise.resolve(listed.personal);
  let batch = reads.pending;
  if (!batch) {
    const keys: TKey[] = [];
    const cacheKeys: string[] = [];
    batch = {
      keys,
      cacheKeys,
      done: afterThisPass().then(() => {
        reads.pending = null;
        return dispatch(ctx, reads, keys, cacheKeys);
      }),
    };
    reads.pending = batch;
  }
  batch.keys.push({ view, data });
  batch.cacheKeys.push(cacheKey);
  const result = batch.done.then(() => reads.opened.get(id) ?? null);
  reads.results.set(cacheKey, result);
  return result;
}

/**
 * A personal field for a resolver: null at once when the viewer may not read `data` (or the
 * referral is erased), else the field picked from the audited read. Not an async function: a
 * listing resolves such fields by the hundred, and each `async`/`await` is another promise.
 */
export function personalField<T>(ctx: TContext, view: TReferralView, data: TReferralData, pick: (row: repo.TPersonalRow) => T): T | null | Promise<T | null> {
  if (view.row.erasedAt || !mayReadReferralData(view.access, data)) return null;
  // A listing read and recorded it with its page (listingReads): no promise, no record of its own.
  const { shown } = view;
  if (shown?.data.has(data)) return shown.personal ? pick(shown.personal) : null;
  return read(ctx, view, data).then((row) => (row ? pick(row) : null));
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
