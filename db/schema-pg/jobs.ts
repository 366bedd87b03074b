// PostgreSQL mirror of db/schema/jobs.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import type { JobRunStatus } from '../../schema/enums.generated.js';

export const jobRuns = pgTable(
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
