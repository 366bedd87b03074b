import type { TResolvers } from '../../graphql/types.js';
import { CORRECTION_DATA_CLASS, correctSubjectData, loadCorrections, loadEvents, mayRead, readPersonal, type TCorrectionRow, type TEventRow, type TReferralView } from '../referrals/referrals.service.js';
import type { TMergeRow } from './subjects.repo.js';
import * as subjects from './subjects.service.js';

type TCorrectionView = { view: TReferralView; event: TEventRow; rows: TCorrectionRow[] };
type TValueView = { view: TReferralView; row: TCorrectionRow };

function asText(json: string): string {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

export const subjectsResolvers: TResolvers = {
  Mutation: {
    confirmSubjectMatch: (_, args: { referralId: string; subjectId: string }, ctx) => subjects.confirmSubjectMatch(ctx, args),
    dismissSubjectMatch: (_, args: { referralId: string; subjectId: string }, ctx) => subjects.dismissSubjectMatch(ctx, args),
    unmergeSubjects: (_, args: { mergeId: string }, ctx) => subjects.unmergeSubjects(ctx, args),
    correctSubjectData: (_, args: { id: string; version: number; input: unknown; reason: string }, ctx) => correctSubjectData(ctx, args),
  },
  Referral: {
    possibleMatches: (v: TReferralView, _, ctx) => subjects.possibleMatches(ctx, v),
    subjectMerges: (v: TReferralView, _, ctx) => subjects.subjectMergesOf(ctx, v),
    corrections: async (v: TReferralView, _, ctx) => {
      const rows = await loadCorrections(ctx, v.row.id);
      if (rows.length === 0) return [];
      const events = new Map((await loadEvents(ctx, v.row.id)).map((e) => [e.id, e]));
      const byEvent = new Map<string, TCorrectionRow[]>();
      for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
      return [...byEvent.entries()].map(([eventId, group]): TCorrectionView => ({ view: v, event: events.get(eventId)!, rows: group }));
    },
  },
  ReferralSubject: {
    aliases: (v: TReferralView, _, ctx) => subjects.aliasPseudonyms(ctx, v),
  },
  PossibleMatch: {
    subjectId: (m: subjects.TPossibleMatch) => m.subjectId,
    pseudonym: (m: subjects.TPossibleMatch, _, ctx) => subjects.subjectPseudonym(ctx, m.subjectId),
    score: (m: subjects.TPossibleMatch) => m.score,
    reasons: (m: subjects.TPossibleMatch) => m.reasons,
    referrals: (m: subjects.TPossibleMatch) => m.referrals,
  },
  SubjectMerge: {
    id: (m: TMergeRow) => m.id,
    survivingSubjectId: (m: TMergeRow) => m.survivingSubjectId,
    survivingPseudonym: (m: TMergeRow, _, ctx) => subjects.subjectPseudonym(ctx, m.survivingSubjectId),
    mergedSubjectId: (m: TMergeRow) => m.mergedSubjectId,
    mergedPseudonym: (m: TMergeRow, _, ctx) => subjects.subjectPseudonym(ctx, m.mergedSubjectId),
    referralId: (m: TMergeRow) => m.referralId,
    referralsMoved: (m: TMergeRow) => m.moved.length,
    mergedAt: (m: TMergeRow) => m.mergedAt,
    mergedBy: (m: TMergeRow, _, ctx) => (m.mergedByOrganisationId ? ctx.loaders.organisationById.load(m.mergedByOrganisationId) : null),
    unmergedAt: (m: TMergeRow) => m.unmergedAt,
    unmergedBy: (m: TMergeRow, _, ctx) => (m.unmergedByOrganisationId ? ctx.loaders.organisationById.load(m.unmergedByOrganisationId) : null),
  },
  SubjectCorrection: {
    // The same event the timeline shows, so its note (the reason) is withheld by the timeline's rule.
    event: (c: TCorrectionView) => ({ event: c.event, view: c.view }),
    values: (c: TCorrectionView) => c.rows.map((row): TValueView => ({ view: c.view, row })),
  },
  CorrectedValue: {
    field: (v: TValueView) => v.row.field,
    withheld: (v: TValueView) => !mayRead(v.view, dataClassOf(v.row)),
    previous: async (v: TValueView, _, ctx) => {
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
