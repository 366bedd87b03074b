// Issue 14, journey 3: what a complex carries beyond its network (police journal numbers, the
// prosecution's case number, international cooperation), and the agencies the lead invites to
// contribute (SKTST, AT, …): a basis of their own in the complex's access rule (core/access.ts),
// and dated, categorised findings that the lead and NSK read. Every change is one audited unit of
// work; every read of contributions is audited.
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import {
  contributionsReadableBy,
  mayAddContribution,
  mayContributeToCaseComplexes,
  mayManageCaseComplex,
  mayReadSuspects,
  mayUpdateCaseComplexDetails,
  requireViewer,
} from '../../core/access.js';
import { recordAudit, runAudited } from '../../core/audit.js';
import { localDate } from '../../core/calendar.js';
import type { TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { isRealDate } from '../../core/vocabulary.js';
import { notify, organisationRecipients } from '../notifications/notifications.service.js';
import { findOrganisationByCode } from '../organisations/organisations.service.js';
import { COMPLEX_GATE, getCaseComplex, loadForChange, type TComplexView } from './case-complex-access.js';
import * as repo from './case-complexes.repo.js';
import * as contributions from './contributions.repo.js';
import { refuse } from '../../core/gate.js';

export type { TContributionRow, TContributorRow } from './contributions.repo.js';

export const CONTRIBUTION_CATEGORIES = ['TAX', 'LABOUR_CONDITIONS', 'WORK_ENVIRONMENT', 'SOCIAL_BENEFITS', 'IMMIGRATION', 'FINANCIAL', 'OTHER'] as const;

const RECIPIENT_ROLES = ['COORDINATOR', 'CASEWORKER', 'INVESTIGATOR'] as const;
const link = (id: string) => `/case-complexes/${id}`;

// A journal or case number: digits, letters and the separators the police and prosecution use.
const caseNumber = z
  .string()
  .trim()
  .min(1, 'Required')
  .max(50, 'At most 50 characters')
  .refine((v) => /^[0-9A-Za-zÆØÅæøå][0-9A-Za-zÆØÅæøå./ -]*$/.test(v), { message: 'Digits, letters, "-", "/", "." and spaces, e.g. 0100-76543-00012-25', params: { rule: 'INVALID_FORMAT' } });
const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v) && v !== 'DK', { message: 'Must be an ISO 3166-1 alpha-2 country code other than DK, e.g. RO', params: { rule: 'INVALID_COUNTRY' } });

export const ZCaseComplexDetailsInput = z
  .object({
    policeJournalNumbers: z.array(caseNumber).max(20, 'At most 20 journal numbers').nullish(),
    prosecutionCaseNumber: z
      .string()
      .nullish()
      .transform((v) => (v === undefined ? undefined : v?.trim() || null))
      .pipe(caseNumber.nullish()),
    partnerCountries: z.array(country).max(30, 'At most 30 countries').nullish(),
    jointInvestigationTeam: z.boolean().nullish(),
    jointInvestigationTeamName: z
      .string()
      .trim()
      .max(200, 'At most 200 characters')
      .nullish()
      .transform((v) => (v === undefined ? undefined : v || null)),
  })
  .strict();

export const ZContributionInput = z.object({
  category: z.enum(CONTRIBUTION_CATEGORIES),
  notedOn: z.string().refine((v) => isRealDate(v) && v >= '2000-01-01', { message: 'Must be a real date, YYYY-MM-DD, from 2000', params: { rule: 'INVALID_DATE' } }),
  note: z.string().trim().min(1, 'Write the finding').max(5000, 'At most 5000 characters'),
});

/** The prosecution keeps its own case number; journal numbers and cooperation are the lead's. */
const PROSECUTION_FIELDS: readonly string[] = ['prosecutionCaseNumber'];

