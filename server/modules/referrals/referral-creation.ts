// Creating a referral (a draft): the person as a new subject or one already known to the viewer,
// a reference number of the year, and the personal data kept apart from the referral's facts.
import { requireViewer } from '../../core/access.js';
import { runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { isOperationVisible } from '../operations/operations.service.js';
import { localDate } from './deadlines.js';
import { checkIndicatorCodes } from './indicators.js';
import { accessToReferral, getReferral, type TReferralView } from './referral-gate.js';
import * as repo from './referrals.repo.js';
import { ZCreateReferralInput } from './referrals.validation.js';
import { assertBornBy, derivedFacts, randomPseudonym } from './subject-facts.js';

function createPseudonym(unit: TUnitOfWork): string {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const candidate = randomPseudonym(attempt < 10 ? 4 : 6);
    if (!repo.pseudonymExists(unit.tx, candidate)) return candidate;
  }
  throw new Error('Could not allocate a pseudonym');
}
export async function createReferral(ctx: TContext, raw: unknown): Promise<TReferralView> {
  const viewer = requireViewer(ctx.viewer);
  const input = parseInput(ZCreateReferralInput, raw, 'input');
  assertBornBy(input.subject.dateOfBirth, ctx.deps.clock.now());
  if (input.operationId && !isOperationVisible(ctx, input.operationId)) throw badInput('input.operationId', 'Unknown operation', 'UNKNOWN_REFERENCE');
  const indicatorCodes = checkIndicatorCodes(ctx.deps.db, input.indicatorCodes, 'input.indicatorCodes');
  // A subject merged into another still names the person: its referrals are the other's now.
  const existingSubjectId = input.existingSubjectId ? repo.resolveSubjectId(ctx.deps.db, input.existingSubjectId) : null;
  if (input.existingSubjectId) {
    const known = existingSubjectId !== null && repo.findReferralsOfSubject(ctx.deps.db, existingSubjectId).some((r) => accessToReferral(ctx, viewer, r).level !== 'NONE');
    if (!known) throw badInput('input.existingSubjectId', 'Unknown subject', 'UNKNOWN_REFERENCE');
  }
  const id = await runAudited(ctx, (unit) => {
    const day = localDate(unit.now);
    const year = day.slice(0, 4);
    const subject = input.subject;
    const derived = derivedFacts({ dateOfBirth: subject.dateOfBirth ?? null, estimatedAge: subject.estimatedAge ?? null, urgency: input.urgency ?? 'NORMAL', day });
    let subjectId = existingSubjectId;
    if (!subjectId) {
      subjectId = newId();
      repo.insertSubject(unit.tx, { id: subjectId, pseudonym: createPseudonym(unit), createdAt: unit.now.toISOString() });
    }
    const referralId = newId();
    const number = repo.nextReferenceNumber(unit.tx, `HEN-${year}`);
    const at = unit.now.toISOString();
    repo.insertReferral(unit.tx, {
      id: referralId,
      reference: `HEN-${year}-${String(number).padStart(6, '0')}`,
      version: 1,
      state: 'DRAFT',
      urgency: derived.urgency,
      minor: derived.minor,
      subjectId,
      // Referred under the alias it was given: the referrer keeps seeing that one, not the merge.
      referredSubjectId: input.existingSubjectId && input.existingSubjectId !== subjectId ? input.existingSubjectId : null,
      referringOrganisationId: viewer.organisationId,
      createdByUserId: viewer.userId,
      gender: subject.gender ?? 'UNKNOWN',
      nationality: subject.nationality ?? null,
      ageBand: derived.ageBand,
      residenceStatus: subject.residenceStatus ?? 'UNKNOWN',
      languages: [...new Set(subject.languages ?? [])],
      suspectedExploitation: [...new Set(input.suspectedExploitation)],
      indicatorCodes,
      sector: input.sector ?? null,
      region: input.region,
      operationId: input.operationId ?? null,
      consentToReferral: input.consent?.toReferral ?? 'NOT_ASKED',
      consentToDisclosure: input.consent?.toDisclosure ?? 'NOT_ASKED',
      createdAt: at,
      updatedAt: at,
    });
    repo.insertPersonalData(unit.tx, ctx.deps.sealer, {
      referralId,
      name: subject.name ?? null,
      alias: subject.alias ?? null,
      dateOfBirth: subject.dateOfBirth ?? null,
      estimatedAge: subject.estimatedAge ?? null,
      contact: subject.contact ?? null,
      whereabouts: subject.whereabouts ?? null,
      location: input.location ?? null,
      indicators: input.indicators ?? [],
      narrative: input.narrative ?? null,
    });
    repo.insertEvent(unit.tx, ctx.deps.sealer, { id: newId(), referralId, action: 'CREATE', fromState: null, toState: 'DRAFT', actorUserId: viewer.userId, actorOrganisationId: viewer.organisationId, at });
    unit.audit({ action: 'REFERRAL_CREATE', objectType: 'Referral', objectId: referralId, subjectId, dataCategory: 'IDENTITY', purpose: 'REFERRAL' });
    return referralId;
  });
  return await getReferral(ctx, { id });
}
