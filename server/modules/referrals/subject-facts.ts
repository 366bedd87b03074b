// Derivations about the person referred: age band, minority, pseudonym and competent authority,
// and the check that a date of birth is not in the future.
import { randomInt } from 'node:crypto';
import { localDate } from '../../core/calendar.js';
import { badInput } from '../../core/errors.js';

export const AGE_BANDS = ['0-11', '12-14', '15-17', '18-24', '25-34', '35-44', '45-54', '55+', 'UNKNOWN'] as const;
export type TAgeBand = (typeof AGE_BANDS)[number];

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageAtReferral(options: { dateOfBirth: string | null; estimatedAge: number | null; day: string }): number | null {
  if (options.dateOfBirth) return ageOn(options.dateOfBirth, options.day);
  return options.estimatedAge ?? null;
}

export function ageBand(age: number | null): TAgeBand {
  if (age === null || age < 0) return 'UNKNOWN';
  if (age < 12) return '0-11';
  if (age < 15) return '12-14';
  if (age < 18) return '15-17';
  if (age < 25) return '18-24';
  if (age < 35) return '25-34';
  if (age < 45) return '35-44';
  if (age < 55) return '45-54';
  return '55+';
}

export function isMinor(age: number | null): boolean {
  return age !== null && age < 18;
}

/** Minors are always at least HIGH urgency. */
export function effectiveUrgency(urgency: 'URGENT' | 'HIGH' | 'NORMAL', minor: boolean): 'URGENT' | 'HIGH' | 'NORMAL' {
  return minor && urgency === 'NORMAL' ? 'HIGH' : urgency;
}

/** The facts kept on the referral that follow from the person's age: its band, minority and the urgency. */
export function derivedFacts(options: { dateOfBirth: string | null; estimatedAge: number | null; urgency: 'URGENT' | 'HIGH' | 'NORMAL'; day: string }) {
  const age = ageAtReferral({ dateOfBirth: options.dateOfBirth, estimatedAge: options.estimatedAge, day: options.day });
  const minor = isMinor(age);
  return { ageBand: ageBand(age), minor, urgency: effectiveUrgency(options.urgency, minor) };
}

/** A date of birth after today would make the person a "minor" of negative age. */
export function assertBornBy(dateOfBirth: string | null | undefined, now: Date, field = 'input.subject.dateOfBirth'): void {
  if (dateOfBirth && dateOfBirth > localDate(now)) throw badInput(field, 'The date of birth cannot be in the future', 'DATE_IN_FUTURE');
}

// Crockford's alphabet: no I, L, O or U, so a pseudonym read aloud is not misheard.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function randomPseudonym(length = 4): string {
  let out = 'P-';
  for (let i = 0; i < length; i += 1) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

/**
 * Who assesses: people with lawful residence (and Danes) are assessed by CMM; asylum seekers and
 * people without lawful residence by Udlændingestyrelsen; unknown residence goes to CMM's intake.
 */
export function competentAuthorityCode(residenceStatus: string): 'CMM' | 'US' {
  return residenceStatus === 'ASYLUM_SEEKER' || residenceStatus === 'UNLAWFUL' ? 'US' : 'CMM';
}

export { addDays } from '../../core/calendar.js';
