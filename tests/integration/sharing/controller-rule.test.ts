// Only a referral's controller (its competent authority, and CMM as the national centre) discloses
// personal data. This file tries every way a non-controller could come to hold OPERATIONAL or FULL
// — a grant on the referral, a grant on a case complex, a consent override, approving its own
// request, a hand-over — and finds none; checks that each sharing event appears in the person's
// subject access report, made on the referral or on a complex; and that the start-up step caps the
// grants made before the rule, audited in a chain that still verifies, opening a request for each holder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../server/core/ids.js';
import { closeDeps, createDeps } from '../../../server/deps.js';
import { capGrantsBeyondTheControllerRule } from '../../../server/modules/sharing/controller-rule.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import {
  accessRequestsRaw,
  approveRaw,
  confirmRaw,
  grantAccess,
  grantAccessRaw,
  grantInput,
  inDays,
  insertCaseComplex,
  refuseRaw,
  requestAccessRaw,
  requestInput,
  revokeAccessRaw,
  subjectReportRaw,
} from './sharing-helpers.js';
import { CreateCaseComplexDocument, VerifyAuditChainDocument, ReferralDocument } from '../../gql/generated/graphql.js';
import { inbox } from '../../support/inbox.js';
import { MARIA_IONESCU, referralOfCast, type TBuiltReferral } from '../../support/factories.js';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let cmmAuditor: TActor;
let kbh: TActor;
let nsk: TActor;
let sktst: TActor;
let hjr: TActor;
let us: TActor;
let atCoordinator: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER', 'COORDINATOR']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  atCoordinator = cast.referrer;
  cmmAuditor = await newActor(server, 'CMM', ['AUDITOR']);
  kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'INVESTIGATOR', 'CASEWORKER']);
  nsk = await newActor(server, 'NSK', ['COORDINATOR', 'INVESTIGATOR', 'CASEWORKER']);
  sktst = await newActor(server, 'SKTST', ['COORDINATOR', 'CASEWORKER']);
  hjr = await newActor(server, 'HJR', ['COORDINATOR', 'CASEWORKER']);
  us = await newActor(server, 'US', ['COORDINATOR', 'CASEWORKER', 'ASSESSOR']);
});

afterAll(async () => {
  await server.close();
});

const OVERRIDE = { consentOverride: true, consentOverrideReason: 'We need the identity today to stop an ongoing exploitation' };

/** Active grants above SUMMARY held by an organisation (break-glass is the user's own emergency access, reviewed: not a disclosure). */
function disclosingGrantsHeldBy(code: string): number {
  return (
    server.deps.sqlite
      .prepare(
        `select count(*) as n from access_grants g join organisations o on o.id = g.organisation_id
         where o.code = ? and g.level in ('OPERATIONAL', 'FULL') and g.revoked_at is null and g.expires_at > ? and g.break_glass = 0`,
      )
      .get(code, server.clock.now().toISOString()) as { n: number }
  ).n;
}

