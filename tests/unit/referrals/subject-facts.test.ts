// Pure facts about the person referred: age and age band, minority and the urgency it implies,
// the pseudonym, and which authority is competent.
import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS,
  addDays,
  ageAtReferral,
  ageBand,
  ageOn,
  competentAuthorityCode,
  effectiveUrgency,
  isMinor,
  randomPseudonym,
} from '../../../server/modules/referrals/subject-facts.js';

describe('age', () => {
  it('counts whole years, turning a year older on the birthday itself', () => {
    expect(ageOn('2008-11-23', '2026-11-22')).toBe(17);
    expect(ageOn('2008-11-23', '2026-11-23')).toBe(18);
    expect(ageOn('2008-12-01', '2026-11-30')).toBe(17);
    expect(ageOn('1990-01-01', '2026-12-31')).toBe(36);
  });

  it('handles a 29 February birthday in a common year (a year older from 1 March)', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('takes the date of birth over an estimate, and the estimate when there is no date of birth', () => {
    expect(ageAtReferral({ dateOfBirth: '2000-06-01', estimatedAge: 15, day: '2026-06-01' })).toBe(26);
    expect(ageAtReferral({ dateOfBirth: null, estimatedAge: 15, day: '2026-06-01' })).toBe(15);
    expect(ageAtReferral({ dateOfBirth: null, estimatedAge: null, day: '2026-06-01' })).toBeNull();
  });

  it.each([
    [null, 'UNKNOWN'],
    [-1, 'UNKNOWN'],
    [0, '0-11'],
    [11, '0-11'],
    [12, '12-14'],
    [14, '12-14'],
    [15, '15-17'],
    [17, '15-17'],
    [18, '18-24'],
    [24, '18-24'],
    [25, '25-34'],
    [34, '25-34'],
    [35, '35-44'],
    [44, '35-44'],
    [45, '45-54'],
    [54, '45-54'],
    [55, '55+'],
    [120, '55+'],
  ] as const)('age %s is in band %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
    expect(AGE_BANDS).toContain(band);
  });
});

describe('minors', () => {
  it('are under 18; an unknown age is not a minor', () => {
    expect(isMinor(17)).toBe(true);
    expect(isMinor(0)).toBe(true);
    expect(isMinor(18)).toBe(false);
    expect(isMinor(null)).toBe(false);
  });

  it('are always at least HIGH urgency; adults keep what was asked', () => {
    expect(effectiveUrgency('NORMAL', true)).toBe('HIGH');
    expect(effectiveUrgency('HIGH', true)).toBe('HIGH');
    expect(effectiveUrgency('URGENT', true)).toBe('URGENT');
    expect(effectiveUrgency('NORMAL', false)).toBe('NORMAL');
    expect(effectiveUrgency('URGENT', false)).toBe('URGENT');
  });
});

describe('pseudonyms', () => {
  it('are P- and Crockford characters (no I, L, O or U), 4 by default', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i += 1) {
      const pseudonym = randomPseudonym();
      expect(pseudonym).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{4}$/);
      seen.add(pseudonym);
    }
    // Random, not derived from anything: 500 draws from 32^4 are nearly all different.
    expect(seen.size).toBeGreaterThan(490);
    expect(randomPseudonym(6)).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{6}$/);
  });
});

describe('the competent authority', () => {
  it.each([
    ['DANISH_CITIZEN', 'CMM'],
    ['LAWFUL', 'CMM'],
    ['UNKNOWN', 'CMM'],
    ['ASYLUM_SEEKER', 'US'],
    ['UNLAWFUL', 'US'],
  ] as const)('for residence %s is %s', (residence, authority) => {
    expect(competentAuthorityCode(residence)).toBe(authority);
  });
});

describe('addDays', () => {
  it('adds calendar days across months, years and leap days, and subtracts', () => {
    expect(addDays('2026-11-24', 30)).toBe('2026-12-24');
    expect(addDays('2026-12-24', 90)).toBe('2027-03-24');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2027-01-03', -7)).toBe('2026-12-27');
    // Daylight saving changes nothing for calendar dates.
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
  });
});
