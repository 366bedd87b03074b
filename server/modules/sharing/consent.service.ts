// Consent: the person's answers on being referred and on disclosure of their data, recorded where
// they are given — by the controller at any state before closure (CMM learns them in the
// identification interview), or by the referrer on its draft. Each recording is a new version
// (referral_consents), audited; its note goes into the referral's timeline, so it is read as
// narrative and erased with the rest of the personal data. Withdrawing consent to disclosure caps
// the FULL grants on the referral at OPERATIONAL at once: they stay, marked, and their holders are told.
import { CASEWORK_ROLES, hasAnyRole, isReferralController, requireViewer, type TViewer } from '../../core/access.js';
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { AppError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { parseInput } from '../../core/validation.js';
import { getReferral, insertReferralEvent, type TReferralView } from '../referrals/referrals.service.js';
import * as repo from './sharing.repo.js';
import { accessToReferralById, auditPerSubject, denied, notifyGrantee, type TReferralFacts } from './sharing.service.js';
import { ZRecordConsent } from './sharing.validation.js';

export const CONSENT_WITHDRAWN = 'CONSENT_WITHDRAWN';
/** A FULL grant is lowered to this when the person withdraws consent to disclosure. */
export const LEVEL_WITHOUT_CONSENT = 'OPERATIONAL';
/** After these states consent is no longer recorded: the case is over. */
const FINAL_STATES: readonly string[] = ['CLOSED', 'WITHDRAWN'];

/** The referrer on its draft; the controller from submission until closure. */
function mayRecordConsent(viewer: TViewer, referral: TReferralFacts): boolean {
  if (!hasAnyRole(viewer, CASEWORK_ROLES)) return false;
  if (referral.state === 'DRAFT') return referral.referringOrganisationId === viewer.organisationId;
  return isReferralController(viewer, referral);
}

/** Consent to disclosure is withdrawn (or refused) when it was GIVEN and no longer is. */
export function withdrawsDisclosure(before: string, after: string): boolean {
  return before === 'GIVEN' && after !== 'GIVEN';
}

export async function recordConsent(ctx: TContext, input: { referralId: string; toDisclosure: unknown; toReferral?: unknown; note: unknown; version?: unknown }): Promise<TReferralView> {
  const viewer = requireViewer(ctx.viewer);
  const values = parseInput(ZRecordConsent, { toDisclosure: input.toDisclosure, toReferral: input.toReferral, note: input.note, version: input.version });
  const { facts, access } = accessToReferralById(ctx, viewer, input.referralId);
  if (!facts || !access || access.level === 'NONE') {
    await denied(ctx, { action: 'REFERRAL_RECORD_CONSENT', objectType: 'Referral', objectId: input.referralId, subjectId: facts?.subjectId, reason: 'NO_ACCESS' });
    throw notFound('No such referral');
  }
  if (!mayRecordConsent(viewer, facts)) {
    await denied(ctx, { action: 'REFERRAL_RECORD_CONSENT', objectType: 'Referral', objectId: facts.id, subjectId: facts.subjectId, reason: 'NOT_CONTROLLER' });
    throw new AppError('FORBIDDEN', "Consent is recorded by the referral's controller (its competent authority, or CMM), or by the referrer on its draft");
  }
  if (facts.erasedAt) throw new AppError('INVALID_TRANSITION', 'This referral was erased under the retention rules and can no longer be changed', { state: facts.state, action: 'RECORD_CONSENT' });
  if (FINAL_STATES.includes(facts.state)) throw new AppError('INVALID_TRANSITION', `Consent is not recorded on a ${facts.state.toLowerCase()} referral`, { state: facts.state, action: 'RECORD_CONSENT' });
  if (values.version && values.version !== facts.version) throw new AppError('CONFLICT', 'The referral was changed meanwhile: load it again', { field: 'version' });

  const toReferral = values.toReferral ?? facts.consentToReferral;
  const withdrawal = withdrawsDisclosure(facts.consentToDisclosure, values.toDisclosure);
  await runAudited(ctx, (unit) => {
    const at = unit.now.toISOString();
    if (!repo.setConsent(unit.tx, { id: facts.id, version: facts.version, state: facts.state, consentToReferral: toReferral, consentToDisclosure: values.toDisclosure, updatedAt: at })) {
      throw new AppError('CONFLICT', 'The referral was changed meanwhile: load it again', { field: 'version' });
    }
    const eventId = newId();
    insertReferralEvent(unit.tx, ctx.deps.sealer, {
      id: eventId,
      referralId: facts.id,
      action: 'RECORD_CONSENT',
      fromState: facts.state,
      toState: facts.state,
      actorUserId: viewer.userId,
      actorOrganisationId: viewer.organisationId,
      at,
      note: values.note,
    });
    const version = repo.latestConsentVersion(unit.tx, facts.id) + 1;
    repo.insertConsent(unit.tx, {
      id: newId(),
      referralId: facts.id,
      version,
      toReferral,
      toDisclosure: values.toDisclosure,
      recordedByUserId: viewer.userId,
      recordedByOrganisationId: viewer.organisationId,
      recordedAt: at,
      eventId,
    });
    const capped = withdrawal ? repo.findActiveFullGrantsOn(unit.tx, facts.id, at) : [];
    for (const grant of capped) {
      if (!repo.capGrant(unit.tx, grant.id, { fromLevel: 'FULL', toLevel: LEVEL_WITHOUT_CONSENT, at, reason: CONSENT_WITHDRAWN })) continue;
      auditPerSubject(
        unit,
        {
          action: 'ACCESS_GRANT_CAP',
          objectType: 'Referral',
          objectId: facts.id,
          subjectId: facts.subjectId,
          details: { grantId: grant.id, granteeOrganisationId: grant.organisationId, fromLevel: 'FULL', toLevel: LEVEL_WITHOUT_CONSENT, reason: CONSENT_WITHDRAWN },
        },
        [facts],
      );
      notifyGrantee(ctx, unit, grant, 'ACCESS_LIMITED_BY_CONSENT');
    }
    unit.audit({
      action: 'REFERRAL_RECORD_CONSENT',
      objectType: 'Referral',
      objectId: facts.id,
      subjectId: facts.subjectId,
      dataCategory: 'NARRATIVE',
      purpose: access.purpose,
      details: {
        consentVersion: version,
        toReferralBefore: facts.consentToReferral,
        toReferral,
        toDisclosureBefore: facts.consentToDisclosure,
        toDisclosure: values.toDisclosure,
        withdrawal,
        grantsCapped: capped.length,
      },
    });
  });
  return await getReferral(ctx, { id: facts.id });
}

export function consentHistory(ctx: TContext, view: TReferralView): repo.TConsentRow[] {
  return repo.findConsents(ctx.deps.db, [view.row.id]);
}