describe('a non-controller never comes to hold OPERATIONAL or FULL', () => {
  let refused: TBuiltReferral;
  let consented: TBuiltReferral;
  let complexId: string;

  beforeAll(async () => {
    refused = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'REFUSED' } } });
    consented = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'GIVEN' } } });
    // KBHPOL leads a complex both referrals belong to.
    const created = await server.as(kbh)(CreateCaseComplexDocument, { input: { name: 'Network Rule' } });
    complexId = dataOf(created, 'createCaseComplex').id;
    // Linked straight in the database: the lead does not see the referrals to link them.
    for (const r of [refused, consented]) {
      server.deps.sqlite.prepare('insert into case_complex_referrals (case_complex_id, referral_id, linked_at) values (?, ?, ?)').run(complexId, r.id, server.clock.now().toISOString());
    }
  });

  const nonControllers = () => ({ kbh, nsk, sktst, hjr, us, referrer: atCoordinator });

  it('by a grant on the referral, to itself or to another, with or without an override', async () => {
    for (const [name, actor] of Object.entries(nonControllers())) {
      for (const referral of [refused, consented]) {
        for (const level of ['OPERATIONAL', 'FULL']) {
          for (const organisationCode of [actor.organisationCode, 'SIRI']) {
            for (const extra of [{}, OVERRIDE]) {
              const res = await grantAccessRaw(server, actor, grantInput(server, { referralId: referral.id, organisationCode, level, ...extra }));
              expect(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'], `${name} ${level} to ${organisationCode}`).toContain(errorOf(res).code);
            }
          }
        }
      }
    }
  });

  it('by a grant on a case complex, whoever may grant on it (the lead, NSK, CMM)', async () => {
    const mark = auditMark(server);
    for (const actor of [kbh, nsk, cast.authority, sktst, hjr, us]) {
      for (const level of ['OPERATIONAL', 'FULL']) {
        for (const extra of [{}, OVERRIDE]) {
          const res = await grantAccessRaw(server, actor, grantInput(server, { caseComplexId: complexId, organisationCode: actor === cast.authority ? 'NSK' : actor.organisationCode, level, ...extra }));
          expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(errorOf(res).code);
        }
      }
    }
    // The attempts of those who may grant SUMMARY on the complex are on the record.
    const refusals = auditSince(server, mark, { action: 'ACCESS_GRANT' }).filter((r) => r.outcome === 'DENIED' && r.details?.includes('COMPLEX_ABOVE_SUMMARY'));
    expect(new Set(refusals.map((r) => r.actorUserId))).toEqual(new Set([kbh.user.id, nsk.user.id, cast.authority.user.id]));
  });

  it('by approving (or refusing) its own request', async () => {
    for (const actor of Object.values(nonControllers())) {
      if (actor === atCoordinator) continue; // the referrer sees its referral already; it asks like anyone else below
      const res = await requestAccessRaw(server, actor, requestInput({ referralId: refused.id, level: 'FULL' }));
      const [request] = dataOf(res, 'requestAccess');
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(await approveRaw(server, actor, request!.id, { consentOverrideReason: OVERRIDE.consentOverrideReason })).code);
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(await refuseRaw(server, actor, request!.id)).code);
    }
    // The referrer holds its own view (FULL less the authorities' findings) and has nothing to ask for.
    expect(errorOf(await requestAccessRaw(server, atCoordinator, requestInput({ referralId: refused.id, level: 'FULL' })))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.level' });
  });

  it('by a hand-over of the complex (the requests it opens wait for the controller)', async () => {
    dataOf(await server.gql('mutation($c: ID!) { handOverCaseComplex(id: $c, toOrganisationCode: "NSK") { id } }', { c: complexId }, { token: kbh.token }), 'handOverCaseComplex');
    const opened = dataOf(await accessRequestsRaw(server, nsk, 'AWAITING_CONFIRMATION'), 'accessRequests').filter((r) => r.caseComplexId === complexId);
    // NSK asked for the refused referral above already (an open request): the hand-over opened one for the other.
    expect(opened.map((r) => r.referralId)).toEqual([consented.id]);
    const confirmed = dataOf(await confirmRaw(server, nsk, opened[0]!.id, { level: 'FULL' }), 'confirmAccessRequest');
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(await approveRaw(server, nsk, confirmed.id)).code);
    // And KBHPOL, the former lead, cannot approve it either.
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(await approveRaw(server, kbh, confirmed.id)).code);
  });

  it('finds none: no disclosing grant held, and the gate gives at most SUMMARY', async () => {
    for (const actor of [kbh, nsk, sktst, hjr, us]) {
      expect(disclosingGrantsHeldBy(actor.organisationCode), actor.organisationCode).toBe(0);
      for (const referral of [refused, consented]) {
        const res = await server.as(actor)(ReferralDocument, { id: referral.id });
        if (res.body.errors) expect(errorOf(res).code).toBe('NOT_FOUND');
        else expect(['SUMMARY']).toContain((res.body.data as { referral: { access: { level: string } } }).referral.access.level);
      }
    }
    expect(disclosingGrantsHeldBy('AT')).toBe(0);
    // Only the controller makes it happen.
    const pending = dataOf(await accessRequestsRaw(server, cast.authority, 'PENDING'), 'accessRequests').find((r) => r.organisation.code === 'NSK' && r.referralId === consented.id);
    expect(dataOf(await approveRaw(server, cast.authority, pending!.id), 'approveAccessRequest').grant?.level).toBe('FULL');
    expect(disclosingGrantsHeldBy('NSK')).toBe(1);
  });
});

