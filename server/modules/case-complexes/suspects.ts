// The suspects of a case complex and the criminal case against each: its events and current stage.
import { mayManageCaseComplex, mayRecordCaseEvent, requireViewer } from '../../core/access.js';
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { localDate } from '../../core/calendar.js';
import * as repo from './case-complexes.repo.js';
import { ZCaseEventInput, ZSuspectInput } from './case-complexes.validation.js';
import { loadForChange, type TComplexView } from './case-complex-access.js';

export type TSuspectView = { row: repo.TSuspectRow; complex: TComplexView };

export async function addSuspect(ctx: TContext, input: { caseComplexId: string; input: unknown }): Promise<TSuspectView> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(ZSuspectInput, input.input, 'input');
  if (data.dateOfBirth && data.dateOfBirth > localDate(ctx.deps.clock.now())) throw badInput('input.dateOfBirth', 'The date of birth cannot be in the future', 'DATE_IN_FUTURE');
  const complex = await loadForChange(ctx, input.caseComplexId, 'SUSPECT_ADD', mayManageCaseComplex, 'the lead organisation');
  const id = await runAudited(ctx, (unit) => {
    const suspectId = newId();
    const at = unit.now.toISOString();
    repo.insertSuspect(unit.tx, ctx.deps.sealer, { id: suspectId, caseComplexId: complex.row.id, ...data, createdAt: at, createdByUserId: viewer.userId });
    repo.updateComplex(unit.tx, ctx.deps.sealer, complex.row.id, { updatedAt: at });
    unit.audit({ action: 'SUSPECT_ADD', objectType: 'Suspect', objectId: suspectId, dataCategory: 'SUSPECT', purpose: 'INVESTIGATION', details: { caseComplexId: complex.row.id } });
    return suspectId;
  });
  return { row: repo.findSuspect(ctx.deps.db, ctx.deps.sealer, id)!, complex };
}

export async function recordCaseEvent(ctx: TContext, input: { caseComplexId: string; input: unknown }): Promise<repo.TSuspectEventRow> {
  const viewer = requireViewer(ctx.viewer);
  const data = parseInput(ZCaseEventInput, input.input, 'input');
  if (data.occurredOn > localDate(ctx.deps.clock.now())) throw badInput('input.occurredOn', 'Cannot be in the future', 'DATE_IN_FUTURE');
  const complex = await loadForChange(ctx, input.caseComplexId, 'CASE_EVENT_RECORD', mayRecordCaseEvent, 'the lead police organisation or the prosecution');
  const suspect = repo.findSuspect(ctx.deps.db, ctx.deps.sealer, data.suspectId);
  if (!suspect || suspect.caseComplexId !== complex.row.id) throw badInput('input.suspectId', 'No such suspect in this case complex', 'UNKNOWN_REFERENCE');
  if (suspect.erasedAt) throw new AppError('INVALID_TRANSITION', 'This suspect was erased under the retention rules and can no longer be changed', { state: 'ERASED', action: 'CASE_EVENT_RECORD' });
  const id = await runAudited(ctx, (unit) => {
    const eventId = newId();
    const at = unit.now.toISOString();
    repo.insertCaseEvent(unit.tx, ctx.deps.sealer, {
      id: eventId,
      caseComplexId: complex.row.id,
      suspectId: suspect.id,
      kind: data.kind,
      provision: data.provision,
      provisionText: data.provisionText,
      occurredOn: data.occurredOn,
      note: data.note,
      actorUserId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
      createdAt: at,
    });
    repo.updateComplex(unit.tx, ctx.deps.sealer, complex.row.id, { updatedAt: at });
    unit.audit({
      action: 'CASE_EVENT_RECORD',
      objectType: 'Suspect',
      objectId: suspect.id,
      dataCategory: 'SUSPECT',
      purpose: 'INVESTIGATION',
      details: { caseComplexId: complex.row.id, kind: data.kind, provision: data.provision },
    });
    return eventId;
  });
  return repo.findSuspectEvent(ctx.deps.db, ctx.deps.sealer, id)!;
}

/** The current stage of a suspect's case: the latest event by occurredOn (then by when it was recorded). */
export function currentStage<TEvent extends Pick<repo.TCaseEventRow, 'occurredOn' | 'createdAt'>>(events: readonly TEvent[]): TEvent | null {
  let latest: TEvent | null = null;
  for (const event of events) {
    if (!latest || event.occurredOn > latest.occurredOn || (event.occurredOn === latest.occurredOn && event.createdAt >= latest.createdAt)) latest = event;
  }
  return latest;
}
