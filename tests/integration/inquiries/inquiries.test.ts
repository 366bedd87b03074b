// CMM's hotline inquiries (issue 14) over HTTP: recorded without a referral and without identity,
// linked to what they led to, listed for CMM's caseworkers and coordinators, counted per year by
// kind, source and outcome; the note sealed at rest and erased RETENTION_SHORT_MONTHS later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../server/core/context.js';
import { eraseExpiredInquiryNotes } from '../../../server/modules/inquiries/inquiries.service.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { buildReferral } from '../../support/factories.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { InquiriesDocument, InquiryStatisticsDocument, RecordInquiryDocument, type RecordInquiryInput } from '../../gql/generated/graphql.js';

let server: TTestServer;
const a = {} as Record<'caseworker' | 'coordinator' | 'analyst' | 'assessor' | 'police' | 'auditor' | 'member', TActor>;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  a.caseworker = await newActor(server, 'CMM', ['CASEWORKER']);
  a.coordinator = await newActor(server, 'CMM', ['COORDINATOR']);
  a.analyst = await newActor(server, 'CMM', ['ANALYST']);
  a.assessor = await newActor(server, 'CMM', ['ASSESSOR']);
  a.police = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  a.auditor = await newActor(server, 'CMM', ['AUDITOR']);
  a.member = await newActor(server, 'CMM', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'NATIONAL' });
});
afterAll(async () => {
  await server.close();
});

const base = (): RecordInquiryInput => ({ receivedAt: '2026-11-23T08:30:00Z', kind: 'ADVANCE_NOTICE_OF_OPERATION', callerOrganisationCode: 'KBHPOL', ledTo: 'NOTHING' });
const record = (who: TActor, input: Partial<RecordInquiryInput>) => server.as(who)(RecordInquiryDocument, { input: { ...base(), ...input } });
const list = (who: TActor, from = '2026-11-01', to = '2026-11-30') => server.as(who)(InquiriesDocument, { from, to });
const count = () => (server.deps.sqlite.prepare('select count(*) n from inquiries').get() as { n: number }).n;

describe('recording an inquiry', () => {
  it('a caseworker records a call from the police announcing a raid; no identity needed; audited without the note', async () => {
    const mark = auditMark(server);
    const saved = dataOf(await record(a.caseworker, { note: 'Razzia på massageklinik i morgen kl. 6; ring tilbage til vagthavende.' }), 'recordInquiry');
    expect(saved).toMatchObject({
      kind: 'ADVANCE_NOTICE_OF_OPERATION',
      anonymous: false,
      callerOrganisation: { code: 'KBHPOL' },
      ledTo: 'NOTHING',
      referralId: null,
      operationId: null,
      receivedAt: '2026-11-23T08:30:00.000Z',
    });
    expect(saved.recordedByName).toBeTruthy();
    const [row] = auditSince(server, mark, { action: 'INQUIRY_RECORD' });
    expect(row).toMatchObject({ objectType: 'Inquiry', objectId: saved.id, outcome: 'ALLOWED' });
    expect(JSON.parse(row!.details!)).toEqual({ kind: 'ADVANCE_NOTICE_OF_OPERATION', callerKind: 'ORGANISATION', ledTo: 'NOTHING' });
    expect(JSON.stringify(row)).not.toMatch(/massageklinik/);
  });

  it('an anonymous tip that led to a referral links to it', async () => {
    const referral = await buildReferral(server, { state: 'SUBMITTED' });
    const saved = dataOf(await record(a.coordinator, { kind: 'TIP_ABOUT_PLACE', callerOrganisationCode: null, ledTo: 'REFERRAL', referralId: referral.id }), 'recordInquiry');
    expect(saved).toMatchObject({ anonymous: true, callerOrganisation: null, ledTo: 'REFERRAL', referralId: referral.id, referralReference: referral.reference, note: null });
  });

  it('refuses what the outcome does not name, unknown links and organisations, a future time and a long note; nothing is written', async () => {
    const before = count();
    const draft = await buildReferral(server, { state: 'DRAFT' });
    const cases: Array<[Partial<RecordInquiryInput>, string]> = [
      [{ ledTo: 'REFERRAL' }, 'input.referralId'],
      [{ ledTo: 'OPERATION' }, 'input.operationId'],
      [{ ledTo: 'NOTHING', referralId: draft.id }, 'input.referralId'],
      [{ ledTo: 'REFERRAL', referralId: draft.id }, 'input.referralId'],
      [{ ledTo: 'REFERRAL', referralId: 'no-such' }, 'input.referralId'],
      [{ ledTo: 'OPERATION', operationId: 'no-such' }, 'input.operationId'],
      [{ callerOrganisationCode: 'NOPE' }, 'input.callerOrganisationCode'],
      [{ receivedAt: '2026-11-24T09:00:00Z' }, 'input.receivedAt'],
      [{ note: 'x'.repeat(2001) }, 'input.note'],
    ];
    for (const [input, field] of cases) expect(errorOf(await record(a.caseworker, input)), JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errorOf(await record(a.caseworker, { kind: 'GOSSIP' as never })).code).toBe('BAD_USER_INPUT');
    expect(count()).toBe(before);
  });

  it('who may record: CMM’s caseworkers and coordinators; not its analysts, assessors, auditors, a reference group, nor the police', async () => {
    const before = count();
    const mark = auditMark(server);
    for (const who of [a.analyst, a.assessor, a.auditor, a.member]) expect(errorOf(await record(who, {})).code).toBe('FORBIDDEN');
    // The police hold CASEWORKER and COORDINATOR, but inquiries are CMM's records: refused and audited.
    expect(errorOf(await record(a.police, {})).code).toBe('FORBIDDEN');
    expect(auditSince(server, mark, { action: 'INQUIRY_RECORD' }).map((r) => [r.outcome, r.actorUserId])).toEqual([['DENIED', a.police.user.id]]);
    expect(errorOf(await server.as(null)(RecordInquiryDocument, { input: base() })).code).toBe('UNAUTHENTICATED');
    expect(count()).toBe(before);
  });
});

