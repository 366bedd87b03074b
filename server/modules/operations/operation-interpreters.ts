// Interpreters of an operation (PRODUCT.md journey 1): asked for per language, with who provides
// them and whether they are confirmed. The lead's coordinators arrange them; one still not
// confirmed 24 hours before the start is on the lead's task list (unconfirmedInterpreters).
import { mayArrangeInterpreters, operationAccess, requireViewer } from '../../core/access.js';
import type { TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import type { InterpreterStatus } from '../../../schema/enums.generated.js';
import * as repo from './operations.repo.js';
import { ZLanguage, ZProvider } from './operations.validation.js';
import type { TOperationView } from './operation-gate.js';
import { move, PLANNER_REFUSAL } from './operation-move.js';

const HOUR = 3_600_000;
/** How long before the start an unconfirmed interpreter becomes a task. */
export const INTERPRETER_TASK_HOURS = 24;

const stillWanted = (i: repo.TInterpreterRow) => i.status !== 'CANCELLED';

/**
 * The older list form (interpreterLanguages on create and update): each language not yet asked
 * for is asked for, and one asked for but left out of the list is cancelled.
 */
export function syncInterpreterLanguages(ctx: TContext, unit: TUnitOfWork, operationId: string, languages: readonly string[]): void {
  const wanted = new Set(languages);
  const current = repo.findInterpreters(unit.tx, ctx.deps.sealer, [operationId]).filter(stillWanted);
  const at = unit.now.toISOString();
  for (const interpreter of current) {
    if (!wanted.has(interpreter.language)) repo.updateInterpreter(unit.tx, ctx.deps.sealer, interpreter, { status: 'CANCELLED', updatedAt: at });
  }
  const have = new Set(current.map((i) => i.language));
  for (const language of wanted) {
    if (!have.has(language)) repo.insertInterpreter(unit.tx, ctx.deps.sealer, { id: newId(), operationId, language, provider: null, status: 'REQUESTED', requestedAt: at, updatedAt: at });
  }
}

export function requestInterpreter(ctx: TContext, input: { operationId: string; language: string; provider?: string | null }): Promise<TOperationView> {
  const language = parseInput(ZLanguage, input.language, 'language');
  const provider = parseInput(ZProvider, input.provider, 'provider') ?? null;
  return move(ctx, {
    id: input.operationId,
    action: 'REQUEST_INTERPRETER',
    authorise: mayArrangeInterpreters,
    refusal: PLANNER_REFUSAL,
    touchesRow: false,
    plan: ({ row }) => {
      if (repo.findInterpreters(ctx.deps.db, ctx.deps.sealer, [row.id]).some((i) => stillWanted(i) && i.language === language)) {
        throw badInput('language', 'An interpreter for this language is asked for already', 'ALREADY_IN_EFFECT');
      }
      return {
        after: (unit) => {
          const at = unit.now.toISOString();
          repo.insertInterpreter(unit.tx, ctx.deps.sealer, { id: newId(), operationId: row.id, language, provider, status: 'REQUESTED', requestedAt: at, updatedAt: at });
          return { language };
        },
      };
    },
  });
}

export function setInterpreterStatus(ctx: TContext, input: { operationId: string; interpreterId: string; status: InterpreterStatus; provider?: string | null }): Promise<TOperationView> {
  const provider = parseInput(ZProvider, input.provider, 'provider');
  return move(ctx, {
    id: input.operationId,
    action: 'SET_INTERPRETER_STATUS',
    authorise: mayArrangeInterpreters,
    refusal: PLANNER_REFUSAL,
    touchesRow: false,
    plan: ({ row }) => {
      const interpreter = repo.findInterpreters(ctx.deps.db, ctx.deps.sealer, [row.id]).find((i) => i.id === input.interpreterId);
      if (!interpreter) throw badInput('interpreterId', 'No such interpreter on this operation', 'UNKNOWN_REFERENCE');
      if (interpreter.status === 'CANCELLED') throw badInput('interpreterId', 'This interpreter was cancelled: ask for a new one', 'ALREADY_IN_EFFECT');
      return {
        after: (unit) => {
          const values: Partial<repo.TInterpreterRow> = { status: input.status, updatedAt: unit.now.toISOString() };
          if (provider !== undefined) values.provider = provider;
          repo.updateInterpreter(unit.tx, ctx.deps.sealer, interpreter, values);
          return { interpreterId: interpreter.id, language: interpreter.language, status: input.status, fromStatus: interpreter.status };
        },
      };
    },
  });
}

/** The lead's task list: interpreters not confirmed of its operations starting within 24 hours. */
export function unconfirmedInterpreters(ctx: TContext): Array<{ operation: TOperationView; interpreter: repo.TInterpreterRow }> {
  const viewer = requireViewer(ctx.viewer);
  const now = ctx.deps.clock.now();
  const interpreters = repo.findUnconfirmedInterpreters(ctx.deps.db, ctx.deps.sealer, {
    leadOrganisationId: viewer.organisationId,
    now: now.toISOString(),
    until: new Date(now.getTime() + INTERPRETER_TASK_HOURS * HOUR).toISOString(),
  });
  const rows = new Map(repo.findOperations(ctx.deps.db, ctx.deps.sealer, [...new Set(interpreters.map((i) => i.operationId))]).map((r) => [r.id, r]));
  return interpreters.flatMap((interpreter) => {
    const row = rows.get(interpreter.operationId);
    if (!row) return [];
    const access = operationAccess(viewer, { leadOrganisationId: row.leadOrganisationId, invitationStatus: null });
    return access.level === 'NONE' ? [] : [{ operation: { row, access }, interpreter }];
  });
}
