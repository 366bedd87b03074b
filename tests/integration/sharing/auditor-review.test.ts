// Emergency access and consent overrides reach an auditor who must review them: the user's (or the
// granting controller's) organisation's auditors, else CMM's; unreviewed break-glass uses stay on
// the auditors' list, and one not reviewed by the end of the 3rd working day is reported to CMM's
// auditors once by the break-glass-review-overdue job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../server/core/context.js';
import { findJob } from '../../../server/modules/jobs/jobs.registry.js';
import { notifyOverdueBreakGlassReviews } from '../../../server/modules/sharing/sharing.service.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { accessGrantsRaw, breakGlassRaw, breakGlassUsesRaw, grantAccess, grantInput, reviewBreakGlassRaw, type TGrant } from './sharing-helpers.js';
import { AccessGrantOverrideReasonsDocument, BreakGlassReviewQueueDocument, ConsentOverridesDocument, ReviewConsentOverrideDocument } from '../../gql/generated/graphql.js';
import { inbox } from '../../support/inbox.js';
import { MARIA_IONESCU, referralOfCast } from '../../support/factories.js';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let sktst: TActor;
let fyn: TActor;
let fynAuditor: TActor;
let cmmAuditor: TActor;
let nskAuditor: TActor;
let nsk: TActor;

beforeAll(async () => {
  // Monday 23 November 2026, 10:00 in Copenhagen.
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  fyn = await newActor(server, 'FYNPOL', ['CASEWORKER']);
  fynAuditor = await newActor(server, 'FYNPOL', ['AUDITOR']);
  cmmAuditor = await newActor(server, 'CMM', ['AUDITOR']);
  nskAuditor = await newActor(server, 'NSK', ['AUDITOR']);
  nsk = await newActor(server, 'NSK', ['INVESTIGATOR']);
});

afterAll(async () => {
  await server.close();
});

const kindsAbout = async (actor: TActor, id: string) => (await inbox(server, actor)).filter((n) => n.objectId === id).map((n) => n.kind).sort();

let sktstUse: TGrant;
let fynUse: TGrant;

describe('a break-glass use reaches an auditor', () => {
  it('goes to CMM’s auditors when the user’s organisation has none (SKTST)', async () => {
    const referral = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    sktstUse = dataOf(await breakGlassRaw(server, sktst, referral.id), 'breakGlass');
    expect(await kindsAbout(cmmAuditor, sktstUse.id)).toEqual(['BREAK_GLASS_USED']);
    expect(await kindsAbout(nskAuditor, sktstUse.id)).toEqual([]);
  });

  it('goes to the organisation’s own auditors when it has some, and not to CMM’s', async () => {
    const referral = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    fynUse = dataOf(await breakGlassRaw(server, fyn, referral.id), 'breakGlass');
    expect(await kindsAbout(fynAuditor, fynUse.id)).toEqual(['BREAK_GLASS_USED']);
    expect(await kindsAbout(cmmAuditor, fynUse.id)).toEqual([]);
  });

  it('stays on the auditors’ list of unreviewed uses, due by the end of the 3rd working day', async () => {
    const uses = await server.as(cmmAuditor)(BreakGlassReviewQueueDocument);
    const listed = dataOf(uses, 'breakGlassUses');
    expect(listed.map((u) => u.id)).toEqual(expect.arrayContaining([sktstUse.id, fynUse.id]));
    // Used Monday 23 Nov: Tue, Wed, Thu are the 3 working days; Thursday 23:59:59.999 CET.
    expect(listed.find((u) => u.id === sktstUse.id)?.reviewDueAt).toBe('2026-11-26T22:59:59.999Z');
  });
});

