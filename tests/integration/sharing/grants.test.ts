// Access grants over HTTP: what each level shows a grantee and why, list visibility, expiry
// against the moved clock, revocation at once, case-complex grants, who may grant and revoke,
// bad input, notifications and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import {
  accessGrantsRaw,
  countGrants,
  grantAccess,
  grantAccessRaw,
  grantInput,
  inDays,
  insertCaseComplex,
  LEGAL_BASIS,
  mailTo,
  revokeAccessRaw,
  type TGrant,
} from './sharing-helpers.js';
import { RunJobDocument, ReferralDocument, ReferralsDocument, type ReferralFieldsFragment, CloseReferralDocument } from '../../gql/generated/graphql.js';
import { inbox, inboxKindsFor } from '../../support/inbox.js';
import { MARIA_IONESCU, referralOfCast, type TBuiltReferral } from '../../support/factories.js';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let nsk: TActor;
let hjr: TActor;
let sktst: TActor;
let fyn: TActor;
let kbh: TActor;
let us: TActor;
let cmmAuditor: TActor;
let referral: TBuiltReferral;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  nsk = await newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR']);
  hjr = await newActor(server, 'HJR', ['CASEWORKER']);
  sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  fyn = await newActor(server, 'FYNPOL', ['CASEWORKER', 'COORDINATOR', 'INVESTIGATOR']);
  kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  us = await newActor(server, 'US', ['CASEWORKER', 'ASSESSOR']);
  cmmAuditor = await newActor(server, 'CMM', ['AUDITOR']);
  referral = await referralOfCast(server, cast, 'ASSESSED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toReferral: 'GIVEN', toDisclosure: 'GIVEN' } } });
});

/** Everyone this file signs in: after the clock moves far, all sign in again. */
const everyone = () => [cast.referrer, cast.authority, cast.assessor, nsk, hjr, sktst, fyn, kbh, us, cmmAuditor];

afterAll(async () => {
  await server.close();
});

const SUMMARY_FIELDS = (r: ReferralFieldsFragment) => ({
  reference: r.reference,
  state: r.state,
  pseudonym: r.subject.pseudonym,
  gender: r.subject.gender,
  nationality: r.subject.nationality,
  ageBand: r.subject.ageBand,
  suspectedExploitation: r.suspectedExploitation,
  region: r.region,
  decision: r.assessment?.decision,
});

const PERSONAL = (r: ReferralFieldsFragment) => ({
  identity: r.subject.identity,
  contact: r.subject.contact,
  whereabouts: r.subject.whereabouts,
  location: r.location,
  narrative: r.narrative,
  indicators: r.indicators,
  grounds: r.assessment?.grounds ?? null,
});

