// The scheduled jobs. Each takes "now" from its argument (the injected clock, or runJob's `at`)
// and returns a small summary of counts: never personal data.
import type { TContext } from '../../core/context.js';
import { cleanUpExpiredRefreshTokens } from '../auth/auth.service.js';
import { runBackup } from './backup.js';

export type TJobSummary = Record<string, number | string>;
export type TJob = {
  name: string;
  /** Cron expression in Europe/Copenhagen time. */
  schedule: string;
  description: string;
  run(ctx: TContext, now: Date): Promise<TJobSummary>;
};

export const JOBS: readonly TJob[] = [
  {
    name: 'outbox-delivery',
    schedule: '* * * * *',
    description: 'Deliver pending mail from the outbox, retrying failed deliveries with backoff',
    run: async (ctx, now) => ({ ...(await ctx.deps.outbox.deliverDue(now)) }),
  },
  {
    name: 'refresh-token-cleanup',
    schedule: '17 * * * *',
    description: 'Remove refresh tokens that expired more than a day ago',
    run: async (ctx) => ({ removed: cleanUpExpiredRefreshTokens(ctx) }),
  },
  {
    name: 'backup',
    schedule: '30 2 * * *',
    description: 'Online backup of the database into the backup folder, verified, keeping the newest copies',
    run: (ctx, now) => runBackup(ctx, now),
  },
];

export function findJob(name: string): TJob | undefined {
  return JOBS.find((job) => job.name === name);
}
