// The maintained list of indicators (issue 14, journey 2): per exploitation form, labelled in Danish
// and English, kept by an administrator without code. Referrals store the codes (counted by the
// statistics) with free text beside them (sealed). A code is retired, never removed.
import { z } from 'zod';
import { mayMaintainIndicators, requireViewer } from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TExecutor } from '../../core/db.js';
import { AppError, badInput } from '../../core/errors.js';
import { parseInput } from '../../core/validation.js';
import { EXPLOITATION_FORMS } from '../../core/vocabulary.js';
import * as repo from './addenda.repo.js';

export type { TIndicatorRow } from './addenda.repo.js';

const label = z.string().trim().min(1, 'Give the label').max(200, 'At most 200 characters');

export const ZDefineIndicatorInput = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .refine((v) => /^[A-Z][A-Z0-9_]{1,59}$/.test(v), { message: 'Letters, digits and _ (2 to 60), starting with a letter, e.g. DEBT_BONDAGE', params: { rule: 'INVALID_FORMAT' } }),
  exploitationForm: z.enum(EXPLOITATION_FORMS),
  labelDa: label,
  labelEn: label,
});

export const ZUpdateIndicatorInput = z.object({ labelDa: label.nullish(), labelEn: label.nullish(), active: z.boolean().nullish(), sortOrder: z.number().int().min(0).max(100_000).nullish() });

/** The codes a referral or addendum may name: known and not retired. An unknown one is UNKNOWN_REFERENCE at `field`. */
export function checkIndicatorCodes(ex: TExecutor, codes: readonly string[] | null | undefined, field: string): string[] {
  const wanted = [...new Set((codes ?? []).map((c) => c.trim().toUpperCase()))];
  if (wanted.length > 60) throw badInput(field, 'At most 60 indicators', 'TOO_MANY', { limit: 60 });
  const known = new Map(repo.findIndicators(ex, wanted).map((r) => [r.code, r]));
  const index = wanted.findIndex((code) => !known.get(code)?.active);
  if (index >= 0) throw badInput(`${field}.${index}`, 'Not an indicator of the maintained list (or retired)', 'UNKNOWN_REFERENCE');
  return wanted;
}

/** query indicatorCatalogue: every signed-in caseworker reads the list (it holds no personal data). */
export function listIndicatorCatalogue(ctx: TContext, input: { includeRetired?: boolean | null }): repo.TIndicatorRow[] {
  requireViewer(ctx.viewer);
  return repo.listIndicators(ctx.deps.db, { includeRetired: input.includeRetired ?? false });
}

async function assertMayMaintain(ctx: TContext, action: 'INDICATOR_DEFINE' | 'INDICATOR_UPDATE'): Promise<void> {
  const viewer = requireViewer(ctx.viewer);
  if (mayMaintainIndicators(viewer)) return;
  await recordAudit(ctx, [{ action, objectType: 'Indicator', outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } }]);
  throw new AppError('FORBIDDEN', 'Only an administrator maintains the indicator list');
}

export async function defineIndicator(ctx: TContext, raw: unknown): Promise<repo.TIndicatorRow> {
  await assertMayMaintain(ctx, 'INDICATOR_DEFINE');
  const input = parseInput(ZDefineIndicatorInput, raw, 'input');
  return await runAudited(ctx, (unit) => {
    const row: repo.TIndicatorRow = { ...input, sortOrder: repo.nextSortOrder(unit.tx, input.exploitationForm), active: true, updatedAt: unit.now.toISOString() };
    if (!repo.insertIndicator(unit.tx, row)) throw badInput('input.code', 'An indicator with this code exists already', 'ALREADY_IN_EFFECT');
    unit.audit({ action: 'INDICATOR_DEFINE', objectType: 'Indicator', objectId: row.code, dataCategory: 'NONE', details: { code: row.code, exploitationForm: row.exploitationForm } });
    return row;
  });
}

export async function updateIndicator(ctx: TContext, input: { code: string; input: unknown }): Promise<repo.TIndicatorRow> {
  await assertMayMaintain(ctx, 'INDICATOR_UPDATE');
  const changes = parseInput(ZUpdateIndicatorInput, input.input, 'input');
  const code = input.code.trim().toUpperCase();
  return await runAudited(ctx, (unit) => {
    const current = repo.findIndicator(unit.tx, code);
    if (!current) throw new AppError('NOT_FOUND', 'No such indicator');
    const values: Partial<repo.TIndicatorRow> = {};
    if (changes.labelDa != null && changes.labelDa !== current.labelDa) values.labelDa = changes.labelDa;
    if (changes.labelEn != null && changes.labelEn !== current.labelEn) values.labelEn = changes.labelEn;
    if (changes.active != null && changes.active !== current.active) values.active = changes.active;
    if (changes.sortOrder != null && changes.sortOrder !== current.sortOrder) values.sortOrder = changes.sortOrder;
    const fields = Object.keys(values);
    if (fields.length === 0) throw badInput('input', 'Nothing to change', 'NOTHING_TO_CHANGE');
    repo.updateIndicator(unit.tx, code, { ...values, updatedAt: unit.now.toISOString() });
    unit.audit({ action: 'INDICATOR_UPDATE', objectType: 'Indicator', objectId: code, dataCategory: 'NONE', details: { code, fields } });
    return repo.findIndicator(unit.tx, code)!;
  });
}
