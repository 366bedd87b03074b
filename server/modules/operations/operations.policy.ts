// Pure rules of joint operations: the time window, and which reminders are due at a given time.
// Who may see and move an operation is the access gate's answer (core/access.ts § Operations).
import { badInput } from '../../core/errors.js';

const HOUR = 3_600_000;
/** Longer than any real inspection or raid; a typo in the end date should not block a calendar for months. */
export const MAX_OPERATION_HOURS = 7 * 24;

/**
 * End after start, at most a week long, and (when `notBefore` is given: planning, moving the
 * start) not starting in the past.
 */
export function checkTimeWindow(options: { startsAt: Date; endsAt: Date; notBefore: Date | null; prefix: string }): void {
  const { startsAt, endsAt, notBefore, prefix } = options;
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput(`${prefix}endsAt`, 'The operation must end after it starts', 'END_BEFORE_START');
  if (endsAt.getTime() - startsAt.getTime() > MAX_OPERATION_HOURS * HOUR) throw badInput(`${prefix}endsAt`, `An operation lasts at most ${MAX_OPERATION_HOURS} hours`, 'PERIOD_TOO_LONG', { limit: MAX_OPERATION_HOURS });
  if (notBefore && startsAt.getTime() < notBefore.getTime()) throw badInput(`${prefix}startsAt`, 'The operation cannot start in the past', 'NOT_IN_FUTURE');
}

export type TReminderKind = 'OPERATION_REMINDER_24H' | 'OPERATION_REMINDER_2H';

/**
 * The reminder due at `now` for an operation starting at `startsAt`: the 24-hour one from 24 to
 * 2 hours before, the 2-hour one from 2 hours before until the start. A job that first runs
 * inside the last two hours sends only the 2-hour reminder, not a stale 24-hour one.
 */
export function reminderDue(startsAt: Date, now: Date): TReminderKind | null {
  const left = startsAt.getTime() - now.getTime();
  if (left <= 0) return null;
  if (left <= 2 * HOUR) return 'OPERATION_REMINDER_2H';
  if (left <= 24 * HOUR) return 'OPERATION_REMINDER_24H';
  return null;
}

/** CMM's coordinators are told when an operation starts within 48 hours and CMM has not answered. */
export const CMM_ANSWER_WINDOW_HOURS = 48;

export function cmmAnswerOverdue(options: { startsAt: Date; now: Date; cmmStatus: string | null }): boolean {
  const left = options.startsAt.getTime() - options.now.getTime();
  return options.cmmStatus === 'INVITED' && left > 0 && left <= CMM_ANSWER_WINDOW_HOURS * HOUR;
}
