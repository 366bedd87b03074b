// `npm run bench`: the statistics, and duplicate-subject matching, under scale. Builds a temporary database with 100 000
// referrals in one year (plus earlier years and a historical register), checks that the figures
// are right against counts kept while generating, and times statistics(year) against baselines
// measured in the same run on the same database, so the ratios mean the same on any machine.
// Every referral has a name and a date of birth; the blind index of subject matching is built by
// the start-up backfill (timed), and possible matches are found for 200 variant spellings of
// people in the database (reversed order, upper case, diacritics) against every subject.
// Not part of `npm test`. Options: --referrals N (default 100000), --runs N (default 7), --plan (query plans),
// --profile (each statement alone), --keep (leave the database file).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../server/seed/demo-statistics.js';
import { loadConfig } from '../../server/config.js';
import { fixedClock } from '../../server/core/clock.js';
import { systemContext, type TContext } from '../../server/core/context.js';
import { createLogger } from '../../server/core/logger.js';
import { closeDeps, createDeps } from '../../server/deps.js';
import { generateSigningKeys } from '../../server/modules/auth/keys.js';
import { computeStatistics, exportStatisticsCsv, importHistoryAsSystem } from '../../server/modules/statistics/statistics.service.js';
import { sealExistingRows } from '../../server/core/sealing/seal-existing.js';
import { backfillMatchIndex } from '../../server/modules/subjects/match-index.js';
import { findCandidates, type TMatchProbe } from '../../server/modules/subjects/matching.js';
import type { TViewer } from '../../server/core/access.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const REFERRALS = option('referrals', 100_000);
const RUNS = option('runs', 7);
const YEAR = 2025;
const NOW = new Date('2026-03-02T10:00:00Z');
const EARLIER_PER_YEAR = 3_000;
const HISTORY_ROWS = 3_000;

// The same database on every run.
const rnd = seededRandom(20251);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

const REFERRERS = ['KBHPOL', 'NSK', 'AT', 'SIRI', 'SKTST', 'REDEN', '3F', 'FYNPOL', 'OJYLPOL', 'HOPENOW'];
const REGIONS = ['HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND'];
const FORMS = ['SEXUAL', 'FORCED_LABOUR', 'CRIMINAL_ACTIVITY', 'DOMESTIC_SERVITUDE', 'BEGGING', 'OTHER'];
const GENDERS = ['FEMALE', 'MALE', 'TRANSGENDER', 'UNKNOWN'];
const NATIONALITIES = ['RO', 'BG', 'NG', 'TH', 'VN', 'UA', 'PL', 'CN', 'PH', 'LT'];
const GIVEN = ['Ion', 'Maria', 'Elena', 'Andrei', 'Olena', 'Ivan', 'Nguyen', 'Somchai', 'Grace', 'Blessing', 'Anna', 'Piotr', 'Wei', 'Li', 'Jose', 'Mohammed', 'Fatima', 'Ioana', 'Mihai', 'Daria', 'Thi', 'Van', 'Chinedu', 'Ngozi', 'Oksana', 'Dmytro', 'Agnieszka', 'Tomasz', 'Rasa', 'Jonas'];
const FAMILY = ['Popescu', 'Ionescu', 'Probe', 'Shevchenko', 'Kovalenko', 'Nguyen', 'Tran', 'Le', 'Pham', 'Okafor', 'Adeyemi', 'Eze', 'Kowalski', 'Nowak', 'Wang', 'Zhang', 'Santos', 'Reyes', 'Kazlauskas', 'Petrauskas', 'Dimitrov', 'Georgiev', 'Marin', 'Stan', 'Dobre', 'Suksawat', 'Wongsa', 'Bondarenko', 'Tkachenko', 'Garcia', 'Cruz', 'Mendoza', 'Lewandowski', 'Wojcik', 'Chen', 'Liu', 'Ivanov', 'Petrov', 'Horvat', 'Balogun'];
const OUTCOMES = ['PREPARED_RETURN', 'RETURNED_INDEPENDENTLY', 'REMAINED_IN_DENMARK', 'DISAPPEARED', 'DECLINED_SUPPORT', 'OTHER'];

