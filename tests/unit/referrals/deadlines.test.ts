// Expected values are worked out by hand from the calendar, not copied from the functions' output.
// Calendar facts used: 1 January 2026 is a Thursday (so 31 December 2026 is a Thursday too and
// 1 January 2027 a Friday); in 2026 summer time starts Sunday 29 March and ends Sunday 25 October,
// both at 01:00 UTC. Winter (CET) = UTC+1, summer (CEST) = UTC+2.
import { describe, expect, it } from 'vitest';
import {
  acknowledgeBy,
  addWorkingDays,
  danishNonWorkingDays,
  DEFAULT_DEADLINES,
  easterSunday,
  interviewBy,
  isWorkingDay,
  localDate,
  TIME_ZONE,
  zonedTime,
} from '../../../server/modules/referrals/deadlines.js';

const at = (iso: string): Date => new Date(iso);
const normal = (iso: string): string => acknowledgeBy({ submittedAt: at(iso), urgency: 'NORMAL' }).toISOString();
const urgent = (iso: string): string => acknowledgeBy({ submittedAt: at(iso), urgency: 'URGENT' }).toISOString();

describe('constants', () => {
  it('has the documented defaults and time zone', () => {
    expect(DEFAULT_DEADLINES).toEqual({ urgentAcknowledgeHours: 2, acknowledgeWorkingDays: 1, interviewDays: 5 });
    expect(TIME_ZONE).toBe('Europe/Copenhagen');
  });
});

