// The demo case complex for `npm run demo`: Københavns Politi opens a complex on its referrals,
// adds two suspects at different stages of the criminal case and hands it over to NSK, which links
// one of its own referrals and, when the demo has one it can see, an operation. The hand-over opens
// NSK's access requests for the linked referrals; NSK confirms them and CMM, their controller,
// approves them (OPERATIONAL), so the investigators see every linked referral's whereabouts. The demo reference
// group (Syddanmark) gets a review note on the current quarter. Made through the services a user
// would call, so each step has its timeline entry and audit record. All names are invented.
import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import { operationInvitations, operations, referrals } from '../../db/schema/index.js';
import type { TContext } from '../core/context.js';
import type { TDeps } from '../core/types.js';
import * as complexes from '../modules/case-complexes/case-complexes.service.js';
import { approveAccessRequest, confirmAccessRequest, listAccessRequests } from '../modules/sharing/access-requests.service.js';
import { addReviewNote } from '../modules/reference-groups/reference-groups.service.js';
import { localDate } from '../core/calendar.js';
import { addDays } from '../core/calendar.js';
import { demoViewers } from './demo-viewers.js';

function as(deps: TDeps, email: string): TContext {
  return { deps, viewer: demoViewers(deps)(email), requestId: 'seed-demo', ip: null, logger: deps.logger };
}

/** Submitted demo referrals made by one organisation, oldest first. */
function submittedBy(deps: TDeps, organisationId: string, limit: number): string[] {
  return deps.db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.referringOrganisationId, organisationId), ne(referrals.state, 'DRAFT')))
    .orderBy(asc(referrals.createdAt))
    .limit(limit)
    .all()
    .map((r) => r.id);
}

export async function seedDemoCaseComplexes(deps: TDeps): Promise<{ caseComplexes: number; linkedOperations: number }> {
  const kbh = as(deps, 'koordinator@kbhpol.demo');
  const nsk = as(deps, 'efterforsker@nsk.demo');
  const today = localDate(deps.clock.now());
  const complex = await complexes.createCaseComplex(kbh, {
    name: 'Netværk Vestegnen',
    description: 'Opdigtet demosag: rekruttering fra Rumænien og Bulgarien til massageklinikker og rengøring i Storkøbenhavn.',
  });
  const id = complex.row.id;
  for (const referralId of submittedBy(deps, kbh.viewer!.organisationId, 2)) await complexes.linkReferralToCaseComplex(kbh, { caseComplexId: id, referralId });
  const organiser = await complexes.addSuspect(kbh, {
    caseComplexId: id,
    input: { name: 'Opdigtet Bagmand', dateOfBirth: '1978-04-12', nationality: 'RO', roleInNetwork: 'Organisator', notes: 'Ejer af to klinikker' },
  });
  const recruiter = await complexes.addSuspect(kbh, { caseComplexId: id, input: { name: 'Opdigtet Rekrutterer', nationality: 'BG', roleInNetwork: 'Rekrutterer' } });
  await complexes.recordCaseEvent(kbh, { caseComplexId: id, input: { suspectId: organiser.row.id, kind: 'REPORTED', provision: 'STRAFFELOVEN_262A', occurredOn: addDays(today, -60) } });
  await complexes.recordCaseEvent(kbh, {
    caseComplexId: id,
    input: { suspectId: organiser.row.id, kind: 'CHARGED', provision: 'STRAFFELOVEN_262A', occurredOn: addDays(today, -20), note: 'Sigtet ved grundlovsforhør' },
  });
  await complexes.recordCaseEvent(kbh, { caseComplexId: id, input: { suspectId: recruiter.row.id, kind: 'REPORTED', provision: 'STRAFFELOVEN_282_286', occurredOn: addDays(today, -30) } });
  await complexes.handOverCaseComplex(kbh, { id, toOrganisationCode: 'NSK' });
  for (const referralId of submittedBy(deps, nsk.viewer!.organisationId, 1)) await complexes.linkReferralToCaseComplex(nsk, { caseComplexId: id, referralId });
  // The hand-over opened NSK's requests for the linked referrals it did not make: NSK confirms
  // purpose and legal basis, and CMM, their controller, approves them.
  const cmm = as(deps, 'koordinator@cmm.demo');
  for (const request of await listAccessRequests(nsk, { state: 'AWAITING_CONFIRMATION' })) {
    await confirmAccessRequest(nsk, {
      id: request.id,
      input: { purpose: 'INVESTIGATION', legalBasis: 'Retsplejelovens § 804 (opdigtet demogrundlag)', reason: 'Efterforskning af netværket efter overdragelsen fra Københavns Politi' },
    });
    await approveAccessRequest(cmm, { id: request.id, expiresAt: new Date(deps.clock.now().getTime() + 180 * 24 * 3600 * 1000) });
  }
  // An operation NSK leads or is invited to, if the demo has one.
  const org = nsk.viewer!.organisationId;
  const operation = deps.db
    .select({ id: operations.id })
    .from(operations)
    .where(or(eq(operations.leadOrganisationId, org), sql`exists (select 1 from ${operationInvitations} i where i.operation_id = ${operations.id} and i.organisation_id = ${org})`))
    .orderBy(asc(operations.createdAt))
    .limit(1)
    .get();
  if (operation) await complexes.linkOperationToCaseComplex(nsk, { caseComplexId: id, operationId: operation.id });

  await addReviewNote(as(deps, 'referencegruppe@syd.demo'), {
    region: 'SYDDANMARK',
    periodFrom: addDays(today, -90),
    periodTo: today,
    text: 'Referencegruppen anbefaler, at kvitteringsfristen følges tættere op i regionen.',
  });
  return { caseComplexes: 1, linkedOperations: operation ? 1 : 0 };
}
