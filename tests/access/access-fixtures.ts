// Fixtures of the access matrix, its own and not the demo seed's (changing the demo must not change
// a security test): one caller per kind of user (CALLERS below) signed in once, a few shared
// read-only records of known shape, and builders of fresh records for the mutations that change
// what they act on. Records are made with the factories of tests/support/factories.ts, through the
// services a user would call, as the user who would make them (each has its timeline and audit trail).
import { testAction } from '../support/test-actions.js';
import { generateSecret } from 'otplib';
import { runAudited } from '../../server/core/audit.js';
import { systemContext, type TContext } from '../../server/core/context.js';
import { newId } from '../../server/core/ids.js';
import type { TRole } from '../../server/core/access.js';
import { localDate } from '../../server/core/calendar.js';
import { findUserByEmail, setTotp } from '../../server/modules/auth/auth.repo.js';
import { viewerForUser } from '../../server/modules/auth/auth.service.js';
import * as accounts from '../../server/modules/auth/users.service.js';
import * as complexes from '../../server/modules/case-complexes/case-complexes.service.js';
import { notify } from '../../server/modules/notifications/notifications.service.js';
import * as operations from '../../server/modules/operations/operations.service.js';
import * as referrals from '../../server/modules/referrals/referrals.service.js';
import * as serviceAccounts from '../../server/modules/service-accounts/service-accounts.service.js';
import * as sharing from '../../server/modules/sharing/sharing.service.js';
import * as accessRequests from '../../server/modules/sharing/access-requests.service.js';
import * as subjects from '../../server/modules/subjects/subjects.service.js';
import { buildUser, caseComplexBy, TEST_PASSWORD, operationBy, operationInputFor, referralBy, referralInputFor, signIn } from '../support/factories.js';
import type { TTestServer } from '../support/test-server.js';

// ---------------------------------------------------------------------------------------------
// Callers: one user of each kind the matrix asks about (an organisation and its roles), named by
// e-mail without ".matrix", and a caller without a token. Named as the demo's users are, so that a
// row reads the same, but built here.

export const USER_KEYS = [
  'koordinator@kbhpol',
  'efterforsker@nsk',
  'tilsyn@at',
  'kontrol@sktst',
  'kontrol@siri',
  'sagsbehandler@cmm',
  'koordinator@cmm',
  'vurdering@us',
  'hjemrejse@hjr',
  'revisor@cmm',
  'analytiker@cmm',
  'referencegruppe@syd',
  'admin@samvirke',
  'koordinator@ssjylpol',
  'koordinator@at',
] as const;
export type TUserKey = (typeof USER_KEYS)[number];
export type TCallerKey = TUserKey | 'anonymous';
export const CALLER_KEYS: readonly TCallerKey[] = [...USER_KEYS, 'anonymous'];

/** Who each caller is: its organisation and roles (and a reference group member's region). */
export const CALLERS: Record<TUserKey, { organisationCode: string; roles: TRole[]; referenceGroup?: string }> = {
  'koordinator@kbhpol': { organisationCode: 'KBHPOL', roles: ['COORDINATOR', 'CASEWORKER'] },
  'efterforsker@nsk': { organisationCode: 'NSK', roles: ['CASEWORKER', 'INVESTIGATOR'] },
  'tilsyn@at': { organisationCode: 'AT', roles: ['CASEWORKER'] },
  'kontrol@sktst': { organisationCode: 'SKTST', roles: ['CASEWORKER'] },
  'kontrol@siri': { organisationCode: 'SIRI', roles: ['CASEWORKER'] },
  'sagsbehandler@cmm': { organisationCode: 'CMM', roles: ['CASEWORKER', 'ASSESSOR'] },
  'koordinator@cmm': { organisationCode: 'CMM', roles: ['COORDINATOR', 'CASEWORKER'] },
  'vurdering@us': { organisationCode: 'US', roles: ['CASEWORKER', 'ASSESSOR'] },
  'hjemrejse@hjr': { organisationCode: 'HJR', roles: ['CASEWORKER'] },
  'revisor@cmm': { organisationCode: 'CMM', roles: ['AUDITOR'] },
  'analytiker@cmm': { organisationCode: 'CMM', roles: ['ANALYST'] },
  'referencegruppe@syd': { organisationCode: 'SSJYLPOL', roles: ['REFERENCE_GROUP_MEMBER'], referenceGroup: 'SYDDANMARK' },
  'admin@samvirke': { organisationCode: 'CMM', roles: ['ADMIN'] },
  'koordinator@ssjylpol': { organisationCode: 'SSJYLPOL', roles: ['COORDINATOR', 'CASEWORKER'] },
  'koordinator@at': { organisationCode: 'AT', roles: ['COORDINATOR', 'CASEWORKER'] },
};