/** mutation updateCaseComplexDetails: only what is given changes; an empty list or string clears. */
export async function updateCaseComplexDetails(ctx: TContext, input: { id: string; input: unknown }): Promise<TComplexView> {
  const view = await loadForChange(ctx, input.id, 'CASE_COMPLEX_UPDATE', mayUpdateCaseComplexDetails, 'the lead organisation or the prosecution');
  const details = parseInput(ZCaseComplexDetailsInput, input.input, 'input');
  const values: Partial<repo.TComplexRow> = {};
  if (details.policeJournalNumbers != null) values.policeJournalNumbers = [...new Set(details.policeJournalNumbers)];
  if (details.prosecutionCaseNumber !== undefined) values.prosecutionCaseNumber = details.prosecutionCaseNumber ?? null;
  if (details.partnerCountries != null) values.partnerCountries = [...new Set(details.partnerCountries)];
  if (details.jointInvestigationTeam != null) values.jointInvestigationTeam = details.jointInvestigationTeam;
  if (details.jointInvestigationTeamName !== undefined) values.jointInvestigationTeamName = details.jointInvestigationTeamName ?? null;
  const team = values.jointInvestigationTeam ?? view.row.jointInvestigationTeam;
  if (!team && values.jointInvestigationTeamName) throw badInput('input.jointInvestigationTeamName', 'Only for a joint investigation team', 'NOT_APPLICABLE');
  // A team no longer joint keeps no name.
  if (values.jointInvestigationTeam === false) values.jointInvestigationTeamName = null;
  const fields = Object.keys(values);
  if (fields.length === 0) throw badInput('input', 'Nothing to change', 'NOTHING_TO_CHANGE');
  if (view.access.basis === 'PROSECUTION' && fields.some((f) => !PROSECUTION_FIELDS.includes(f))) {
    await refuse(ctx, COMPLEX_GATE, { id: view.row.id, row: view.row, attempted: 'CASE_COMPLEX_UPDATE', message: 'The prosecution changes its own case number only' });
  }
  await runAudited(ctx, (unit) => {
    repo.updateComplex(unit.tx, ctx.deps.sealer, view.row.id, { ...values, updatedAt: unit.now.toISOString() });
    unit.audit({ action: 'CASE_COMPLEX_UPDATE', objectType: 'CaseComplex', objectId: view.row.id, purpose: 'INVESTIGATION', details: { fields } });
  });
  return await getCaseComplex(ctx, { id: view.row.id });
}

function contributorOrganisation(code: string) {
  return code.trim().toUpperCase();
}

/** mutation inviteCaseComplexContributor: the lead invites an agency outside police and prosecution. */
export async function inviteCaseComplexContributor(ctx: TContext, input: { caseComplexId: string; organisationCode: string }): Promise<TComplexView> {
  const viewer = requireViewer(ctx.viewer);
  const view = await loadForChange(ctx, input.caseComplexId, 'CASE_COMPLEX_CONTRIBUTOR_INVITE', mayManageCaseComplex, 'the lead organisation');
  const organisation = findOrganisationByCode(ctx.deps.db, contributorOrganisation(input.organisationCode));
  if (!organisation) throw badInput('organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  if (!mayContributeToCaseComplexes(organisation)) {
    throw badInput('organisationCode', 'Police and prosecution take part in a complex on bases of their own, not as contributors', 'ORGANISATION_NOT_ALLOWED');
  }
  const current = contributions.findContributor(ctx.deps.db, view.row.id, organisation.id);
  if (current && !current.removedAt) throw badInput('organisationCode', 'That organisation is a contributor already', 'ALREADY_IN_EFFECT');
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    contributions.upsertContributor(unit.tx, { caseComplexId: view.row.id, organisationId: organisation.id, invitedAt: at, invitedByUserId: viewer.userId, removedAt: null });
    repo.updateComplex(unit.tx, ctx.deps.sealer, view.row.id, { updatedAt: at });
    unit.audit({ action: 'CASE_COMPLEX_CONTRIBUTOR_INVITE', objectType: 'CaseComplex', objectId: view.row.id, purpose: 'INVESTIGATION', details: { organisationId: organisation.id } });
    notify(unit, {
      ctx,
      userIds: organisationRecipients(unit, { organisationId: organisation.id, roles: RECIPIENT_ROLES }),
      kind: 'CASE_COMPLEX_CONTRIBUTOR_INVITED',
      objectType: 'CaseComplex',
      objectId: view.row.id,
      link: link(view.row.id),
    });
  });
  return await getCaseComplex(ctx, { id: view.row.id });
}

