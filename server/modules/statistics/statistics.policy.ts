// Pure rules of the statistics: which years may be asked for, where a year begins and ends,
// how a breakdown is ordered, and the export's rows. No database, no clock of its own.
import { badInput } from '../../core/errors.js';
import { localDate, zonedTime } from '../../core/calendar.js';
import type { TRegion } from '../../core/vocabulary.js';

/** CMM's register begins in 2007: no figures exist before it. */
export const FIRST_YEAR = 2007;
export const SERIES_YEARS = 10;

export function assertYear(year: unknown, now: Date): number {
  const last = Number(localDate(now).slice(0, 4));
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > last) {
    throw badInput('year', `The year must be from ${FIRST_YEAR} to ${last}`, 'OUT_OF_RANGE', { min: FIRST_YEAR, max: last });
  }
  return year;
}

export type TYearBounds = {
  /** Calendar dates (assessed_on, interview_held_on): from ≤ d < to. */
  fromDay: string;
  toDay: string;
  /** Instants (submitted_at, interview_at, closed_at), ISO UTC: the year in Copenhagen time. */
  fromInstant: string;
  toInstant: string;
};

/** A year from [fromYear, toYear) (default: the one year) as dates and as Copenhagen instants. */
export function yearBounds(fromYear: number, toYear = fromYear + 1): TYearBounds {
  return {
    fromDay: `${fromYear}-01-01`,
    toDay: `${toYear}-01-01`,
    fromInstant: zonedTime(`${fromYear}-01-01`, 0, 0, 0).toISOString(),
    toInstant: zonedTime(`${toYear}-01-01`, 0, 0, 0).toISOString(),
  };
}

/** The last ten years up to and including `year`, oldest first. */
export function seriesYears(year: number): number[] {
  return Array.from({ length: SERIES_YEARS }, (_, i) => year - SERIES_YEARS + 1 + i);
}

export type TCount = { key: string; count: number };

/** Every value of a closed list in its own order, with 0 where there is none (plus any extra key found). */
export function fixedBreakdown(values: readonly string[], counts: ReadonlyMap<string, number>): TCount[] {
  const listed = values.map((key) => ({ key, count: counts.get(key) ?? 0 }));
  const extra = [...counts.entries()].filter(([key]) => !values.includes(key)).map(([key, count]) => ({ key, count }));
  return [...listed, ...sortedBreakdown(new Map(extra.map((e) => [e.key, e.count])))];
}

