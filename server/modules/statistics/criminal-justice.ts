// Issue 14: the criminal-justice figures CMM's annual report publishes ("charges were brought
// against seven persons in 2019"): persons charged, indicted, convicted and acquitted per year,
// for trafficking (straffeloven § 262 a) and for related offences, counted from the case
// complexes' stages (a suspect is a person; case-complexes' case events are the stages) and from
// the historical counts an administrator imports. And the referrals per indicator code.
import { mayImportHistory, requireViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import { localDate } from '../../core/calendar.js';
import type { TContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import type { TRegion } from '../../core/vocabulary.js';
import * as repo from './criminal-justice.repo.js';
import { PROVISION_GROUPS, validateCriminalJusticeCsv } from './criminal-justice.validation.js';
import type { THistoryImportResult } from './history-import.validation.js';
import { seriesYears, yearBounds } from './statistics.policy.js';

type TStage = 'CHARGED' | 'INDICTED' | 'CONVICTED' | 'ACQUITTED';

export type TCriminalJusticeYear = {
  year: number;
  provisionGroup: (typeof PROVISION_GROUPS)[number];
  charged: number;
  indicted: number;
  convicted: number;
  acquitted: number;
  /** The year's figures include imported historical counts. */
  historical: boolean;
};

/**
 * The ten years up to `year`, oldest first, both groups each: in-system persons plus imported
 * historical counts, side by side like the register (the two sources are never matched). Null for
 * a region: complexes have no region, so the figures are national only.
 */
export function criminalJusticeSeries(ctx: TContext, input: { year: number; region: TRegion | null }): TCriminalJusticeYear[] | null {
  if (input.region) return null;
  const years = seriesYears(input.year);
  const range = { fromYear: years[0]!, toYear: years.at(-1)! };
  return ctx.deps.db.transaction((tx) => {
    const live = repo.personsPerStage(tx, range);
    const history = repo.historicalStages(tx, range);
    return years.flatMap((year) =>
      PROVISION_GROUPS.map((group): TCriminalJusticeYear => {
        const past = history.find((h) => h.year === year && h.provisionGroup === group);
        const count = (stage: TStage) => (live.find((r) => r.year === year && r.provisionGroup === group && r.kind === stage)?.n ?? 0) + (past?.[stage.toLowerCase() as 'charged'] ?? 0);
        return { year, provisionGroup: group, charged: count('CHARGED'), indicted: count('INDICTED'), convicted: count('CONVICTED'), acquitted: count('ACQUITTED'), historical: past !== undefined };
      }),
    );
  });
}

/** Referrals submitted in the year per indicator code, largest first (Statistics.byIndicator). */
export function indicatorCounts(ctx: TContext, input: { year: number; region: TRegion | null }): Array<{ key: string; count: number }> {
  return repo.referralsPerIndicator(ctx.deps.db, { bounds: yearBounds(input.year), region: input.region }).map((r) => ({ key: r.code, count: r.n }));
}

/** mutation importCriminalJusticeHistory(csv): ADMIN; all or nothing; a year and group imported again is replaced. */
export async function importCriminalJusticeHistory(ctx: TContext, input: { csv: string }): Promise<THistoryImportResult> {
  const viewer = requireViewer(ctx.viewer);
  if (!mayImportHistory(viewer)) {
    await recordAudit(ctx, [{ action: 'CRIMINAL_JUSTICE_IMPORT', objectType: 'HistoricalRegister', outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } }]);
    throw new AppError('FORBIDDEN', 'Only an administrator imports historical figures');
  }
  const currentYear = Number(localDate(ctx.deps.clock.now()).slice(0, 4));
  const { rows, errors } = validateCriminalJusticeCsv(input.csv, { currentYear });
  if (errors.length > 0) {
    await recordAudit(ctx, [{ action: 'CRIMINAL_JUSTICE_IMPORT_REJECTED', objectType: 'HistoricalRegister', dataCategory: 'NONE', details: { valid: rows.length, rejected: errors.length } }]);
    return { imported: 0, skipped: 0, errors };
  }
  return await runAudited(ctx, (unit) => {
    const imported = repo.upsertHistoricalStages(unit.tx, rows, unit.now.toISOString());
    unit.audit({ action: 'CRIMINAL_JUSTICE_IMPORT', objectType: 'HistoricalRegister', dataCategory: 'NONE', details: { rows: rows.length } });
    return { imported, skipped: rows.length - imported, errors: [] };
  });
}