describe('reading inquiries', () => {
  it('CMM’s caseworkers and coordinators list a period’s inquiries, newest first, note opened; audited', async () => {
    const mark = auditMark(server);
    const rows = dataOf(await list(a.coordinator), 'inquiries');
    expect(rows.length).toBe(2);
    expect(rows[0]!.receivedAt >= rows[1]!.receivedAt).toBe(true);
    expect(rows.map((r) => r.note)).toContain('Razzia på massageklinik i morgen kl. 6; ring tilbage til vagthavende.');
    expect(auditSince(server, mark, { action: 'INQUIRIES_READ' })).toMatchObject([{ outcome: 'ALLOWED' }]);
    expect(dataOf(await list(a.caseworker, '2026-10-01', '2026-10-31'), 'inquiries')).toEqual([]);
  });

  it('refuses others and bad periods', async () => {
    for (const who of [a.analyst, a.assessor, a.auditor, a.member, a.police]) expect(errorOf(await list(who)).code).toBe('FORBIDDEN');
    expect(errorOf(await list(a.caseworker, '2026-11-30', '2026-11-01'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf(await list(a.caseworker, '2024-01-01', '2026-11-01'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf(await list(a.caseworker, '2026-02-30', '2026-11-01'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

describe('statistics', () => {
  it('counts a year by kind, source and outcome; CMM’s analysts read the counts', async () => {
    dataOf(await record(a.caseworker, { kind: 'PERSON_IN_CUSTODY', callerOrganisationCode: 'SSJYLPOL' }), 'recordInquiry');
    dataOf(await record(a.caseworker, { kind: 'ADVICE', callerOrganisationCode: 'AT', receivedAt: '2025-12-31T22:59:00Z' }), 'recordInquiry'); // 23:59 in Copenhagen: 2025
    const stats = dataOf(await server.as(a.analyst)(InquiryStatisticsDocument, { year: 2026 }), 'inquiryStatistics');
    const of = (list: Array<{ key: string; count: number }>, key: string) => list.find((c) => c.key === key)?.count;
    expect(stats.total).toBe(3);
    expect(of(stats.byKind, 'ADVANCE_NOTICE_OF_OPERATION')).toBe(1);
    expect(of(stats.byKind, 'TIP_ABOUT_PLACE')).toBe(1);
    expect(of(stats.byKind, 'PERSON_IN_CUSTODY')).toBe(1);
    expect(of(stats.byKind, 'ADVICE')).toBe(0);
    expect(of(stats.bySource, 'POLICE')).toBe(2);
    expect(of(stats.bySource, 'ANONYMOUS')).toBe(1);
    expect(of(stats.byOutcome, 'REFERRAL')).toBe(1);
    expect(of(stats.byOutcome, 'NOTHING')).toBe(2);
    const last = dataOf(await server.as(a.coordinator)(InquiryStatisticsDocument, { year: 2025 }), 'inquiryStatistics');
    expect([last.total, of(last.bySource, 'LABOUR')]).toEqual([1, 1]);
    expect(JSON.stringify(stats)).not.toMatch(/massageklinik/);
  });

  it('refuses others and years out of range', async () => {
    for (const who of [a.assessor, a.auditor, a.member, a.police]) expect(errorOf(await server.as(who)(InquiryStatisticsDocument, { year: 2026 })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.analyst)(InquiryStatisticsDocument, { year: 2027 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(errorOf(await server.as(a.analyst)(InquiryStatisticsDocument, { year: 1999 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });
});

describe('at rest and retention', () => {
  it('the note is sealed under the inquiry’s own key and erased RETENTION_SHORT_MONTHS after the inquiry (key shredded, audited); the counts stay', async () => {
    const saved = dataOf(await record(a.caseworker, { note: 'Opkald om Zdravka Ivanova på gården.', receivedAt: '2026-11-23T08:45:00Z' }), 'recordInquiry');
    const stored = (server.deps.sqlite.prepare('select note from inquiries where id = ?').get(saved.id) as { note: string }).note;
    expect(stored.startsWith(`sv1.inquiry-${saved.id}.`)).toBe(true);
    expect(stored).not.toContain('Zdravka');
    const run = (at: string) => eraseExpiredInquiryNotes(systemContext(server.deps, 'test-retention'), new Date(at));
    // Twelve months (the default RETENTION_SHORT_MONTHS) after it came in, not before.
    expect((await run('2027-11-23T08:44:00Z')).inquiryNotesErased).toBe(1); // the 08:30 raid notice only
    expect(server.deps.sealer.hasKey(`inquiry-${saved.id}`)).toBe(true);
    const mark = auditMark(server);
    expect((await run('2027-11-23T08:46:00Z')).inquiryNotesErased).toBe(1);
    expect(server.deps.sealer.hasKey(`inquiry-${saved.id}`)).toBe(false);
    expect(auditSince(server, mark, { action: 'DATA_KEY_SHREDDED' })).toMatchObject([{ objectType: 'Inquiry', objectId: saved.id, purpose: 'RETENTION' }]);
    expect((await run('2027-11-24T00:00:00Z')).inquiryNotesErased).toBe(0);
    const stats = dataOf(await server.as(a.analyst)(InquiryStatisticsDocument, { year: 2026 }), 'inquiryStatistics');
    expect(stats.total).toBe(4);
  });
});
