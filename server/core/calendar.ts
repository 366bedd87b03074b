// The Copenhagen calendar every domain counts days in: local dates, wall-clock instants, Danish
// working days. Pure: no I/O and no Date.now(); every function takes the instant (or local date) it
// works from, so callers pass the injected clock's "now". (Referral deadlines built on it are in
// modules/referrals/deadlines.ts.)
//
// Working days are days on which Danish public authorities are staffed: Monday to Friday, except
//
// 1. The official public holidays (helligdage, cf. helligdagsloven):
//    - nytårsdag (1 January)
//    - skærtorsdag (Easter − 3), langfredag (Easter − 2), påskedag (Easter), 2. påskedag (Easter + 1)
//    - store bededag (Easter + 26): ONLY up to and including 2023; the Folketing abolished it as a
//      public holiday from 2024 (act passed February 2023)
//    - Kristi himmelfartsdag (Easter + 39)
//    - pinsedag (Easter + 49), 2. pinsedag (Easter + 50)
//    - juledag (25 December), 2. juledag (26 December)
// 2. Days that are not public holidays but on which public offices are closed by agreement
//    (the collective agreements on working time for the state, regions and municipalities):
//    - grundlovsdag (5 June)
//    - juleaftensdag (24 December)
//    - nytårsaftensdag (31 December)
//    Without them a referral submitted on 23 December would be due on Christmas Eve, when no
//    one at the receiving authority is at work to acknowledge it.
//
// Deliberately NOT included: 1 May (only a half or whole day off under some agreements, not
// general for public offices) and the Friday after Ascension (many take it off, offices are open).
// Sundays that are holidays (påskedag, pinsedag) are weekend days anyway; they are listed so the
// set is the complete list of holidays.
//
// All local dates and wall-clock times are in Europe/Copenhagen (CET, UTC+1 / CEST, UTC+2), worked
// out with Intl.DateTimeFormat: no date library.

export const TIME_ZONE = 'Europe/Copenhagen';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** The last year in which store bededag was a public holiday. */
const LAST_STORE_BEDEDAG_YEAR = 2023;

// ---------------------------------------------------------------------------------------------
// Calendar dates ('YYYY-MM-DD'), handled as UTC midnights so that adding days is plain arithmetic.

type TYmd = { year: number; month: number; day: number };

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseLocalDate(localDate: string): TYmd {
  const match = LOCAL_DATE_RE.exec(localDate);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Not a valid local date (YYYY-MM-DD): ${JSON.stringify(localDate)}`);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatYmd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The calendar date `days` days after (or before, if negative) the given one. */
function shiftDate({ year, month, day }: TYmd, days: number): TYmd {
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
function weekday({ year, month, day }: TYmd): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function assertValidInstant(at: Date, name: string): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

// ---------------------------------------------------------------------------------------------
// Holidays

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm: Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  if (!Number.isInteger(year) || year < 1583) {
    throw new RangeError(`Easter is only computed for Gregorian years (1583 or later): ${year}`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

const nonWorkingDaysCache = new Map<number, ReadonlySet<string>>();

function cachedNonWorkingDays(year: number): ReadonlySet<string> {
  let days = nonWorkingDaysCache.get(year);
  if (!days) {
    days = computeNonWorkingDays(year);
    nonWorkingDaysCache.set(year, days);
  }
  return days;
}

function computeNonWorkingDays(year: number): ReadonlySet<string> {
  const easter = easterSunday(year);
  const easterYmd: TYmd = { year, month: easter.month, day: easter.day };
  const fromEaster = (offset: number): string => {
    const date = shiftDate(easterYmd, offset);
    return formatYmd(date.year, date.month, date.day);
  };
  const days = new Set<string>([
    formatYmd(year, 1, 1), // nytårsdag
    fromEaster(-3), // skærtorsdag
    fromEaster(-2), // langfredag
    fromEaster(0), // påskedag
    fromEaster(1), // 2. påskedag
    fromEaster(39), // Kristi himmelfartsdag
    fromEaster(49), // pinsedag
    fromEaster(50), // 2. pinsedag
    formatYmd(year, 6, 5), // grundlovsdag (closed by agreement)
    formatYmd(year, 12, 24), // juleaftensdag (closed by agreement)
    formatYmd(year, 12, 25), // juledag
    formatYmd(year, 12, 26), // 2. juledag
    formatYmd(year, 12, 31), // nytårsaftensdag (closed by agreement)
  ]);
  if (year <= LAST_STORE_BEDEDAG_YEAR) days.add(fromEaster(26)); // store bededag
  return days;
}

/** Danish non-working days of a year as 'YYYY-MM-DD' strings (weekends not included). A fresh copy of the cached set. */
export function danishNonWorkingDays(year: number): Set<string> {
  return new Set(cachedNonWorkingDays(year));
}

/** Mon–Fri and not a Danish non-working day. */
export function isWorkingDay(localDate: string): boolean {
  const date = parseLocalDate(localDate);
  const dow = weekday(date);
  if (dow === 0 || dow === 6) return false;
  return !cachedNonWorkingDays(date.year).has(formatYmd(date.year, date.month, date.day));
}

/** Add n working days to a local date (n ≥ 1 → the n-th working day after it; the date itself never counts). */
export function addWorkingDays(localDate: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be an integer ≥ 1: ${n}`);
  let date = parseLocalDate(localDate);
  let remaining = n;
  while (remaining > 0) {
    date = shiftDate(date, 1);
    if (isWorkingDay(formatYmd(date.year, date.month, date.day))) remaining -= 1;
  }
  return formatYmd(date.year, date.month, date.day);
}