describe('what each level shows the grantee', () => {
  let full: ReferralFieldsFragment;
  beforeAll(async () => {
    full = dataOf(await server.as(cast.authority)(ReferralDocument, { id: referral.id }), 'referral');
  });

  it('SUMMARY: the pseudonym and non-identifying facts; every personal field is null; access says why', async () => {
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: referral.id, organisationCode: 'NSK', level: 'SUMMARY' }));
    expect(grant).toMatchObject({ referralId: referral.id, organisation: { code: 'NSK' }, level: 'SUMMARY', purpose: 'INVESTIGATION', status: 'ACTIVE', breakGlass: false });
    const mark = auditMark(server);
    const seen = dataOf(await server.as(nsk)(ReferralDocument, { id: referral.id }), 'referral');
    expect(SUMMARY_FIELDS(seen)).toEqual(SUMMARY_FIELDS(full));
    expect(PERSONAL(seen)).toEqual({ identity: null, contact: null, whereabouts: null, location: null, narrative: null, indicators: null, grounds: null });
    expect(seen.outcome).toBeNull();
    expect(seen.access.level).toBe('SUMMARY');
    expect(seen.access).toMatchObject({ reasonCode: 'REFERRAL_GRANT', reasonParams: { level: null, purpose: 'INVESTIGATION', until: grant.expiresAt, legalBasis: LEGAL_BASIS } });
    // Nothing personal was read, so nothing personal was recorded as read.
    expect(auditSince(server, mark, { action: 'REFERRAL_READ', actorUserId: nsk.user.id })).toEqual([]);
  });

  it('OPERATIONAL: plus whereabouts, contact and location; identity, narrative and grounds stay null; the reads carry the grant and its purpose', async () => {
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: referral.id, organisationCode: 'HJR', level: 'OPERATIONAL', purpose: 'PREPARED_RETURN' }));
    const mark = auditMark(server);
    const seen = dataOf(await server.as(hjr)(ReferralDocument, { id: referral.id }), 'referral');
    expect(SUMMARY_FIELDS(seen)).toEqual(SUMMARY_FIELDS(full));
    expect(PERSONAL(seen)).toEqual({
      identity: null,
      contact: full.subject.contact,
      whereabouts: full.subject.whereabouts,
      location: full.location,
      narrative: null,
      indicators: null,
      grounds: null,
    });
    expect(seen.access).toMatchObject({ level: 'OPERATIONAL', reasonCode: 'REFERRAL_GRANT', reasonParams: { purpose: 'PREPARED_RETURN', until: grant.expiresAt, legalBasis: LEGAL_BASIS } });
    const reads = auditSince(server, mark, { action: 'REFERRAL_READ', actorUserId: hjr.user.id });
    expect(reads.map((r) => r.dataCategory).sort()).toEqual(['CONTACT', 'WHEREABOUTS']);
    for (const read of reads) {
      expect(read).toMatchObject({ objectId: referral.id, subjectId: referral.subjectId, purpose: 'PREPARED_RETURN', outcome: 'ALLOWED' });
      expect(JSON.parse(read.details!)).toEqual({ grantId: grant.id });
    }
  });

  it('FULL: plus identity, narrative, indicators and the assessment grounds', async () => {
    await grantAccess(server, cast.authority, grantInput(server, { referralId: referral.id, organisationCode: 'SKTST', level: 'FULL', purpose: 'OTHER' }));
    const seen = dataOf(await server.as(sktst)(ReferralDocument, { id: referral.id }), 'referral');
    expect(PERSONAL(seen)).toEqual(PERSONAL(full));
    expect(seen.subject.identity?.name).toBe('Maria Ionescu');
    expect(seen.access.level).toBe('FULL');
  });

  it('gives the grantee no say over the referral: moves are FORBIDDEN', async () => {
    const res = await server.gqlInput(CloseReferralDocument, { id: referral.id, outcome: 'REMAINED_IN_DENMARK', note: 'Stays with support' }, { token: sktst.token });
    expect(errorOf(res).code).toBe('FORBIDDEN');
  });

  it('counts only for users with a casework role', async () => {
    const analyst = await newActor(server, 'NSK', ['ANALYST']);
    expect(errorOf(await server.as(analyst)(ReferralDocument, { id: referral.id })).code).toBe('FORBIDDEN');
  });
});

describe('listing', () => {
  it('shows granted referrals in referrals() at the granted level, and nothing to others', async () => {
    const page = dataOf(await server.as(nsk)(ReferralsDocument, { first: 100 }), 'referrals');
    expect(page.edges.map(({ node }) => ({ id: node.id, access: node.access }))).toContainEqual({ id: referral.id, access: { level: 'SUMMARY' } });
    expect(page.totalCount).toBe(page.edges.length);
    const outsider = dataOf(await server.as(fyn)(ReferralsDocument, { first: 100 }), 'referrals');
    expect(outsider.edges.map((e) => e.node.id)).not.toContain(referral.id);
  });
});

