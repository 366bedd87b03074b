// Issue 14, journey 2 over HTTP: the referrer's addendum after submission (a timeline entry with
// indicator codes, free text and narrative; sealed at rest, read at the narrative's level, audited,
// the controller notified without personal data), withdrawal until the assessment, and the
// maintained indicator list (ADMIN), with the codes stored on the referral.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { buildReferral, referralInputFor } from '../../support/factories.js';
import {
  AddReferralAddendumDocument,
  CreateReferralDocument,
  DefineIndicatorDocument,
  IndicatorCatalogueDocument,
  NotificationsDocument,
  ReferralAddendaDocument,
  UpdateIndicatorDocument,
  WithdrawReferralDocument,
} from '../../gql/generated/graphql.js';

let server: TTestServer;
const a = {} as Record<'at' | 'cmm' | 'cmmAssessor' | 'kbh' | 'admin' | 'analyst' | 'auditor', TActor>;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  a.at = await newActor(server, 'AT', ['CASEWORKER']);
  a.cmm = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  a.cmmAssessor = await newActor(server, 'CMM', ['CASEWORKER', 'ASSESSOR']);
  a.kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  a.admin = await newActor(server, 'CMM', ['ADMIN']);
  a.analyst = await newActor(server, 'CMM', ['ANALYST']);
  a.auditor = await newActor(server, 'CMM', ['AUDITOR']);
});

afterAll(async () => {
  await server.close();
});

const referralOf = (state: 'DRAFT' | 'SUBMITTED' | 'RECEIVED' | 'UNDER_ASSESSMENT' | 'ASSESSED' | 'IN_SUPPORT') =>
  buildReferral(server, { state, referrer: a.at.user, handler: a.cmm.user, assessor: a.cmmAssessor.user });

