// subjectAccessReport(subjectId): for one person, every read, search hit, change and refused
// attempt: when, by which organisation and role, for what purpose, with what outcome. Erasure is
// in tests/integration/retention. The report is itself audited and is not part of the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, errorCode, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
import { AcknowledgeReferralQuietlyDocument, ReferralIdentityDocument, ReferralsDocument, ReferralDocument } from '../../gql/generated/graphql.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { REPORT, subjectReport, type TAuditEvent } from './audit-tools-helpers.js';
import { dataOf } from '../../support/responses.js';

let server: TTestServer;
let cmmAuditor: TActor;
let atAuditor: TActor;
let siriAuditor: TActor;
let at: TActor;
let cmm: TActor;
let police: TActor;
let first: TBuiltReferral;
let again: TBuiltReferral;
let other: TBuiltReferral;

beforeAll(async () => {
  server = await startTestServer();
  [cmmAuditor, atAuditor, siriAuditor, at, cmm, police] = await Promise.all([
    newActor(server, 'CMM', ['AUDITOR']),
    newActor(server, 'AT', ['AUDITOR']),
    newActor(server, 'SIRI', ['AUDITOR']),
    newActor(server, 'AT', ['CASEWORKER']),
    newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']),
    newActor(server, 'KBHPOL', ['CASEWORKER']),
  ]);
  // One person referred twice, and someone else.
  first = await buildReferral(server, { referrer: at.user, name: 'Maria Ionescu' });
  again = await buildReferral(server, { referrer: at.user, state: 'DRAFT', name: 'Maria Ionescu', input: { existingSubjectId: first.subjectId } });
  other = await buildReferral(server, { referrer: at.user, name: 'Someone Else' });
  // CMM searches (both submitted referrals are hits), reads the identity, and acknowledges.
  dataOf(await server.as(cmm)(ReferralsDocument, { first: 50 }), 'referrals');
  await server.as(cmm)(ReferralIdentityDocument, { id: first.id });
  await server.as(cmm)(AcknowledgeReferralQuietlyDocument, { id: first.id });
  // The police district may not see it: refused, and recorded.
  expect(errorCode(await server.as(police)(ReferralDocument, { id: first.id }))).toBe('NOT_FOUND');
});
afterAll(async () => {
  await server.close();
});

async function report(actor: TActor, subjectId: string): Promise<TAuditEvent[]> {
  return subjectReport(server, actor, subjectId);
}

const line = (e: TAuditEvent) => [e.action, e.actorOrganisation?.code ?? null, e.outcome].join(' ');

describe('the report', () => {
  it('lists every access to the person’s data, over all their referrals, oldest first, with organisation, role, purpose and outcome', async () => {
    const events = await report(cmmAuditor, first.subjectId);
    expect(events.map((e) => e.seq)).toEqual([...events.map((e) => e.seq)].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.objectId))).toEqual(new Set([first.id, again.id]));
    const lines = events.map(line);
    expect(lines).toEqual(
      expect.arrayContaining([
        'REFERRAL_CREATE AT ALLOWED',
        'REFERRAL_SUBMIT AT ALLOWED',
        'REFERRAL_SEARCH_HIT CMM ALLOWED',
        'REFERRAL_READ CMM ALLOWED',
        'REFERRAL_ACKNOWLEDGE CMM ALLOWED',
        'REFERRAL_READ KBHPOL DENIED',
      ]),
    );
    // Both referrals were created: one record each.
    expect(lines.filter((l) => l === 'REFERRAL_CREATE AT ALLOWED')).toHaveLength(2);
    const read = events.find((e) => e.action === 'REFERRAL_READ' && e.actorOrganisation?.code === 'CMM' && e.dataCategory === 'IDENTITY');
    expect(read).toMatchObject({ actorUserId: cmm.user.id, actorRoles: ['CASEWORKER', 'ASSESSOR'], purpose: 'CASE_HANDLING', subjectId: first.subjectId });
    const hit = events.find((e) => e.action === 'REFERRAL_SEARCH_HIT');
    expect(hit).toMatchObject({ objectId: first.id, purpose: 'CASE_HANDLING', actorRoles: ['CASEWORKER', 'ASSESSOR'] });
    const denied = events.find((e) => e.outcome === 'DENIED');
    expect(denied).toMatchObject({ actorUserId: police.user.id, actorRoles: ['CASEWORKER'], objectId: first.id });
    // Nothing about the other person.
    expect(events.some((e) => e.objectId === other.id || e.subjectId === other.subjectId)).toBe(false);
    expect(JSON.stringify(events)).not.toContain('Maria');
  });

  it('is itself audited (SUBJECT_ACCESS_REPORT) and does not appear in the next report', async () => {
    const mark = auditMark(server);
    const events = await report(cmmAuditor, first.subjectId);
    const records = auditSince(server, mark);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ action: 'SUBJECT_ACCESS_REPORT', objectType: 'Subject', objectId: first.subjectId, subjectId: null, outcome: 'ALLOWED', actorUserId: cmmAuditor.user.id, purpose: 'DATA_SUBJECT_ACCESS' });
    expect(JSON.parse(records[0]!.details!)).toEqual({ scope: 'ALL', results: events.length });
    expect((await report(cmmAuditor, first.subjectId)).map((e) => e.seq)).toEqual(events.map((e) => e.seq));
  });
});

describe('what an auditor of another organisation gets (ADR 0009)', () => {
  it('its own organisation’s part: AT sees what AT did with the person’s data', async () => {
    const events = await report(atAuditor, first.subjectId);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.actorOrganisation?.code === 'AT')).toBe(true);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['REFERRAL_CREATE', 'REFERRAL_SUBMIT']));
  });

  it('an organisation that never touched the person: NOT_FOUND, exactly as for an unknown subject (recorded as DENIED)', async () => {
    const mark = auditMark(server);
    const res = await server.gql(REPORT, { subjectId: first.subjectId }, { token: siriAuditor.token });
    expect(errorCode(res)).toBe('NOT_FOUND');
    const unknown = await server.gql(REPORT, { subjectId: 'no-such-subject' }, { token: siriAuditor.token });
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(unknown.body.errors?.[0]?.message).toBe(res.body.errors?.[0]?.message);
    expect(errorCode(await server.gql(REPORT, { subjectId: 'no-such-subject' }, { token: cmmAuditor.token }))).toBe('NOT_FOUND');
    const records = auditSince(server, mark, { action: 'SUBJECT_ACCESS_REPORT' });
    expect(records.map((r) => r.outcome)).toEqual(['DENIED', 'DENIED', 'DENIED']);
  });
});

describe('who may ask, and bad input', () => {
  it('AUDITOR only: a caseworker FORBIDDEN, anonymous UNAUTHENTICATED', async () => {
    for (const actor of [cmm, at]) expect(errorCode(await server.gql(REPORT, { subjectId: first.subjectId }, { token: actor.token }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(REPORT, { subjectId: first.subjectId }))).toBe('UNAUTHENTICATED');
  });

  it('an empty or overlong subject id is BAD_USER_INPUT naming subjectId, and records nothing', async () => {
    for (const subjectId of ['', 'x'.repeat(101)]) {
      const mark = auditMark(server);
      const res = await server.gql(REPORT, { subjectId }, { token: cmmAuditor.token });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'subjectId' });
      expect(auditSince(server, mark)).toEqual([]);
    }
  });
});
