import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { JobRunStatus } from '../../schema/enums.generated.js';

export const jobRuns = sqliteTable(
  'job_runs',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    trigger: text('trigger').notNull(),
    at: text('at').notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    status: text('status').$type<JobRunStatus>().notNull(),
    attempts: integer('attempts').notNull(),
    summary: text('summary'),
    error: text('error'),
  },
  (t) => [index('job_runs_name_idx').on(t.name, t.startedAt)],
);
