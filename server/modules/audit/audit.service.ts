// The auditor's tools: searching the trail, verifying the hash chain and its signed checkpoints,
// and the data subject's access report. AUDITOR only; how much of the trail an auditor sees is
// decided by core/access.ts auditTrailScope (ADR 0009). Every use is itself audited.
import DataLoader from 'dataloader';
import { isAuditAction, type TAuditEntryDetails } from '../../core/audit-actions.js';
import { z } from 'zod';
import { auditTrailScope, hasAnyRole, requireViewer, type TViewer } from '../../core/access.js';
import { recordAudit, recordReadAudit } from '../../core/audit.js';
import { perRequest, type TContext } from '../../core/context.js';
import { groupBy } from '../../core/group-by.js';
import { AppError, badInput, notFound } from '../../core/errors.js';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../../core/pagination.js';
import { parseInput } from '../../core/validation.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { verifyAuditChain as verifyChain, type TChainReport } from './audit-chain.js';
import * as repo from './audit.repo.js';
import { aliasesOf, resolveSubjectId, subjectsByIdentity, type TSubjectByIdentity } from '../subjects/subjects.service.js';

/** A record as the auditor reads it: its details in the shape its action and outcome record (core/audit-actions.ts). */
export type TAuditEventView = Omit<repo.TAuditEventRow, 'action' | 'outcome' | 'details'> & TAuditEntryDetails;

/** The trail is written only through the typed writer (core/audit.ts), so its details have the shape of their action. */
function readEntry(row: repo.TAuditEventRow): TAuditEventView {
  const { details, ...rest } = row;
  return { ...rest, details: details === null ? null : JSON.parse(details) } as TAuditEventView;
}

const CODE = (max: number) => z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'Use the code in capitals, e.g. REFERRAL_READ').max(max, `At most ${max} characters`);
const ID = z.string().min(1, 'Must not be empty').max(100, 'At most 100 characters');

