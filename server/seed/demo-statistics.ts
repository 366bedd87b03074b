// Demo statistics for `npm run demo`: a generated historical register for the ten years before
// the current one (a few dozen to about a hundred persons a year, all invented), loaded through
// the same import service as `npm run import:history`, so statistics(year) shows real tables and
// a ten-year series. Deterministic: the same years give the same file. Some persons are assessed
// twice in a year and some again in a later year, as in the real register.
import { systemContext } from '../core/context.js';
import type { TDeps } from '../core/types.js';
import { localDate } from '../core/calendar.js';
import { HISTORY_COLUMNS } from '../modules/statistics/history-import.validation.js';
import { importHistoryAsSystem, type THistoryImportResult } from '../modules/statistics/statistics.service.js';

/** A small deterministic generator (mulberry32): the same numbers from the same seed on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Weighted roughly like CMM's published figures: mostly sexual exploitation and forced labour,
// women more than men, police the most frequent first contact.
const FORMS = ['SEXUAL', 'SEXUAL', 'SEXUAL', 'FORCED_LABOUR', 'FORCED_LABOUR', 'CRIMINAL_ACTIVITY', 'DOMESTIC_SERVITUDE', 'BEGGING', 'UNDETERMINED'];
const GENDERS = ['FEMALE', 'FEMALE', 'FEMALE', 'MALE', 'MALE', 'TRANSGENDER', 'UNKNOWN'];
const NATIONALITIES = ['RO', 'NG', 'TH', 'BG', 'VN', 'UA', 'PH', 'HU', 'LT', 'CN', 'UG', 'PL'];
const FIRST_CONTACTS = ['KBHPOL', 'KBHPOL', 'FYNPOL', 'OJYLPOL', 'NJYLPOL', 'NSK', 'REDEN', 'HOPENOW', 'AMIAMI', 'RK', '3F', 'AT', 'SKTST', 'SIRI', 'US', 'OTHER'];
const REGIONS = ['HOVEDSTADEN', 'HOVEDSTADEN', 'SJAELLAND', 'SYDDANMARK', 'MIDTJYLLAND', 'NORDJYLLAND', ''];
const OUTCOMES = ['PREPARED_RETURN', 'RETURNED_INDEPENDENTLY', 'REMAINED_IN_DENMARK', 'REMAINED_IN_DENMARK', 'DISAPPEARED', 'DECLINED_SUPPORT', 'DUBLIN_TRANSFER', 'OTHER', ''];

/** The register's CSV for the ten years before `currentYear`. */
export function demoHistoryCsv(currentYear: number): string {
  const rnd = seededRandom(currentYear);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const lines: string[] = [HISTORY_COLUMNS.join(',')];
  const earlier: Array<{ key: string; gender: string; nationality: string; born: number }> = [];
  let next = 1;
  for (let year = currentYear - 10; year < currentYear; year += 1) {
    const cases = 40 + Math.floor(rnd() * 60);
    for (let i = 0; i < cases; i += 1) {
      // About one in twelve is a person known from an earlier year.
      const known = earlier.length > 0 && rnd() < 0.08 ? pick(earlier) : null;
      const person = known ?? { key: `CMM-${String(next++).padStart(5, '0')}`, gender: pick(GENDERS), nationality: pick(NATIONALITIES), born: year - (15 + Math.floor(rnd() * 40)) };
      if (!known) earlier.push(person);
      const month = 1 + Math.floor(rnd() * 11);
      const day = 1 + Math.floor(rnd() * 27);
      const assessedOn = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      const interviewed = rnd() < 0.85;
      const interviewOn = `${year}-${String(month).padStart(2, '0')}-${String(Math.max(1, day - 3)).padStart(2, '0')}`;
      const decision = rnd() < 0.7 ? 'TRAFFICKED' : 'NOT_TRAFFICKED';
      const outcome = decision === 'NOT_TRAFFICKED' ? (rnd() < 0.8 ? 'NOT_TRAFFICKED' : '') : pick(OUTCOMES);
      const age = rnd() < 0.1 ? '' : String(year - person.born);
      const authority = rnd() < 0.75 ? 'CMM' : 'US';
      const row = [person.key, assessedOn, decision, authority, person.gender, person.nationality, age, pick(FORMS), pick(FIRST_CONTACTS), interviewed ? interviewOn : '', outcome, pick(REGIONS)];
      lines.push(row.join(','));
      // Now and then the same person is assessed again later the same year (counted once).
      if (decision === 'TRAFFICKED' && rnd() < 0.04 && month < 11) {
        const again = [...row];
        again[1] = `${year}-12-${String(day).padStart(2, '0')}`;
        again[9] = '';
        lines.push(again.join(','));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function seedDemoStatistics(deps: TDeps): Promise<THistoryImportResult> {
  const currentYear = Number(localDate(deps.clock.now()).slice(0, 4));
  const result = await importHistoryAsSystem(systemContext(deps, 'seed-demo-statistics'), { csv: demoHistoryCsv(currentYear) });
  if (result.errors.length > 0) throw new Error(`demo register rejected: line ${result.errors[0]!.line}: ${result.errors[0]!.reason}`);
  return result;
}
