// Queries of the indicator list and of the referrer's addenda. The addenda's free text is sealed
// under the referral's data key (core/sealing/sealed-columns.ts), opened here.
import { asc, eq, inArray } from 'drizzle-orm';
import { indicatorDefinitions, referralAddenda } from '../../../db/schema/index.js';
import type { TExecutor } from '../../core/db.js';
import { openFields, SEALED, sealFields } from '../../core/sealing/sealed-columns.js';
import { recordKeyId, type TSealer } from '../../core/sealing/sealer.js';

export type TIndicatorRow = typeof indicatorDefinitions.$inferSelect;
/** An addendum as services see it: opened, the indicator text as a list. */
export type TAddendumRow = Omit<typeof referralAddenda.$inferSelect, 'indicatorText'> & { indicatorText: string[] };

const keyOf = (referralId: string) => recordKeyId('referral', referralId);

export function listIndicators(ex: TExecutor, options: { includeRetired: boolean }): TIndicatorRow[] {
  const rows = ex.select().from(indicatorDefinitions).orderBy(asc(indicatorDefinitions.exploitationForm), asc(indicatorDefinitions.sortOrder), asc(indicatorDefinitions.code)).all();
  return options.includeRetired ? rows : rows.filter((r) => r.active);
}

export function findIndicator(ex: TExecutor, code: string): TIndicatorRow | undefined {
  return ex.select().from(indicatorDefinitions).where(eq(indicatorDefinitions.code, code)).get();
}

export function findIndicators(ex: TExecutor, codes: readonly string[]): TIndicatorRow[] {
  if (codes.length === 0) return [];
  return ex.select().from(indicatorDefinitions).where(inArray(indicatorDefinitions.code, [...codes])).all();
}

/** Adds the entry unless its code exists (then false). */
export function insertIndicator(ex: TExecutor, row: TIndicatorRow): boolean {
  return ex.insert(indicatorDefinitions).values(row).onConflictDoNothing().run().changes === 1;
}

export function updateIndicator(ex: TExecutor, code: string, values: Partial<TIndicatorRow>): void {
  ex.update(indicatorDefinitions).set(values).where(eq(indicatorDefinitions.code, code)).run();
}

export function nextSortOrder(ex: TExecutor, exploitationForm: TIndicatorRow['exploitationForm']): number {
  const rows = ex.select({ sortOrder: indicatorDefinitions.sortOrder }).from(indicatorDefinitions).where(eq(indicatorDefinitions.exploitationForm, exploitationForm)).all();
  return rows.reduce((max, r) => Math.max(max, r.sortOrder), 0) + 10;
}

export function insertAddendum(ex: TExecutor, sealer: TSealer, row: Omit<TAddendumRow, 'indicatorText'> & { indicatorText: string[] }): void {
  const text = row.indicatorText.length > 0 ? JSON.stringify(row.indicatorText) : null;
  ex.insert(referralAddenda)
    .values(sealFields(sealer, SEALED.referralAddenda, { rowId: row.id, keyId: keyOf(row.referralId) }, { ...row, indicatorText: text }))
    .run();
}

export function findAddenda(ex: TExecutor, sealer: TSealer, referralIds: readonly string[]): TAddendumRow[] {
  if (referralIds.length === 0) return [];
  const rows = ex.select().from(referralAddenda).where(inArray(referralAddenda.referralId, [...referralIds])).orderBy(asc(referralAddenda.createdAt)).all();
  sealer.prime([...new Set(rows.map((r) => keyOf(r.referralId)))]);
  return rows.map((r) => {
    const opened = openFields(sealer, SEALED.referralAddenda, { rowId: r.id, keyId: keyOf(r.referralId) }, r);
    return { ...opened, indicatorText: opened.indicatorText ? (JSON.parse(opened.indicatorText) as string[]) : [] };
  });
}