const ZAuditEventFilter = z
  .object({
    actorUserId: ID.nullish(),
    organisationCode: z.string().max(20, 'At most 20 characters').nullish(),
    objectType: z.string().regex(/^[A-Za-z]{1,40}$/, 'A type name, e.g. Referral').nullish(),
    objectId: ID.nullish(),
    // One of the trail's vocabulary (core/audit-actions.ts): a misspelt action is an error, not an empty page.
    action: CODE(64).refine(isAuditAction, 'Not an action of the audit trail').nullish(),
    dataCategory: CODE(32).nullish(),
    outcome: z.enum(['ALLOWED', 'DENIED']).nullish(),
    subjectId: ID.nullish(),
    from: z.date().nullish(),
    to: z.date().nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, { message: 'to must be after from', path: ['to'], params: { rule: 'END_BEFORE_START' } });

export type TAuditEventFilterInput = z.input<typeof ZAuditEventFilter>;

function requireAuditor(ctx: TContext): TViewer {
  const viewer = requireViewer(ctx.viewer);
  // The schema says AUDITOR already; the service does not rely on it.
  if (!hasAnyRole(viewer, ['AUDITOR'])) throw new AppError('FORBIDDEN', 'Your roles do not allow this');
  return viewer;
}

/** The trail is listed newest first: the cursor is the last record's [seq]. */
const auditCursor = (row: { seq: number }) => encodeCursor([row.seq]);

export async function listAuditEvents(ctx: TContext, input: { filter?: unknown; first?: number | null; after?: string | null }) {
  const viewer = requireAuditor(ctx);
  const first = pageSize(input.first, { fallback: 50, max: 200 });
  const beforeSeq = input.after ? decodeCursor(input.after, ['number'])[0] : null;
  const filter = parseInput(ZAuditEventFilter, input.filter ?? {}, 'filter');
  let organisationId: string | null = null;
  if (filter.organisationCode) {
    organisationId = findOrganisationByCode(ctx.deps.db, filter.organisationCode)?.id ?? null;
    if (!organisationId) throw badInput('filter.organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  }
  const scope = auditTrailScope(viewer);
  const result = repo.listEvents(
    ctx.deps.db,
    {
      actorOrganisationId: scope.organisationId,
      actorUserId: filter.actorUserId,
      organisationId,
      objectType: filter.objectType,
      objectId: filter.objectId,
      action: filter.action,
      dataCategory: filter.dataCategory,
      outcome: filter.outcome,
      subjectId: filter.subjectId,
      from: filter.from?.toISOString() ?? null,
      to: filter.to?.toISOString() ?? null,
    },
    { first: first + 1, beforeSeq },
  );
  const { rows, pageInfo } = pageOf(result.rows, first, auditCursor);
  // The criteria are ids, codes and times: recorded as given.
  const criteria: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) if (value !== null && value !== undefined) criteria[key] = value instanceof Date ? value.toISOString() : String(value);
  await recordAudit(ctx, [
    {
      action: 'AUDIT_SEARCH',
      objectType: 'AuditTrail',
      // A subject searched for is a criterion (in details), not a look at that person's data.
      purpose: 'AUDIT',
      details: { ...criteria, scope: scope.all ? 'ALL' : 'OWN_ORGANISATION', results: rows.length, totalCount: result.totalCount, ...(input.after ? { page: 'after' } : {}) },
    },
  ]);
  return {
    edges: rows.map((row) => ({ cursor: auditCursor(row), node: readEntry(row) })),
    pageInfo,
    totalCount: result.totalCount,
  };
}

/**
 * The hits of the records on a page, in one statement per page. Only records the auditor was
 * given (auditEvents, within its scope) reach this; the hits are ids and categories, as the
 * record's own columns are, so reading them is part of the audited search, not a new look.
 */
const hitLoaders = perRequest(
  (ctx) =>
    new DataLoader<number, repo.TAuditHitRow[]>(async (seqs) => {
      const bySeq = groupBy(repo.hitsOfRecords(ctx.deps.db, seqs), (h) => h.seq);
      return seqs.map((seq) => bySeq.get(seq) ?? []);
    }),
);

export async function hitsOf(ctx: TContext, record: Pick<TAuditEventView, 'seq' | 'hitCount'>): Promise<repo.TAuditHitRow[]> {
  requireAuditor(ctx);
  if (record.hitCount === null || record.hitCount === undefined) return [];
  return hitLoaders(ctx).load(record.seq);
}

/** Recomputes the chain and checks every checkpoint; the check and its result are audited. */
export async function verifyAuditChain(ctx: TContext): Promise<TChainReport> {
  requireAuditor(ctx);
  const { sqlite } = ctx.deps;
  // One read transaction: the chain and the checkpoints as of one moment.
  const report = sqlite.transaction(() => verifyChain(ctx.deps, { now: ctx.deps.clock.now() })).deferred();
  if (!report.ok) ctx.logger.error({ firstBrokenId: report.firstBrokenId, firstBrokenCheckpoint: report.firstBrokenCheckpoint }, 'audit chain verification failed');
  await recordAudit(ctx, [
    {
      action: 'AUDIT_VERIFY',
      objectType: 'AuditTrail',
      purpose: 'AUDIT',
      details: {
        ok: report.ok,
        checked: report.checked,
        checkpointsChecked: report.checkpointsChecked,
        firstBrokenId: report.firstBrokenId,
        firstBrokenCheckpoint: report.firstBrokenCheckpoint,
      },
    },
  ]);
  return report;
}

/**
 * The data subject's right of access: every record about that person (reads, search hits,
 * changes, exports, erasure, refused attempts), oldest first. A subject the auditor's scope
 * knows nothing about is NOT_FOUND, as one that does not exist.
 */
export async function subjectAccessReport(ctx: TContext, input: { subjectId: string }): Promise<TAuditEventView[]> {
  const viewer = requireAuditor(ctx);
  const subjectId = parseInput(ID, input.subjectId, 'subjectId');
  const scope = auditTrailScope(viewer);
  const exists = repo.subjectExists(ctx.deps.db, subjectId);
  // One person, one subject: a subject merged into another, and the subjects merged into it, are
  // the same person, so the report covers them all, under whichever pseudonym it is asked for.
  const person = exists ? resolveSubjectId(ctx.deps.db, subjectId) : null;
  const subjectIds = person ? [person, ...aliasesOf(ctx.deps.db, person).map((s) => s.id)] : [];
  const events = exists
    ? repo.eventsOfSubject(ctx.deps.db, { subjectIds, referralIds: repo.referralIdsOfSubjects(ctx.deps.db, subjectIds), actorOrganisationId: scope.organisationId })
    : [];
  const found = exists && (scope.all || events.length > 0);
  // Recorded under the subject as the object, not as subjectId: the report is about the trail,
  // not a look at the person's data, so it does not appear in the person's own report.
  await recordAudit(ctx, [
    {
      action: 'SUBJECT_ACCESS_REPORT',
      objectType: 'Subject',
      objectId: subjectId,
      purpose: 'DATA_SUBJECT_ACCESS',
      ...(found ? { details: { scope: scope.all ? 'ALL' : 'OWN_ORGANISATION', results: events.length } } : { outcome: 'DENIED', details: { reason: 'NOT_FOUND' } }),
    },
  ]);
  if (!found) throw notFound('No such subject');
  return events.map(readEntry);
}

const ZSubjectSearch = z.object({
  name: z.string().trim().min(1, 'Must not be empty').max(200, 'At most 200 characters'),
  dateOfBirth: z.string(),
});

/**
 * A data subject's request names the person: the auditor finds the subject by name and date of
 * birth (subjects' blind index, never a plaintext column) and gets pseudonyms and referral
 * references only. An auditor outside CMM finds only the subjects whose report it may open (those
 * its organisation's users left records about). The search is one audit record, with a hit per
 * referral shown, so the person's own report lists it; the name and date are not recorded.
 */
export async function findDataSubjects(ctx: TContext, input: { name: string; dateOfBirth: string }): Promise<TSubjectByIdentity[]> {
  const viewer = requireAuditor(ctx);
  const criteria = parseInput(ZSubjectSearch, input, '');
  const scope = auditTrailScope(viewer);
  const db = ctx.deps.db;
  const found = subjectsByIdentity(ctx, criteria).filter((s) => {
    if (scope.all) return true;
    const subjectIds = [s.subjectId, ...aliasesOf(db, s.subjectId).map((a) => a.id)];
    return repo.eventsOfSubject(db, { subjectIds, referralIds: repo.referralIdsOfSubjects(db, subjectIds), actorOrganisationId: scope.organisationId }).length > 0;
  });
  await recordReadAudit(ctx, [
    {
      action: 'SUBJECT_SEARCH',
      objectType: 'Subject',
      purpose: 'DATA_SUBJECT_ACCESS',
      details: { scope: scope.all ? 'ALL' : 'OWN_ORGANISATION', results: found.length, referrals: found.reduce((n, s) => n + s.referrals.length, 0) },
      hits: found.flatMap((s) => s.referrals.map((r) => ({ objectId: r.id, subjectId: s.subjectId, purpose: 'DATA_SUBJECT_ACCESS' }))),
    },
  ]);
  return found;
}

/** The state of the trail's protection, for the metrics (docs/operations.md § Metrics): ages in seconds at `now`. */
export type TAuditTrailHealth = {
  /** Since the newest signed checkpoint was written; null before the first. */
  checkpointAgeSeconds: number | null;
  /** Records no checkpoint covers yet (the newest checkpoint's own record not counted). */
  uncoveredRecords: number;
  /** Of the oldest record no checkpoint covers; 0 when every record is covered. */
  oldestUncoveredAgeSeconds: number;
  /** The newest full verification (verifyAuditChain): when, and whether the chain verified; null if none was run. */
  lastVerification: { at: Date; ok: boolean } | null;
};

const secondsBetween = (from: string, now: Date) => Math.max(0, (now.getTime() - Date.parse(from)) / 1000);

/**
 * Reads counts and times only (no record's content), so it is not an audited look at the trail:
 * the scrape of /metrics calls it, with the server's clock.
 */
export function auditTrailHealth(ctx: TContext, now: Date): TAuditTrailHealth {
  const { sqlite, db } = ctx.deps;
  return sqlite
    .transaction(() => {
      const checkpoint = repo.latestCheckpoint(db);
      const uncovered = repo.uncoveredRecords(sqlite, checkpoint?.seq ?? 0);
      const verification = repo.lastVerification(sqlite);
      return {
        checkpointAgeSeconds: checkpoint ? secondsBetween(checkpoint.createdAt, now) : null,
        uncoveredRecords: uncovered.count,
        oldestUncoveredAgeSeconds: uncovered.oldestAt ? secondsBetween(uncovered.oldestAt, now) : 0,
        lastVerification: verification ? { at: new Date(verification.at), ok: verification.ok } : null,
      };
    })
    .deferred();
}

// The nightly checkpoint job (jobs.registry.ts) signs the chain's head through this.
export { writeAuditCheckpoint } from './audit-chain.js';
