// Correcting the person's data after submission (GDPR Art. 16): the replaced values are kept,
// each under its field's data class, and the blind index follows the corrected data.
import type { TReferralData } from '../../core/access.js';
import type { TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { localDate } from './deadlines.js';
import { identifyingDataChanged } from './referral-events.js';
import type { TReferralView } from './referral-gate.js';
import { move } from './referral-move.js';
import * as repo from './referrals.repo.js';
import { ZReason, ZSubjectCorrectionInput, type TUrgency } from './referrals.validation.js';
import { assertBornBy, derivedFacts } from './subject-facts.js';

type TCorrectableField = keyof TSubjectCorrectionFields;
type TSubjectCorrectionFields = Required<ReturnType<typeof ZSubjectCorrectionInput.parse>>;

/** The data class each correctable field is read under: its old value is shown to exactly those who may read the field. */
export const CORRECTION_DATA_CLASS: Record<TCorrectableField, TReferralData> = {
  name: 'IDENTITY',
  alias: 'IDENTITY',
  dateOfBirth: 'IDENTITY',
  estimatedAge: 'IDENTITY',
  contact: 'CONTACT',
  whereabouts: 'WHEREABOUTS',
  gender: 'SUMMARY',
  nationality: 'SUMMARY',
  languages: 'SUMMARY',
};

const PERSONAL_FIELDS = ['name', 'alias', 'dateOfBirth', 'estimatedAge', 'contact', 'whereabouts'] as const;

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The controller corrects the person's data at any state after submission and before closure:
 * versioned (a stale version is CONFLICT), each replaced value kept in the referral's history under
 * its field's data class, one audited unit with a timeline event whose note is the reason; the
 * blind index is recomputed, so the possible matches are those of the corrected data.
 */
export function correctSubjectData(ctx: TContext, input: { id: string; version: number; input: unknown; reason: string }): Promise<TReferralView> {
  const changes = parseInput(ZSubjectCorrectionInput, input.input ?? {}, 'input');
  const reason = parseInput(ZReason, input.reason, 'reason');
  assertBornBy(changes.dateOfBirth, ctx.deps.clock.now(), 'input.dateOfBirth');
  return move(ctx, {
    id: input.id,
    action: 'CORRECT_SUBJECT',
    expectedVersion: input.version,
    plan: ({ row }, _viewer, now) => {
      const current = repo.findPersonalData(ctx.deps.db, ctx.deps.sealer, [row.id])[0];
      const before: Record<TCorrectableField, unknown> = {
        name: current?.name ?? null,
        alias: current?.alias ?? null,
        dateOfBirth: current?.dateOfBirth ?? null,
        estimatedAge: current?.estimatedAge ?? null,
        contact: current?.contact ?? null,
        whereabouts: current?.whereabouts ?? null,
        gender: row.gender,
        nationality: row.nationality,
        languages: row.languages,
      };
      // In one fixed order (the table's), whatever the order of the input.
      const corrected = (Object.keys(CORRECTION_DATA_CLASS) as TCorrectableField[]).filter((field) => {
        const value = field === 'languages' ? [...new Set(changes.languages ?? [])] : field === 'gender' ? (changes.gender ?? 'UNKNOWN') : changes[field];
        return changes[field] !== undefined && !sameValue(value, before[field]);
      });
      if (corrected.length === 0) throw badInput('input', 'Nothing to correct: every value given is the one recorded', 'NOTHING_TO_CHANGE');
      const personal: Partial<repo.TPersonalRow> = {};
      for (const field of PERSONAL_FIELDS) if (corrected.includes(field)) (personal as Record<string, unknown>)[field] = changes[field] ?? null;
      const dateOfBirth = corrected.includes('dateOfBirth') ? (changes.dateOfBirth ?? null) : (current?.dateOfBirth ?? null);
      const estimatedAge = corrected.includes('estimatedAge') ? (changes.estimatedAge ?? null) : (current?.estimatedAge ?? null);
      // The age band and minority follow the corrected age (as of submission: the band is the age at referral).
      const day = row.submittedAt ? localDate(new Date(row.submittedAt)) : localDate(now);
      const values: Partial<repo.TReferralRow> = { ...derivedFacts({ dateOfBirth, estimatedAge, urgency: row.urgency as TUrgency, day }) };
      if (corrected.includes('gender')) values.gender = changes.gender ?? 'UNKNOWN';
      if (corrected.includes('nationality')) values.nationality = changes.nationality ?? null;
      if (corrected.includes('languages')) values.languages = [...new Set(changes.languages ?? [])];
      return {
        values,
        personal,
        note: reason,
        auditDetails: { fields: corrected },
        after: (unit, updated) => {
          const event = repo.findEvents(unit.tx, ctx.deps.sealer, [updated.id]).at(-1)!;
          const first = repo.nextCorrectionPosition(unit.tx, updated.id);
          repo.insertCorrections(unit.tx, ctx.deps.sealer, corrected.map((field, i) => ({
              id: newId(),
              referralId: updated.id,
              eventId: event.id,
              field,
              dataClass: CORRECTION_DATA_CLASS[field],
              previous: before[field] === null || before[field] === undefined ? null : JSON.stringify(before[field]),
              position: first + i,
            })),
          );
          // Matching works on the corrected name and date of birth from now on.
          identifyingDataChanged(ctx, unit, updated.id);
        },
      };
    },
  });
}