export function emailOf(key: TUserKey): string {
  return `${key}.matrix`;
}

export type TUser = { key: TUserKey; id: string; email: string; organisationCode: string; token: string };
export type TCaller = { key: TCallerKey; user: TUser | null };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ---------------------------------------------------------------------------------------------
// The fixtures

export type TReferralFx = { id: string; subjectId: string; version: number };
export type TOperationFx = { id: string; version: number };

export type TFixtures = {
  server: TTestServer;
  users: Record<TUserKey, TUser>;
  password: string;
  /** A service context acting as the demo user (as the seed builds them). */
  as(key: TUserKey): TContext;
  /** Shared, read-only: built once, never changed by a row. */
  shared: {
    /** Labour inspectorate (AT) → CMM, in support (assessed TRAFFICKED with grounds, reflection period), with a SUMMARY grant to HJR and an OPERATIONAL grant to SIRI. */
    atToCmm: TReferralFx;
    /** Københavns Politi → US (an asylum seeker), received. */
    kbhToUs: TReferralFx;
    /** Københavns Politi → CMM, submitted: linked to fresh case complexes by the link rows. */
    kbhToCmm: TReferralFx;
    /** A draft of AT's. */
    atDraft: TReferralFx;
    /** Syd- og Sønderjyllands Politi leads, planned: CMM accepted, SKTST invited (no answer), HJR declined. */
    sydOperation: TOperationFx;
    /** A draft operation of Københavns Politi (linked to fresh case complexes). */
    kbhOperation: TOperationFx;
    /** A complex KBHPOL handed over to NSK, with a CMM and a US referral and SSJYLPOL's raid (NSK took part) linked; NSK's requests approved by CMM. */
    demoComplex: string;
    /** AT → CMM, submitted: kontrol@sktst broke the glass on it. */
    brokenGlass: TReferralFx;
    /** AT → CMM, submitted: its OPERATIONAL grant to SIRI was revoked. */
    revokedGrant: TReferralFx;
    /** A complex KBHPOL leads, with a referral of its to US linked, and one suspect: suspects and case events are added to it. */
    workComplex: string;
    workSuspect: string;
    /** Issue 14: a KBHPOL complex with SKTST as a contributor (one contribution). */
    contributedComplex: string;
    /** A notification of a user who is no caller. */
    strangersNotification: string;
  };
  fresh: {
    referral(state: TFreshReferralState, options?: { by?: 'tilsyn@at' | 'koordinator@kbhpol'; residence?: 'LAWFUL' | 'ASYLUM_SEEKER'; minor?: boolean }): Promise<TReferralFx>;
    operation(state: TFreshOperationState, options?: { answers?: boolean }): Promise<TOperationFx>;
    /** A complex Københavns Politi leads, with a fresh referral of its to US linked (so US and CMM see it as members). */
    complex(): Promise<string>;
    /** A KBHPOL complex with SKTST invited as a contributor and one contribution of SKTST's (issue 14). */
    contributedComplex(): Promise<string>;
    /** A grant by CMM on a referral CMM handles. */
    grantOn(referralId: string, organisationCode: string, level: 'SUMMARY' | 'OPERATIONAL' | 'FULL'): Promise<string>;
    /** A SUMMARY grant by CMM to HJR on a fresh AT → CMM referral. */
    grant(): Promise<string>;
    /** A break-glass use by kontrol@sktst on a fresh AT → CMM referral. */
    breakGlass(): Promise<string>;
    /** A PENDING request by kontrol@sktst (SKTST) for OPERATIONAL access to a fresh AT → CMM referral. */
    accessRequest(): Promise<string>;
    /** A request awaiting NSK's confirmation, opened by handing a fresh KBHPOL complex (a KBHPOL → US referral linked) over to NSK. */
    handOverRequest(): Promise<string>;
    /** A FULL grant by CMM to SIRI overriding missing consent, on a fresh AT → CMM referral. */
    consentOverride(): Promise<string>;
    notification(userId: string): Promise<string>;
    /**
     * The same new person referred by tilsyn@at and then by koordinator@kbhpol (both submitted; to
     * CMM, or to US for asylum seekers): the second referral and the earlier subject it may be.
     */
    matchingPair(options?: { residence?: 'LAWFUL' | 'ASYLUM_SEEKER' }): Promise<{ referralId: string; subjectId: string }>;
    /** Such a pair merged by koordinator@cmm: the merge's id. */
    merge(): Promise<string>;
    /** A new session (access and refresh token) of the user, so that the caller's own stays usable. */
    session(key: TUserKey): Promise<{ accessToken: string; refreshToken: string }>;
    /** A user of no demo organisation's interest, to deactivate. */
    userId(): Promise<string>;
    /** Such a user, deactivated, to reactivate. */
    deactivatedUserId(): Promise<string>;
    /** Such a user with an active second factor, to reset. */
    userWithTotpId(): Promise<string>;
    /** A service account of CMM (admin@samvirke's organisation), to rotate or deactivate. */
    serviceAccountId(): Promise<string>;
  };
};