/** mutation removeCaseComplexContributor: the lead ends an invitation; the contributions stay. */
export async function removeCaseComplexContributor(ctx: TContext, input: { caseComplexId: string; organisationCode: string }): Promise<TComplexView> {
  const view = await loadForChange(ctx, input.caseComplexId, 'CASE_COMPLEX_CONTRIBUTOR_REMOVE', mayManageCaseComplex, 'the lead organisation');
  const organisation = findOrganisationByCode(ctx.deps.db, contributorOrganisation(input.organisationCode));
  if (!organisation) throw badInput('organisationCode', 'Unknown organisation', 'UNKNOWN_ORGANISATION');
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    if (!contributions.removeContributor(unit.tx, view.row.id, organisation.id, at)) throw badInput('organisationCode', 'That organisation is not a contributor', 'UNKNOWN_REFERENCE');
    repo.updateComplex(unit.tx, ctx.deps.sealer, view.row.id, { updatedAt: at });
    unit.audit({ action: 'CASE_COMPLEX_CONTRIBUTOR_REMOVE', objectType: 'CaseComplex', objectId: view.row.id, purpose: 'INVESTIGATION', details: { organisationId: organisation.id } });
  });
  return await getCaseComplex(ctx, { id: view.row.id });
}

/** mutation addCaseComplexContribution: an invited agency records a finding; the lead is told. */
export async function addCaseComplexContribution(ctx: TContext, input: { caseComplexId: string; input: unknown }): Promise<contributions.TContributionRow> {
  const viewer = requireViewer(ctx.viewer);
  const view = await loadForChange(ctx, input.caseComplexId, 'CASE_COMPLEX_CONTRIBUTION_ADD', (access) => mayAddContribution(viewer, access), 'an invited contributor');
  const contribution = parseInput(ZContributionInput, input.input, 'input');
  if (contribution.notedOn > localDate(ctx.deps.clock.now())) throw badInput('input.notedOn', 'The date cannot be in the future', 'DATE_IN_FUTURE');
  const id = newId();
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    contributions.insertContribution(unit.tx, ctx.deps.sealer, {
      id,
      caseComplexId: view.row.id,
      organisationId: viewer.organisationId,
      authorUserId: viewer.userId,
      category: contribution.category,
      notedOn: contribution.notedOn,
      note: contribution.note,
      createdAt: at,
    });
    repo.updateComplex(unit.tx, ctx.deps.sealer, view.row.id, { updatedAt: at });
    unit.audit({
      action: 'CASE_COMPLEX_CONTRIBUTION_ADD',
      objectType: 'CaseComplex',
      objectId: view.row.id,
      dataCategory: 'NARRATIVE',
      purpose: 'INVESTIGATION',
      details: { contributionId: id, category: contribution.category },
    });
    notify(unit, {
      ctx,
      userIds: organisationRecipients(unit, { organisationId: view.row.leadOrganisationId, roles: RECIPIENT_ROLES }),
      kind: 'CASE_COMPLEX_CONTRIBUTION_ADDED',
      objectType: 'CaseComplex',
      objectId: view.row.id,
      link: link(view.row.id),
    });
  });
  return { ...contribution, id, caseComplexId: view.row.id, organisationId: viewer.organisationId, authorUserId: viewer.userId, createdAt: ctx.deps.clock.now().toISOString() };
}

/** CaseComplex.contributions: all for the lead and NSK, a contributor its own; each read audited. Null for the rest. */
export async function readContributions(ctx: TContext, view: TComplexView): Promise<contributions.TContributionRow[] | null> {
  const scope = contributionsReadableBy(view.access);
  if (scope === 'NONE') return null;
  const viewer = requireViewer(ctx.viewer);
  const rows = contributions.findContributions(ctx.deps.db, ctx.deps.sealer, view.row.id, scope === 'OWN' ? viewer.organisationId : null);
  await recordAudit(ctx, [
    { action: 'CASE_COMPLEX_CONTRIBUTIONS_READ', objectType: 'CaseComplex', objectId: view.row.id, dataCategory: 'NARRATIVE', purpose: 'INVESTIGATION', details: { results: rows.length } },
  ]);
  return rows;
}

/** CaseComplex.contributors: the police and prosecution who investigate (INVESTIGATION) see who was invited. */
export function readContributors(ctx: TContext, view: TComplexView): contributions.TContributorRow[] | null {
  if (!mayReadSuspects(view.access)) return null;
  return contributions.findContributors(ctx.deps.db, [view.row.id]);
}
