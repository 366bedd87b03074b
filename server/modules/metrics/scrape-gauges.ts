// The metrics read from the database when /metrics is scraped, with the server's clock: the state
// of the audit trail's protection, the outbox's backlog and each job's last run. Read at scrape
// time, not counted as things happen, so they are right after a restart, whichever process did the
// work, and cost the request path nothing (ADR 0026).
import { Gauge } from 'prom-client';
import { systemContext } from '../../core/context.js';
import { METRIC_PREFIX } from '../../core/metrics.js';
import { outboxBacklog } from '../../core/outbox.js';
import type { TDeps } from '../../core/types.js';
import { auditTrailHealth } from '../audit/audit.service.js';
import { listJobs } from '../jobs/jobs.service.js';

type TScrapeGauges = {
  checkpointAge: Gauge;
  uncoveredRecords: Gauge;
  oldestUncoveredAge: Gauge;
  verificationOk: Gauge;
  verificationTime: Gauge;
  outboxMessages: Gauge<'status'>;
  outboxOldestPendingAge: Gauge;
  jobLastRunFailed: Gauge<'job'>;
};

const gaugesOf = new WeakMap<TDeps, TScrapeGauges>();

function gauges(deps: TDeps): TScrapeGauges {
  let found = gaugesOf.get(deps);
  if (found) return found;
  const registers = [deps.metrics.registry];
  const gauge = <L extends string = never>(name: string, help: string, labelNames: L[] = []) =>
    new Gauge<L>({ name: `${METRIC_PREFIX}${name}`, help, labelNames, registers });
  found = {
    checkpointAge: gauge('audit_checkpoint_age_seconds', 'Seconds since the newest signed audit checkpoint was written (NaN before the first)'),
    uncoveredRecords: gauge('audit_uncovered_records', 'Audit records no signed checkpoint covers yet'),
    oldestUncoveredAge: gauge('audit_oldest_uncovered_record_age_seconds', 'Age in seconds of the oldest audit record no signed checkpoint covers (0 when all are covered)'),
    verificationOk: gauge('audit_last_verification_ok', 'Whether the newest full verification of the audit chain (verifyAuditChain) found it intact: 1 yes, 0 no, NaN if none was run'),
    verificationTime: gauge('audit_last_verification_timestamp_seconds', 'When the newest full verification of the audit chain ran, in Unix seconds (NaN if none was run)'),
    outboxMessages: gauge('outbox_messages', 'Mail in the outbox by status: pending (not yet sent) and failed (given up)', ['status']),
    outboxOldestPendingAge: gauge('outbox_oldest_pending_age_seconds', 'Age in seconds of the oldest mail not yet sent (0 when none waits)'),
    jobLastRunFailed: gauge('job_last_run_failed', 'Whether the newest run of each job failed (every attempt): 1 yes, 0 no; jobs that never ran are absent', ['job']),
  };
  gaugesOf.set(deps, found);
  return found;
}

/** Registers the gauges on the server's registry (once per deps); refreshing them is updateScrapeGauges. */
export function registerScrapeGauges(deps: TDeps): void {
  gauges(deps);
}

const ageSeconds = (from: string | Date, now: Date) => Math.max(0, (now.getTime() - new Date(from).getTime()) / 1000);

/** Reads the database once, at `deps.clock.now()`, and sets every gauge. */
export function updateScrapeGauges(deps: TDeps): void {
  const g = gauges(deps);
  const now = deps.clock.now();
  const ctx = systemContext(deps, 'metrics');

  const trail = auditTrailHealth(ctx, now);
  g.checkpointAge.set(trail.checkpointAgeSeconds ?? Number.NaN);
  g.uncoveredRecords.set(trail.uncoveredRecords);
  g.oldestUncoveredAge.set(trail.oldestUncoveredAgeSeconds);
  g.verificationOk.set(trail.lastVerification ? Number(trail.lastVerification.ok) : Number.NaN);
  g.verificationTime.set(trail.lastVerification ? trail.lastVerification.at.getTime() / 1000 : Number.NaN);

  const backlog = outboxBacklog(deps.db);
  g.outboxMessages.set({ status: 'pending' }, backlog.pending);
  g.outboxMessages.set({ status: 'failed' }, backlog.failed);
  g.outboxOldestPendingAge.set(backlog.oldestPendingCreatedAt ? ageSeconds(backlog.oldestPendingCreatedAt, now) : 0);

  g.jobLastRunFailed.reset();
  for (const job of listJobs(ctx)) if (job.lastRun) g.jobLastRunFailed.set({ job: job.name }, job.lastRun.status === 'FAILED' ? 1 : 0);
}
