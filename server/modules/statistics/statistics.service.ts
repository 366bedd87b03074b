// CMM's national statistics (PRODUCT.md § Statistics): the figures of a year, optionally for one
// region, their CSV export, and the import of CMM's historical register. Every figure comes from
// non-identifying facts only (the referrals row and the register), so erasing personal data
// under retention never changes a published number.
import type { TAuditAction } from '../../core/audit-actions.js';
import { mayImportHistory, mayReadStatistics, requireViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { localDate } from '../../core/calendar.js';
import { EXPLOITATION_FORMS, GENDERS, isOneOf, OUTCOMES, REGIONS, type TRegion } from '../../core/vocabulary.js';
import { toCsv } from './csv.js';
import { AUTHORITIES, validateHistoryCsv, type THistoryImportResult } from './history-import.validation.js';
import { criminalJusticeSeries, indicatorCounts } from './criminal-justice.js';
import { inquiryStatisticsFor } from '../inquiries/inquiries.service.js';
import {
  assertYear,
  fixedBreakdown,
  roundMean,
  seriesYears,
  share,
  sortedBreakdown,
  extraCsvRows,
  statisticsCsvRows,
  yearBounds,
  type TStatistics,
} from './statistics.policy.js';
import * as repo from './statistics.repo.js';

export type { TStatistics } from './statistics.policy.js';

const ORGANISATION_KINDS = ['POLICE', 'PROSECUTION', 'CMM', 'IMMIGRATION', 'RETURN', 'TAX', 'LABOUR', 'NGO', 'UNION', 'OTHER'] as const;

export type TStatisticsInput = { year: unknown; region?: string | null };

/** The viewer may read the figures, or the refused attempt is recorded and FORBIDDEN answered. */
async function assertMayRead(ctx: TContext, action: TAuditAction): Promise<void> {
  const viewer = requireViewer(ctx.viewer);
  if (mayReadStatistics(viewer)) return;
  await recordAudit(ctx, [{ action, objectType: 'Statistics', outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } }]);
  throw new AppError('FORBIDDEN', 'Statistics are for analysts and CMM coordinators');
}

function checkInput(ctx: TContext, input: TStatisticsInput): { year: number; region: TRegion | null } {
  const year = assertYear(input.year, ctx.deps.clock.now());
  const region = input.region ?? null;
  if (region !== null && !isOneOf(REGIONS, region)) throw badInput('region', `The region must be one of ${REGIONS.join(', ')}`, 'NOT_ALLOWED_VALUE');
  return { year, region };
}

/** The figures themselves: no access check (callers check first). */
export function computeStatistics(ctx: TContext, input: { year: number; region: TRegion | null }): TStatistics {
  const { year, region } = input;
  const db = ctx.deps.db;
  const now = ctx.deps.clock.now();
  const today = localDate(now);
  const bounds = yearBounds(year);
  // One read transaction: every table of the answer sees the same state of the database.
  return db.transaction((tx) => {
    const breakdown = new Map<string, Map<string, number>>();
    let age = { known: 0, min: null as number | null, max: null as number | null, sum: 0, minors: 0 };
    for (const row of repo.personBreakdowns(tx, { bounds, region })) {
      if (row.dim === 'age') {
        age = { known: row.n, min: row.a, max: row.b, sum: row.c ?? 0, minors: row.d ?? 0 };
        continue;
      }
      const counts = breakdown.get(row.dim) ?? new Map<string, number>();
      counts.set(row.key ?? 'UNKNOWN', (counts.get(row.key ?? 'UNKNOWN') ?? 0) + row.n);
      breakdown.set(row.dim, counts);
    }
    const dim = (name: string) => breakdown.get(name) ?? new Map<string, number>();
    const inSystem = dim('source').get('IN_SYSTEM') ?? 0;
    const historical = dim('source').get('HISTORICAL') ?? 0;
    const persons = inSystem + historical;

    const years = seriesYears(year).map((y) => ({ year: y, bounds: yearBounds(y) }));
    const byYear = (rows: repo.TYearCount[]) => new Map(rows.map((r) => [r.year, r]));
    const personsSeries = byYear(repo.personsPerYear(tx, { years, region }));
    const interviewSeries = byYear(repo.interviewsPerYear(tx, { years, region, now: now.toISOString(), today }));
    const referralRows = repo.referralsPerYearAndOrganisation(tx, { years, region });
    const referralsIn = (y: number) => referralRows.filter((r) => r.year === y).reduce((sum, r) => sum + r.referrals, 0);
    const closures = repo.closuresPerYear(tx, { years, outcomes: OUTCOMES, region });
    const preparedReturnsIn = (y: number) => closures.filter((c) => c.year === y && c.outcome === 'PREPARED_RETURN').reduce((sum, c) => sum + c.n, 0);

    const closuresThisYear = new Map<string, number>();
    for (const c of closures.filter((c) => c.year === year)) closuresThisYear.set(c.outcome, (closuresThisYear.get(c.outcome) ?? 0) + c.n);
    const interviews = interviewSeries.get(year);
    const held = interviews?.n ?? 0;
    const endedTrafficked = interviews?.m ?? 0;

    return {
      year,
      region,
      personsTrafficked: persons,
      sources: { inSystem, historical },
      byPrimaryExploitation: fixedBreakdown(EXPLOITATION_FORMS, dim('exploitation')),
      byGender: fixedBreakdown(GENDERS, dim('gender')),
      byNationality: sortedBreakdown(dim('nationality')),
      minors: age.minors,
      age: { known: age.known, unknown: persons - age.known, min: age.min, max: age.max, mean: roundMean(age.sum, age.known) },
      byAuthority: fixedBreakdown(AUTHORITIES, dim('authority')),
      byFirstContactKind: fixedBreakdown(ORGANISATION_KINDS, dim('fc_kind')),
      byFirstContactOrganisation: sortedBreakdown(dim('fc_org')),
      interviews: { held, endedTrafficked, shareTrafficked: share(endedTrafficked, held) },
      referralsByOrganisation: referralRows
        .filter((r) => r.year === year)
        .map(({ organisationId, organisationCode, referrals, assessedTrafficked }) => ({ organisationId, organisationCode, referrals, assessedTrafficked })),
      closuresByOutcome: fixedBreakdown(OUTCOMES, closuresThisYear),
      preparedReturns: closuresThisYear.get('PREPARED_RETURN') ?? 0,
      series: years.map(({ year: y }) => ({
        year: y,
        personsTrafficked: personsSeries.get(y)?.n ?? 0,
        interviewsHeld: interviewSeries.get(y)?.n ?? 0,
        referrals: referralsIn(y),
        preparedReturns: preparedReturnsIn(y),
      })),
    };
  });
}