describe('the subject access report', () => {
  it('shows every grant, revocation, request and decision that concerns the person, on the referral or on a complex', async () => {
    const referral = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const created = await server.as(nsk)(CreateCaseComplexDocument, { input: { name: 'Network Report' } });
    const complexId = dataOf(created, 'createCaseComplex').id;
    // A complex grant made before the person's referral is linked, then one after.
    const before = await grantAccess(server, nsk, grantInput(server, { caseComplexId: complexId, organisationCode: 'HJR', level: 'SUMMARY' }));
    const [request] = dataOf(await requestAccessRaw(server, nsk, requestInput({ referralId: referral.id, level: 'SUMMARY' })), 'requestAccess');
    dataOf(await approveRaw(server, cast.authority, request!.id), 'approveAccessRequest');
    dataOf(await server.gql('mutation($c: ID!, $r: ID!) { linkReferralToCaseComplex(caseComplexId: $c, referralId: $r) { id } }', { c: complexId, r: referral.id }, { token: nsk.token }), 'linkReferralToCaseComplex');
    const after = await grantAccess(server, cast.authority, grantInput(server, { caseComplexId: complexId, organisationCode: 'SKTST', level: 'SUMMARY' }));
    dataOf(await revokeAccessRaw(server, nsk, before.id), 'revokeAccess');
    const [refusedRequest] = dataOf(await requestAccessRaw(server, nsk, requestInput({ caseComplexId: complexId, level: 'OPERATIONAL' })), 'requestAccess');
    dataOf(await refuseRaw(server, cast.authority, refusedRequest!.id), 'refuseAccessRequest');

    const report = dataOf(await subjectReportRaw(server, cmmAuditor, referral.subjectId), 'subjectAccessReport');
    const sharing = report
      .filter((e) => e.action.startsWith('ACCESS_'))
      .map((e) => {
        const details = JSON.parse(e.details ?? '{}') as Record<string, string>;
        return [e.action, e.objectType, e.action.startsWith('ACCESS_REQUEST') ? details.requestId : details.grantId];
      });
    expect(sharing).toEqual(
      expect.arrayContaining([
        ['ACCESS_REQUEST', 'Referral', request!.id],
        ['ACCESS_REQUEST_APPROVE', 'Referral', request!.id],
        ['ACCESS_GRANT_COVERS', 'CaseComplex', before.id],
        ['ACCESS_GRANT', 'CaseComplex', after.id],
        ['ACCESS_REVOKE', 'CaseComplex', before.id],
        ['ACCESS_REQUEST', 'Referral', refusedRequest!.id],
        ['ACCESS_REQUEST_REFUSE', 'Referral', refusedRequest!.id],
      ]),
    );
    for (const e of report.filter((r) => r.action.startsWith('ACCESS_'))) expect(e.subjectId).toBe(referral.subjectId);
  });
});

