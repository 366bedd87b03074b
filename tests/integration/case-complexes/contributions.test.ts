// Issue 14, journey 3 over HTTP: a complex's journal and case numbers and international
// cooperation (the lead; the prosecution its own number), agencies invited as contributors (a
// basis of their own: they see what a SUMMARY grant on the complex shows, never the investigation)
// and their contributions (sealed at rest, read by the lead and NSK and by their own organisation,
// every read audited, erased with the complex under retention).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { actingAs, buildCaseComplex } from '../../support/factories.js';
import { systemContext } from '../../../server/core/context.js';
import * as referrals from '../../../server/modules/referrals/referrals.service.js';
import { eraseExpiredRecords } from '../../../server/modules/retention/retention.service.js';
import {
  AddCaseComplexContributionDocument,
  ContributedComplexDocument,
  ContributedComplexesDocument,
  InviteCaseComplexContributorDocument,
  NotificationsDocument,
  ReferralDocument,
  RemoveCaseComplexContributorDocument,
  UpdateCaseComplexDetailsDocument,
} from '../../gql/generated/graphql.js';

let server: TTestServer;
const a = {} as Record<'kbh' | 'nsk' | 'ra' | 'fyn' | 'sktst' | 'at' | 'cmm' | 'hjr', TActor>;
let complexId: string;
let referralId: string;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  a.kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  a.nsk = await newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR']);
  a.ra = await newActor(server, 'RA', ['CASEWORKER']);
  a.fyn = await newActor(server, 'FYNPOL', ['COORDINATOR', 'CASEWORKER']);
  a.sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  a.at = await newActor(server, 'AT', ['CASEWORKER']);
  a.cmm = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  a.hjr = await newActor(server, 'HJR', ['CASEWORKER']);
  const built = await buildCaseComplex(server, { lead: a.kbh.user, referrals: 1 });
  complexId = built.id;
  referralId = built.referralIds[0]!;
});

afterAll(async () => {
  await server.close();
});

const read = (actor: TActor) => server.as(actor)(ContributedComplexDocument, { id: complexId });

