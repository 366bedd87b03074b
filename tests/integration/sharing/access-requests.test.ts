// Access requests over HTTP: an organisation that needs more asks the referral's controller, whose
// coordinators approve (the grant is made) or refuse (with a reason); the requester is told either
// way; nothing is disclosed before approval. Through a complex: one request per linked referral.
// A hand-over opens the new lead's requests, awaiting its confirmation of purpose and legal basis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import {
  accessRequestRaw,
  accessRequestsRaw,
  approveRaw,
  confirmRaw,
  countGrants,
  inDays,
  insertCaseComplex,
  refuseRaw,
  requestAccess,
  requestAccessRaw,
  requestInput,
  withdrawRaw,
  type TAccessRequest,
} from './sharing-helpers.js';
import { AccessRequestsDocument, CreateCaseComplexDocument, ReferralDocument } from '../../gql/generated/graphql.js';
import { inbox } from '../../support/inbox.js';
import { MARIA_IONESCU, referralOfCast } from '../../support/factories.js';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let cmmCaseworker: TActor;
let nsk: TActor;
let nskCoordinator: TActor;
let siri: TActor;
let us: TActor;
let kbh: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  cmmCaseworker = await newActor(server, 'CMM', ['CASEWORKER']);
  nsk = await newActor(server, 'NSK', ['INVESTIGATOR']);
  nskCoordinator = await newActor(server, 'NSK', ['COORDINATOR', 'INVESTIGATOR']);
  siri = await newActor(server, 'SIRI', ['CASEWORKER', 'COORDINATOR']);
  us = await newActor(server, 'US', ['CASEWORKER', 'COORDINATOR']);
  kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'INVESTIGATOR']);
});

afterAll(async () => {
  await server.close();
});

const kindsAbout = async (actor: TActor, id: string) => (await inbox(server, actor)).filter((n) => n.objectId === id).map((n) => n.kind).sort();