describe('an overdue review', () => {
  it('is a scheduled job', () => {
    expect(findJob('break-glass-review-overdue')).toBeDefined();
  });

  it('is reported to CMM’s auditors once, after the 3rd working day, for uses still unreviewed', async () => {
    // FYNPOL's auditor reviews its use in time: it is never reported.
    dataOf(await reviewBreakGlassRaw(server, fynAuditor, fynUse.id), 'reviewBreakGlass');
    const ctx = systemContext(server.deps, 'test-overdue');
    expect(await notifyOverdueBreakGlassReviews(ctx, new Date('2026-11-26T22:59:00Z'))).toEqual({ notified: 0 });
    const mark = auditMark(server);
    expect(await notifyOverdueBreakGlassReviews(ctx, new Date('2026-11-26T23:00:00Z'))).toEqual({ notified: 1 });
    expect(await kindsAbout(cmmAuditor, sktstUse.id)).toEqual(['BREAK_GLASS_REVIEW_OVERDUE', 'BREAK_GLASS_USED']);
    expect(await kindsAbout(fynAuditor, fynUse.id)).toEqual(['BREAK_GLASS_USED']);
    expect(auditSince(server, mark, { action: 'BREAK_GLASS_REVIEW_OVERDUE', objectId: sktstUse.id })).toHaveLength(1);
    // Claimed once: a second run (or a second server) sends nothing more.
    expect(await notifyOverdueBreakGlassReviews(ctx, new Date('2026-11-27T09:00:00Z'))).toEqual({ notified: 0 });
    // Still on the list until reviewed.
    expect(dataOf(await breakGlassUsesRaw(server, cmmAuditor, true), 'breakGlassUses').map((g) => g.id)).toContain(sktstUse.id);
  });

  it('counts working days: a use on Friday is due the following Wednesday', async () => {
    await moveClock(server, '2026-11-27T09:00:00Z', cast.referrer, cast.authority, cast.assessor, sktst, fyn, fynAuditor, cmmAuditor, nskAuditor, nsk);
    const referral = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input });
    const friday = dataOf(await breakGlassRaw(server, sktst, referral.id), 'breakGlass');
    const ctx = systemContext(server.deps, 'test-overdue');
    expect(await notifyOverdueBreakGlassReviews(ctx, new Date('2026-12-02T22:00:00Z'))).toEqual({ notified: 0 });
    expect(await notifyOverdueBreakGlassReviews(ctx, new Date('2026-12-02T23:00:01Z'))).toEqual({ notified: 1 });
    expect(await kindsAbout(cmmAuditor, friday.id)).toContain('BREAK_GLASS_REVIEW_OVERDUE');
  });
});

describe('a consent override', () => {
  it('notifies the controller’s auditors, keeps its reason for them (not for the grantee), and is reviewed like a break-glass', async () => {
    const referral = await referralOfCast(server, cast, 'RECEIVED', { subject: MARIA_IONESCU.subject, input: { ...MARIA_IONESCU.input, consent: { toDisclosure: 'REFUSED' } } });
    const reason = 'The person is in acute danger and the police must find them today';
    const grant = await grantAccess(server, cast.authority, grantInput(server, { referralId: referral.id, organisationCode: 'NSK', level: 'FULL', consentOverride: true, consentOverrideReason: reason }));
    expect(await kindsAbout(cmmAuditor, grant.id)).toEqual(['CONSENT_OVERRIDE_USED']);
    const listed = dataOf(
      await server.as(cmmAuditor)(ConsentOverridesDocument, { u: true }),
      'consentOverrides',
    );
    expect(listed.find((g) => g.id === grant.id)?.consentOverrideReason).toBe(reason);
    expect(dataOf(await server.as(nskAuditor)(ConsentOverridesDocument), 'consentOverrides')).toEqual([]);
    // The grantee sees its grant, not the controller's reason.
    const own = await server.as(nsk)(AccessGrantOverrideReasonsDocument, { id: referral.id });
    expect(dataOf(own, 'accessGrants').find((g) => g.id === grant.id)?.consentOverrideReason).toBeNull();
    expect(dataOf(await accessGrantsRaw(server, cast.authority, referral.id), 'accessGrants').map((g) => g.id)).toContain(grant.id);

    const review = (actor: TActor, note = 'Checked with the coordinator: the danger was documented') =>
      server.as(actor)(ReviewConsentOverrideDocument, { id: grant.id, n: note });
    expect(errorOf(await review(nskAuditor)).code).toBe('NOT_FOUND');
    expect(errorOf(await review(cast.authority)).code).toBe('FORBIDDEN');
    expect(errorOf(await review(cmmAuditor, ''))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(dataOf(await review(cmmAuditor), 'reviewConsentOverride').reviewedAt).not.toBeNull();
    expect(errorOf(await review(cmmAuditor))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'REVIEWED' });
  });
});
