// The statistics' queries: aggregates over the non-identifying facts of `referrals` and the
// historical register, never `referral_personal_data`, so erasure cannot change a figure.
// Every figure is computed in SQLite and only the grouped counts come back.
import { sql, type SQL } from 'drizzle-orm';
import { historicalAssessments } from '../../../db/schema/index.js';
import type { TExecutor } from '../../core/db.js';
import type { TYearBounds } from './statistics.policy.js';
import type { THistoryRow } from './history-import.validation.js';

function inRegion(column: SQL, region: string | null): SQL {
  return region ? sql`and ${column} = ${region}` : sql``;
}

export type TPersonsRow = { dim: string; key: string | null; n: number; a: number | null; b: number | null; c: number | null; d: number | null };

/**
 * The persons assessed TRAFFICKED in the period, one row per person: an in-system person is a
 * subject (subject_id), a historical one a person_key. The facts of a person are those of their
 * first TRAFFICKED assessment in the period (by date). The first contact of an
 * in-system person is the referring organisation of their earliest submitted referral (any
 * year, any region); of a historical person the row's first_contact (OTHER: kind OTHER).
 * Ties are broken deterministically: the reference number (creation order) in the system, the
 * row hash in the register.
 * One statement: the persons are materialised once and every breakdown is grouped from them.
 */
export function personBreakdowns(ex: TExecutor, options: { bounds: TYearBounds; region: string | null }): TPersonsRow[] {
  const { bounds, region } = options;
  return ex.all<TPersonsRow>(sql`
    with sys as (
      select r.subject_id, r.primary_exploitation, r.gender, r.nationality, r.age_at_assessment, r.assessed_by_organisation_id,
             row_number() over (partition by r.subject_id order by r.assessed_on, r.reference) as rn
      from referrals r
      where r.decision = 'TRAFFICKED' and r.assessed_on >= ${bounds.fromDay} and r.assessed_on < ${bounds.toDay} ${inRegion(sql`r.region`, region)}
    ),
    hist as (
      select h.primary_exploitation, h.gender, h.nationality, h.age_at_assessment, h.authority, h.first_contact,
             row_number() over (partition by h.person_key order by h.assessed_on, h.row_hash) as rn
      from historical_assessments h
      where h.decision = 'TRAFFICKED' and h.assessed_on >= ${bounds.fromDay} and h.assessed_on < ${bounds.toDay} ${inRegion(sql`h.region`, region)}
    ),
    persons as materialized (
      select 'IN_SYSTEM' as source, s.primary_exploitation as exploitation, s.gender, coalesce(s.nationality, 'UNKNOWN') as nationality,
             s.age_at_assessment as age, coalesce(ao.code, 'UNKNOWN') as authority,
             coalesce(fo.code, 'UNKNOWN') as fc_org, coalesce(fo.kind, 'UNKNOWN') as fc_kind
      from sys s
      left join organisations ao on ao.id = s.assessed_by_organisation_id
      left join organisations fo on fo.id = (
        select f.referring_organisation_id from referrals f
        where f.subject_id = s.subject_id and f.submitted_at is not null
        order by f.submitted_at, f.created_at, f.reference limit 1
      )
      where s.rn = 1
      union all
      select 'HISTORICAL', h.primary_exploitation, h.gender, h.nationality, h.age_at_assessment, h.authority,
             h.first_contact, coalesce(o.kind, 'OTHER')
      from hist h
      left join organisations o on o.code = h.first_contact
      where h.rn = 1
    )
    select 'source' as dim, source as key, count(*) as n, null as a, null as b, null as c, null as d from persons group by source
    union all select 'exploitation', exploitation, count(*), null, null, null, null from persons group by exploitation
    union all select 'gender', gender, count(*), null, null, null, null from persons group by gender
    union all select 'nationality', nationality, count(*), null, null, null, null from persons group by nationality
    union all select 'authority', authority, count(*), null, null, null, null from persons group by authority
    union all select 'fc_kind', fc_kind, count(*), null, null, null, null from persons group by fc_kind
    union all select 'fc_org', fc_org, count(*), null, null, null, null from persons group by fc_org
    union all select 'age', null, count(age), min(age), max(age), sum(age), coalesce(sum(age < 18), 0) from persons
  `);
}

export type TYear = { year: number; bounds: TYearBounds };

/** The years as a small table (year, first day, next first day, first instant, next first instant). */
function yearsTable(years: TYear[]): SQL {
  const rows = years.map(({ year, bounds: b }) => sql`(${year}, ${b.fromDay}, ${b.toDay}, ${b.fromInstant}, ${b.toInstant})`);
  return sql`years(year, from_day, to_day, from_instant, to_instant) as (values ${sql.join(rows, sql`, `)})`;
}

// The per-year figures below are correlated counts, one index range per year (and organisation
// or outcome): SQLite never sorts the referrals of a year to group them.

export type TYearCount = { year: number; n: number; m: number };

