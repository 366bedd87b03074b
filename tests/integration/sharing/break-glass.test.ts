// Break-glass over HTTP: OPERATIONAL access for the one user, at once, for 4 hours; notices to the
// user's auditors and the competent authority's coordinators; auditors list and review the uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { breakGlassRaw, breakGlassUsesRaw, countGrants, grantAccess, grantInput, mailTo, reviewBreakGlassRaw, type TGrant } from './sharing-helpers.js';
import { ReferralDocument, ReferralsDocument } from '../../gql/generated/graphql.js';
import { inbox } from '../../support/inbox.js';
import { MARIA_IONESCU, referralOfCast, type TBuiltReferral } from '../../support/factories.js';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let fyn: TActor;
let fynColleague: TActor;
let fynAuditor: TActor;
let nskAuditor: TActor;
let cmmAuditor: TActor;
let referral: TBuiltReferral;
let grant: TGrant;
let startedAt: number;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  fyn = await newActor(server, 'FYNPOL', ['CASEWORKER']);
  fynColleague = await newActor(server, 'FYNPOL', ['CASEWORKER', 'COORDINATOR']);
  fynAuditor = await newActor(server, 'FYNPOL', ['AUDITOR']);
  nskAuditor = await newActor(server, 'NSK', ['AUDITOR']);
  cmmAuditor = await newActor(server, 'CMM', ['AUDITOR']);
  referral = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
});

afterAll(async () => {
  await server.close();
});

const everyone = () => [cast.referrer, cast.authority, cast.assessor, fyn, fynColleague, fynAuditor, nskAuditor, cmmAuditor];

describe('breaking the glass', () => {
  it('gives the user OPERATIONAL access at once, for 4 hours, audited and announced', async () => {
    expect(errorOf(await server.as(fyn)(ReferralDocument, { id: referral.id })).code).toBe('NOT_FOUND');
    const mark = auditMark(server);
    startedAt = server.clock.now().getTime();
    grant = dataOf(await breakGlassRaw(server, fyn, referral.id), 'breakGlass');
    expect(grant).toMatchObject({
      referralId: referral.id,
      organisation: { code: 'FYNPOL' },
      userId: fyn.user.id,
      level: 'OPERATIONAL',
      breakGlass: true,
      status: 'ACTIVE',
      justification: 'Person reported missing; police need the whereabouts now',
      expiresAt: new Date(startedAt + 4 * 3600 * 1000).toISOString(),
      reviewedAt: null,
    });
    const records = auditSince(server, mark, { action: 'BREAK_GLASS' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ objectType: 'Referral', objectId: referral.id, subjectId: referral.subjectId, purpose: 'BREAK_GLASS', actorUserId: fyn.user.id, outcome: 'ALLOWED' });
    expect(JSON.parse(records[0]!.details!)).toEqual({ grantId: grant.id, level: 'OPERATIONAL', expiresAt: grant.expiresAt });
    expect(records[0]!.details).not.toContain('missing');

    const seen = dataOf(await server.as(fyn)(ReferralDocument, { id: referral.id }), 'referral');
    expect(seen.access.level).toBe('OPERATIONAL');
    expect(seen.access).toMatchObject({ reasonCode: 'REFERRAL_BREAK_GLASS', reasonParams: { level: 'OPERATIONAL', until: grant.expiresAt, purpose: null, legalBasis: null } });
    expect(seen.subject.whereabouts).toBe('Shelter in Odense');
    expect(seen.subject.contact).toBe('+45 11 22 33 44');
    expect(seen.subject.identity).toBeNull();
    expect(seen.narrative).toBeNull();
    const reads = auditSince(server, mark, { action: 'REFERRAL_READ', actorUserId: fyn.user.id });
    expect(reads.map((r) => r.purpose)).toEqual(['BREAK_GLASS', 'BREAK_GLASS']);
    expect((dataOf(await server.as(fyn)(ReferralsDocument, { first: 50 }), 'referrals')).edges.map((e) => e.node.id)).toEqual([referral.id]);
  });

  it('is the user’s only: a colleague in the same organisation still gets NOT_FOUND', async () => {
    expect(errorOf(await server.as(fynColleague)(ReferralDocument, { id: referral.id })).code).toBe('NOT_FOUND');
    expect((dataOf(await server.as(fynColleague)(ReferralsDocument, { first: 50 }), 'referrals')).edges).toEqual([]);
  });

  it('notifies the user’s organisation’s auditors and the competent authority’s coordinators, and no one else', async () => {
    const kinds = async (who: TActor) => (await inbox(server, who)).filter((n) => n.kind === 'BREAK_GLASS_USED').map((n) => n.objectId);
    expect(await kinds(fynAuditor)).toEqual([grant.id]);
    expect(await kinds(cast.authority)).toEqual([referral.id]);
    expect(await kinds(fynColleague)).toEqual([]);
    expect(await kinds(nskAuditor)).toEqual([]);
    expect(await kinds(cast.assessor)).toEqual([]);
    expect(mailTo(server, fynAuditor.user.id)).toContainEqual({ kind: 'BREAK_GLASS_USED', link: `/audit/break-glass/${grant.id}` });
  });

  it('ends after exactly 4 hours: NOT_FOUND again', async () => {
    await moveClock(server, new Date(startedAt + 4 * 3600 * 1000 - 60_000).toISOString(), ...everyone());
    expect((dataOf(await server.as(fyn)(ReferralDocument, { id: referral.id }), 'referral')).access.level).toBe('OPERATIONAL');
    await moveClock(server, new Date(startedAt + 4 * 3600 * 1000).toISOString(), ...everyone());
    expect(errorOf(await server.as(fyn)(ReferralDocument, { id: referral.id })).code).toBe('NOT_FOUND');
    expect((dataOf(await server.as(fyn)(ReferralsDocument, { first: 50 }), 'referrals')).edges).toEqual([]);
  });
});

