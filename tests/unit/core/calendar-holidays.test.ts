// core/calendar.ts computes the Danish public holidays itself (Easter and the days that hang on
// it, store bededag until 2023). A kept library checks them: for every year 2007–2040 the public
// holidays of date-holidays are exactly ours, less the days offices are closed by agreement only
// (grundlovsdag, juleaftensdag, nytårsaftensdag), which the library lists as observances.
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { danishNonWorkingDays } from '../../../server/core/calendar.js';

const CLOSED_BY_AGREEMENT = ['06-05', '12-24', '12-31'];
const denmark = new Holidays('DK');

describe('Danish public holidays against date-holidays', () => {
  it.each(Array.from({ length: 2040 - 2007 + 1 }, (_, i) => 2007 + i))('%i', (year) => {
    const library = denmark
      .getHolidays(year)
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => holiday.date.slice(0, 10))
      .sort();
    const ours = [...danishNonWorkingDays(year)].sort();
    // Every public holiday is ours, and ours has nothing more than the days closed by agreement
    // (which may coincide with a holiday: 2. pinsedag fell on grundlovsdag in 2017 and 2028).
    expect(library.filter((day) => !ours.includes(day))).toEqual([]);
    expect(ours.filter((day) => !library.includes(day)).map((day) => day.slice(5))).toEqual(CLOSED_BY_AGREEMENT.filter((md) => !library.includes(`${year}-${md}`)));
  });
});
