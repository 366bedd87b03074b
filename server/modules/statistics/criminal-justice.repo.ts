// The queries behind issue 14's figures: persons per stage of the criminal case (from the case
// complexes' case events and the imported historical counts) and referrals per indicator code.
// Both read non-identifying facts only (kind, provision, date; codes), which survive erasure.
import { sql } from 'drizzle-orm';
import { historicalCriminalJustice } from '../../../db/schema/index.js';
import type { TExecutor } from '../../core/db.js';
import type { TYearBounds } from './statistics.policy.js';

export type TStageRow = { year: number; provisionGroup: string; kind: string; n: number };

/**
 * Persons (suspects) with a case event of each counted kind, per year of the event and provision
 * group: § 262 a is TRAFFICKING, every other provision RELATED. A person charged twice in a year
 * under one group counts once; under both groups, once in each.
 */
export function personsPerStage(ex: TExecutor, options: { fromYear: number; toYear: number }): TStageRow[] {
  return ex.all<TStageRow>(sql`
    select cast(substr(e.occurred_on, 1, 4) as integer) as year,
      case when e.provision = 'STRAFFELOVEN_262A' then 'TRAFFICKING' else 'RELATED' end as provisionGroup,
      e.kind as kind, count(distinct e.suspect_id) as n
    from case_events e
    where e.suspect_id is not null and e.kind in ('CHARGED', 'INDICTED', 'CONVICTED', 'ACQUITTED')
      and e.occurred_on >= ${`${options.fromYear}-01-01`} and e.occurred_on < ${`${options.toYear + 1}-01-01`}
    group by year, provisionGroup, kind
  `);
}

export type THistoricalStageRow = typeof historicalCriminalJustice.$inferSelect;

export function historicalStages(ex: TExecutor, options: { fromYear: number; toYear: number }): THistoricalStageRow[] {
  return ex.all<THistoricalStageRow>(sql`
    select year, provision_group as provisionGroup, charged, indicted, convicted, acquitted, imported_at as importedAt
    from historical_criminal_justice where year between ${options.fromYear} and ${options.toYear}
  `);
}

/** Replaces the figures of each (year, group) given; returns how many rows differed from what was there. */
export function upsertHistoricalStages(tx: TExecutor, rows: ReadonlyArray<Omit<THistoricalStageRow, 'importedAt'>>, importedAt: string): number {
  let changed = 0;
  for (const row of rows) {
    const result = tx
      .insert(historicalCriminalJustice)
      .values({ ...row, importedAt })
      .onConflictDoUpdate({
        target: [historicalCriminalJustice.year, historicalCriminalJustice.provisionGroup],
        set: { charged: row.charged, indicted: row.indicted, convicted: row.convicted, acquitted: row.acquitted, importedAt },
        setWhere: sql`charged <> ${row.charged} or indicted <> ${row.indicted} or convicted <> ${row.convicted} or acquitted <> ${row.acquitted}`,
      })
      .run();
    changed += result.changes;
  }
  return changed;
}

export type TIndicatorCountRow = { code: string; n: number };

/** Referrals submitted in the year (Copenhagen time) that name each indicator code (their own or an addendum's). */
export function referralsPerIndicator(ex: TExecutor, options: { bounds: TYearBounds; region: string | null }): TIndicatorCountRow[] {
  const region = options.region ? sql`and r.region = ${options.region}` : sql``;
  return ex.all<TIndicatorCountRow>(sql`
    select j.value as code, count(distinct r.id) as n
    from referrals r, json_each(r.indicator_codes) j
    where r.submitted_at >= ${options.bounds.fromInstant} and r.submitted_at < ${options.bounds.toInstant} ${region}
    group by j.value
    order by n desc, code
  `);
}