describe('refusals and bad input', () => {
  it('needs a justification of at least 20 characters, and writes nothing without one', async () => {
    const before = countGrants(server);
    expect(errorOf(await breakGlassRaw(server, fynColleague, referral.id, '   too short, sorry   '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'justification' });
    expect(countGrants(server)).toBe(before);
  });

  it('is NOT_FOUND for a referral that does not exist, or a draft', async () => {
    expect(errorOf(await breakGlassRaw(server, fynColleague, '00000000-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
    const draft = await referralOfCast(server, cast, 'DRAFT', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    expect(errorOf(await breakGlassRaw(server, fynColleague, draft.id)).code).toBe('NOT_FOUND');
  });

  it('is refused to a user holding OPERATIONAL or more already, and to roles without casework', async () => {
    expect(errorOf(await breakGlassRaw(server, cast.authority, referral.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId' });
    expect(errorOf(await breakGlassRaw(server, cast.referrer, referral.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId' });
    expect(errorOf(await breakGlassRaw(server, fynAuditor, referral.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await breakGlassRaw(server, null, referral.id)).code).toBe('UNAUTHENTICATED');
  });

  it('lifts a SUMMARY grantee to OPERATIONAL for the 4 hours', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'FYNPOL', level: 'SUMMARY' }));
    expect((dataOf(await server.as(fynColleague)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('SUMMARY');
    dataOf(await breakGlassRaw(server, fynColleague, target.id), 'breakGlass');
    expect((dataOf(await server.as(fynColleague)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('OPERATIONAL');
    expect((dataOf(await server.as(fyn)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('SUMMARY');
  });
});

describe('auditor review', () => {
  it('lists the uses to the user’s organisation’s auditors and to CMM’s, not to other auditors or caseworkers', async () => {
    const own = dataOf(await breakGlassUsesRaw(server, fynAuditor, true), 'breakGlassUses');
    expect(own.map((g) => g.id)).toContain(grant.id);
    expect(own.every((g) => g.organisation.code === 'FYNPOL' && g.breakGlass && g.reviewedAt === null)).toBe(true);
    expect(dataOf(await breakGlassUsesRaw(server, cmmAuditor), 'breakGlassUses').map((g) => g.id)).toContain(grant.id);
    expect(dataOf(await breakGlassUsesRaw(server, nskAuditor), 'breakGlassUses')).toEqual([]);
    expect(errorOf(await breakGlassUsesRaw(server, fyn)).code).toBe('FORBIDDEN');
    expect(errorOf(await breakGlassUsesRaw(server, null)).code).toBe('UNAUTHENTICATED');
  });

  it('lets only those auditors review, with a note, once; the reviewed use leaves the unreviewed list', async () => {
    expect(errorOf(await reviewBreakGlassRaw(server, nskAuditor, grant.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await reviewBreakGlassRaw(server, fyn, grant.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await reviewBreakGlassRaw(server, null, grant.id)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await reviewBreakGlassRaw(server, fynAuditor, '00000000-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
    expect(errorOf(await reviewBreakGlassRaw(server, fynAuditor, grant.id, 'ok'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });

    const mark = auditMark(server);
    const reviewed = dataOf(await reviewBreakGlassRaw(server, fynAuditor, grant.id, 'Confirmed with the duty officer'), 'reviewBreakGlass');
    expect(reviewed).toMatchObject({ id: grant.id, reviewNote: 'Confirmed with the duty officer', reviewedAt: server.clock.now().toISOString() });
    const records = auditSince(server, mark, { action: 'BREAK_GLASS_REVIEW' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ objectType: 'AccessGrant', objectId: grant.id, subjectId: referral.subjectId, actorUserId: fynAuditor.user.id });
    expect(records[0]!.details).not.toContain('duty officer');

    expect(errorOf(await reviewBreakGlassRaw(server, cmmAuditor, grant.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'REVIEWED', action: 'REVIEW' });
    const unreviewed = dataOf(await breakGlassUsesRaw(server, fynAuditor, true), 'breakGlassUses').map((g) => g.id);
    expect(unreviewed).not.toContain(grant.id);
    expect(dataOf(await breakGlassUsesRaw(server, fynAuditor, false), 'breakGlassUses').map((g) => g.id)).toContain(grant.id);
  });

  it('lets CMM’s auditors review any organisation’s use', async () => {
    const [other] = dataOf(await breakGlassUsesRaw(server, cmmAuditor, true), 'breakGlassUses');
    expect(other).toBeDefined();
    expect(dataOf(await reviewBreakGlassRaw(server, cmmAuditor, other!.id), 'reviewBreakGlass').reviewedAt).not.toBeNull();
  });

  it('does not review an ordinary grant', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const ordinary = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'FYNPOL' }));
    expect(errorOf(await reviewBreakGlassRaw(server, fynAuditor, ordinary.id)).code).toBe('NOT_FOUND');
  });
});
