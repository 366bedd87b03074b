import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { sortBackupNames } from '../../../server/modules/jobs/backup.js';
import { JOBS, findJob } from '../../../server/modules/jobs/jobs.registry.js';

describe('the job registry', () => {
  it('holds the outbox delivery, the refresh-token cleanup and the nightly backup, each once', () => {
    expect(JOBS.map((job) => job.name)).toEqual(expect.arrayContaining(['outbox-delivery', 'refresh-token-cleanup', 'backup']));
    expect(new Set(JOBS.map((job) => job.name)).size).toBe(JOBS.length);
  });

  it('gives every job a valid cron schedule', () => {
    for (const job of JOBS) expect(cron.validate(job.schedule)).toBe(true);
    expect(findJob('outbox-delivery')!.schedule).toBe('* * * * *');
    // Nightly, at a quiet hour.
    expect(findJob('backup')!.schedule).toBe('30 3 * * *');
  });

  it('finds jobs by exact name only', () => {
    expect(findJob('backup')?.name).toBe('backup');
    expect(findJob('Backup')).toBeUndefined();
    expect(findJob('')).toBeUndefined();
  });
});

describe('sortBackupNames', () => {
  it('orders copies oldest first by time stamp, then by copy number', () => {
    const names = [
      'samvirke-20261124T023000Z.db',
      'samvirke-20261123T023000Z-10.db',
      'samvirke-20261123T023000Z.db',
      'samvirke-20261123T023000Z-2.db',
      'samvirke-20261122T023000Z-3.db',
    ];
    expect(sortBackupNames(names)).toEqual([
      'samvirke-20261122T023000Z-3.db',
      'samvirke-20261123T023000Z.db',
      'samvirke-20261123T023000Z-2.db',
      'samvirke-20261123T023000Z-10.db',
      'samvirke-20261124T023000Z.db',
    ]);
  });

  it('ignores anything that is not a backup copy', () => {
    expect(sortBackupNames(['notes.txt', 'samvirke-20261123T023000Z.db-wal', 'samvirke.db', 'samvirke-20261123T023000Z.db'])).toEqual([
      'samvirke-20261123T023000Z.db',
    ]);
  });
});
