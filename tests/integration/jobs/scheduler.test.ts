// The scheduler registers every job with node-cron in Europe/Copenhagen time, and a firing runs
// the job through the same lock and record as runJob. Nothing here waits for real time.
import cron from 'node-cron';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { jobRuns } from '../../../db/schema/index.js';
import type { TMailer } from '../../../server/core/mailer.js';
import { JOBS } from '../../../server/modules/jobs/jobs.registry.js';
import { SCHEDULE_TIMEZONE, startScheduler } from '../../../server/modules/jobs/jobs.service.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

const mailer: TMailer = { send: async () => {}, close: () => {} };

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer({ mailer });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server.close();
});

const ours = () => [...cron.getTasks().values()].filter((task) => JOBS.some((job) => job.name === task.name));

function copenhagen(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

describe('startScheduler', () => {
  it('registers each job on its schedule, in Europe/Copenhagen time, and stops them all', async () => {
    const schedule = vi.spyOn(cron, 'schedule');
    const stop = startScheduler(server.deps);
    try {
      expect(SCHEDULE_TIMEZONE).toBe('Europe/Copenhagen');
      expect(schedule).toHaveBeenCalledTimes(JOBS.length);
      for (const job of JOBS) {
        const call = schedule.mock.calls.find((c) => c[2]?.name === job.name);
        expect(call?.[0]).toBe(job.schedule);
        expect(call?.[2]).toMatchObject({ timezone: 'Europe/Copenhagen', noOverlap: true });
      }

      const tasks = ours();
      expect(tasks.map((t) => t.name).sort()).toEqual(JOBS.map((j) => j.name).sort());
      const nightly = tasks.find((t) => t.name === 'backup')!;
      expect(nightly.getPattern()).toBe('30 3 * * *');
      // 03:30 in Copenhagen is 02:30 UTC in winter and 01:30 UTC in summer.
      expect(nightly.match(new Date('2026-11-23T02:30:00Z'))).toBe(true);
      expect(nightly.match(new Date('2026-07-01T01:30:00Z'))).toBe(true);
      expect(nightly.match(new Date('2026-11-23T03:30:00Z'))).toBe(false);
      // The night clocks go forward (2027-03-28) has no 02:30, but it has a 03:30 (01:30 UTC).
      expect(nightly.match(new Date('2027-03-28T01:30:00Z'))).toBe(true);
      const next = nightly.getNextRun();
      expect(next).not.toBeNull();
      expect(copenhagen(next!)).toBe('03:30');
    } finally {
      await stop();
    }
    expect(ours()).toEqual([]);
  });

  it('runs a job when its task fires, recorded as a scheduled run at the clock’s time', async () => {
    const stop = startScheduler(server.deps);
    try {
      const cleanup = ours().find((t) => t.name === 'refresh-token-cleanup')!;
      await cleanup.execute();
    } finally {
      await stop();
    }
    const runs = server.deps.db.select().from(jobRuns).where(eq(jobRuns.name, 'refresh-token-cleanup')).all();
    // (A real tick could add another scheduled run in the same instant; it would look the same.)
    expect(runs.length).toBeGreaterThanOrEqual(1);
    for (const run of runs) expect(run).toMatchObject({ trigger: 'schedule', status: 'SUCCEEDED', attempts: 1, at: server.clock.now().toISOString() });
  });
});
