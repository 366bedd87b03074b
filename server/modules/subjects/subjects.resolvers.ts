import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { CORRECTION_DATA_CLASS, correctSubjectData, loadCorrections, loadEvents, mayRead, readPersonal, type TCorrectionRow, type TEventRow, type TReferralView } from '../referrals/referrals.service.js';
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
    pseudonym: (m, _, ctx) => subjects.subjectPseudonym(ctx, m.subjectId),
  },
  SubjectMerge: {
    survivingPseudonym: (m, _, ctx) => subjects.subjectPseudonym(ctx, m.survivingSubjectId),
    mergedPseudonym: (m, _, ctx) => subjects.subjectPseudonym(ctx, m.mergedSubjectId),
    referralsMoved: (m) => m.moved.length,
    mergedBy: (m, _, ctx) => (m.mergedByOrganisationId ? ctx.loaders.organisationById.load(m.mergedByOrganisationId) : null),
    unmergedBy: (m, _, ctx) => (m.unmergedByOrganisationId ? ctx.loaders.organisationById.load(m.unmergedByOrganisationId) : null),
  },
  SubjectCorrection: {
    // The same event the timeline shows, so its note (the reason) is withheld by the timeline's rule.
    event: (c) => ({ event: c.event, view: c.view }),
    values: (c) => c.rows.map((row): TValueView => ({ view: c.view, row })),
  },
  CorrectedValue: {
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