/** An open list (nationalities, organisations): largest first, then by key. */
export function sortedBreakdown(counts: ReadonlyMap<string, number>): TCount[] {
  return [...counts.entries()]
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** part / whole to three decimals; null when there is no whole. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

export function roundMean(sum: number, count: number): number | null {
  return count === 0 ? null : Math.round((sum / count) * 10) / 10;
}

// ---------------------------------------------------------------------------------------------
// The figures, and the export's rows

export type TStatistics = {
  year: number;
  region: TRegion | null;
  personsTrafficked: number;
  sources: { inSystem: number; historical: number };
  byPrimaryExploitation: TCount[];
  byGender: TCount[];
  byNationality: TCount[];
  minors: number;
  age: { known: number; unknown: number; min: number | null; max: number | null; mean: number | null };
  byAuthority: TCount[];
  byFirstContactKind: TCount[];
  byFirstContactOrganisation: TCount[];
  interviews: { held: number; endedTrafficked: number; shareTrafficked: number | null };
  referralsByOrganisation: Array<{ organisationId: string; organisationCode: string; referrals: number; assessedTrafficked: number }>;
  closuresByOutcome: TCount[];
  preparedReturns: number;
  series: Array<{ year: number; personsTrafficked: number; interviewsHeld: number; referrals: number; preparedReturns: number }>;
};

export const CSV_HEADER = ['year', 'region', 'table', 'key', 'measure', 'value'] as const;

/**
 * Every table of the figures as rows of one long CSV: year, region (empty: all of Denmark),
 * table, key, measure, value. The keys are codes only (never names or free text).
 */
export function statisticsCsvRows(s: TStatistics): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [[...CSV_HEADER]];
  const add = (table: string, key: string, measure: string, value: number | null) => rows.push([s.year, s.region ?? '', table, key, measure, value]);
  add('summary', 'ALL', 'persons_trafficked', s.personsTrafficked);
  add('summary', 'ALL', 'persons_in_system', s.sources.inSystem);
  add('summary', 'ALL', 'persons_historical', s.sources.historical);
  add('summary', 'ALL', 'minors', s.minors);
  add('summary', 'ALL', 'prepared_returns', s.preparedReturns);
  add('age', 'ALL', 'known', s.age.known);
  add('age', 'ALL', 'unknown', s.age.unknown);
  add('age', 'ALL', 'min', s.age.min);
  add('age', 'ALL', 'max', s.age.max);
  add('age', 'ALL', 'mean', s.age.mean);
  for (const c of s.byPrimaryExploitation) add('primary_exploitation', c.key, 'persons', c.count);
  for (const c of s.byGender) add('gender', c.key, 'persons', c.count);
  for (const c of s.byNationality) add('nationality', c.key, 'persons', c.count);
  for (const c of s.byAuthority) add('authority', c.key, 'persons', c.count);
  for (const c of s.byFirstContactKind) add('first_contact_kind', c.key, 'persons', c.count);
  for (const c of s.byFirstContactOrganisation) add('first_contact_organisation', c.key, 'persons', c.count);
  add('interviews', 'ALL', 'held', s.interviews.held);
  add('interviews', 'ALL', 'ended_trafficked', s.interviews.endedTrafficked);
  add('interviews', 'ALL', 'share_trafficked', s.interviews.shareTrafficked);
  for (const r of s.referralsByOrganisation) {
    add('referrals_by_organisation', r.organisationCode, 'referrals', r.referrals);
    add('referrals_by_organisation', r.organisationCode, 'assessed_trafficked', r.assessedTrafficked);
  }
  for (const c of s.closuresByOutcome) add('closures', c.key, 'closures', c.count);
  for (const y of s.series) {
    add('series', String(y.year), 'persons_trafficked', y.personsTrafficked);
    add('series', String(y.year), 'interviews_held', y.interviewsHeld);
    add('series', String(y.year), 'referrals', y.referrals);
    add('series', String(y.year), 'prepared_returns', y.preparedReturns);
  }
  return rows;
}

/** The tables beside the register's figures (issue 14), as the export's reader may see them. */
export type TExtraFigures = {
  /** Null for a region (the complexes are national). */
  criminalJustice: Array<{ year: number; provisionGroup: string; charged: number; indicted: number; convicted: number; acquitted: number; historical: boolean }> | null;
  byIndicator: TCount[];
  /** Null where the reader may not read the hotline's counts, and for a region (inquiries have none). */
  inquiries: { total: number; byKind: TCount[]; bySource: TCount[]; byOutcome: TCount[] } | null;
};

/** The export's rows of the criminal-justice figures, the indicator counts and the inquiry counts (codes only). */
export function extraCsvRows(s: Pick<TStatistics, 'year' | 'region'>, extra: TExtraFigures): Array<Array<string | number | null>> {
  const rows: Array<Array<string | number | null>> = [];
  const add = (table: string, key: string, measure: string, value: number | null) => rows.push([s.year, s.region ?? '', table, key, measure, value]);
  for (const y of extra.criminalJustice ?? []) {
    const key = `${y.year}-${y.provisionGroup}`;
    add('criminal_justice', key, 'charged', y.charged);
    add('criminal_justice', key, 'indicted', y.indicted);
    add('criminal_justice', key, 'convicted', y.convicted);
    add('criminal_justice', key, 'acquitted', y.acquitted);
  }
  for (const c of extra.byIndicator) add('indicator', c.key, 'referrals', c.count);
  if (extra.inquiries) {
    add('inquiries', 'ALL', 'inquiries', extra.inquiries.total);
    for (const c of extra.inquiries.byKind) add('inquiries_by_kind', c.key, 'inquiries', c.count);
    for (const c of extra.inquiries.bySource) add('inquiries_by_source', c.key, 'inquiries', c.count);
    for (const c of extra.inquiries.byOutcome) add('inquiries_by_outcome', c.key, 'inquiries', c.count);
  }
  return rows;
}