// ---------------------------------------------------------------------------------------------
// Europe/Copenhagen local time

const wallClockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Copenhagen wall clock at an instant, as the UTC milliseconds of the same fields (whole seconds). */
function wallClockMs(epochMs: number): number {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormat.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const field = (name: string): number => {
    const value = fields[name];
    if (value === undefined || Number.isNaN(value)) throw new Error(`Intl.DateTimeFormat gave no ${name}`);
    return value;
  };
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
}

/** The UTC offset of Copenhagen at an instant, in milliseconds (3 600 000 in CET, 7 200 000 in CEST). */
function offsetMs(epochMs: number): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockMs(wholeSecond) - wholeSecond;
}

/** The local calendar date (Europe/Copenhagen) of an instant, 'YYYY-MM-DD'. */
export function localDate(at: Date): string {
  assertValidInstant(at, 'at');
  const wall = new Date(at.getTime() + offsetMs(at.getTime()));
  return formatYmd(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
}

/**
 * The instant of a local wall-clock time in Europe/Copenhagen (CET/CEST).
 * On DST transition days it disambiguates like Temporal's 'compatible':
 * - a time that occurs twice (autumn, 02:00–02:59) gives the earlier instant (still CEST);
 * - a time that does not exist (spring, 02:00–02:59) is read with the offset in force before the
 *   change, i.e. it is moved forward by the gap (02:30 → 03:30 CEST).
 */
export function zonedTime(localDate: string, hours: number, minutes: number, seconds: number, ms = 0): Date {
  const { year, month, day } = parseLocalDate(localDate);
  const inRange = (value: number, max: number): boolean => Number.isInteger(value) && value >= 0 && value <= max;
  if (!inRange(hours, 23) || !inRange(minutes, 59) || !inRange(seconds, 59) || !inRange(ms, 999)) {
    throw new RangeError(`Not a valid wall-clock time: ${hours}:${minutes}:${seconds}.${ms}`);
  }
  const wall = Date.UTC(year, month - 1, day, hours, minutes, seconds, ms);
  // The offsets a day either side of the wall time bracket any transition near it
  // (Copenhagen never has two transitions within two days).
  const offsetBefore = offsetMs(wall - DAY_MS);
  const offsetAfter = offsetMs(wall + DAY_MS);
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wall - offset)
    .filter((instant) => offsetMs(instant) === wall - instant)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  return new Date(earliest ?? wall - offsetBefore);
}

/** The local date `days` calendar days after (or before) `day`. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