/** query statistics(year, region). */
export async function getStatistics(ctx: TContext, input: TStatisticsInput): Promise<TStatistics> {
  await assertMayRead(ctx, 'STATISTICS_READ');
  return computeStatistics(ctx, checkInput(ctx, input));
}

/** GET /statistics/:year.csv: every table of the figures, recorded as an export. */
export async function exportStatisticsCsv(ctx: TContext, input: TStatisticsInput): Promise<{ filename: string; csv: string }> {
  await assertMayRead(ctx, 'STATISTICS_EXPORT');
  const checked = checkInput(ctx, input);
  const figures = computeStatistics(ctx, checked);
  await recordAudit(ctx, [
    {
      action: 'STATISTICS_EXPORT',
      objectType: 'Statistics',
      objectId: checked.region ? `${checked.year}-${checked.region}` : String(checked.year),
      dataCategory: 'NONE',
      purpose: 'STATISTICS',
      details: { year: checked.year, region: checked.region, format: 'csv' },
    },
  ]);
  const filename = `statistics-${checked.year}${checked.region ? `-${checked.region.toLowerCase()}` : ''}.csv`;
  // The export holds every table the screen shows the reader: the criminal-justice figures and
  // the inquiries only where the reader may see them (national; inquiries for CMM's readers).
  const extra = {
    criminalJustice: criminalJusticeSeries(ctx, checked),
    byIndicator: indicatorCounts(ctx, checked),
    inquiries: await inquiryStatisticsFor(ctx, checked),
  };
  return { filename, csv: toCsv([...statisticsCsvRows(figures), ...extraCsvRows(figures, extra)]) };
}

// ---------------------------------------------------------------------------------------------
// The historical register

export type { THistoryImportResult } from './history-import.validation.js';

/**
 * Validates the whole file and imports it all or not at all: any rejected row means nothing is
 * written, and every rejected row is reported with its line. A row already there (same row hash:
 * the same file imported again) is skipped, so a second import changes nothing.
 */
async function importRegister(ctx: TContext, csv: string): Promise<THistoryImportResult> {
  const today = localDate(ctx.deps.clock.now());
  const organisationCodes = new Set(repo.listOrganisationCodes(ctx.deps.db));
  const { rows, errors } = validateHistoryCsv(csv, { today, organisationCodes });
  if (errors.length > 0) {
    await recordAudit(ctx, [{ action: 'HISTORY_IMPORT_REJECTED', objectType: 'HistoricalRegister', dataCategory: 'NONE', details: { valid: rows.length, rejected: errors.length } }]);
    return { imported: 0, skipped: 0, errors };
  }
  return await runAudited(ctx, (unit) => {
    const imported = repo.insertHistoricalRows(unit.tx, rows.map((row) => ({ ...row, id: newId() })), unit.now.toISOString());
    const skipped = rows.length - imported;
    unit.audit({ action: 'HISTORY_IMPORT', objectType: 'HistoricalRegister', dataCategory: 'NONE', details: { rows: rows.length, imported, skipped } });
    return { imported, skipped, errors: [] };
  });
}

/** mutation importHistory(csv): ADMIN only. */
export async function importHistory(ctx: TContext, input: { csv: string }): Promise<THistoryImportResult> {
  const viewer = requireViewer(ctx.viewer);
  if (!mayImportHistory(viewer)) {
    await recordAudit(ctx, [{ action: 'HISTORY_IMPORT', objectType: 'HistoricalRegister', outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } }]);
    throw new AppError('FORBIDDEN', 'Only an administrator imports the historical register');
  }
  return await importRegister(ctx, input.csv);
}

/** The same import run by the system itself (npm run import:history, the demo seed): no viewer. */
export async function importHistoryAsSystem(ctx: TContext, input: { csv: string }): Promise<THistoryImportResult> {
  if (ctx.viewer) throw new Error('importHistoryAsSystem runs without a viewer; users call importHistory');
  return await importRegister(ctx, input.csv);
}
