// Scheduled jobs run on demand: runJob(name, at) for ADMINs only, one run of a job at a time,
// failures retried and logged, and the jobs query showing each job's last run.
import { testAction } from '../../support/test-actions.js';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditEvents, jobRuns, loginAttempts, outbox, refreshTokens } from '../../../db/schema/index.js';
import { runAudited } from '../../../server/core/audit.js';
import { systemContext } from '../../../server/core/context.js';
import { AppError } from '../../../server/core/errors.js';
import type { TMail, TMailer } from '../../../server/core/mailer.js';
import { enqueueMail } from '../../../server/core/outbox.js';
import { JOBS, findJob } from '../../../server/modules/jobs/jobs.registry.js';
import { JOB_ATTEMPTS, runJob } from '../../../server/modules/jobs/jobs.service.js';
import { buildSignedInUser, buildUser, signIn } from '../../support/factories.js';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { JobsDocument, RunJobDocument, type JobRunFieldsFragment } from '../../gql/generated/graphql.js';

const sent: TMail[] = [];
let behaviour: (mail: TMail) => Promise<void> = async () => {};
const mailer: TMailer = {
  send: async (mail) => {
    await behaviour(mail);
    sent.push(mail);
  },
  close: () => {},
};

let server: TTestServer;
let admin: Awaited<ReturnType<typeof buildSignedInUser>>;
let adminToken: string;
beforeAll(async () => {
  server = await startTestServer({ mailer });
  admin = await buildSignedInUser(server, { roles: ['ADMIN'] });
  adminToken = admin.token;
});
afterAll(async () => {
  await server.close();
});
beforeEach(async () => {
  behaviour = async () => {};
  await server.deps.outbox.idle();
});

type TJobRun = JobRunFieldsFragment;

async function runJobHttp(name: string, at?: string, token = adminToken) {
  return server.gql(RunJobDocument, at ? { name, at } : { name }, { token });
}

/** A mail in the outbox, due at `dueAt`, written without waking the worker. */
async function pendingMail(userId: string, dueAt?: Date): Promise<void> {
  const ctx = systemContext(server.deps, 'jobs-test');
  await runAudited(ctx, (unit) => {
    enqueueMail(unit, { kind: 'ACCOUNT_LOCKED', recipientUserId: userId, link: '/' });
    unit.audit({ action: testAction('TEST_ENQUEUE') });
  });
  if (dueAt) server.deps.db.update(outbox).set({ nextAttemptAt: dueAt.toISOString() }).where(eq(outbox.recipientUserId, userId)).run();
}

describe('who may run jobs', () => {
  it('refuses runJob and jobs to everyone but ADMIN', async () => {
    for (const roles of [['CASEWORKER'], ['AUDITOR'], ['COORDINATOR', 'ANALYST']] as const) {
      const { token } = await buildSignedInUser(server, { roles: [...roles] });
      expect(errorCode(await runJobHttp('outbox-delivery', undefined, token))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(JobsDocument, {}, { token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(RunJobDocument, { name: 'outbox-delivery' }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await server.gql(JobsDocument))).toBe('UNAUTHENTICATED');
  });

  it('names the field when the job is unknown', async () => {
    const res = await runJobHttp('no-such-job');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.field).toBe('name');
    expect(server.deps.db.select().from(jobRuns).where(eq(jobRuns.name, 'no-such-job')).all()).toEqual([]);
  });

  it('records who ran which job in the audit trail', async () => {
    const res = await runJobHttp('refresh-token-cleanup', '2026-11-23T09:00:00Z');
    expect(res.body.errors).toBeUndefined();
    const records = server.deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'JOB_RUN')).all();
    expect(records.at(-1)).toMatchObject({ actorUserId: admin.user.id, objectType: 'Job', objectId: 'refresh-token-cleanup', outcome: 'ALLOWED' });
    expect(JSON.parse(records.at(-1)!.details!)).toEqual({ pretendTime: true });
  });
});

