// The one way a service loads a record for a viewer: load it, ask the access gate, and if the
// viewer holds no access record the refused look (DENIED) and answer NOT_FOUND — whether or not the
// record exists, so no one learns what exists that they may not see. A viewer who sees the record
// but may not do what was asked gets FORBIDDEN, audited the same way.
import type { TAuditAction } from './audit-actions.js';
import type { TViewer } from './access.js';
import { recordAudit } from './audit.js';
import { AppError, notFound } from './errors.js';
import { requireViewer } from './access.js';
import type { TContext } from './types.js';

export type TGate<TRow, TAccess extends { level: string }> = {
  /** The audit trail's objectType of the record. */
  objectType: string;
  /** The NOT_FOUND message, e.g. 'No such referral'. */
  missing: string;
  load(ctx: TContext, id: string): TRow | undefined;
  /** The viewer's access to the row: the domain's function of core/access.ts. */
  accessOf(ctx: TContext, viewer: TViewer, row: TRow): TAccess;
  /** The data subject the record concerns, for the subject access report. */
  subjectIdOf?(row: TRow): string | null;
};

export type TVisible<TRow, TAccess> = { row: TRow; access: TAccess };

/** Access that lets the viewer see the record: any level but NONE. */
export type TSeeing<TAccess extends { level: string }> = TAccess & { level: Exclude<TAccess['level'], 'NONE'> };

export function isSeeing<TAccess extends { level: string }>(access: TAccess | null): access is TSeeing<TAccess> {
  return access !== null && access.level !== 'NONE';
}

/** The record `id` as the viewer may see it, or a DENIED record of `attempted` and NOT_FOUND. */
export async function loadVisible<TRow, TAccess extends { level: string }>(
  ctx: TContext,
  gate: TGate<TRow, TAccess>,
  id: string,
  attempted: TAuditAction,
): Promise<TVisible<TRow, TSeeing<TAccess>>> {
  const viewer = requireViewer(ctx.viewer);
  const row = gate.load(ctx, id);
  const access = row ? gate.accessOf(ctx, viewer, row) : null;
  if (!row || !isSeeing(access)) {
    const subjectId = row && gate.subjectIdOf ? gate.subjectIdOf(row) : undefined;
    await recordAudit(ctx, [{ action: attempted, objectType: gate.objectType, objectId: id, ...(subjectId !== undefined ? { subjectId } : {}), outcome: 'DENIED', details: { reason: 'NO_ACCESS' } }]);
    throw notFound(gate.missing);
  }
  return { row, access };
}

/** Refuses a viewer who sees the record but may not do `attempted`: a DENIED record, then FORBIDDEN. */
export async function refuse<TRow>(ctx: TContext, gate: Pick<TGate<TRow, never>, 'objectType' | 'subjectIdOf'>, options: { id: string; row: TRow; attempted: TAuditAction; message: string }): Promise<never> {
  const subjectId = gate.subjectIdOf ? gate.subjectIdOf(options.row) : undefined;
  await recordAudit(ctx, [
    { action: options.attempted, objectType: gate.objectType, objectId: options.id, ...(subjectId !== undefined ? { subjectId } : {}), outcome: 'DENIED', details: { reason: 'NOT_PERMITTED' } },
  ]);
  throw new AppError('FORBIDDEN', options.message);
}