describe('journal and case numbers, international cooperation', () => {
  it('the lead records them (audited by field name); police and prosecution read them, members do not', async () => {
    const mark = auditMark(server);
    const updated = dataOf(
      await server.as(a.kbh)(UpdateCaseComplexDetailsDocument, {
        id: complexId,
        input: { policeJournalNumbers: ['0100-76543-00012-26', '0100-76543-00013-26'], partnerCountries: ['ro', 'BG'], jointInvestigationTeam: true, jointInvestigationTeamName: 'JIT Danubius' },
      }),
      'updateCaseComplexDetails',
    );
    expect(updated.policeJournalNumbers).toEqual(['0100-76543-00012-26', '0100-76543-00013-26']);
    expect(updated.cooperation).toEqual({ partnerCountries: ['RO', 'BG'], jointInvestigationTeam: true, jointInvestigationTeamName: 'JIT Danubius' });
    const records = auditSince(server, mark, { action: 'CASE_COMPLEX_UPDATE' });
    expect(records.map((r) => JSON.parse(r.details ?? 'null'))).toEqual([{ fields: ['policeJournalNumbers', 'partnerCountries', 'jointInvestigationTeam', 'jointInvestigationTeamName'] }]);

    const ra = dataOf(await server.as(a.ra)(UpdateCaseComplexDetailsDocument, { id: complexId, input: { prosecutionCaseNumber: 'SAK-2026-1234' } }), 'updateCaseComplexDetails');
    expect(ra.prosecutionCaseNumber).toBe('SAK-2026-1234');
    for (const actor of [a.nsk, a.kbh]) expect(dataOf(await read(actor), 'caseComplex')).toMatchObject({ prosecutionCaseNumber: 'SAK-2026-1234', policeJournalNumbers: ['0100-76543-00012-26', '0100-76543-00013-26'] });
    const member = dataOf(await read(a.cmm), 'caseComplex');
    expect(member).toMatchObject({ access: { level: 'MEMBERSHIP' }, policeJournalNumbers: null, prosecutionCaseNumber: null, cooperation: null, contributors: null, contributions: null });
  });

  it('is changed by no one else; the prosecution only its own number', async () => {
    expect(errorOf(await server.as(a.ra)(UpdateCaseComplexDetailsDocument, { id: complexId, input: { policeJournalNumbers: ['1'] } })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.nsk)(UpdateCaseComplexDetailsDocument, { id: complexId, input: { partnerCountries: ['PL'] } })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.cmm)(UpdateCaseComplexDetailsDocument, { id: complexId, input: { partnerCountries: ['PL'] } })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.fyn)(UpdateCaseComplexDetailsDocument, { id: complexId, input: { partnerCountries: ['PL'] } })).code).toBe('NOT_FOUND');
    expect(dataOf(await read(a.kbh), 'caseComplex').cooperation?.partnerCountries).toEqual(['RO', 'BG']);
  });

  it('refuses bad input by field and rule', async () => {
    const update = (input: Record<string, unknown>) => server.gqlInput(UpdateCaseComplexDetailsDocument, { id: complexId, input }, { token: a.kbh.token });
    expect(errorOf(await update({ partnerCountries: ['XX'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partnerCountries.0' });
    expect(errorOf(await update({ partnerCountries: ['DK'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.partnerCountries.0' });
    expect(errorOf(await update({ policeJournalNumbers: ['<script>'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.policeJournalNumbers.0' });
    expect(errorOf(await update({ policeJournalNumbers: ['x'.repeat(51)] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.policeJournalNumbers.0' });
    expect(errorOf(await update({ jointInvestigationTeam: false, jointInvestigationTeamName: 'JIT' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.jointInvestigationTeamName' });
    expect(errorOf(await update({}))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(errorOf(await update({ unknownField: 1 })).code).toBe('BAD_USER_INPUT');
  });
});

describe('invited contributors', () => {
  it('the lead invites SKTST: notified, it sees the complex on its own basis, as a SUMMARY grant would show it', async () => {
    const mark = auditMark(server);
    const complex = dataOf(await server.as(a.kbh)(InviteCaseComplexContributorDocument, { caseComplexId: complexId, organisationCode: 'sktst' }), 'inviteCaseComplexContributor');
    expect(complex.contributors?.map((c) => [c.organisation.code, c.removedAt])).toEqual([['SKTST', null]]);
    expect(auditSince(server, mark, { action: 'CASE_COMPLEX_CONTRIBUTOR_INVITE' })).toHaveLength(1);
    const notices = dataOf(await server.as(a.sktst)(NotificationsDocument), 'notifications');
    expect(notices.find((n) => n.kind === 'CASE_COMPLEX_CONTRIBUTOR_INVITED')).toMatchObject({ objectId: complexId, link: `/case-complexes/${complexId}` });

    const seen = dataOf(await read(a.sktst), 'caseComplex');
    expect(seen.access).toEqual({ level: 'MEMBERSHIP', reasonCode: 'CASE_COMPLEX_CONTRIBUTOR' });
    expect(seen).toMatchObject({ suspects: null, policeJournalNumbers: null, cooperation: null, contributors: null, contributions: [] });
    expect(seen.referrals).toEqual([
      { id: referralId, state: 'SUBMITTED', access: { level: 'SUMMARY', reasonCode: 'REFERRAL_CASE_COMPLEX_CONTRIBUTOR' }, narrative: null, subject: { identity: null }, caseComplexes: null },
    ]);
    expect(dataOf(await server.as(a.sktst)(ContributedComplexesDocument), 'caseComplexes').map((c) => c.id)).toContain(complexId);
    // Only in the complex: the referral itself stays unknown to it.
    expect(errorOf(await server.as(a.sktst)(ReferralDocument, { id: referralId })).code).toBe('NOT_FOUND');
  });

  it('only an agency outside police and prosecution, once, and only by the lead', async () => {
    const invite = (actor: TActor, organisationCode: string) => server.as(actor)(InviteCaseComplexContributorDocument, { caseComplexId: complexId, organisationCode });
    expect(errorOf(await invite(a.kbh, 'FYNPOL'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCode' });
    expect(errorOf(await invite(a.kbh, 'RA'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCode' });
    expect(errorOf(await invite(a.kbh, 'NOPE'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCode' });
    expect(errorOf(await invite(a.kbh, 'SKTST'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCode' });
    expect(errorOf(await invite(a.nsk, 'AT')).code).toBe('FORBIDDEN');
    expect(errorOf(await invite(a.sktst, 'AT')).code).toBe('FORBIDDEN');
    expect(errorOf(await invite(a.at, 'AT')).code).toBe('NOT_FOUND');
    expect(errorOf(await server.as(a.sktst)(RemoveCaseComplexContributorDocument, { caseComplexId: complexId, organisationCode: 'SKTST' })).code).toBe('FORBIDDEN');
  });
});

describe('contributions', () => {
  it('a contributor records a finding: sealed at rest, audited, the lead notified without its content', async () => {
    const mark = auditMark(server);
    const added = dataOf(
      await server.as(a.sktst)(AddCaseComplexContributionDocument, { caseComplexId: complexId, input: { category: 'TAX', notedOn: '2026-11-20', note: 'Kontrolbesøg: 6 ansatte uden lønsedler hos Byg & Co ApS.' } }),
      'addCaseComplexContribution',
    );
    expect(added).toMatchObject({ organisation: { code: 'SKTST' }, category: 'TAX', notedOn: '2026-11-20' });
    const row = server.deps.sqlite.prepare('select note from case_complex_contributions where id = ?').get(added.id) as { note: string };
    expect(row.note.startsWith('sv1.')).toBe(true);
    const [record] = auditSince(server, mark, { action: 'CASE_COMPLEX_CONTRIBUTION_ADD' });
    expect(record).toMatchObject({ objectId: complexId, actorUserId: a.sktst.user.id, dataCategory: 'NARRATIVE' });
    expect(JSON.parse(record!.details ?? 'null')).toEqual({ contributionId: added.id, category: 'TAX' });
    const notice = dataOf(await server.as(a.kbh)(NotificationsDocument), 'notifications').find((n) => n.kind === 'CASE_COMPLEX_CONTRIBUTION_ADDED');
    expect(notice).toMatchObject({ objectId: complexId });
    expect(`${notice!.title} ${notice!.titleEn}`).not.toMatch(/Byg|lønsedler/);
  });

  it('the lead and NSK read all of them, each contributor its own, no one else; every read audited', async () => {
    dataOf(await server.as(a.kbh)(InviteCaseComplexContributorDocument, { caseComplexId: complexId, organisationCode: 'AT' }), 'inviteCaseComplexContributor');
    dataOf(
      await server.as(a.at)(AddCaseComplexContributionDocument, { caseComplexId: complexId, input: { category: 'LABOUR_CONDITIONS', notedOn: '2026-11-21', note: 'Arbejdsmiljø: overnatning på byggepladsen.' } }),
      'addCaseComplexContribution',
    );
    const mark = auditMark(server);
    const categories = async (actor: TActor) => dataOf(await read(actor), 'caseComplex').contributions?.map((c) => `${c.organisation.code}:${c.category}`) ?? null;
    expect(await categories(a.kbh)).toEqual(['SKTST:TAX', 'AT:LABOUR_CONDITIONS']);
    expect(await categories(a.nsk)).toEqual(['SKTST:TAX', 'AT:LABOUR_CONDITIONS']);
    expect(await categories(a.sktst)).toEqual(['SKTST:TAX']);
    expect(await categories(a.at)).toEqual(['AT:LABOUR_CONDITIONS']);
    expect(await categories(a.ra)).toBeNull();
    expect(await categories(a.cmm)).toBeNull();
    const reads = auditSince(server, mark, { action: 'CASE_COMPLEX_CONTRIBUTIONS_READ' });
    expect(reads.map((r) => [r.actorUserId, JSON.parse(r.details ?? 'null')])).toEqual([
      [a.kbh.user.id, { results: 2 }],
      [a.nsk.user.id, { results: 2 }],
      [a.sktst.user.id, { results: 1 }],
      [a.at.user.id, { results: 1 }],
    ]);
    expect(dataOf(await read(a.kbh), 'caseComplex').contributions?.[0]?.note).toContain('lønsedler');
  });

  it('is refused to the lead, to agencies not invited, and for bad input', async () => {
    const add = (actor: TActor, input: Record<string, unknown>) =>
      server.gqlInput(AddCaseComplexContributionDocument, { caseComplexId: complexId, input: { category: 'TAX', notedOn: '2026-11-20', note: 'Fund', ...input } }, { token: actor.token });
    expect(errorOf(await add(a.kbh, {})).code).toBe('FORBIDDEN');
    expect(errorOf(await add(a.nsk, {})).code).toBe('FORBIDDEN');
    expect(errorOf(await add(a.hjr, {})).code).toBe('NOT_FOUND');
    expect(errorOf(await add(a.sktst, { notedOn: '2026-11-24' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.notedOn' });
    expect(errorOf(await add(a.sktst, { notedOn: '2026-02-30' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.notedOn' });
    expect(errorOf(await add(a.sktst, { note: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    expect(errorOf(await add(a.sktst, { note: 'x'.repeat(5001) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    expect(errorOf(await add(a.sktst, { category: 'GOSSIP' })).code).toBe('BAD_USER_INPUT');
  });

  it('a removed contributor sees the complex no more; its contributions stay for the lead', async () => {
    dataOf(await server.as(a.kbh)(RemoveCaseComplexContributorDocument, { caseComplexId: complexId, organisationCode: 'AT' }), 'removeCaseComplexContributor');
    expect(errorOf(await read(a.at)).code).toBe('NOT_FOUND');
    expect(dataOf(await read(a.kbh), 'caseComplex').contributors?.map((c) => [c.organisation.code, c.removedAt !== null])).toEqual([
      ['SKTST', false],
      ['AT', true],
    ]);
    expect(dataOf(await read(a.kbh), 'caseComplex').contributions).toHaveLength(2);
    expect(errorOf(await server.as(a.kbh)(RemoveCaseComplexContributorDocument, { caseComplexId: complexId, organisationCode: 'AT' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organisationCode' });
  });
});

describe('retention', () => {
  it('erases the contributions with the complex: the note is gone, the dated category stays', async () => {
    // The linked referral is the complex's last open one: withdrawn, the complex's clock runs.
    await referrals.withdrawReferral(actingAs(server, a.kbh.user), { id: referralId, reason: 'Indgår ikke længere' });
    const years = server.deps.config.retention.longYears;
    await eraseExpiredRecords(systemContext(server.deps, 'retention-test'), new Date(server.clock.now().getTime() + (years + 1) * 366 * 86_400_000));
    const rows = server.deps.sqlite.prepare('select category, noted_on as notedOn, note from case_complex_contributions where case_complex_id = ?').all(complexId);
    expect(rows).toEqual([
      { category: 'TAX', notedOn: '2026-11-20', note: null },
      { category: 'LABOUR_CONDITIONS', notedOn: '2026-11-21', note: null },
    ]);
  });
});