describe('easterSunday', () => {
  it.each([
    [2000, 4, 23],
    [2008, 3, 23],
    [2011, 4, 24],
    [2019, 4, 21],
    [2023, 4, 9],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [1818, 3, 22], // earliest possible date
    [1943, 4, 25], // latest possible date
    [2285, 3, 22],
  ])('Easter %i is %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });

  it('rejects non-Gregorian and non-integer years', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('danishNonWorkingDays', () => {
  it('lists the 2026 days: holidays plus grundlovsdag, juleaftensdag and nytårsaftensdag', () => {
    expect([...danishNonWorkingDays(2026)].sort()).toEqual([
      '2026-01-01', // nytårsdag
      '2026-04-02', // skærtorsdag
      '2026-04-03', // langfredag
      '2026-04-05', // påskedag
      '2026-04-06', // 2. påskedag
      '2026-05-14', // Kristi himmelfartsdag (5 April + 39)
      '2026-05-24', // pinsedag (+ 49)
      '2026-05-25', // 2. pinsedag (+ 50)
      '2026-06-05', // grundlovsdag
      '2026-12-24', // juleaftensdag
      '2026-12-25', // juledag
      '2026-12-26', // 2. juledag
      '2026-12-31', // nytårsaftensdag
    ]);
  });

  it('includes store bededag (Easter + 26) in 2023', () => {
    // Easter 2023 = 9 April, + 26 = Friday 5 May.
    const days = danishNonWorkingDays(2023);
    expect(days.has('2023-05-05')).toBe(true);
    expect(days.size).toBe(14);
    expect(isWorkingDay('2023-05-05')).toBe(false);
  });

  it('no longer includes store bededag from 2024', () => {
    // Easter 2024 = 31 March, + 26 = Friday 26 April.
    const days = danishNonWorkingDays(2024);
    expect(days.has('2024-04-26')).toBe(false);
    expect(days.size).toBe(13);
    expect(isWorkingDay('2024-04-26')).toBe(true);
    expect([...days].filter((d) => d >= '2024-03-01' && d <= '2024-05-31').sort()).toEqual([
      '2024-03-28',
      '2024-03-29',
      '2024-03-31',
      '2024-04-01',
      '2024-05-09',
      '2024-05-19',
      '2024-05-20',
    ]);
  });

  it('returns a copy: changing it does not change the cached days', () => {
    const days = danishNonWorkingDays(2026);
    days.delete('2026-12-24');
    days.add('2026-12-28');
    expect(isWorkingDay('2026-12-24')).toBe(false);
    expect(isWorkingDay('2026-12-28')).toBe(true);
    expect(danishNonWorkingDays(2026).has('2026-12-24')).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-19', true], // Monday
    ['2026-01-23', true], // Friday
    ['2026-01-17', false], // Saturday
    ['2026-01-18', false], // Sunday
    ['2026-01-01', false], // nytårsdag (Thursday)
    ['2026-01-02', true], // Friday after New Year
    ['2026-05-14', false], // Kristi himmelfartsdag (Thursday)
    ['2026-05-15', true], // the Friday after Ascension is a working day
    ['2026-05-25', false], // 2. pinsedag (Monday)
    ['2026-06-05', false], // grundlovsdag (Friday)
    ['2026-12-24', false], // juleaftensdag (Thursday)
    ['2026-12-28', true], // Monday after Christmas
    ['2026-12-31', false], // nytårsaftensdag (Thursday)
  ])('%s → %s', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('2026-1-5')).toThrow(RangeError);
    expect(() => isWorkingDay('2026-01-05T00:00')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('gives the n-th working day after the date', () => {
    expect(addWorkingDays('2026-01-16', 1)).toBe('2026-01-19'); // Fri → Mon
    expect(addWorkingDays('2026-01-16', 5)).toBe('2026-01-23'); // Fri → next Fri
    expect(addWorkingDays('2026-01-19', 1)).toBe('2026-01-20'); // Mon → Tue
    expect(addWorkingDays('2026-01-17', 1)).toBe('2026-01-19'); // Sat → Mon
  });

  it('skips Easter', () => {
    // Tue 31 Mar → Wed 1 Apr (1); Thu 2, Fri 3 closed, weekend, Mon 6 closed; Tue 7 (2), Wed 8 (3).
    expect(addWorkingDays('2026-03-31', 3)).toBe('2026-04-08');
  });

  it('crosses into the next year', () => {
    // Wed 30 Dec → Thu 31 closed, Fri 1 Jan closed, weekend 2–3 Jan; Mon 4 (1), Tue 5 (2).
    expect(addWorkingDays('2026-12-30', 2)).toBe('2027-01-05');
  });

  it('rejects n < 1 and non-integers', () => {
    expect(() => addWorkingDays('2026-01-16', 0)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-16', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-16', 1.5)).toThrow(RangeError);
  });
});

describe('localDate', () => {
  it('uses the Copenhagen date around midnight in winter (UTC+1)', () => {
    expect(localDate(at('2026-01-15T22:59:59.999Z'))).toBe('2026-01-15');
    expect(localDate(at('2026-01-15T23:00:00.000Z'))).toBe('2026-01-16');
    expect(localDate(at('2026-01-16T00:30:00.000Z'))).toBe('2026-01-16');
  });

  it('uses the Copenhagen date around midnight in summer (UTC+2)', () => {
    expect(localDate(at('2026-06-19T21:59:59.999Z'))).toBe('2026-06-19');
    expect(localDate(at('2026-06-19T22:00:00.000Z'))).toBe('2026-06-20');
    expect(localDate(at('2026-06-19T23:30:00.000Z'))).toBe('2026-06-20');
  });

  it('crosses the year in Copenhagen before it does in UTC', () => {
    expect(localDate(at('2026-12-31T22:59:59.999Z'))).toBe('2026-12-31');
    expect(localDate(at('2026-12-31T23:00:00.000Z'))).toBe('2027-01-01');
  });

  it('rejects an invalid Date', () => {
    expect(() => localDate(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('zonedTime', () => {
  it('converts winter and summer wall-clock times', () => {
    expect(zonedTime('2026-01-19', 23, 59, 59, 999).toISOString()).toBe('2026-01-19T22:59:59.999Z');
    expect(zonedTime('2026-06-22', 23, 59, 59, 999).toISOString()).toBe('2026-06-22T21:59:59.999Z');
    expect(zonedTime('2026-01-01', 0, 0, 0).toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(zonedTime('2026-06-22', 12, 30, 15).toISOString()).toBe('2026-06-22T10:30:15.000Z');
  });

  it('handles the spring-forward day (2026-03-29, 02:00 CET → 03:00 CEST)', () => {
    expect(zonedTime('2026-03-29', 0, 0, 0).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(zonedTime('2026-03-29', 1, 59, 59, 999).toISOString()).toBe('2026-03-29T00:59:59.999Z');
    expect(zonedTime('2026-03-29', 3, 0, 0).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedTime('2026-03-29', 23, 59, 59, 999).toISOString()).toBe('2026-03-29T21:59:59.999Z');
  });

  it('moves a wall time in the spring gap forward by the gap (02:30 does not exist → 03:30 CEST)', () => {
    expect(zonedTime('2026-03-29', 2, 30, 0).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('handles the fall-back day (2026-10-25, 03:00 CEST → 02:00 CET)', () => {
    expect(zonedTime('2026-10-25', 0, 0, 0).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(zonedTime('2026-10-25', 1, 30, 0).toISOString()).toBe('2026-10-24T23:30:00.000Z');
    expect(zonedTime('2026-10-25', 3, 0, 0).toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(zonedTime('2026-10-25', 23, 59, 59, 999).toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  it('gives the earlier instant for a wall time that occurs twice (02:30 on fall-back day → CEST)', () => {
    expect(zonedTime('2026-10-25', 2, 30, 0).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips with localDate at the start and end of each day of the DST weeks', () => {
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      expect(localDate(zonedTime(date, 0, 0, 0))).toBe(date);
      expect(localDate(zonedTime(date, 23, 59, 59, 999))).toBe(date);
    }
  });

  it('rejects invalid dates and times', () => {
    expect(() => zonedTime('2026-02-29', 12, 0, 0)).toThrow(RangeError);
    expect(() => zonedTime('2026-01-19', 24, 0, 0)).toThrow(RangeError);
    expect(() => zonedTime('2026-01-19', 12, 60, 0)).toThrow(RangeError);
    expect(() => zonedTime('2026-01-19', 12, 0, 0, 1000)).toThrow(RangeError);
  });
});

describe('acknowledgeBy: NORMAL and HIGH', () => {
  it('Friday afternoon in winter → end of Monday, 23:59:59.999 CET', () => {
    // Fri 16 Jan 2026 14:00 CET.
    expect(normal('2026-01-16T13:00:00.000Z')).toBe('2026-01-19T22:59:59.999Z');
  });

  it('Friday afternoon in summer → end of Monday, 23:59:59.999 CEST', () => {
    // Fri 19 Jun 2026 15:00 CEST.
    expect(normal('2026-06-19T13:00:00.000Z')).toBe('2026-06-22T21:59:59.999Z');
  });

  it('Saturday or Sunday → end of Monday', () => {
    expect(normal('2026-01-17T10:00:00.000Z')).toBe('2026-01-19T22:59:59.999Z');
    expect(normal('2026-01-18T20:00:00.000Z')).toBe('2026-01-19T22:59:59.999Z');
  });

  it('a weekday → end of the next working day', () => {
    // Mon 19 Jan 09:00 CET → end of Tue 20 Jan.
    expect(normal('2026-01-19T08:00:00.000Z')).toBe('2026-01-20T22:59:59.999Z');
  });

  it('counts from the Copenhagen date, not the UTC date', () => {
    // Thu 15 Jan 23:59:59 CET is still Thursday → end of Friday.
    expect(normal('2026-01-15T22:59:59.000Z')).toBe('2026-01-16T22:59:59.999Z');
    // 23:30Z on Thursday is 00:30 on Friday in Copenhagen → end of Monday.
    expect(normal('2026-01-15T23:30:00.000Z')).toBe('2026-01-19T22:59:59.999Z');
  });

  it('Wednesday before Easter → end of the Tuesday after Easter', () => {
    // Wed 1 Apr 2026; Thu 2, Fri 3, Sat 4, Sun 5, Mon 6 not working; CEST since 29 March.
    expect(normal('2026-04-01T10:00:00.000Z')).toBe('2026-04-07T21:59:59.999Z');
  });

  it('across Christmas: 23 Dec → end of Monday 28 Dec', () => {
    // Wed 23 Dec 2026 → Thu 24 (closed), Fri 25, Sat 26, Sun 27 → Mon 28, CET.
    expect(normal('2026-12-23T11:00:00.000Z')).toBe('2026-12-28T22:59:59.999Z');
  });

  it('across New Year: 30 Dec → end of Monday 4 Jan', () => {
    // Wed 30 Dec 2026 → Thu 31 (closed), Fri 1 Jan (closed), Sat 2, Sun 3 → Mon 4 Jan 2027, CET.
    expect(normal('2026-12-30T11:00:00.000Z')).toBe('2027-01-04T22:59:59.999Z');
  });

  it('across Ascension: Wednesday → end of the Friday after', () => {
    // Wed 13 May 2026; Thu 14 May is Kristi himmelfartsdag → Fri 15 May, CEST.
    expect(normal('2026-05-13T10:00:00.000Z')).toBe('2026-05-15T21:59:59.999Z');
  });

  it('across Whitsun: Friday → end of the Tuesday after 2. pinsedag', () => {
    // Fri 22 May 2026 → Sat 23, Sun 24 (pinsedag), Mon 25 (2. pinsedag) → Tue 26 May, CEST.
    expect(normal('2026-05-22T10:00:00.000Z')).toBe('2026-05-26T21:59:59.999Z');
  });

  it('across grundlovsdag: Thursday 4 June → end of Monday 8 June', () => {
    expect(normal('2026-06-04T10:00:00.000Z')).toBe('2026-06-08T21:59:59.999Z');
  });

  it('store bededag delays the deadline in 2023 but not in 2024', () => {
    // Thu 4 May 2023 → Fri 5 May store bededag → Mon 8 May.
    expect(normal('2023-05-04T10:00:00.000Z')).toBe('2023-05-08T21:59:59.999Z');
    // Thu 25 Apr 2024 → Fri 26 Apr is an ordinary working day.
    expect(normal('2024-04-25T10:00:00.000Z')).toBe('2024-04-26T21:59:59.999Z');
  });

  it('the deadline day can have the other UTC offset than the submission (Friday before DST starts)', () => {
    // Fri 27 Mar 2026 (CET) → Mon 30 Mar, which is in CEST.
    expect(normal('2026-03-27T10:00:00.000Z')).toBe('2026-03-30T21:59:59.999Z');
    // Fri 23 Oct 2026 (CEST) → Mon 26 Oct, which is in CET.
    expect(normal('2026-10-23T10:00:00.000Z')).toBe('2026-10-26T22:59:59.999Z');
  });

  it('treats HIGH like NORMAL', () => {
    expect(acknowledgeBy({ submittedAt: at('2026-01-16T13:00:00.000Z'), urgency: 'HIGH' }).toISOString()).toBe(
      '2026-01-19T22:59:59.999Z',
    );
  });

  it('uses acknowledgeWorkingDays from the config', () => {
    const config = { ...DEFAULT_DEADLINES, acknowledgeWorkingDays: 3 };
    // Fri 16 Jan → Mon 19 (1), Tue 20 (2), Wed 21 (3).
    expect(acknowledgeBy({ submittedAt: at('2026-01-16T13:00:00.000Z'), urgency: 'NORMAL', config }).toISOString()).toBe(
      '2026-01-21T22:59:59.999Z',
    );
  });
});

describe('acknowledgeBy: URGENT', () => {
  it('is exactly 2 hours after submission', () => {
    expect(urgent('2026-01-16T13:00:00.000Z')).toBe('2026-01-16T15:00:00.000Z');
  });

  it('ignores weekends and holidays', () => {
    expect(urgent('2026-01-17T10:15:30.123Z')).toBe('2026-01-17T12:15:30.123Z'); // Saturday
    expect(urgent('2026-12-24T18:00:00.000Z')).toBe('2026-12-24T20:00:00.000Z'); // juleaftensdag
  });

  it('crosses local midnight', () => {
    // Thu 15 Jan 23:30 CET → Fri 16 Jan 01:30 CET.
    expect(urgent('2026-01-15T22:30:00.000Z')).toBe('2026-01-16T00:30:00.000Z');
  });

  it('is 2 elapsed hours across the spring DST change', () => {
    // 29 Mar 2026 01:30 CET → 04:30 CEST: the wall clock moves 3 hours, but 2 hours elapse.
    expect(urgent('2026-03-29T00:30:00.000Z')).toBe('2026-03-29T02:30:00.000Z');
  });

  it('is 2 elapsed hours across the autumn DST change', () => {
    // 25 Oct 2026 01:30 CEST → 02:30 CET: the wall clock moves 1 hour, but 2 hours elapse.
    expect(urgent('2026-10-24T23:30:00.000Z')).toBe('2026-10-25T01:30:00.000Z');
  });

  it('uses urgentAcknowledgeHours from the config', () => {
    const config = { ...DEFAULT_DEADLINES, urgentAcknowledgeHours: 4 };
    expect(acknowledgeBy({ submittedAt: at('2026-01-16T13:00:00.000Z'), urgency: 'URGENT', config }).toISOString()).toBe(
      '2026-01-16T17:00:00.000Z',
    );
  });

  it('rejects an invalid submission time or config', () => {
    expect(() => acknowledgeBy({ submittedAt: new Date(Number.NaN), urgency: 'URGENT' })).toThrow(RangeError);
    const config = { ...DEFAULT_DEADLINES, acknowledgeWorkingDays: 0 };
    expect(() => acknowledgeBy({ submittedAt: at('2026-01-16T13:00:00.000Z'), urgency: 'NORMAL', config })).toThrow(
      RangeError,
    );
  });
});

describe('interviewBy', () => {
  it('is 5 × 24 hours after receipt', () => {
    expect(interviewBy({ receivedAt: at('2026-01-16T13:00:00.000Z') }).toISOString()).toBe('2026-01-21T13:00:00.000Z');
  });

  it('counts calendar days, including weekends and holidays', () => {
    // Wed 23 Dec 2026 → Mon 28 Dec, straight through Christmas.
    expect(interviewBy({ receivedAt: at('2026-12-23T09:00:00.000Z') }).toISOString()).toBe('2026-12-28T09:00:00.000Z');
  });

  it('is 120 elapsed hours across a DST change (wall clock 11:00 CET → 12:00 CEST)', () => {
    expect(interviewBy({ receivedAt: at('2026-03-27T10:00:00.000Z') }).toISOString()).toBe('2026-04-01T10:00:00.000Z');
  });

  it('uses interviewDays from the config', () => {
    const config = { ...DEFAULT_DEADLINES, interviewDays: 3 };
    expect(interviewBy({ receivedAt: at('2026-01-16T13:00:00.000Z'), config }).toISOString()).toBe(
      '2026-01-19T13:00:00.000Z',
    );
  });
});