describe('the maintained indicator list', () => {
  it('is seeded per exploitation form with Danish and English labels, and read by caseworkers and analysts', async () => {
    const list = dataOf(await server.as(a.at)(IndicatorCatalogueDocument), 'indicatorCatalogue');
    const debt = list.find((i) => i.code === 'DEBT_BONDAGE');
    expect(debt).toMatchObject({ exploitationForm: 'FORCED_LABOUR', active: true });
    expect(debt!.labelDa).toMatch(/gæld/i);
    expect(debt!.labelEn).toMatch(/debt/i);
    expect(new Set(list.map((i) => i.exploitationForm)).size).toBeGreaterThan(3);
    expect(dataOf(await server.as(a.analyst)(IndicatorCatalogueDocument), 'indicatorCatalogue').length).toBe(list.length);
    expect(errorOf(await server.as(a.auditor)(IndicatorCatalogueDocument)).code).toBe('FORBIDDEN');
    expect(errorOf(await server.gql(IndicatorCatalogueDocument)).code).toBe('UNAUTHENTICATED');
  });

  it('is maintained by an administrator without code: define, relabel, retire (audited)', async () => {
    const mark = auditMark(server);
    const defined = dataOf(
      await server.as(a.admin)(DefineIndicatorDocument, { input: { code: 'recruitment_fee', exploitationForm: 'FORCED_LABOUR', labelDa: 'Betalt for at få arbejdet', labelEn: 'Paid to get the job' } }),
      'defineIndicator',
    );
    expect(defined).toMatchObject({ code: 'RECRUITMENT_FEE', active: true });
    const relabelled = dataOf(await server.as(a.admin)(UpdateIndicatorDocument, { code: 'RECRUITMENT_FEE', input: { labelEn: 'Paid a fee to get the job' } }), 'updateIndicator');
    expect(relabelled.labelEn).toBe('Paid a fee to get the job');
    dataOf(await server.as(a.admin)(UpdateIndicatorDocument, { code: 'RECRUITMENT_FEE', input: { active: false } }), 'updateIndicator');
    const offered = dataOf(await server.as(a.at)(IndicatorCatalogueDocument), 'indicatorCatalogue');
    expect(offered.map((i) => i.code)).not.toContain('RECRUITMENT_FEE');
    const all = dataOf(await server.as(a.at)(IndicatorCatalogueDocument, { includeRetired: true }), 'indicatorCatalogue');
    expect(all.find((i) => i.code === 'RECRUITMENT_FEE')?.active).toBe(false);
    expect(auditSince(server, mark).map((r) => [r.action, r.objectId, JSON.parse(r.details ?? 'null')])).toEqual([
      ['INDICATOR_DEFINE', 'RECRUITMENT_FEE', { code: 'RECRUITMENT_FEE', exploitationForm: 'FORCED_LABOUR' }],
      ['INDICATOR_UPDATE', 'RECRUITMENT_FEE', { code: 'RECRUITMENT_FEE', fields: ['labelEn'] }],
      ['INDICATOR_UPDATE', 'RECRUITMENT_FEE', { code: 'RECRUITMENT_FEE', fields: ['active'] }],
    ]);
  });

  it('is changed by no one else', async () => {
    const input = { code: 'NOT_MINE', exploitationForm: 'SEXUAL' as const, labelDa: 'x', labelEn: 'x' };
    for (const actor of [a.cmm, a.at, a.analyst, a.auditor]) {
      expect(errorOf(await server.as(actor)(DefineIndicatorDocument, { input })).code).toBe('FORBIDDEN');
      expect(errorOf(await server.as(actor)(UpdateIndicatorDocument, { code: 'ISOLATION', input: { active: false } })).code).toBe('FORBIDDEN');
    }
    const catalogue = dataOf(await server.as(a.at)(IndicatorCatalogueDocument), 'indicatorCatalogue');
    expect(catalogue.find((i) => i.code === 'ISOLATION')?.active).toBe(true);
  });

  it('refuses bad input by field and rule', async () => {
    const define = (input: Record<string, unknown>) => server.gqlInput(DefineIndicatorDocument, { input: { exploitationForm: 'SEXUAL', labelDa: 'a', labelEn: 'b', ...input } }, { token: a.admin.token });
    expect(errorOf(await define({ code: '1 bad code' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect(errorOf(await define({ code: 'DEBT_BONDAGE' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect(errorOf(await define({ code: 'NEW_ONE', labelDa: '  ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.labelDa' });
    expect(errorOf(await define({ code: 'NEW_ONE', exploitationForm: 'NOT_A_FORM' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await server.as(a.admin)(UpdateIndicatorDocument, { code: 'ISOLATION', input: {} }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(errorOf(await server.as(a.admin)(UpdateIndicatorDocument, { code: 'NO_SUCH_CODE', input: { active: false } })).code).toBe('NOT_FOUND');
  });
});

describe('indicator codes on a referral', () => {
  it('are stored beside the free text and read at the narrative level', async () => {
    const input = { ...referralInputFor(server), indicatorCodes: ['withheld_documents', 'THREATS'], indicators: ['Sover på værkstedet'] };
    const created = dataOf(await server.gqlInput(CreateReferralDocument, { input }, { token: a.at.token }), 'createReferral');
    const read = dataOf(await server.as(a.at)(ReferralAddendaDocument, { id: created.id }), 'referral');
    expect(read.indicatorCodes).toEqual(['WITHHELD_DOCUMENTS', 'THREATS']);
    expect(read.indicators).toEqual(['Sover på værkstedet']);
    // The codes are facts the statistics count: plain; the free text is sealed.
    const row = server.deps.sqlite.prepare('select r.indicator_codes as codes, p.indicators as text, p.sealed_fields as record from referrals r join referral_personal_data p on p.referral_id = r.id where r.id = ?').get(created.id) as { codes: string; text: string | null; record: string };
    expect(JSON.parse(row.codes)).toEqual(['WITHHELD_DOCUMENTS', 'THREATS']);
    // Sealed with the referral's other personal fields as one record, never in its own column.
    expect(row.text).toBeNull();
    expect(row.record.startsWith('sv2.')).toBe(true);
    expect(row.record).not.toContain('værkstedet');
  });

  it('must be codes of the list that are not retired', async () => {
    const create = (indicatorCodes: string[]) => server.gqlInput(CreateReferralDocument, { input: { ...referralInputFor(server), indicatorCodes } }, { token: a.at.token });
    expect(errorOf(await create(['THREATS', 'NO_SUCH']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorCodes.1' });
    expect(errorOf(await create(['RECRUITMENT_FEE']))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorCodes.0' });
  });
});

describe('an addendum after submission', () => {
  it('is a timeline entry the referrer and the controller read; sealed at rest; audited; the controller is told without personal data', async () => {
    const referral = await referralOf('RECEIVED');
    const mark = auditMark(server);
    const before = dataOf(await server.as(a.cmm)(NotificationsDocument), 'notifications').length;
    const added = dataOf(
      await server.as(a.at)(AddReferralAddendumDocument, {
        id: referral.id,
        input: { indicatorCodes: ['DEBT_BONDAGE', 'ISOLATION'], indicators: ['Skylder 40.000 kr. for rejsen'], narrative: 'Ved opfølgende tilsyn fortalte personen om gæld til formidleren.' },
      }),
      'addReferralAddendum',
    );
    expect(added.state).toBe('RECEIVED');
    expect(added.timeline.at(-1)).toMatchObject({ action: 'ADD_ADDENDUM', fromState: 'RECEIVED', toState: 'RECEIVED', note: null });

    for (const actor of [a.at, a.cmm]) {
      const read = dataOf(await server.as(actor)(ReferralAddendaDocument, { id: referral.id }), 'referral');
      expect(read.indicatorCodes).toEqual(expect.arrayContaining(['DEBT_BONDAGE', 'ISOLATION']));
      const entry = read.timeline.find((e) => e.action === 'ADD_ADDENDUM');
      expect(entry?.addendum).toMatchObject({ indicatorCodes: ['DEBT_BONDAGE', 'ISOLATION'], indicators: ['Skylder 40.000 kr. for rejsen'], narrative: expect.stringContaining('gæld til formidleren') });
      expect(read.timeline.filter((e) => e.action !== 'ADD_ADDENDUM').every((e) => e.addendum === null)).toBe(true);
    }

    const row = server.deps.sqlite.prepare('select narrative, indicator_text as text, indicator_codes as codes from referral_addenda where referral_id = ?').get(referral.id) as Record<string, string>;
    expect(row.narrative!.startsWith('sv1.')).toBe(true);
    expect(row.text!.startsWith('sv1.')).toBe(true);
    expect(JSON.parse(row.codes!)).toEqual(['DEBT_BONDAGE', 'ISOLATION']);

    const written = auditSince(server, mark, { action: 'REFERRAL_ADD_ADDENDUM' });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatchObject({ objectId: referral.id, subjectId: referral.subjectId, actorUserId: a.at.user.id });
    expect(JSON.parse(written[0]!.details ?? 'null')).toMatchObject({ from: 'RECEIVED', to: 'RECEIVED', indicatorCodes: ['DEBT_BONDAGE', 'ISOLATION'] });
    // Reading it is a read of the referral's narrative.
    expect(auditSince(server, mark, { action: 'REFERRAL_READ' }).some((r) => r.objectId === referral.id && r.dataCategory === 'NARRATIVE')).toBe(true);

    const notices = dataOf(await server.as(a.cmm)(NotificationsDocument), 'notifications');
    expect(notices.length).toBe(before + 1);
    const notice = notices.find((n) => n.kind === 'REFERRAL_ADDENDUM')!;
    expect(notice).toMatchObject({ objectId: referral.id, link: `/referrals/${referral.id}` });
    expect(`${notice.title} ${notice.titleEn}`).not.toMatch(/gæld|40\.000|formidler/i);
  });

  it('is offered to the referrer only, from submission until closure', async () => {
    const submitted = await referralOf('SUBMITTED');
    const read = (actor: TActor) => server.as(actor)(ReferralAddendaDocument, { id: submitted.id });
    expect(dataOf(await read(a.at), 'referral').allowedActions).toContain('ADD_ADDENDUM');
    expect(dataOf(await read(a.cmm), 'referral').allowedActions).not.toContain('ADD_ADDENDUM');
    const draft = await referralOf('DRAFT');
    expect(dataOf(await server.as(a.at)(ReferralAddendaDocument, { id: draft.id }), 'referral').allowedActions).not.toContain('ADD_ADDENDUM');
  });

  it('is refused to everyone else, before submission and without content', async () => {
    const referral = await referralOf('SUBMITTED');
    const add = (actor: TActor, input: Record<string, unknown>, id = referral.id) => server.gqlInput(AddReferralAddendumDocument, { id, input }, { token: actor.token });
    const ok = { narrative: 'Ny oplysning' };
    expect(errorOf(await add(a.cmm, ok)).code).toBe('FORBIDDEN');
    expect(errorOf(await add(a.kbh, ok)).code).toBe('NOT_FOUND');
    expect(errorOf(await add(a.admin, ok)).code).toBe('FORBIDDEN');
    expect(errorOf(await server.gqlInput(AddReferralAddendumDocument, { id: referral.id, input: ok })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await add(a.at, {}))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(errorOf(await add(a.at, { narrative: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(errorOf(await add(a.at, { indicatorCodes: ['NO_SUCH'] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicatorCodes.0' });
    expect(errorOf(await add(a.at, { narrative: 'x'.repeat(10_001) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.narrative' });
    expect(errorOf(await add(a.at, { indicators: [''] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.indicators.0' });
    const draft = await referralOf('DRAFT');
    expect(errorOf(await add(a.at, ok, draft.id))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'DRAFT', action: 'ADD_ADDENDUM' });
    // Nothing was written by any refusal.
    expect((server.deps.sqlite.prepare('select count(*) as n from referral_addenda where referral_id = ?').get(referral.id) as { n: number }).n).toBe(0);
  });
});

describe('withdrawal until the assessment', () => {
  it.each(['SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT'] as const)('the referrer withdraws a referral in %s, with a reason', async (state) => {
    const referral = await referralOf(state);
    const withdrawn = dataOf(await server.as(a.at)(WithdrawReferralDocument, { id: referral.id, reason: 'Personen var ikke den, vi troede' }), 'withdrawReferral');
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect(withdrawn.timeline.at(-1)).toMatchObject({ action: 'WITHDRAW', fromState: state, toState: 'WITHDRAWN', note: 'Personen var ikke den, vi troede' });
    expect(withdrawn.allowedActions).toEqual([]);
  });

  it('is refused once assessed, to the authority, and without a reason', async () => {
    const assessed = await referralOf('ASSESSED');
    expect(errorOf(await server.as(a.at)(WithdrawReferralDocument, { id: assessed.id, reason: 'For sent' }))).toMatchObject({ code: 'INVALID_TRANSITION', state: 'ASSESSED', action: 'WITHDRAW' });
    const received = await referralOf('RECEIVED');
    expect(errorOf(await server.as(a.cmm)(WithdrawReferralDocument, { id: received.id, reason: 'Ikke vores' })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(a.at)(WithdrawReferralDocument, { id: received.id, reason: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(dataOf(await server.as(a.at)(ReferralAddendaDocument, { id: received.id }), 'referral').state).toBe('RECEIVED');
  });
});
