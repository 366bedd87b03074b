// The scheduled jobs. Each takes "now" from its argument (the injected clock, or runJob's `at`)
// and returns a small summary of counts: never personal data.
import { fixedClock } from '../../core/clock.js';
import type { TContext } from '../../core/context.js';
import { cleanUpExpiredRefreshTokens, cleanUpStaleSignInCounters } from '../auth/auth.service.js';
import { notifyDeadlines } from '../referrals/referrals.service.js';
import { sendOperationReminders } from '../operations/operations.service.js';
import { notifyExpiringGrants, notifyOverdueBreakGlassReviews } from '../sharing/sharing.service.js';
import { writeAuditCheckpoint } from '../audit/audit.service.js';
import { eraseExpiredInquiryNotes } from '../inquiries/inquiries.service.js';
import { eraseExpiredRecords, eraseExpiredReferrals } from '../retention/retention.service.js';
import { runBackup } from './backup.js';

export type TJobSummary = Record<string, number | string>;
export type TJob = {
  name: string;
  /** Cron expression in Europe/Copenhagen time. */
  schedule: string;
  description: string;
  run(ctx: TContext, now: Date): Promise<TJobSummary>;
};

/** The same context with a clock that stands still at `now`: the job's time, not the wall clock's. */
function atTime(ctx: TContext, now: Date): TContext {
  return { ...ctx, deps: { ...ctx.deps, clock: fixedClock(now) } };
}

export const JOBS: readonly TJob[] = [
  {
    name: 'referral-deadlines',
    schedule: '*/5 * * * *',
    description: 'Notify missed acknowledgement and interview deadlines and reflection periods ending in 7 days and 1 day, each once',
    run: async (ctx, now) => notifyDeadlines(atTime(ctx, now), now),
  },
  {
    name: 'operation-reminders',
    schedule: '*/5 * * * *',
    description: 'Remind attendees of joint operations 24 hours and 2 hours before the start, and tell CMM when an operation within 48 hours has no answer from CMM, each once',
    run: async (ctx, now) => sendOperationReminders(atTime(ctx, now), now),
  },
  {
    name: 'grant-expiry-notices',
    schedule: '23 * * * *',
    description: 'Tell each grantee organisation once, 3 days ahead, that an access grant expires',
    run: async (ctx, now) => notifyExpiringGrants(atTime(ctx, now), now),
  },
  {
    name: 'break-glass-review-overdue',
    schedule: '41 * * * *',
    description: "Tell CMM's auditors once when a break-glass use has not been reviewed by the end of the 3rd working day after it",
    run: async (ctx, now) => notifyOverdueBreakGlassReviews(atTime(ctx, now), now),
  },
  {
    name: 'outbox-delivery',
    schedule: '* * * * *',
    description: 'Deliver pending mail from the outbox, retrying failed deliveries with backoff',
    run: async (ctx, now) => ({ ...(await ctx.deps.outbox.deliverDue(now)) }),
  },
  {
    name: 'refresh-token-cleanup',
    schedule: '17 * * * *',
    description: 'Remove refresh tokens that expired more than a day ago, and sign-in counters that count nothing any more',
    // The cleanup reads "now" from the context's clock: pin it to the job's time so runJob(at) counts.
    run: async (ctx, now) => ({ removed: await cleanUpExpiredRefreshTokens(atTime(ctx, now)), countersRemoved: await cleanUpStaleSignInCounters(atTime(ctx, now)) }),
  },
  {
    name: 'audit-checkpoint',
    schedule: '7 * * * *',
    description: 'Verify the audit records since the last checkpoint and sign a new one (sequence, head hash) with the key kept outside the database',
    run: async (ctx, now) => ({ ...(await writeAuditCheckpoint(atTime(ctx, now), now)) }),
  },
  {
    name: 'retention',
    // 04:15: after the backup, and clear of the hour the clocks change.
    schedule: '15 4 * * *',
    description:
      'Erase (shred) the identifying data of referrals closed as NOT_TRAFFICKED or withdrawn RETENTION_SHORT_MONTHS ago and of other closed referrals RETENTION_LONG_YEARS ago; of operations RETENTION_SHORT_MONTHS after they ended; of case complexes and their suspects RETENTION_LONG_YEARS after their last activity; of hotline inquiries\' notes RETENTION_SHORT_MONTHS after the inquiry',
    run: async (ctx, now) => ({ ...(await eraseExpiredReferrals(atTime(ctx, now), now)), ...(await eraseExpiredRecords(atTime(ctx, now), now)), ...(await eraseExpiredInquiryNotes(atTime(ctx, now), now)) }),
  },
  {
    name: 'backup',
    // 03:30: the night clocks go forward has no 02:30, and the night they go back has two.
    schedule: '30 3 * * *',
    description: 'Online backup of the database into the backup folder, verified, keeping the newest copies',
    run: (ctx, now) => runBackup(ctx, now),
  },
];

export function findJob(name: string): TJob | undefined {
  return JOBS.find((job) => job.name === name);
}