export type TFreshReferralState = 'DRAFT' | 'SUBMITTED' | 'RECEIVED' | 'UNDER_ASSESSMENT' | 'ASSESSED' | 'IN_SUPPORT';
export type TFreshOperationState = 'DRAFT' | 'PLANNED' | 'CONFIRMED' | 'IN_PROGRESS' | 'COMPLETED';

function contextAs(server: TTestServer, email: string): TContext {
  const user = findUserByEmail(server.deps.db, email);
  if (!user) throw new Error(`Demo user ${email} is missing`);
  const viewer = viewerForUser({ user, sessionId: 'access-matrix', secondFactor: true, requireTotpForPrivileged: false });
  return { deps: server.deps, viewer, requestId: 'access-matrix', ip: null, logger: server.deps.logger };
}

export function referralInput(server: TTestServer, options: { residence?: string; minor?: boolean } = {}) {
  return referralInputFor(server, { residence: options.residence as 'LAWFUL' | 'ASYLUM_SEEKER' | undefined, minor: options.minor });
}

export function operationInput(server: TTestServer, codename: string) {
  return { ...operationInputFor(server, codename) };
}

export async function buildFixtures(server: TTestServer): Promise<TFixtures> {
  const password = TEST_PASSWORD;
  const users = {} as Record<TUserKey, TUser>;
  for (const key of USER_KEYS) {
    const email = emailOf(key);
    const built = await buildUser(server, { ...CALLERS[key], email, password });
    const session = await signIn(server, { email, password });
    users[key] = { key, id: built.id, email, organisationCode: built.organisationCode, token: session.accessToken };
  }
  const as = (key: TUserKey) => contextAs(server, emailOf(key));
  const now = () => server.clock.now();

  // --- Referrals, driven through the services by the parties who make each move.
  async function referral(state: TFreshReferralState, options: { by?: 'tilsyn@at' | 'koordinator@kbhpol'; residence?: 'LAWFUL' | 'ASYLUM_SEEKER'; minor?: boolean } = {}): Promise<TReferralFx> {
    const toUs = options.residence === 'ASYLUM_SEEKER';
    const built = await referralBy(
      server,
      { referrer: users[options.by ?? 'tilsyn@at'], handler: users[toUs ? 'vurdering@us' : 'koordinator@cmm'], assessor: users[toUs ? 'vurdering@us' : 'sagsbehandler@cmm'] },
      { state, residence: options.residence, minor: options.minor },
    );
    return { id: built.id, subjectId: built.subjectId, version: built.version };
  }

  // --- Operations led by Syd- og Sønderjyllands Politi; CMM is invited by requestCmmAttendance.
  async function operation(state: TFreshOperationState, options: { answers?: boolean } = {}): Promise<TOperationFx> {
    const answers = options.answers === false ? [] : [{ by: users['koordinator@cmm'], accept: true, attendeeUserIds: [users['sagsbehandler@cmm'].id] }, { by: users['hjemrejse@hjr'], accept: false }];
    const built = await operationBy(server, users['koordinator@ssjylpol'], { state, input: { codename: `Matrix-${newId().slice(0, 6)}` }, invite: ['SKTST', 'HJR'], answers });
    return { id: built.id, version: built.version };
  }

  const atToCmm = await referral('IN_SUPPORT');
  const grantInput = (referralId: string, organisationCode: string, level: string) => ({
    referralId,
    organisationCode,
    level,
    purpose: level === 'SUMMARY' ? 'PREPARED_RETURN' : 'INVESTIGATION',
    legalBasis: 'Udlændingeloven § 1 (opdigtet)',
    expiresAt: new Date(now().getTime() + 30 * DAY),
  });
  await sharing.grantAccess(as('koordinator@cmm'), grantInput(atToCmm.id, 'HJR', 'SUMMARY'));
  await sharing.grantAccess(as('koordinator@cmm'), grantInput(atToCmm.id, 'SIRI', 'OPERATIONAL'));
  const kbhToUs = await referral('RECEIVED', { by: 'koordinator@kbhpol', residence: 'ASYLUM_SEEKER' });
  const kbhToCmm = await referral('SUBMITTED', { by: 'koordinator@kbhpol' });
  const atDraft = await referral('DRAFT');
  const sydOperation = await operation('PLANNED');
  const kbhOperation = await operations.createOperation(as('koordinator@kbhpol'), { ...operationInput(server, 'Matrix-KBH'), region: 'HOVEDSTADEN', requestCmmAttendance: false });

  // Each complex links a referral of its own, so that a grant on one complex reaches no shared referral.
  async function complex(): Promise<string> {
    return (await caseComplexBy(server, users['koordinator@kbhpol'], { name: `Matrix ${newId().slice(0, 6)}`, residence: 'ASYLUM_SEEKER' })).id;
  }
  const grantOn = async (referralId: string, organisationCode: string, level: 'SUMMARY' | 'OPERATIONAL' | 'FULL') =>
    (await sharing.grantAccess(as('koordinator@cmm'), grantInput(referralId, organisationCode, level))).id;
  const brokenGlass = await referral('SUBMITTED');
  await sharing.breakGlass(as('kontrol@sktst'), { referralId: brokenGlass.id, justification: 'Personen er truffet på en adresse under en kontrol i nat' });
  const revokedGrant = await referral('SUBMITTED');
  await sharing.revokeAccess(as('koordinator@cmm'), { grantId: await grantOn(revokedGrant.id, 'SIRI', 'OPERATIONAL'), reason: 'Ikke længere nødvendig' });
  const workComplex = await complex();
  const workSuspect = (await complexes.addSuspect(as('koordinator@kbhpol'), { caseComplexId: workComplex, input: { name: 'Opdigtet Mistænkt', nationality: 'RO' } })).row.id;

  const demoComplex = await handedOverComplex();

  // Issue 14: a KBHPOL complex with SKTST invited as a contributor and one contribution of SKTST's.
  async function contributedComplex(): Promise<string> {
    const complexId = await complex();
    await complexes.inviteCaseComplexContributor(as('koordinator@kbhpol'), { caseComplexId: complexId, organisationCode: 'SKTST' });
    await complexes.addCaseComplexContribution(as('kontrol@sktst'), { caseComplexId: complexId, input: { category: 'TAX', notedOn: localDate(server.clock.now()), note: 'Kontrolbesøg: sort arbejde hos arbejdsgiveren (opdigtet)' } });
    return complexId;
  }
  const sharedContributedComplex = await contributedComplex();

  /**
   * What the demo's "Netværk Vestegnen" is, built here: KBHPOL links a CMM and a US referral of its
   * own, adds suspects and a case event, and hands the complex over to NSK; NSK confirms the access
   * requests the hand-over opened and CMM approves them; NSK links SSJYLPOL's raid it was invited to.
   */
  async function handedOverComplex(): Promise<string> {
    const kbh = as('koordinator@kbhpol');
    const nsk = as('efterforsker@nsk');
    const { id } = await caseComplexBy(server, users['koordinator@kbhpol'], { name: 'Matrix Vestegnen', referrals: 0 });
    for (const residence of ['LAWFUL', 'ASYLUM_SEEKER'] as const) {
      await complexes.linkReferralToCaseComplex(kbh, { caseComplexId: id, referralId: (await referralBy(server, { referrer: users['koordinator@kbhpol'] }, { residence })).id });
    }
    const suspect = await complexes.addSuspect(kbh, { caseComplexId: id, input: { name: 'Opdigtet Bagmand', nationality: 'RO', roleInNetwork: 'Organisator' } });
    await complexes.recordCaseEvent(kbh, { caseComplexId: id, input: { suspectId: suspect.row.id, kind: 'REPORTED', provision: 'STRAFFELOVEN_262A', occurredOn: localDate(now()) } });
    await complexes.handOverCaseComplex(kbh, { id, toOrganisationCode: 'NSK' });
    for (const request of (await accessRequests.listAccessRequests(nsk, { state: 'AWAITING_CONFIRMATION' }))) {
      await accessRequests.confirmAccessRequest(nsk, { id: request.id, input: { purpose: 'INVESTIGATION', legalBasis: 'Retsplejelovens § 804 (opdigtet)', reason: 'Efterforskning af netværket efter overdragelsen' } });
      await accessRequests.approveAccessRequest(as('koordinator@cmm'), { id: request.id, expiresAt: new Date(now().getTime() + 180 * DAY) });
    }
    const raid = await operationBy(server, users['koordinator@ssjylpol'], { input: { codename: 'Matrix-Mølle' }, invite: ['NSK'], answers: [{ by: users['efterforsker@nsk'], accept: true, attendeeUserIds: [users['efterforsker@nsk'].id] }] });
    await complexes.linkOperationToCaseComplex(nsk, { caseComplexId: id, operationId: raid.id });
    return id;
  }

  /** An inbox entry for the user, written as other domains write them (notify inside an audited unit). */
  async function notification(userId: string): Promise<string> {
    const system = systemContext(server.deps, 'access-matrix');
    await runAudited(system, (unit) => {
      notify(unit, { ctx: system, userIds: [userId], kind: 'REFERRAL_RECEIVED', link: '/' });
      unit.audit({ action: testAction('TEST_FIXTURE_NOTIFICATION'), objectType: 'User', objectId: userId });
    });
    return (server.deps.sqlite.prepare('select id from notifications where user_id = ? order by rowid desc limit 1').get(userId) as { id: string }).id;
  }
  const stranger = await buildUser(server, { organisationCode: 'REDEN', roles: ['CASEWORKER'] });

  async function matchingPair(options: { residence?: 'LAWFUL' | 'ASYLUM_SEEKER' } = {}) {
    // The random end of the id (its start is a timestamp, the same for pairs made together).
    const name = `Matrix ${newId().slice(-10)}`;
    const refer = async (key: TUserKey) => {
      const input = referralInput(server, { residence: options.residence });
      const view = await referrals.createReferral(as(key), { ...input, subject: { ...input.subject, name } });
      return (await referrals.submitReferral(as(key), { id: view.row.id })).row;
    };
    const first = await refer('tilsyn@at');
    const second = await refer('koordinator@kbhpol');
    return { referralId: second.id, subjectId: first.subjectId };
  }

  return {
    server,
    users,
    password,
    as,
    shared: {
      atToCmm,
      kbhToUs,
      kbhToCmm,
      atDraft,
      brokenGlass,
      revokedGrant,
      sydOperation,
      kbhOperation: { id: kbhOperation.row.id, version: kbhOperation.row.version },
      demoComplex,
      workComplex,
      workSuspect,
      contributedComplex: sharedContributedComplex,
      strangersNotification: await notification(stranger.id),
    },
    fresh: {
      referral,
      operation,
      complex,
      contributedComplex,
      grantOn,
      async grant() {
        const fx = await referral('SUBMITTED');
        return await grantOn(fx.id, 'HJR', 'SUMMARY');
      },
      async breakGlass() {
        const fx = await referral('SUBMITTED');
        return (await sharing.breakGlass(as('kontrol@sktst'), { referralId: fx.id, justification: 'Personen er truffet på en adresse under en kontrol i nat' })).id;
      },
      async accessRequest() {
        const fx = await referral('SUBMITTED');
        const [request] = await accessRequests.requestAccess(as('kontrol@sktst'), {
          referralId: fx.id,
          level: 'OPERATIONAL',
          purpose: 'INVESTIGATION',
          legalBasis: 'Skattekontrolloven (opdigtet)',
          reason: 'Kontrol af arbejdsgiveren, som personen arbejdede for',
        }, { seeComplex: () => { throw new Error('a referral request asks no complex gate'); } });
        return request!.id;
      },
      async handOverRequest() {
        const complexId = await complex();
        await complexes.handOverCaseComplex(as('koordinator@kbhpol'), { id: complexId, toOrganisationCode: 'NSK' });
        const row = server.deps.sqlite.prepare("select id from access_requests where case_complex_id = ? and state = 'AWAITING_CONFIRMATION'").get(complexId) as { id: string } | undefined;
        if (!row) throw new Error('the hand-over opened no request');
        return row.id;
      },
      async consentOverride() {
        const fx = await referral('SUBMITTED');
        return (await sharing.grantAccess(as('koordinator@cmm'), {
          ...grantInput(fx.id, 'SIRI', 'FULL'),
          consentOverride: true,
          consentOverrideReason: 'Personen er i akut fare og skal findes i dag (opdigtet)',
        })).id;
      },
      notification,
      matchingPair,
      async merge() {
        const pair = await matchingPair();
        await subjects.confirmSubjectMatch(as('koordinator@cmm'), pair);
        return (server.deps.sqlite.prepare('select id from subject_merges where referral_id = ?').get(pair.referralId) as { id: string }).id;
      },
      async session(key) {
        return signIn(server, { email: emailOf(key), password });
      },
      async userId() {
        return (await buildUser(server, { organisationCode: 'REDEN', roles: ['CASEWORKER'] })).id;
      },
      async deactivatedUserId() {
        const id = (await buildUser(server, { organisationCode: 'REDEN', roles: ['CASEWORKER'] })).id;
        await accounts.deactivateUser(as('admin@samvirke'), { id });
        return id;
      },
      async userWithTotpId() {
        const id = (await buildUser(server, { organisationCode: 'REDEN', roles: ['CASEWORKER'] })).id;
        setTotp(server.deps.db, id, { totpSecret: generateSecret({ length: 20 }), totpEnabled: true });
        return id;
      },
      async serviceAccountId() {
        return (await serviceAccounts.createServiceAccount(as('admin@samvirke'), { name: 'Opdigtet sagssystem', roles: ['CASEWORKER'], purpose: 'Sagsbehandling (opdigtet)' })).serviceAccount.id;
      },
    },
  };
}