describe('outbox-delivery', () => {
  it('delivers due mail now', async () => {
    const user = await buildUser(server);
    await pendingMail(user.id);
    const res = await runJobHttp('outbox-delivery');
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.runJob).toMatchObject({ name: 'outbox-delivery', status: 'SUCCEEDED', attempts: 1, at: server.clock.now().toISOString(), error: null });
    expect(JSON.parse(res.body.data!.runJob.summary!)).toMatchObject({ sent: 1, retried: 0, failed: 0, cancelled: 0 });
    expect(sent.filter((m) => m.recipientUserId === user.id)).toHaveLength(1);
  });

  it('takes `at` as now: mail due only later is delivered at that pretend time', async () => {
    const user = await buildUser(server);
    const dueAt = new Date(server.clock.now().getTime() + 30 * 60_000);
    await pendingMail(user.id, dueAt);

    const early = await runJobHttp('outbox-delivery');
    expect(JSON.parse(early.body.data!.runJob.summary!).sent).toBe(0);
    expect(sent.filter((m) => m.recipientUserId === user.id)).toHaveLength(0);

    const later = await runJobHttp('outbox-delivery', dueAt.toISOString());
    expect(later.body.data?.runJob.at).toBe(dueAt.toISOString());
    expect(JSON.parse(later.body.data!.runJob.summary!).sent).toBe(1);
    expect(sent.filter((m) => m.recipientUserId === user.id)).toHaveLength(1);
  });
});

describe('one run of a job at a time', () => {
  it('answers CONFLICT while the job runs, and lets other jobs run meanwhile', async () => {
    const user = await buildUser(server);
    await pendingMail(user.id);
    let entered!: () => void;
    const inSend = new Promise<void>((resolve) => {
      entered = resolve;
    });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    behaviour = async (mail) => {
      if (mail.recipientUserId !== user.id) return;
      entered();
      await gate;
    };

    const first = runJobHttp('outbox-delivery');
    await inSend;
    const second = await runJobHttp('outbox-delivery');
    expect(errorCode(second)).toBe('CONFLICT');
    // The service refuses too, whoever calls it (the scheduler goes through the same lock).
    const direct = runJob(systemContext(server.deps, 'jobs-conflict'), { name: 'outbox-delivery' });
    await expect(direct).rejects.toBeInstanceOf(AppError);
    await expect(direct).rejects.toMatchObject({ code: 'CONFLICT' });
    const other = await runJobHttp('refresh-token-cleanup');
    expect(other.body.data?.runJob.status).toBe('SUCCEEDED');

    release();
    const done = await first;
    expect(done.body.data?.runJob.status).toBe('SUCCEEDED');
    expect(JSON.parse(done.body.data!.runJob.summary!).sent).toBe(1);
    // Only one run of it was ever started; the refused attempts were recorded as refused.
    const runs = server.deps.db.select().from(jobRuns).where(eq(jobRuns.id, done.body.data!.runJob.id)).all();
    expect(runs).toHaveLength(1);
    const denied = server.deps.db.select().from(auditEvents).where(eq(auditEvents.outcome, 'DENIED')).all().filter((r) => r.action === 'JOB_RUN');
    expect(denied).toHaveLength(2);

    const after = await runJobHttp('outbox-delivery');
    expect(after.body.data?.runJob.status).toBe('SUCCEEDED');
  });
});

describe('failures', () => {
  it('retries a failed run and succeeds when a later attempt does', async () => {
    const job = findJob('refresh-token-cleanup')!;
    const spy = vi.spyOn(job, 'run').mockRejectedValueOnce(new Error('database is busy'));
    const sleepsBefore = server.sleeps.length;
    try {
      const res = await runJobHttp('refresh-token-cleanup');
      expect(res.body.data?.runJob).toMatchObject({ status: 'SUCCEEDED', attempts: 2, error: null });
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
    expect(server.sleeps.slice(sleepsBefore)).toEqual([1000]);
    const failed = server.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === 'job failed' && l.job === 'refresh-token-cleanup');
    expect(failed.at(-1)).toMatchObject({ attempt: 1 });
  });

  it(`gives up after ${JOB_ATTEMPTS} attempts, waiting longer each time, and logs every failure`, async () => {
    // A file where the backup folder should be: every attempt fails for real.
    const fs = await import('node:fs');
    const dir = server.deps.config.backup.dir;
    fs.rmSync(dir, { recursive: true, force: true });
    fs.writeFileSync(dir, 'in the way');
    const logsBefore = server.logs.length;
    const sleepsBefore = server.sleeps.length;
    try {
      const res = await runJobHttp('backup');
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.runJob).toMatchObject({ name: 'backup', status: 'FAILED', attempts: JOB_ATTEMPTS });
      expect(res.body.data?.runJob.error).toMatch(/EEXIST|ENOTDIR/);
      expect(res.body.data?.runJob.finishedAt).toBe(server.clock.now().toISOString());
    } finally {
      fs.rmSync(dir, { force: true });
    }
    expect(server.sleeps.slice(sleepsBefore)).toEqual([1000, 5000]);
    const failed = server.logs
      .slice(logsBefore)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'job failed' && l.job === 'backup');
    expect(failed.map((l) => l.attempt)).toEqual([1, 2, 3]);
    expect(failed.every((l) => l.level === 50)).toBe(true);
  });

  it('lets the job run again once a failed run has ended', async () => {
    const res = await runJobHttp('backup');
    expect(res.body.data?.runJob).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
  });
});

