// Runs named jobs: on their schedule (node-cron, Europe/Copenhagen) or now, at an ADMIN's
// request. A job never runs twice at once, takes "now" from the clock, and is retried on failure.
import cron from 'node-cron';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { systemContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { TDeps } from '../../core/types.js';
import { JOBS, findJob, type TJob } from './jobs.registry.js';
import * as repo from './jobs.repo.js';

export const JOB_ATTEMPTS = 3;
/** Schedules are read in Danish time, so a nightly job stays at night across daylight saving. */
export const SCHEDULE_TIMEZONE = 'Europe/Copenhagen';
const running = new WeakMap<TDeps, Set<string>>();

function runningSet(deps: TDeps): Set<string> {
  let set = running.get(deps);
  if (!set) {
    set = new Set();
    running.set(deps, set);
  }
  return set;
}

async function execute(ctx: TContext, job: TJob, options: { at: Date; trigger: string }): Promise<repo.TJobRunRow> {
  const { deps } = ctx;
  const active = runningSet(deps);
  if (active.has(job.name)) throw new AppError('CONFLICT', `The job ${job.name} is already running`);
  active.add(job.name);
  const id = newId();
  try {
    repo.insertRun(deps.db, {
      id,
      name: job.name,
      trigger: options.trigger,
      at: options.at.toISOString(),
      startedAt: deps.clock.now().toISOString(),
      status: 'RUNNING',
      attempts: 0,
    });
    let lastError = '';
    for (let attempt = 1; attempt <= JOB_ATTEMPTS; attempt += 1) {
      try {
        const summary = await job.run(ctx, options.at);
        repo.finishRun(deps.db, id, { status: 'SUCCEEDED', attempts: attempt, finishedAt: deps.clock.now().toISOString(), summary: JSON.stringify(summary), error: null });
        ctx.logger.info({ job: job.name, attempt, summary }, 'job succeeded');
        deps.metrics.jobRuns.inc({ job: job.name, outcome: 'succeeded' });
        return repo.findRun(deps.db, id)!;
      } catch (error) {
        lastError = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
        ctx.logger.error({ job: job.name, attempt, err: error }, 'job failed');
        if (attempt < JOB_ATTEMPTS) await deps.sleep(1000 * 5 ** (attempt - 1));
      }
    }
    repo.finishRun(deps.db, id, { status: 'FAILED', attempts: JOB_ATTEMPTS, finishedAt: deps.clock.now().toISOString(), error: lastError });
    deps.metrics.jobRuns.inc({ job: job.name, outcome: 'failed' });
    return repo.findRun(deps.db, id)!;
  } finally {
    active.delete(job.name);
  }
}

export async function runJob(ctx: TContext, input: { name: string; at?: Date | null }): Promise<repo.TJobRunRow> {
  const job = findJob(input.name);
  if (!job) throw badInput('name', `Unknown job; known jobs: ${JOBS.map((j) => j.name).join(', ')}`, 'NOT_ALLOWED_VALUE');
  if (input.at && ctx.deps.config.isProduction) throw badInput('at', 'A pretend time is not allowed in production', 'NOT_ALLOWED_IN_PRODUCTION');
  const at = input.at ?? ctx.deps.clock.now();
  // Checked here too, before the audit record, so a refused run is not recorded as one that ran.
  // Nothing awaits between this check and execute() taking the job, so no other run can slip in.
  if (runningSet(ctx.deps).has(job.name)) {
    await recordAudit(ctx, [{ action: 'JOB_RUN', objectType: 'Job', objectId: job.name, outcome: 'DENIED', details: { reason: 'ALREADY_RUNNING' } }]);
    throw new AppError('CONFLICT', `The job ${job.name} is already running`);
  }
  await runAudited(ctx, (unit) =>
    unit.audit({ action: 'JOB_RUN', objectType: 'Job', objectId: job.name, details: { pretendTime: Boolean(input.at) } }),
  );
  return execute(ctx, job, { at, trigger: 'manual' });
}

export function listJobs(ctx: TContext) {
  return JOBS.map((job) => ({ name: job.name, schedule: job.schedule, description: job.description, lastRun: repo.lastRun(ctx.deps.db, job.name) ?? null }));
}

/** Starts every job on its schedule. Returns a function that stops them all and waits for runs in progress. */
export function startScheduler(deps: TDeps): () => Promise<void> {
  const inFlight = new Set<Promise<void>>();
  const tasks = JOBS.map((job) =>
    cron.schedule(
      job.schedule,
      () => {
        const ctx = systemContext(deps, `job-${newId()}`);
        const run = execute(ctx, job, { at: deps.clock.now(), trigger: 'schedule' })
          .then(() => undefined)
          .catch((error: unknown) => {
            // Already running (the previous or a manual run is slow): skipping this tick is intended.
            ctx.logger.warn({ job: job.name, err: error }, 'scheduled job skipped');
          })
          .finally(() => inFlight.delete(run));
        inFlight.add(run);
        return run;
      },
      { timezone: SCHEDULE_TIMEZONE, name: job.name, noOverlap: true },
    ),
  );
  return async () => {
    await Promise.all(tasks.map((task) => task.destroy()));
    // The database closes after this: let a run that already started finish first.
    await Promise.all([...inFlight]);
  };
}
