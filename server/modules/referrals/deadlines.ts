// Deadline arithmetic for referrals, on the Copenhagen calendar of core/calendar.ts (working days,
// holidays and days closed by agreement are listed and explained there). Pure, like the calendar.
import { addWorkingDays, assertValidInstant, DAY_MS, HOUR_MS, localDate, zonedTime } from '../../core/calendar.js';

// Callers in this module and the tests read the calendar through here as before.
export { addWorkingDays, danishNonWorkingDays, easterSunday, isWorkingDay, localDate, TIME_ZONE, zonedTime } from '../../core/calendar.js';


export type TDeadlineConfig = { urgentAcknowledgeHours: number; acknowledgeWorkingDays: number; interviewDays: number };
export type TUrgency = 'URGENT' | 'HIGH' | 'NORMAL';

export const DEFAULT_DEADLINES: TDeadlineConfig = Object.freeze({
  urgentAcknowledgeHours: 2,
  acknowledgeWorkingDays: 1,
  interviewDays: 5,
});

// ---------------------------------------------------------------------------------------------
// Deadlines

function assertConfig(config: TDeadlineConfig): void {
  const { urgentAcknowledgeHours, acknowledgeWorkingDays, interviewDays } = config;
  if (!Number.isFinite(urgentAcknowledgeHours) || urgentAcknowledgeHours <= 0) {
    throw new RangeError(`urgentAcknowledgeHours must be a positive number: ${urgentAcknowledgeHours}`);
  }
  if (!Number.isInteger(acknowledgeWorkingDays) || acknowledgeWorkingDays < 1) {
    throw new RangeError(`acknowledgeWorkingDays must be an integer ≥ 1: ${acknowledgeWorkingDays}`);
  }
  if (!Number.isFinite(interviewDays) || interviewDays <= 0) {
    throw new RangeError(`interviewDays must be a positive number: ${interviewDays}`);
  }
}

/**
 * When a submitted referral must be acknowledged:
 * - URGENT: submittedAt + urgentAcknowledgeHours (elapsed time, regardless of weekends, holidays or DST);
 * - HIGH and NORMAL: the end (23:59:59.999 local time) of the acknowledgeWorkingDays-th working
 *   day after the local date of submission.
 */
export function acknowledgeBy(options: { submittedAt: Date; urgency: TUrgency; config?: TDeadlineConfig }): Date {
  const { submittedAt, urgency, config = DEFAULT_DEADLINES } = options;
  assertValidInstant(submittedAt, 'submittedAt');
  assertConfig(config);
  if (urgency === 'URGENT') {
    return new Date(submittedAt.getTime() + config.urgentAcknowledgeHours * HOUR_MS);
  }
  const dueDate = addWorkingDays(localDate(submittedAt), config.acknowledgeWorkingDays);
  return zonedTime(dueDate, 23, 59, 59, 999);
}

/** The identification interview must be held within interviewDays calendar days of receipt: receivedAt + interviewDays × 24 h. */
export function interviewBy(options: { receivedAt: Date; config?: TDeadlineConfig }): Date {
  const { receivedAt, config = DEFAULT_DEADLINES } = options;
  assertValidInstant(receivedAt, 'receivedAt');
  assertConfig(config);
  return new Date(receivedAt.getTime() + config.interviewDays * DAY_MS);
}