describe('expiry and revocation', () => {
  it('stops a grant the moment it expires, in reads and in the list, and shows it EXPIRED', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const expiresAt = inDays(server, 2);
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'KBHPOL', level: 'OPERATIONAL', expiresAt }));
    expect((dataOf(await server.as(kbh)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('OPERATIONAL');

    await moveClock(server, new Date(Date.parse(expiresAt) - 60_000).toISOString(), ...everyone());
    expect((dataOf(await server.as(kbh)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('OPERATIONAL');

    await moveClock(server, expiresAt, ...everyone());
    expect(errorOf(await server.as(kbh)(ReferralDocument, { id: target.id })).code).toBe('NOT_FOUND');
    const ids = (dataOf(await server.as(kbh)(ReferralsDocument, { first: 100 }), 'referrals')).edges.map((e) => e.node.id);
    expect(ids).not.toContain(target.id);
    const grants = dataOf(await accessGrantsRaw(server, cast.authority, target.id), 'accessGrants');
    expect(grants.find((g) => g.id === grant.id)?.status).toBe('EXPIRED');
    // An expired grant cannot be revoked: it gives nothing already.
    expect(errorOf(await revokeAccessRaw(server, cast.authority, grant.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'EXPIRED', action: 'REVOKE' });
  });

  it('ends a revoked grant at once, tells the grantee, audits it, and refuses a second revocation', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'KBHPOL', level: 'SUMMARY' }));
    expect((dataOf(await server.as(kbh)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('SUMMARY');
    const mark = auditMark(server);
    const revoked = dataOf(await revokeAccessRaw(server, cast.authority, grant.id, 'No longer needed'), 'revokeAccess');
    expect(revoked).toMatchObject({ status: 'REVOKED', revokeReason: 'No longer needed', revokedAt: server.clock.now().toISOString() });
    expect(errorOf(await server.as(kbh)(ReferralDocument, { id: target.id })).code).toBe('NOT_FOUND');
    expect((dataOf(await server.as(kbh)(ReferralsDocument, { first: 100 }), 'referrals')).edges.map((e) => e.node.id)).not.toContain(target.id);
    const records = auditSince(server, mark, { action: 'ACCESS_REVOKE' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ objectType: 'Referral', objectId: target.id, subjectId: target.subjectId, actorUserId: cast.authority.user.id, outcome: 'ALLOWED' });
    expect(JSON.parse(records[0]!.details!)).toMatchObject({ grantId: grant.id });
    expect(records[0]!.details).not.toContain('No longer needed');
    const kinds = (await inbox(server, kbh)).filter((n) => n.objectId === grant.id).map((n) => n.kind).sort();
    expect(kinds).toEqual(['ACCESS_GRANTED', 'ACCESS_REVOKED']);
    expect(errorOf(await revokeAccessRaw(server, cast.authority, grant.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'REVOKED', action: 'REVOKE' });
  });
});

describe('a grant on a case complex', () => {
  it('covers every referral linked to the complex, and only those', async () => {
    const linkedA = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const linkedB = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const other = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const complexId = insertCaseComplex(server, { leadCode: 'NSK', createdByUserId: nsk.user.id, referralIds: [linkedA.id, linkedB.id] });
    const grant = await grantAccess(server, nsk, grantInput(server, { caseComplexId: complexId, organisationCode: 'SIRI', level: 'SUMMARY' }));
    expect(grant).toMatchObject({ caseComplexId: complexId, referralId: null, organisation: { code: 'SIRI' }, grantedByOrganisation: { code: 'NSK' } });
    const siri = await newActor(server, 'SIRI', ['CASEWORKER']);
    for (const linked of [linkedA, linkedB]) {
      const seen = dataOf(await server.as(siri)(ReferralDocument, { id: linked.id }), 'referral');
      expect(seen.access.level).toBe('SUMMARY');
      expect(seen.access.reason).toContain('on the case complex this referral belongs to');
      expect(seen.subject.whereabouts).toBeNull();
      expect(seen.subject.identity).toBeNull();
    }
    expect(errorOf(await server.as(siri)(ReferralDocument, { id: other.id })).code).toBe('NOT_FOUND');
    const listed = (dataOf(await server.as(siri)(ReferralsDocument, { first: 100 }), 'referrals')).edges.map((e) => e.node.id).sort();
    expect(listed).toEqual([linkedA.id, linkedB.id].sort());
    // The referral's grants show the complex grant to the competent authority.
    const grants = dataOf(await accessGrantsRaw(server, cast.authority, linkedA.id), 'accessGrants');
    expect(grants.map((g) => g.id)).toContain(grant.id);
  });

  it('is granted by the lead, NSK or CMM only; others, and a complex that does not exist, are NOT_FOUND', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const complexId = insertCaseComplex(server, { leadCode: 'FYNPOL', createdByUserId: fyn.user.id, referralIds: [target.id] });
    const input = (overrides: Record<string, unknown> = {}) => grantInput(server, { caseComplexId: complexId, organisationCode: 'HJR', ...overrides });
    expect((await grantAccess(server, fyn, input())).organisation.code).toBe('HJR');
    expect((await grantAccess(server, nsk, input())).organisation.code).toBe('HJR');
    expect((await grantAccess(server, cast.authority, input())).organisation.code).toBe('HJR');
    expect(errorOf(await grantAccessRaw(server, kbh, input())).code).toBe('NOT_FOUND');
    expect(errorOf(await grantAccessRaw(server, us, input())).code).toBe('NOT_FOUND');
    expect(errorOf(await grantAccessRaw(server, nsk, input({ caseComplexId: '00000000-0000-4000-8000-000000000000' }))).code).toBe('NOT_FOUND');
  });
});

describe('who may grant, revoke and list', () => {
  it('lets the competent authority (US) and CMM grant on a referral, and refuses everyone else', async () => {
    const usCast = { ...cast, authority: us, assessor: us };
    const asylum = await referralOfCast(server, usCast, 'SUBMITTED', { residence: 'ASYLUM_SEEKER' });
    const input = grantInput(server, { referralId: asylum.id, organisationCode: 'HJR', level: 'SUMMARY' });
    expect((await grantAccess(server, us, input)).grantedByOrganisation?.code).toBe('US');
    expect((await grantAccess(server, cast.authority, input)).grantedByOrganisation?.code).toBe('CMM');
    // The referrer sees the referral but does not decide who else does.
    expect(errorOf(await grantAccessRaw(server, cast.referrer, input)).code).toBe('FORBIDDEN');
    // A grantee sees it too, and may not pass it on.
    expect(errorOf(await grantAccessRaw(server, hjr, grantInput(server, { referralId: asylum.id, organisationCode: 'NSK' }))).code).toBe('FORBIDDEN');
    // An organisation that cannot see the referral does not learn it exists.
    expect(errorOf(await grantAccessRaw(server, fyn, input)).code).toBe('NOT_FOUND');
    expect(errorOf(await grantAccessRaw(server, cast.authority, { ...input, referralId: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    expect(errorOf(await grantAccessRaw(server, cmmAuditor, input)).code).toBe('FORBIDDEN');
    expect(errorOf(await grantAccessRaw(server, null, input)).code).toBe('UNAUTHENTICATED');
  });

  it('does not grant on a draft: no one but its referrer sees it', async () => {
    const draft = await referralOfCast(server, cast, 'DRAFT', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const input = grantInput(server, { referralId: draft.id, organisationCode: 'HJR' });
    expect(errorOf(await grantAccessRaw(server, cast.authority, input)).code).toBe('NOT_FOUND');
    expect(errorOf(await grantAccessRaw(server, cast.referrer, input)).code).toBe('FORBIDDEN');
  });

  it('lets only the granting side revoke: the grantee is FORBIDDEN, others NOT_FOUND', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'HJR' }));
    expect(errorOf(await revokeAccessRaw(server, hjr, grant.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await revokeAccessRaw(server, cast.referrer, grant.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await revokeAccessRaw(server, fyn, grant.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await revokeAccessRaw(server, cast.authority, '00000000-0000-4000-8000-000000000000')).code).toBe('NOT_FOUND');
    expect(errorOf(await revokeAccessRaw(server, cmmAuditor, grant.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await revokeAccessRaw(server, null, grant.id)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await revokeAccessRaw(server, cast.authority, grant.id, 'no')).field).toBe('reason');
    expect((dataOf(await server.as(hjr)(ReferralDocument, { id: target.id }), 'referral')).access.level).toBe('SUMMARY');
  });

  it('lists every grant to the competent authority, only its own to a grantee, and nothing to others', async () => {
    const all = dataOf(await accessGrantsRaw(server, cast.authority, referral.id), 'accessGrants');
    expect(all.map((g) => g.organisation.code).sort()).toEqual(['HJR', 'NSK', 'SKTST']);
    const own = dataOf(await accessGrantsRaw(server, nsk, referral.id), 'accessGrants');
    expect(own.map((g: TGrant) => g.organisation.code)).toEqual(['NSK']);
    // The referrer sees the referral, and no one else's grants.
    expect(dataOf(await accessGrantsRaw(server, cast.referrer, referral.id), 'accessGrants')).toEqual([]);
    expect(errorOf(await accessGrantsRaw(server, fyn, referral.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await accessGrantsRaw(server, cmmAuditor, referral.id)).code).toBe('FORBIDDEN');
    expect(errorOf(await accessGrantsRaw(server, null, referral.id)).code).toBe('UNAUTHENTICATED');
  });
});

describe('bad input', () => {
  it.each([
    ['an expiry in the past', { expiresAt: '2020-01-01T00:00:00Z' }, 'input.expiresAt'],
    ['an expiry more than a year ahead', { expiresAt: 'DAYS:366' }, 'input.expiresAt'],
    ['level NONE', { level: 'NONE' }, 'input.level'],
    ['a legal basis of less than 5 characters', { legalBasis: ' §1 ' }, 'input.legalBasis'],
    ['an unknown organisation', { organisationCode: 'NOPE' }, 'input.organisationCode'],
    ['an organisation with full access already', { organisationCode: 'CMM' }, 'input.organisationCode'],
    ['both a referral and a case complex', { caseComplexId: '00000000-0000-4000-8000-000000000000' }, 'input.referralId'],
    ['neither a referral nor a case complex', { referralId: null }, 'input.referralId'],
    ['no expiry', { expiresAt: undefined }, 'input.expiresAt'],
  ])('refuses %s (BAD_USER_INPUT naming the field) and writes nothing', async (_label, overrides, field) => {
    const before = countGrants(server);
    const values: Record<string, unknown> = { ...overrides };
    if (values.expiresAt === 'DAYS:366') values.expiresAt = inDays(server, 366);
    const input = grantInput(server, { referralId: referral.id, organisationCode: 'FYNPOL', ...values });
    if ('expiresAt' in overrides && overrides.expiresAt === undefined) delete input.expiresAt;
    expect(errorOf(await grantAccessRaw(server, cast.authority, input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(countGrants(server)).toBe(before);
  });

  it('accepts an expiry exactly one year ahead', async () => {
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: referral.id, organisationCode: 'FYNPOL', expiresAt: inDays(server, 365) }));
    expect(grant.status).toBe('ACTIVE');
    await revokeAccessRaw(server, cast.authority, grant.id);
  });
});

describe('audit and notifications', () => {
  it('audits the grant with ids and categories only, and tells the grantee organisation by inbox and mail without personal data', async () => {
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const colleague = await newActor(server, 'KBHPOL', ['INVESTIGATOR']);
    const bystander = await newActor(server, 'KBHPOL', ['ANALYST']);
    const mark = auditMark(server);
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'KBHPOL', level: 'OPERATIONAL' }));
    const records = auditSince(server, mark, { action: 'ACCESS_GRANT' });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      objectType: 'Referral',
      objectId: target.id,
      subjectId: target.subjectId,
      purpose: 'INVESTIGATION',
      actorUserId: cast.authority.user.id,
      outcome: 'ALLOWED',
    });
    expect(JSON.parse(records[0]!.details!)).toMatchObject({ grantId: grant.id, level: 'OPERATIONAL', expiresAt: grant.expiresAt, consentOverride: false });
    expect(records[0]!.details).not.toContain(LEGAL_BASIS);
    for (const who of [kbh, colleague]) {
      expect(await inboxKindsFor(server, who, grant.id)).toEqual(['ACCESS_GRANTED']);
      expect(mailTo(server, who.user.id)).toContainEqual({ kind: 'ACCESS_GRANTED', link: `/referrals/${target.id}` });
    }
    expect(await inboxKindsFor(server, bystander, grant.id)).toEqual([]);
  });

  it('audits the refused attempts', async () => {
    const mark = auditMark(server);
    await grantAccessRaw(server, cast.referrer, grantInput(server, { referralId: referral.id, organisationCode: 'HJR' }));
    await grantAccessRaw(server, fyn, grantInput(server, { referralId: referral.id, organisationCode: 'HJR' }));
    const denied = auditSince(server, mark, { action: 'ACCESS_GRANT' });
    expect(denied.map((r) => [r.actorUserId, r.outcome, JSON.parse(r.details!).reason])).toEqual([
      [cast.referrer.user.id, 'DENIED', 'NOT_CONTROLLER'],
      [fyn.user.id, 'DENIED', 'NO_ACCESS'],
    ]);
  });
});

describe('the list and the gate agree', () => {
  it('lists for every viewer exactly the referrals it can open', async () => {
    const all = (dataOf(await server.as(cast.authority)(ReferralsDocument, { first: 100 }), 'referrals')).edges.map((e) => e.node.id);
    for (const viewer of [nsk, hjr, sktst, fyn, kbh, us, cast.referrer]) {
      const listed = new Set((dataOf(await server.as(viewer)(ReferralsDocument, { first: 100 }), 'referrals')).edges.map((e) => e.node.id));
      for (const id of all) {
        const res = await server.as(viewer)(ReferralDocument, { id: id });
        const opens = !res.body.errors;
        expect({ viewer: viewer.organisationCode, id, listed: listed.has(id) }).toEqual({ viewer: viewer.organisationCode, id, listed: opens });
      }
    }
  });
});

describe('the expiry notice job', () => {
  it('tells the grantee once, 3 days before a grant expires', async () => {
    const admin = await newActor(server, 'CMM', ['ADMIN']);
    const target = await referralOfCast(server, cast, 'SUBMITTED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const ra = await newActor(server, 'RA', ['CASEWORKER']);
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: target.id, organisationCode: 'RA', expiresAt: inDays(server, 10) }));
    const run = (at: string) =>
      server.as(admin)(RunJobDocument, { name: 'grant-expiry-notices', at });
    dataOf(await run(inDays(server, 6)), 'runJob');
    expect(await inboxKindsFor(server, ra, grant.id)).toEqual(['ACCESS_GRANTED']);
    dataOf(await run(inDays(server, 7.5)), 'runJob');
    dataOf(await run(inDays(server, 8)), 'runJob');
    expect(await inboxKindsFor(server, ra, grant.id)).toEqual(['ACCESS_GRANTED', 'GRANT_EXPIRING']);
    expect(mailTo(server, ra.user.id).filter((m) => m.kind === 'GRANT_EXPIRING')).toEqual([{ kind: 'GRANT_EXPIRING', link: `/referrals/${target.id}` }]);
  });
});