/** Persons assessed TRAFFICKED per year: distinct subjects plus distinct register person keys. */
export function personsPerYear(ex: TExecutor, options: { years: TYear[]; region: string | null }): TYearCount[] {
  const { years, region } = options;
  return ex.all<TYearCount>(sql`
    with ${yearsTable(years)}
    select y.year as year,
      (select count(distinct r.subject_id) from referrals r
        where r.decision = 'TRAFFICKED' and r.assessed_on >= y.from_day and r.assessed_on < y.to_day ${inRegion(sql`r.region`, region)})
      + (select count(distinct h.person_key) from historical_assessments h
        where h.decision = 'TRAFFICKED' and h.assessed_on >= y.from_day and h.assessed_on < y.to_day ${inRegion(sql`h.region`, region)}) as n,
      0 as m
    from years y
  `);
}

/**
 * Identification interviews held per year (n) and how many of them ended TRAFFICKED (m): in the
 * system an interview_at in the year and not after `now`; in the register an interview_held_on in
 * the year and not after `today`.
 */
export function interviewsPerYear(ex: TExecutor, options: { years: TYear[]; region: string | null; now: string; today: string }): TYearCount[] {
  const { years, region, now, today } = options;
  const held = (trafficked: boolean) => sql`
      (select count(*) from referrals r
        where r.interview_at >= y.from_instant and r.interview_at < y.to_instant and r.interview_at <= ${now} ${inRegion(sql`r.region`, region)}
        ${trafficked ? sql`and r.decision = 'TRAFFICKED'` : sql``})
      + (select count(*) from historical_assessments h
        where h.interview_held_on >= y.from_day and h.interview_held_on < y.to_day and h.interview_held_on <= ${today} ${inRegion(sql`h.region`, region)}
        ${trafficked ? sql`and h.decision = 'TRAFFICKED'` : sql``})`;
  return ex.all<TYearCount>(sql`
    with ${yearsTable(years)}
    select y.year as year, ${held(false)} as n, ${held(true)} as m
    from years y
  `);
}

export type TReferralRow = { year: number; organisationId: string; organisationCode: string; referrals: number; assessedTrafficked: number };

/**
 * Referrals submitted per year and referring organisation, with how many of them were assessed
 * TRAFFICKED (in-system only: the register holds assessments, not referrals). Only non-zero rows.
 */
export function referralsPerYearAndOrganisation(ex: TExecutor, options: { years: TYear[]; region: string | null }): TReferralRow[] {
  const { years, region } = options;
  const count = (extra: SQL) => sql`(select count(*) from referrals r
      where r.referring_organisation_id = o.id and r.submitted_at >= y.from_instant and r.submitted_at < y.to_instant ${inRegion(sql`r.region`, region)} ${extra})`;
  return ex.all<TReferralRow>(sql`
    with ${yearsTable(years)}
    select * from (
      select y.year as year, o.id as organisationId, o.code as organisationCode,
        ${count(sql``)} as referrals, ${count(sql`and r.decision = 'TRAFFICKED'`)} as assessedTrafficked
      from years y, organisations o
    ) where referrals > 0
    order by year, referrals desc, organisationCode
  `);
}

export type TClosureRow = { year: number; outcome: string; n: number };

/**
 * Closures per year and outcome: referrals by closed_at; register rows with an outcome by the
 * year of their assessment (the register has no closure date).
 */
export function closuresPerYear(ex: TExecutor, options: { years: TYear[]; outcomes: readonly string[]; region: string | null }): TClosureRow[] {
  const { years, outcomes, region } = options;
  const outcomeRows = outcomes.map((outcome) => sql`(${outcome})`);
  return ex.all<TClosureRow>(sql`
    with ${yearsTable(years)}, outcomes(outcome) as (values ${sql.join(outcomeRows, sql`, `)})
    select * from (
      select y.year as year, c.outcome as outcome,
        (select count(*) from referrals r
          where r.outcome = c.outcome and r.closed_at >= y.from_instant and r.closed_at < y.to_instant ${inRegion(sql`r.region`, region)})
        + (select count(*) from historical_assessments h
          where h.outcome = c.outcome and h.assessed_on >= y.from_day and h.assessed_on < y.to_day ${inRegion(sql`h.region`, region)}) as n
      from years y, outcomes c
    ) where n > 0
  `);
}

// ---------------------------------------------------------------------------------------------
// The historical register

export function listOrganisationCodes(ex: TExecutor): string[] {
  return ex.all<{ code: string }>(sql`select code from organisations`).map((r) => r.code);
}

/** Inserts the rows; a row whose hash is there already is left alone. Returns how many were new. */
export function insertHistoricalRows(tx: TExecutor, rows: Array<THistoryRow & { id: string }>, importedAt: string): number {
  let inserted = 0;
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map((row) => ({
      id: row.id,
      rowHash: row.rowHash,
      personKey: row.personKey,
      assessedOn: row.assessedOn,
      decision: row.decision,
      authority: row.authority,
      gender: row.gender,
      nationality: row.nationality,
      ageAtAssessment: row.ageAtAssessment,
      primaryExploitation: row.primaryExploitation,
      firstContact: row.firstContact,
      interviewHeldOn: row.interviewHeldOn,
      outcome: row.outcome,
      region: row.region,
      importedAt,
    }));
    inserted += tx.insert(historicalAssessments).values(values).onConflictDoNothing({ target: historicalAssessments.rowHash }).run().changes;
  }
  return inserted;
}