describe('jobs query', () => {
  it('lists every job with its schedule and last run', async () => {
    server.clock.advance(60_000);
    const run = await runJobHttp('refresh-token-cleanup');
    const res = await server.gql(JobsDocument, {}, { token: adminToken });
    expect(res.body.errors).toBeUndefined();
    const jobs = res.body.data!.jobs;
    expect(jobs.map((j) => j.name)).toEqual(JOBS.map((j) => j.name));
    expect(jobs.map((j) => j.name)).toEqual(expect.arrayContaining(['outbox-delivery', 'refresh-token-cleanup', 'backup']));
    for (const job of jobs) {
      expect(job.schedule).toBe(findJob(job.name)!.schedule);
      expect(job.description.length).toBeGreaterThan(10);
    }
    expect(jobs.find((j) => j.name === 'refresh-token-cleanup')!.lastRun).toEqual(run.body.data!.runJob);
  });

  it('shows the latest run even when several started at the same instant', async () => {
    const runs: TJobRun[] = [];
    for (let i = 0; i < 3; i += 1) runs.push((await runJobHttp('outbox-delivery')).body.data!.runJob);
    expect(new Set(runs.map((r) => r.startedAt)).size).toBe(1);
    const res = await server.gql(JobsDocument, {}, { token: adminToken });
    expect(res.body.data!.jobs.find((j) => j.name === 'outbox-delivery')!.lastRun!.id).toBe(runs.at(-1)!.id);
  });
});

describe('refresh-token-cleanup', () => {
  it('removes refresh tokens that expired more than a day before the job’s time, and only those', async () => {
    const user = await buildUser(server);
    await signIn(server, user);
    const tokensOf = () => server.deps.db.select().from(refreshTokens).where(eq(refreshTokens.userId, user.id)).all();
    const [token] = tokensOf();
    const expiresAt = new Date(token!.expiresAt).getTime();

    const within = await runJobHttp('refresh-token-cleanup', new Date(expiresAt + 23 * 3_600_000).toISOString());
    expect(within.body.data?.runJob.status).toBe('SUCCEEDED');
    expect(tokensOf()).toHaveLength(1);

    const beyond = await runJobHttp('refresh-token-cleanup', new Date(expiresAt + 25 * 3_600_000).toISOString());
    expect(beyond.body.data?.runJob.status).toBe('SUCCEEDED');
    expect(JSON.parse(beyond.body.data!.runJob.summary!).removed).toBeGreaterThanOrEqual(1);
    expect(tokensOf()).toEqual([]);
  });

  it('removes sign-in counters whose window is over and whose lock has ended, and keeps the others', async () => {
    const now = server.clock.now().getTime();
    const iso = (ms: number) => new Date(now + ms).toISOString();
    const minutes = 60_000;
    const rows = [
      { key: 'test:stale', failures: 2, windowStartedAt: iso(-60 * minutes), lockedUntil: null },
      { key: 'test:lock-ended', failures: 11, windowStartedAt: iso(-60 * minutes), lockedUntil: iso(-5 * minutes) },
      { key: 'test:still-locked', failures: 11, windowStartedAt: iso(-60 * minutes), lockedUntil: iso(5 * minutes) },
      { key: 'test:in-window', failures: 2, windowStartedAt: iso(-5 * minutes), lockedUntil: null },
    ];
    for (const row of rows) server.deps.db.insert(loginAttempts).values(row).run();
    // Earlier tests moved the clock past the admin's token: sign in again.
    const { accessToken } = await signIn(server, admin.user);
    const res = await runJobHttp('refresh-token-cleanup', iso(0), accessToken);
    expect(res.body.errors).toBeUndefined();
    expect(JSON.parse(res.body.data!.runJob.summary!).countersRemoved).toBe(2);
    const left = server.deps.db.select({ key: loginAttempts.key }).from(loginAttempts).all().map((r) => r.key).filter((k) => k.startsWith('test:'));
    expect(left.sort()).toEqual(['test:in-window', 'test:still-locked']);
  });
});