describe('grants made before the rule', () => {
  function insertGrant(values: { referralId?: string; caseComplexId?: string; holder: string; level: string; grantedBy: string; expiresInDays?: number; revoked?: boolean }): string {
    const id = newId();
    const at = server.clock.now().toISOString();
    server.deps.sqlite
      .prepare(
        `insert into access_grants (id, referral_id, case_complex_id, organisation_id, level, purpose, legal_basis, consent_override, break_glass, expires_at,
           granted_by_organisation_id, created_at, revoked_at)
         values (?, ?, ?, (select id from organisations where code = ?), ?, 'INVESTIGATION', 'Retsplejelovens § 804', 0, 0, ?, (select id from organisations where code = ?), ?, ?)`,
      )
      .run(id, values.referralId ?? null, values.caseComplexId ?? null, values.holder, values.level, inDays(server, values.expiresInDays ?? 90), values.grantedBy, at, values.revoked ? at : null);
    return id;
  }
  const grantRow = (id: string) =>
    server.deps.sqlite.prepare('select level, capped_from_level as cappedFromLevel, cap_reason as capReason from access_grants where id = ?').get(id) as { level: string; cappedFromLevel: string | null; capReason: string | null };

  it('are capped at SUMMARY at start-up, each cap audited under every person it concerns, with a request opened for the holder; idempotent; the chain verifies', async () => {
    const a = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const b = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const complexId = insertCaseComplex(server, { leadCode: 'NSK', createdByUserId: nsk.user.id, referralIds: [a.id, b.id] });
    const complexGrant = insertGrant({ caseComplexId: complexId, holder: 'SKTST', level: 'OPERATIONAL', grantedBy: 'CMM' });
    const byNonController = insertGrant({ referralId: a.id, holder: 'HJR', level: 'FULL', grantedBy: 'KBHPOL' });
    const byController = insertGrant({ referralId: b.id, holder: 'HJR', level: 'OPERATIONAL', grantedBy: 'CMM' });
    const expired = insertGrant({ caseComplexId: complexId, holder: 'HJR', level: 'FULL', grantedBy: 'NSK', expiresInDays: -1 });
    const revoked = insertGrant({ caseComplexId: complexId, holder: 'SIRI', level: 'FULL', grantedBy: 'NSK', revoked: true });
    const auditBefore = (server.deps.sqlite.prepare('select max(seq) as s from audit_events').get() as { s: number }).s;

    expect(await capGrantsBeyondTheControllerRule(server.deps)).toEqual({ capped: 2, requestsOpened: 3 });
    expect(grantRow(complexGrant)).toEqual({ level: 'SUMMARY', cappedFromLevel: 'OPERATIONAL', capReason: 'CONTROLLER_RULE' });
    expect(grantRow(byNonController)).toEqual({ level: 'SUMMARY', cappedFromLevel: 'FULL', capReason: 'CONTROLLER_RULE' });
    expect(grantRow(byController)).toMatchObject({ level: 'OPERATIONAL', cappedFromLevel: null });
    expect(grantRow(expired).level).toBe('FULL');
    expect(grantRow(revoked).level).toBe('FULL');

    const caps = server.deps.sqlite
      .prepare("select subject_id as subjectId, details from audit_events where seq > ? and action = 'ACCESS_GRANT_CAP' order by seq")
      .all(auditBefore) as Array<{ subjectId: string; details: string }>;
    expect(caps.map((c) => [c.subjectId, (JSON.parse(c.details) as { grantId: string }).grantId]).sort()).toEqual(
      [
        [a.subjectId, complexGrant],
        [b.subjectId, complexGrant],
        [a.subjectId, byNonController],
      ].sort(),
    );
    const opened = dataOf(await accessRequestsRaw(server, cast.authority, 'PENDING'), 'accessRequests').filter((r) => r.origin === 'CAPPED_GRANT');
    expect(opened.map((r) => [r.organisation.code, r.referralId, r.level, r.cappedGrantId]).sort()).toEqual(
      [
        ['SKTST', a.id, 'OPERATIONAL', complexGrant],
        ['SKTST', b.id, 'OPERATIONAL', complexGrant],
        ['HJR', a.id, 'FULL', byNonController],
      ].sort(),
    );
    expect((await inbox(server, sktst)).filter((n) => n.objectId === complexGrant).map((n) => n.kind)).toEqual(['ACCESS_CAPPED']);

    expect(await capGrantsBeyondTheControllerRule(server.deps)).toEqual({ capped: 0, requestsOpened: 0 });
    const verified = await server.as(cmmAuditor)(VerifyAuditChainDocument);
    expect(dataOf(verified, 'verifyAuditChain').ok).toBe(true);
  });

  it('is a step every start runs (createDeps), after the migrations', async () => {
    const referral = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const complexId = insertCaseComplex(server, { leadCode: 'NSK', createdByUserId: nsk.user.id, referralIds: [referral.id] });
    const grant = insertGrant({ caseComplexId: complexId, holder: 'SKTST', level: 'FULL', grantedBy: 'NSK' });
    const sent: string[] = [];
    const restarted = await createDeps({
      config: server.deps.config,
      clock: server.clock,
      logger: server.deps.logger,
      keys: server.keys,
      checkpointKey: server.deps.checkpointKey,
      mailer: { send: async (mail) => void sent.push(mail.kind), close: () => undefined },
    });
    await closeDeps(restarted);
    expect(grantRow(grant)).toEqual({ level: 'SUMMARY', cappedFromLevel: 'FULL', capReason: 'CONTROLLER_RULE' });
    // The gate never let the complex grant disclose, before or after.
    const seen = await server.as(sktst)(ReferralDocument, { id: referral.id });
    expect((seen.body.data as { referral: { access: { level: string } } }).referral.access.level).toBe('SUMMARY');
  });
});
