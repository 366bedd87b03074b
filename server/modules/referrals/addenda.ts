// What the referrer learns after submission (issue 14, journey 2): an addendum of new indicators
// (codes of the maintained list, free text beside) and narrative, written as an ADDENDUM entry of
// the referral's timeline through the state machine's frame (referral-move.ts: the gate, who acts,
// the audit record). Its free text is the referral's personal data: sealed under the referral's
// key, read at the same level as the referral's narrative, erased with it under retention. The
// data's controller is told that there is something new (the notice names nothing).
import DataLoader from 'dataloader';
import { z } from 'zod';
import { groupBy } from '../../core/group-by.js';
import { perRequest, type TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import * as repo from './addenda.repo.js';
import { checkIndicatorCodes } from './indicators.js';
import type { TReferralView } from './referral-gate.js';
import { move } from './referral-move.js';
import { readPersonal } from './referral-reader.js';
import { AUTHORITY_RECIPIENT_ROLES, notifyOrganisation } from './referral-notices.js';

export type { TAddendumRow } from './addenda.repo.js';

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);

export const ZAddendumInput = z.object({
  indicatorCodes: z.array(z.string()).nullish(),
  indicators: z.array(text(300).min(1, 'Empty indicator')).max(30, 'At most 30 indicators').nullish(),
  narrative: text(10_000)
    .nullish()
    .transform((v) => v || null),
});

/** mutation addReferralAddendum: the referring organisation, from submission until closure. */
export function addReferralAddendum(ctx: TContext, input: { id: string; input: unknown }): Promise<TReferralView> {
  const addendum = parseInput(ZAddendumInput, input.input, 'input');
  const codes = checkIndicatorCodes(ctx.deps.db, addendum.indicatorCodes, 'input.indicatorCodes');
  const indicatorText = addendum.indicators ?? [];
  if (codes.length === 0 && indicatorText.length === 0 && !addendum.narrative) {
    throw badInput('input', 'Add at least one indicator or a narrative', 'REQUIRED');
  }
  const addendumId = newId();
  return move(ctx, {
    id: input.id,
    action: 'ADD_ADDENDUM',
    plan: ({ row }, viewer, now) => ({
      eventId: addendumId,
      // The referral's codes are the union of its own and its addenda's: the statistics count each once.
      values: { indicatorCodes: [...new Set([...row.indicatorCodes, ...codes])] },
      auditDetails: { addendumId, indicatorCodes: codes },
      after: (unit, updated) => {
        repo.insertAddendum(unit.tx, ctx.deps.sealer, {
          id: addendumId,
          referralId: updated.id,
          indicatorCodes: codes,
          indicatorText,
          narrative: addendum.narrative,
          authorUserId: viewer.userId,
          organisationId: viewer.organisationId,
          createdAt: now.toISOString(),
        });
        notifyOrganisation(ctx, unit, { organisationId: updated.competentAuthorityId, roles: AUTHORITY_RECIPIENT_ROLES, kind: 'REFERRAL_ADDENDUM', referralId: updated.id });
      },
    }),
  });
}

const loaders = perRequest((ctx) => ({
  addenda: new DataLoader<string, repo.TAddendumRow[]>(async (ids) => {
    const byReferral = groupBy(repo.findAddenda(ctx.deps.db, ctx.deps.sealer, ids), (row) => row.referralId);
    return ids.map((id) => byReferral.get(id) ?? []);
  }),
}));

/**
 * The addendum written with a timeline event, or null when the viewer may not read the referral's
 * narrative (the read is audited as one, by readPersonal).
 */
export async function readAddendum(ctx: TContext, view: TReferralView, eventId: string): Promise<repo.TAddendumRow | null> {
  if (!(await readPersonal(ctx, view, 'NARRATIVE'))) return null;
  return (await loaders(ctx).addenda.load(view.row.id)).find((a) => a.id === eventId) ?? null;
}