function isoIn(year: number, dayOfYear: number, secondOfDay: number): string {
  return new Date(Date.UTC(year, 0, 1) + dayOfYear * 86_400_000 + secondOfDay * 1000).toISOString();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number[] {
  fn(); // warm-up: statement caches, page cache
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-bench-'));
  const config = loadConfig({ env: { DATABASE_PATH: path.join(dir, 'bench.db'), NODE_ENV: 'test' }, readFile: (p) => fs.readFileSync(p, 'utf8') });
  const deps = await createDeps({ config, clock: fixedClock(NOW), logger: createLogger({ level: 'warn' }), keys: await generateSigningKeys() });
  try {
    const { sqlite } = deps;
    const orgId = (code: string) => `org-${code.toLowerCase()}`;
    const expected = { persons: 0, personsInRegion: 0, interviews: 0, referralsOfKbhpol: 0, preparedReturns: 0 };

    // --- The data: one transaction of prepared inserts -----------------------------------------
    const built = process.hrtime.bigint();
    sqlite.exec(`insert into users (id, email, name, organisation_id, roles, password_hash, created_at)
      values ('bench-user', 'bench@samvirke.invalid', 'Bench', 'org-kbhpol', '["CASEWORKER"]', 'x', '${NOW.toISOString()}')`);
    const insertSubject = sqlite.prepare('insert into subjects (id, pseudonym, created_at) values (?, ?, ?)');
    const insertReferral = sqlite.prepare(`insert into referrals (
      id, reference, version, state, urgency, minor, subject_id, referring_organisation_id, created_by_user_id,
      receiving_organisation_id, competent_authority_id, gender, nationality, age_band, residence_status, languages,
      suspected_exploitation, sector, region, created_at, updated_at, submitted_at, acknowledged_at, interview_at,
      decision, primary_exploitation, assessed_on, assessed_by_organisation_id, age_at_assessment, outcome, closed_at)
      values (?, ?, 1, ?, 'NORMAL', ?, ?, ?, 'bench-user', ?, ?, ?, ?, '25-34', 'LAWFUL', '["en"]', ?, 'OTHER', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertPersonal = sqlite.prepare('insert into referral_personal_data (referral_id, name, date_of_birth) values (?, ?, ?)');
    /** Each subject's identity: every referral of one person carries it. */
    const identities = new Map<string, { name: string; dateOfBirth: string; nationality: string }>();
    let subjects = 0;
    let referrals = 0;
    const newSubject = (createdAt: string): string => {
      subjects += 1;
      const id = `s-${subjects}`;
      insertSubject.run(id, `P-${subjects.toString(36).toUpperCase().padStart(6, '0')}`, createdAt);
      const given = rnd() < 0.3 ? `${pick(GIVEN)} ${pick(GIVEN)}` : pick(GIVEN);
      const born = new Date(Date.UTC(1960, 0, 1) + Math.floor(rnd() * 48 * 365) * 86_400_000).toISOString().slice(0, 10);
      identities.set(id, { name: `${given} ${pick(FAMILY)}`, dateOfBirth: born, nationality: pick(NATIONALITIES) });
      return id;
    };
    const trafficked = new Set<string>();
    const traffickedInRegion = new Set<string>();
    const addReferral = (year: number, subjectId: string, counted: boolean): void => {
      referrals += 1;
      const day = Math.floor(rnd() * 330);
      const created = isoIn(year, day, 30_000 + Math.floor(rnd() * 20_000));
      const referrer = pick(REFERRERS);
      const region = pick(REGIONS);
      const gender = pick(GENDERS);
      const form = pick(FORMS);
      const roll = rnd();
      const authority = rnd() < 0.8 ? 'CMM' : 'US';
      const state = roll < 0.08 ? 'SUBMITTED' : roll < 0.16 ? 'RECEIVED' : roll < 0.26 ? 'UNDER_ASSESSMENT' : roll < 0.6 ? 'ASSESSED' : 'CLOSED';
      const received = state !== 'SUBMITTED';
      const interviewed = !['SUBMITTED', 'RECEIVED'].includes(state);
      const assessed = state === 'ASSESSED' || state === 'CLOSED';
      const decision = assessed ? (rnd() < 0.65 ? 'TRAFFICKED' : 'NOT_TRAFFICKED') : null;
      const interviewAt = interviewed ? isoIn(year, day + 3, 36_000) : null;
      const assessedOn = assessed ? isoIn(year, day + 10, 0).slice(0, 10) : null;
      const closed = state === 'CLOSED';
      const outcome = closed ? (decision === 'NOT_TRAFFICKED' ? 'NOT_TRAFFICKED' : pick(OUTCOMES)) : null;
      const closedAt = closed ? isoIn(year, day + 25, 40_000) : null;
      const age = 15 + Math.floor(rnd() * 45);
      insertReferral.run(
        `r-${referrals}`,
        `HEN-${year}-${String(referrals).padStart(6, '0')}`,
        state,
        age < 18 ? 1 : 0,
        subjectId,
        orgId(referrer),
        received ? orgId(authority) : null,
        orgId(authority),
        gender,
        identities.get(subjectId)!.nationality,
        JSON.stringify([form]),
        region,
        created,
        created,
        created,
        received ? isoIn(year, day + 1, 40_000) : null,
        interviewAt,
        decision,
        decision ? form : null,
        assessedOn,
        decision ? orgId(authority) : null,
        decision ? age : null,
        outcome,
        closedAt,
      );
      insertPersonal.run(`r-${referrals}`, identities.get(subjectId)!.name, identities.get(subjectId)!.dateOfBirth);
      if (!counted) return;
      if (decision === 'TRAFFICKED') {
        trafficked.add(subjectId);
        if (region === 'SYDDANMARK') traffickedInRegion.add(subjectId);
      }
      if (interviewAt) expected.interviews += 1;
      if (referrer === 'KBHPOL') expected.referralsOfKbhpol += 1;
      if (outcome === 'PREPARED_RETURN') expected.preparedReturns += 1;
    };
    sqlite.transaction(() => {
      // Earlier years, so the ten-year series and the indexes have something to pass over.
      for (let year = YEAR - 9; year < YEAR; year += 1) {
        for (let i = 0; i < EARLIER_PER_YEAR; i += 1) addReferral(year, newSubject(isoIn(year, 0, 0)), false);
      }
      // The year itself: 100 000 referrals, about one in six of a person referred before.
      const ofYear: string[] = [];
      for (let i = 0; i < REFERRALS; i += 1) {
        const again = ofYear.length > 0 && rnd() < 0.15;
        const subjectId = again ? pick(ofYear) : newSubject(isoIn(YEAR, 0, 0));
        if (!again) ofYear.push(subjectId);
        addReferral(YEAR, subjectId, true);
      }
    })();
    expected.persons = trafficked.size;
    expected.personsInRegion = traffickedInRegion.size;
    const buildMs = Number(process.hrtime.bigint() - built) / 1e6;

    // The historical register, through the import service (2016–2024: it does not touch YEAR).
    const lines = ['person_key,assessed_on,decision,authority,gender,nationality,age_at_assessment,primary_exploitation,first_contact,interview_held_on,outcome,region'];
    for (let i = 0; i < HISTORY_ROWS; i += 1) {
      const year = 2016 + (i % 9);
      const decision = rnd() < 0.6 ? 'TRAFFICKED' : 'NOT_TRAFFICKED';
      const outcome = decision === 'NOT_TRAFFICKED' ? 'NOT_TRAFFICKED' : pick(OUTCOMES);
      lines.push(`H-${i},${year}-05-${String(1 + (i % 28)).padStart(2, '0')},${decision},CMM,${pick(GENDERS)},${pick(NATIONALITIES)},${20 + (i % 30)},${pick(FORMS)},${pick(REFERRERS)},${year}-04-20,${outcome},${pick(REGIONS)}`);
    }
    const systemCtx = systemContext(deps, 'bench');
    const importStarted = process.hrtime.bigint();
    const imported = await importHistoryAsSystem(systemCtx, { csv: lines.join('\n') });
    const importMs = Number(process.hrtime.bigint() - importStarted) / 1e6;
    if (imported.errors.length > 0 || imported.imported !== HISTORY_ROWS) throw new Error(`history import failed: ${JSON.stringify(imported.errors.slice(0, 3))}`);
    // The blind index of subject matching, as the start-up step builds it for an existing database.
    const indexStarted = process.hrtime.bigint();
    // The loader writes plaintext, as a database of the release before sealing holds it; the start-up
    // step's sealing (batched, keys made per batch) seals it the same way it seals an upgraded database.
    const sealedAt = process.hrtime.bigint();
    const sealedValues = sealExistingRows(sqlite, deps.sealer);
    process.stdout.write(`sealed ${sealedValues} personal values in ${Math.round(Number(process.hrtime.bigint() - sealedAt) / 1e6)} ms\n`);
    const indexed = await backfillMatchIndex(systemCtx);
    const indexMs = Number(process.hrtime.bigint() - indexStarted) / 1e6;
    const tokens = (sqlite.prepare('select count(*) as n from subject_match_tokens').get() as { n: number }).n;
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.exec('analyze');

    // Probes: people in the database as another authority might write them — family name first,
    // upper case, a diacritic — under a subject of their own (so nothing is excluded).
    const subjectIds = [...identities.keys()];
    const probes: Array<{ probe: TMatchProbe; expect: string }> = [];
    for (let i = 0; i < 200; i += 1) {
      const subjectId = pick(subjectIds);
      const identity = identities.get(subjectId)!;
      const parts = identity.name.split(' ');
      const variant = [parts.at(-1)!.toUpperCase(), ...parts.slice(0, -1)].join(', ').replace('a', 'á').replace('e', 'é');
      probes.push({
        expect: subjectId,
        probe: { subjectId: 'probe', name: variant, alias: null, dateOfBirth: identity.dateOfBirth, estimatedAge: null, nationality: identity.nationality, day: '2026-03-02' },
      });
    }

    // --- Correctness at scale -------------------------------------------------------------------
    const analyst: TViewer = {
      userId: 'bench-user',
      organisationId: 'org-cmm',
      organisationCode: 'CMM',
      organisationKind: 'CMM',
      region: null,
      roles: ['ANALYST'],
      referenceGroup: null,
      sessionId: 'bench',
    };
    const ctx: TContext = { ...systemCtx, viewer: analyst };
    const figures = computeStatistics(ctx, { year: YEAR, region: null });
    const regional = computeStatistics(ctx, { year: YEAR, region: 'SYDDANMARK' });
    const checks: Array<[string, number, number]> = [
      ['persons assessed TRAFFICKED', figures.personsTrafficked, expected.persons],
      ['persons assessed TRAFFICKED in SYDDANMARK', regional.personsTrafficked, expected.personsInRegion],
      ['identification interviews held', figures.interviews.held, expected.interviews],
      ['referrals submitted by KBHPOL', figures.referralsByOrganisation.find((r) => r.organisationCode === 'KBHPOL')?.referrals ?? 0, expected.referralsOfKbhpol],
      ['prepared returns', figures.preparedReturns, expected.preparedReturns],
      ['series = the year', figures.series.at(-1)!.personsTrafficked, expected.persons],
      ['referrals of the year (all organisations)', figures.referralsByOrganisation.reduce((s, r) => s + r.referrals, 0), REFERRALS],
    ];
    const found = probes.filter(({ probe, expect: subjectId }) => findCandidates(deps.db, deps.blindIndexKey, deps.sealer, probe, { limit: 10 })[0]?.subjectId === subjectId).length;
    checks.push(['subject matching: the person is the best match (of 200 variant spellings)', found, probes.length]);
    checks.push(['referrals indexed by the start-up backfill', indexed, referrals]);
    const wrong = checks.filter(([, got, want]) => got !== want);

    // --- Timing ---------------------------------------------------------------------------------
    const countAll = sqlite.prepare('select count(*) as n from referrals');
    const fullScan = sqlite.prepare('select count(*) as n, sum(length(reference)), max(updated_at), sum(age_at_assessment) from referrals');
    const results: Array<{ name: string; times: number[] }> = [
      { name: 'baseline: select count(*) from referrals', times: time(() => countAll.get()) },
      { name: 'baseline: full scan of referrals', times: time(() => fullScan.get()) },
      { name: `statistics(year: ${YEAR})`, times: time(() => computeStatistics(ctx, { year: YEAR, region: null })) },
      { name: `statistics(year: ${YEAR}, region: SYDDANMARK)`, times: time(() => computeStatistics(ctx, { year: YEAR, region: 'SYDDANMARK' })) },
      { name: `GET /statistics/${YEAR}.csv (figures + CSV + audit record)`, times: time(() => exportStatisticsCsv(ctx, { year: YEAR })) },
    ];
    // Matching: one probe per call, every probe once (after the warm-up of the others above).
    const matchTimes = probes.map(({ probe }) => {
      const started = process.hrtime.bigint();
      findCandidates(deps.db, deps.blindIndexKey, deps.sealer, probe, { limit: 10 });
      return Number(process.hrtime.bigint() - started) / 1e6;
    });
    results.push({ name: `possible matches against ${subjects.toLocaleString('en')} subjects (blind index)`, times: matchTimes });
    const baseline = median(results[1]!.times);

    const out = process.stdout;
    out.write(`\nSamvirke statistics bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} CPU(s)\n`);
    out.write(`database: ${referrals.toLocaleString('en')} referrals (${REFERRALS.toLocaleString('en')} in ${YEAR}), ${subjects.toLocaleString('en')} subjects, ${HISTORY_ROWS.toLocaleString('en')} register rows; built in ${buildMs.toFixed(0)} ms\n`);
    out.write(`historical import of ${HISTORY_ROWS.toLocaleString('en')} rows (validate + insert + audit): ${importMs.toFixed(0)} ms\n`);
    out.write(`blind index of subject matching (start-up backfill): ${indexed.toLocaleString('en')} referrals, ${tokens.toLocaleString('en')} tokens in ${indexMs.toFixed(0)} ms\n\n`);
    out.write(`${'what'.padEnd(62)}${'median ms'.padStart(11)}${'min ms'.padStart(9)}${'× full scan'.padStart(13)}\n`);
    for (const r of results) {
      const m = median(r.times);
      out.write(`${r.name.padEnd(62)}${m.toFixed(1).padStart(11)}${Math.min(...r.times).toFixed(1).padStart(9)}${(m / baseline).toFixed(2).padStart(13)}\n`);
    }
    out.write(`\n(${RUNS} runs each after one warm-up, matching ${probes.length} probes once each; ratio = median / median of the full scan)\n\n`);
    for (const [name, got, want] of checks) out.write(`${got === want ? 'ok  ' : 'FAIL'} ${name}: ${got}${got === want ? '' : ` (expected ${want})`}\n`);

    if (args.includes('--profile')) {
      const { yearBounds, seriesYears } = await import('../../server/modules/statistics/statistics.policy.js');
      const repo = await import('../../server/modules/statistics/statistics.repo.js');
      const b = yearBounds(YEAR);
      const years = seriesYears(YEAR).map((y) => ({ year: y, bounds: yearBounds(y) }));
      const parts: Array<[string, () => unknown]> = [
        ['personBreakdowns', () => repo.personBreakdowns(deps.db, { bounds: b, region: null })],
        ['personsPerYear', () => repo.personsPerYear(deps.db, { years, region: null })],
        ['interviewsPerYear', () => repo.interviewsPerYear(deps.db, { years, region: null, now: NOW.toISOString(), today: '2026-03-02' })],
        ['referralsPerYearAndOrganisation', () => repo.referralsPerYearAndOrganisation(deps.db, { years, region: null })],
        ['closuresPerYear', () => repo.closuresPerYear(deps.db, { years, outcomes: ['PREPARED_RETURN', 'OTHER', 'NOT_TRAFFICKED', 'DISAPPEARED', 'REMAINED_IN_DENMARK', 'RETURNED_INDEPENDENTLY', 'DECLINED_SUPPORT', 'DUBLIN_TRANSFER'], region: null })],
      ];
      for (const [name, fn] of parts) out.write(`${name.padEnd(30)}${median(time(fn)).toFixed(1).padStart(10)} ms\n`);
    }

    if (args.includes('--plan')) {
      out.write('\nquery plans (EXPLAIN QUERY PLAN) of the statistics statements:\n');
      const plan = (label: string, statement: string) => {
        out.write(`\n${label}\n`);
        for (const row of sqlite.prepare(`explain query plan ${statement}`).all() as Array<{ detail: string }>) out.write(`  ${row.detail}\n`);
      };
      plan('persons (year)', `select r.subject_id from referrals r where r.decision = 'TRAFFICKED' and r.assessed_on >= '2025-01-01' and r.assessed_on < '2026-01-01'`);
      plan('first contact', `select f.referring_organisation_id from referrals f where f.subject_id = 's-1' and f.submitted_at is not null order by f.submitted_at, f.created_at, f.reference limit 1`);
      plan('interviews', `select count(*) from referrals r where r.interview_at >= '2024-12-31T23:00:00.000Z' and r.interview_at < '2025-12-31T23:00:00.000Z'`);
      plan('referrals by organisation (one range per year and organisation)', `select count(*) from referrals r where r.referring_organisation_id = 'org-kbhpol' and r.submitted_at >= '2024-12-31T23:00:00.000Z' and r.submitted_at < '2025-12-31T23:00:00.000Z'`);
      plan('closures (one range per year and outcome)', `select count(*) from referrals r where r.outcome = 'PREPARED_RETURN' and r.closed_at >= '2024-12-31T23:00:00.000Z' and r.closed_at < '2025-12-31T23:00:00.000Z'`);
    }

    const statsMs = median(results[2]!.times);
    const slow = statsMs >= 1000;
    const matchMs = median(matchTimes);
    const matchP95 = [...matchTimes].sort((a, b) => a - b)[Math.floor(matchTimes.length * 0.95)]!;
    const matchSlow = matchP95 >= 100;
    out.write(`\n${wrong.length === 0 ? 'figures: correct' : `figures: ${wrong.length} WRONG`}; statistics(year): ${statsMs.toFixed(0)} ms ${slow ? '— NOT under a second' : '(under a second)'}\n`);
    out.write(`subject matching: median ${matchMs.toFixed(1)} ms, 95th percentile ${matchP95.toFixed(1)} ms ${matchSlow ? '— NOT under 100 ms' : '(under 100 ms)'}\n`);
    process.exitCode = wrong.length > 0 || slow || matchSlow ? 1 : 0;
  } finally {
    await closeDeps(deps);
    if (args.includes('--keep')) process.stdout.write(`database kept: ${path.join(dir, 'bench.db')}\n`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
