import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { loadCorrections, loadEvents, mayRead, readPersonal } from '../referrals/referral-reader.js';
import { CORRECTION_DATA_CLASS, correctSubjectData, type TReferralView } from '../referrals/referrals.service.js';
import type { TCorrectionRow, TEventRow } from '../referrals/referrals.repo.js';
import type { TMergeRow } from './subjects.repo.js';
import * as subjects from './subjects.service.js';

type TCorrectionView = { view: TReferralView; event: TEventRow; rows: TCorrectionRow[] };
type TValueView = { view: TReferralView; row: TCorrectionRow };

function asText(json: string): string {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export const subjectsResolvers: Resolvers = {
  Mutation: {
    confirmSubjectMatch: (_, args, ctx) => subjects.confirmSubjectMatch(ctx, args),
    dismissSubjectMatch: (_, args, ctx) => subjects.dismissSubjectMatch(ctx, args),
    unmergeSubjects: (_, args, ctx) => subjects.unmergeSubjects(ctx, args),
    correctSubjectData: (_, args, ctx) => correctSubjectData(ctx, args),
  },
  Referral: {
    possibleMatches: (v, _, ctx) => subjects.possibleMatches(ctx, v),
    subjectMerges: (v, _, ctx) => subjects.subjectMergesOf(ctx, v),
    corrections: async (v, _, ctx) => {
      const rows = await loadCorrections(ctx, v.row.id);
      if (rows.length === 0) return [];
      const events = new Map((await loadEvents(ctx, v.row.id)).map((e) => [e.id, e]));
      const byEvent = new Map<string, TCorrectionRow[]>();
      for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
      return [...byEvent.entries()].map(([eventId, group]): TCorrectionView => ({ view: v, event: events.get(eventId)!, rows: group }));
    },
  },
  ReferralSubject: {
    aliases: (v, _, ctx) => subjects.aliasPseudonyms(ctx, v),
  },
  PossibleMatch: {
    subjectId: (m) => m.subjectId,
    pseudonym: (m, _, ctx) => subjects.subjectPseudonym(ctx, m.subjectId),
    score: (m) => m.score,
    reasons: (m) => m.reasons,
    referrals: (m) => m.referrals,
  },
  SubjectMerge: {
    id: (m) => m.id,
    survivingSubjectId: (m) => m.survivingSubjectId,
    survivingPseudonym: (m, _, ctx) => subjects.subjectPseudonym(ctx, m.survivingSubjectId),
    mergedSubjectId: (m) => m.mergedSubjectId,
    mergedPseudonym: (m, _, ctx) => subjects.subjectPseudonym(ctx, m.mergedSubjectId),
    referralId: (m) => m.referralId,
    referralsMoved: (m) => m.moved.length,
    mergedAt: (m) => m.mergedAt,
    mergedBy: (m, _, ctx) => (m.mergedByOrganisationId ? ctx.loaders.organisationById.load(m.mergedByOrganisationId) : null),
    unmergedAt: (m) => m.unmergedAt,
    unmergedBy: (m, _, ctx) => (m.unmergedByOrganisationId ? ctx.loaders.organisationById.load(m.unmergedByOrganisationId) : null),
  },
  SubjectCorrection: {
    // The same event the timeline shows, so its note (the reason) is withheld by the timeline's rule.
    event: (c) => ({ event: c.event, view: c.view }),
    values: (c) => c.rows.map((row): TValueView => ({ view: c.view, row })),
  },
  CorrectedValue: {
    field: (v) => v.row.field,
    withheld: (v) => !mayRead(v.view, dataClassOf(v.row)),
    previous: async (v, _, ctx) => {
      const dataClass = dataClassOf(v.row);
      if (!mayRead(v.view, dataClass) || v.row.previous === null) return null;
      // A personal value read is audited under its class, as the field itself is.
      if (dataClass !== 'SUMMARY' && !(await readPersonal(ctx, v.view, dataClass))) return null;
      return asText(v.row.previous);
    },
  },
};

function dataClassOf(row: TCorrectionRow) {
  return CORRECTION_DATA_CLASS[row.field as keyof typeof CORRECTION_DATA_CLASS] ?? 'IDENTITY';
}