describe('asking for access to a referral', () => {
  it('opens a PENDING request, tells the controller, lists it on both sides, and discloses nothing before approval', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const mark = auditMark(server);
    const [request] = await requestAccess(server, nsk, requestInput({ referralId: target.id }));
    expect(request).toMatchObject({ referralId: target.id, caseComplexId: null, organisation: { code: 'NSK' }, level: 'OPERATIONAL', origin: 'REQUEST', state: 'PENDING', grant: null });
    expect(await kindsAbout(cast.authority, request!.id)).toEqual(['ACCESS_REQUESTED']);
    // Still nothing: the request is not access.
    expect(errorOf(await server.as(nsk)(ReferralDocument, { id: target.id })).code).toBe('NOT_FOUND');
    const pending = dataOf(await accessRequestsRaw(server, cast.authority, 'PENDING'), 'accessRequests');
    expect(pending.map((r) => r.id)).toContain(request!.id);
    expect(dataOf(await accessRequestsRaw(server, nsk), 'accessRequests').map((r) => r.id)).toContain(request!.id);
    // A third organisation does not see it; US is not this referral's controller.
    expect(dataOf(await accessRequestsRaw(server, siri), 'accessRequests').map((r) => r.id)).not.toContain(request!.id);
    expect(dataOf(await accessRequestsRaw(server, us), 'accessRequests').map((r) => r.id)).not.toContain(request!.id);
    expect(errorOf(await accessRequestRaw(server, siri, request!.id)).code).toBe('NOT_FOUND');
    const [audited] = auditSince(server, mark, { action: 'ACCESS_REQUEST' });
    expect(audited).toMatchObject({ objectType: 'Referral', objectId: target.id, subjectId: target.subjectId, outcome: 'ALLOWED' });
    expect(audited!.details).not.toContain('exploited');
    // The requester's words stay out of the logs too.
    expect(server.logs.join('\n')).not.toContain('exploited the person');
  });

  it('is approved by a coordinator of the controller: the grant is made with its expiry, and the requester is told', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const [request] = await requestAccess(server, nsk, requestInput({ referralId: target.id }));
    const expiresAt = inDays(server, 45);
    const approved = dataOf(await approveRaw(server, cast.authority, request!.id, { expiresAt }), 'approveAccessRequest');
    expect(approved).toMatchObject({ state: 'APPROVED', decidedByOrganisation: { code: 'CMM' }, grant: { level: 'OPERATIONAL', expiresAt, organisation: { code: 'NSK' }, grantedByOrganisation: { code: 'CMM' } } });
    expect(await kindsAbout(nsk, request!.id)).toEqual(['ACCESS_REQUEST_APPROVED']);
    const seen = dataOf(await server.as(nsk)(ReferralDocument, { id: target.id }), 'referral');
    expect(seen.access.level).toBe('OPERATIONAL');
    expect(seen.subject.identity).toBeNull();
    expect(errorOf(await approveRaw(server, cast.authority, request!.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'APPROVED' });
  });

  it('may be approved at a lower level, never a higher one; FULL without consent needs the written override reason', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'REFUSED' } } });
    const [asked] = await requestAccess(server, siri, requestInput({ referralId: target.id, level: 'FULL' }));
    const grantsBefore = countGrants(server);
    expect(errorOf(await approveRaw(server, cast.authority, asked!.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentOverrideReason' });
    expect(errorOf(await approveRaw(server, cast.authority, asked!.id, { consentOverrideReason: 'short' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'consentOverrideReason' });
    // Nothing half-written: no grant, and the request still PENDING.
    expect(countGrants(server)).toBe(grantsBefore);
    expect(dataOf(await accessRequestRaw(server, siri, asked!.id), 'accessRequest').state).toBe('PENDING');
    const lower = dataOf(await approveRaw(server, cast.authority, asked!.id, { level: 'SUMMARY' }), 'approveAccessRequest');
    expect(lower.grant?.level).toBe('SUMMARY');

    const [operational] = await requestAccess(server, nsk, requestInput({ referralId: target.id, level: 'OPERATIONAL' }));
    expect(errorOf(await approveRaw(server, cast.authority, operational!.id, { level: 'FULL' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'level' });
    expect(errorOf(await approveRaw(server, cast.authority, operational!.id, { expiresAt: inDays(server, -1) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
    expect(errorOf(await approveRaw(server, cast.authority, operational!.id, { expiresAt: inDays(server, 400) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });

    const [full] = await requestAccess(server, kbh, requestInput({ referralId: target.id, level: 'FULL' }));
    const overridden = dataOf(await approveRaw(server, cast.authority, full!.id, { consentOverrideReason: 'The person is in acute danger and must be found today' }), 'approveAccessRequest');
    expect(overridden.grant).toMatchObject({ level: 'FULL', consentOverride: true });
    expect((dataOf(await server.as(kbh)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('FULL');
  });

  it('is refused with a reason the requester reads; nothing is granted', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const [request] = await requestAccess(server, siri, requestInput({ referralId: target.id, purpose: 'OTHER' }));
    const before = countGrants(server);
    expect(errorOf(await refuseRaw(server, cast.authority, request!.id, 'no'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const refused = dataOf(await refuseRaw(server, cast.authority, request!.id), 'refuseAccessRequest');
    expect(refused).toMatchObject({ state: 'REFUSED', refusalReason: 'The purpose does not need the whereabouts', grant: null });
    expect(countGrants(server)).toBe(before);
    expect(await kindsAbout(siri, request!.id)).toEqual(['ACCESS_REQUEST_REFUSED']);
    expect(dataOf(await accessRequestRaw(server, siri, request!.id), 'accessRequest').refusalReason).toBe('The purpose does not need the whereabouts');
    expect(errorOf(await server.as(siri)(ReferralDocument, { id: target.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await refuseRaw(server, cast.authority, request!.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'REFUSED' });
  });

  it('is decided only by a coordinator of the controller: not a caseworker, not another authority, never the requester', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const [request] = await requestAccess(server, siri, requestInput({ referralId: target.id }));
    expect(errorOf(await approveRaw(server, cmmCaseworker, request!.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await approveRaw(server, siri, request!.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await refuseRaw(server, siri, request!.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await approveRaw(server, us, request!.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await approveRaw(server, nskCoordinator, request!.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await approveRaw(server, null, request!.id)).code).toBe('UNAUTHENTICATED');
    expect(dataOf(await accessRequestRaw(server, siri, request!.id), 'accessRequest').state).toBe('PENDING');
  });

  it('goes to US, the controller of an asylum seeker’s referral (CMM may decide too, as the national centre)', async () => {
    const usCast = { ...cast, authority: us, assessor: us };
    const asylum = await referralOfCast(server, usCast, 'RECEIVED', { residence: 'ASYLUM_SEEKER' });
    const [request] = await requestAccess(server, nsk, requestInput({ referralId: asylum.id }));
    expect(await kindsAbout(us, request!.id)).toEqual(['ACCESS_REQUESTED']);
    expect(dataOf(await accessRequestsRaw(server, us, 'PENDING'), 'accessRequests').map((r) => r.id)).toContain(request!.id);
    expect(dataOf(await approveRaw(server, us, request!.id), 'approveAccessRequest').grant?.grantedByOrganisation?.code).toBe('US');
  });

  it('refuses bad input with the field at fault, a second open request as CONFLICT, and a draft as NOT_FOUND', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    expect(errorOf(await requestAccessRaw(server, nsk, requestInput({ referralId: target.id, caseComplexId: target.id })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.referralId' });
    expect(errorOf(await requestAccessRaw(server, nsk, requestInput({ referralId: target.id, reason: 'need' })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(errorOf(await requestAccessRaw(server, nsk, requestInput({ referralId: target.id, legalBasis: '' })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalBasis' });
    expect(errorOf(await requestAccessRaw(server, cast.authority, requestInput({ referralId: target.id })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
    await requestAccess(server, nsk, requestInput({ referralId: target.id }));
    expect(errorOf(await requestAccessRaw(server, nskCoordinator, requestInput({ referralId: target.id, level: 'FULL' }))).code).toBe('CONFLICT');
    const draft = await referralOfCast(server, cast, 'DRAFT', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    expect(errorOf(await requestAccessRaw(server, nsk, requestInput({ referralId: draft.id }))).code).toBe('NOT_FOUND');
    expect(errorOf(await requestAccessRaw(server, nsk, requestInput({ referralId: '00000000-0000-4000-8000-000000000000' }))).code).toBe('NOT_FOUND');
    expect(errorOf(await server.gqlInput(AccessRequestsDocument, { s: 'SOMETIMES' }, { token: nsk.token })).code).toBe('BAD_USER_INPUT');
  });

  it('is withdrawn by the requester only, while open', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const [request] = await requestAccess(server, siri, requestInput({ referralId: target.id }));
    expect(errorOf(await withdrawRaw(server, cast.authority, request!.id)).code).toBe('FORBIDDEN');
    expect(dataOf(await withdrawRaw(server, siri, request!.id), 'withdrawAccessRequest').state).toBe('WITHDRAWN');
    expect(errorOf(await withdrawRaw(server, siri, request!.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'WITHDRAWN' });
    expect(errorOf(await approveRaw(server, cast.authority, request!.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'WITHDRAWN' });
  });
});

describe('asking through a case complex', () => {
  it('opens one request per linked referral the requester does not hold yet, each to its own controller', async () => {
    const a = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const b = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const complexId = insertCaseComplex(server, { leadCode: 'KBHPOL', createdByUserId: kbh.user.id, referralIds: [a.id, b.id] });
    const requests = await requestAccess(server, kbh, requestInput({ caseComplexId: complexId }));
    expect(requests.map((r) => r.referralId).sort()).toEqual([a.id, b.id].sort());
    for (const r of requests) expect(r).toMatchObject({ caseComplexId: complexId, state: 'PENDING', organisation: { code: 'KBHPOL' } });
    // Asked already on both: nothing left to ask for.
    expect(errorOf(await requestAccessRaw(server, kbh, requestInput({ caseComplexId: complexId })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseComplexId' });
    // Who does not see the complex does not learn it exists.
    expect(errorOf(await requestAccessRaw(server, siri, requestInput({ caseComplexId: complexId }))).code).toBe('NOT_FOUND');
  });
});

describe('a hand-over of a case complex', () => {
  it('opens the new lead’s requests, awaiting its confirmation; confirmed, they go to the controller', async () => {
    const a = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const b = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const created = await server.as(kbh)(CreateCaseComplexDocument, { input: { name: 'Network Hand-over' } });
    const complexId = dataOf(created, 'createCaseComplex').id;
    // KBHPOL sees the referrals it links through an approved request (the referral gate decides what it may link).
    for (const referral of [a, b]) {
      const [request] = await requestAccess(server, kbh, requestInput({ referralId: referral.id, level: 'SUMMARY' }));
      dataOf(await approveRaw(server, cast.authority, request!.id), 'approveAccessRequest');
      dataOf(await server.gql('mutation($c: ID!, $r: ID!) { linkReferralToCaseComplex(caseComplexId: $c, referralId: $r) { id } }', { c: complexId, r: referral.id }, { token: kbh.token }), 'linkReferralToCaseComplex');
    }
    dataOf(await server.gql('mutation($c: ID!) { handOverCaseComplex(id: $c, toOrganisationCode: "NSK") { id } }', { c: complexId }, { token: kbh.token }), 'handOverCaseComplex');

    const awaiting = dataOf(await accessRequestsRaw(server, nskCoordinator, 'AWAITING_CONFIRMATION'), 'accessRequests').filter((r) => r.caseComplexId === complexId);
    expect(awaiting.map((r) => r.referralId).sort()).toEqual([a.id, b.id].sort());
    for (const r of awaiting) expect(r).toMatchObject({ origin: 'HAND_OVER', level: 'OPERATIONAL', purpose: null, legalBasis: null });
    expect(await kindsAbout(nskCoordinator, awaiting[0]!.id)).toEqual(['ACCESS_REQUEST_TO_CONFIRM']);
    // Not yet on the controller's list, and it cannot approve what NSK has not confirmed.
    expect(dataOf(await accessRequestsRaw(server, cast.authority), 'accessRequests').map((r) => r.id)).not.toContain(awaiting[0]!.id);
    expect(errorOf(await approveRaw(server, cast.authority, awaiting[0]!.id)).code).toBe('NOT_FOUND');
    // NSK holds nothing more than before.
    expect(errorOf(await server.as(nsk)(ReferralDocument, { id: a.id })).code).toBe('NOT_FOUND');

    expect(errorOf(await confirmRaw(server, nskCoordinator, awaiting[0]!.id, { legalBasis: 'x' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.legalBasis' });
    const confirmed: TAccessRequest = dataOf(await confirmRaw(server, nskCoordinator, awaiting[0]!.id), 'confirmAccessRequest');
    expect(confirmed).toMatchObject({ state: 'PENDING', purpose: 'INVESTIGATION' });
    expect(errorOf(await confirmRaw(server, nskCoordinator, awaiting[0]!.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'PENDING' });
    expect(await kindsAbout(cast.authority, confirmed.id)).toEqual(['ACCESS_REQUESTED']);
    expect(dataOf(await approveRaw(server, cast.authority, confirmed.id), 'approveAccessRequest').state).toBe('APPROVED');
    expect((dataOf(await server.as(nsk)(ReferralDocument, { id: confirmed.referralId }), 'referral')).access.level).toBe('OPERATIONAL');
  });
});

describe('one open request per organisation and referral', () => {
  it('holds under concurrent requests: one is opened, the others are CONFLICT', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const answers = await Promise.all([0, 1, 2, 3].map(() => requestAccessRaw(server, nsk, requestInput({ referralId: target.id }))));
    expect(answers.filter((a) => !a.body.errors)).toHaveLength(1);
    for (const a of answers.filter((x) => x.body.errors)) expect(errorOf(a).code).toBe('CONFLICT');
    const rows = server.deps.sqlite.prepare("select count(*) n from access_requests where referral_id = ? and state = 'PENDING'").get(target.id) as { n: number };
    expect(rows.n).toBe(1);
  });

  it('is kept by the database as well', async () => {
    const target = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const [request] = await requestAccess(server, nsk, requestInput({ referralId: target.id }));
    const copy = server.deps.sqlite.prepare(
      "insert into access_requests (id, referral_id, organisation_id, level, origin, state, created_at) select 'copy-' || id, referral_id, organisation_id, level, origin, state, created_at from access_requests where id = ?",
    );
    expect(() => copy.run(request!.id)).toThrow(/UNIQUE/);
  });
});
