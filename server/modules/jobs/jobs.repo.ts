import { desc, eq } from 'drizzle-orm';
import { jobRuns } from '../../../db/schema/index.js';
import { insertionOrder, type TExecutor } from '../../core/db.js';

export type TJobRunRow = typeof jobRuns.$inferSelect;

export function insertRun(ex: TExecutor, row: typeof jobRuns.$inferInsert): void {
  ex.insert(jobRuns).values(row).run();
}

export function finishRun(ex: TExecutor, id: string, values: Partial<typeof jobRuns.$inferInsert>): void {
  ex.update(jobRuns).set(values).where(eq(jobRuns.id, id)).run();
}

export function findRun(ex: TExecutor, id: string): TJobRunRow | undefined {
  return ex.select().from(jobRuns).where(eq(jobRuns.id, id)).get();
}

/** The newest run; runs that started at the same instant (a manual clock) are told apart by insertion order. */
export function lastRun(ex: TExecutor, name: string): TJobRunRow | undefined {
  return ex.select().from(jobRuns).where(eq(jobRuns.name, name)).orderBy(desc(jobRuns.startedAt), desc(insertionOrder(jobRuns))).limit(1).get();
}
