// Case complexes over HTTP (PRODUCT.md journey 3, docs/adr/0007): a district creates a complex,
// links its referrals and an operation, adds suspects and records the criminal case, hands it
// over to NSK; every demo organisation (and RA) sees exactly what it may, suspects are read by
// police and prosecution only and every read of them is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TGqlVariables, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { buildOperation, buildReferral, type TBuiltReferral } from '../../support/factories.js';
import {
  AddSuspectDocument,
  CaseComplexDocument,
  CaseComplexesDocument,
  CreateCaseComplexDocument,
  GrantAccessDocument,
  HandOverCaseComplexDocument,
  LinkOperationToCaseComplexDocument,
  LinkReferralToCaseComplexDocument,
  NotificationsDocument,
  RecordCaseEventDocument,
  ReferralCaseComplexesDocument,
  ReferralsDocument,
  type TypedDocumentString,
} from '../../gql/generated/graphql.js';

let server: TTestServer;
const a = {} as Record<'kbh' | 'nsk' | 'ra' | 'fyn' | 'rpol' | 'at' | 'sktst' | 'siri' | 'cmm' | 'us' | 'hjr' | 'refgroup', TActor>;

const CREATE = CreateCaseComplexDocument;
const GET = CaseComplexDocument;
const HAND_OVER = HandOverCaseComplexDocument;
const LINK_REFERRAL = LinkReferralToCaseComplexDocument;
const LINK_OPERATION = LinkOperationToCaseComplexDocument;
const ADD_SUSPECT = AddSuspectDocument;
const RECORD = RecordCaseEventDocument;
const gql = <TResult, TVariables>(actor: TActor, document: TypedDocumentString<TResult, TVariables>, ...variables: TGqlVariables<TVariables>) =>
  server.as(actor)(document, ...variables);

function count(table: string): number {
  return (server.deps.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

let complexId: string;
let suspectIds: string[];
let referralCmm: TBuiltReferral;
let referralUs: TBuiltReferral;
let referralAt: TBuiltReferral;
let operationId: string;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  a.kbh = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER']);
  a.nsk = await newActor(server, 'NSK', ['CASEWORKER', 'INVESTIGATOR']);
  a.ra = await newActor(server, 'RA', ['CASEWORKER']);
  a.fyn = await newActor(server, 'FYNPOL', ['COORDINATOR', 'CASEWORKER']);
  a.rpol = await newActor(server, 'RPOL', ['CASEWORKER']);
  a.at = await newActor(server, 'AT', ['CASEWORKER']);
  a.sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  a.siri = await newActor(server, 'SIRI', ['CASEWORKER']);
  a.cmm = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER', 'ASSESSOR']);
  a.us = await newActor(server, 'US', ['CASEWORKER', 'ASSESSOR']);
  a.hjr = await newActor(server, 'HJR', ['CASEWORKER']);
  a.refgroup = await newActor(server, 'SSJYLPOL', ['REFERENCE_GROUP_MEMBER'], { referenceGroup: 'SYDDANMARK' });

  // Two referrals by KBHPOL (one to CMM, one to US), one by AT; all submitted.
  referralCmm = await buildReferral(server, { referrer: a.kbh.user, input: { region: 'HOVEDSTADEN' } });
  referralUs = await buildReferral(server, { referrer: a.kbh.user, residence: 'ASYLUM_SEEKER', input: { region: 'HOVEDSTADEN' } });
  referralAt = await buildReferral(server, { referrer: a.at.user });

  operationId = (await buildOperation(server, { state: 'DRAFT', lead: a.kbh.user, input: { codename: 'NORDLYS', objective: 'Kontrol af massageklinikker', region: 'HOVEDSTADEN' } })).id;
});

afterAll(async () => {
  await server.close();
});

describe('creating and building a case complex', () => {
  it('a police district creates a complex that it leads, with a CREATED entry in the timeline', async () => {
    const complex = dataOf(await gql(a.kbh, CREATE, { input: { name: 'Netværk Amager', description: 'Massageklinikker i Storkøbenhavn' } }), 'createCaseComplex');
    complexId = complex.id;
    expect(complex.leadOrganisation.code).toBe('KBHPOL');
    expect(complex.access.level).toBe('INVESTIGATION');
    expect(complex.suspects).toEqual([]);
    expect(complex.timeline?.map((e) => [e.kind, e.organisation?.code, e.toOrganisation?.code])).toEqual([['CREATED', 'KBHPOL', 'KBHPOL']]);
  });

  it('the lead links referrals and an operation it can see', async () => {
    for (const r of [referralCmm, referralUs]) dataOf(await gql(a.kbh, LINK_REFERRAL, { c: complexId, r: r.id }), 'linkReferralToCaseComplex');
    const linked = dataOf(await gql(a.kbh, LINK_OPERATION, { c: complexId, o: operationId }), 'linkOperationToCaseComplex');
    expect(linked.operations?.map((o) => o.codename)).toEqual(['NORDLYS']);
  });

  it('a referral or operation the lead cannot see is NOT_FOUND, and linking twice is a CONFLICT', async () => {
    expect(errorOf(await gql(a.kbh, LINK_REFERRAL, { c: complexId, r: referralAt.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(a.kbh, LINK_REFERRAL, { c: complexId, r: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
    const foreignOp = await buildOperation(server, { state: 'DRAFT', lead: a.fyn.user, input: { codename: 'SYDVEST', objective: 'Landbrug', region: 'SYDDANMARK' } });
    expect(errorOf(await gql(a.kbh, LINK_OPERATION, { c: complexId, o: foreignOp.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(a.kbh, LINK_REFERRAL, { c: complexId, r: referralCmm.id })).code).toBe('CONFLICT');
    expect(errorOf(await gql(a.kbh, LINK_OPERATION, { c: complexId, o: operationId })).code).toBe('CONFLICT');
    expect(count('case_complex_referrals')).toBe(2);
    expect(count('case_complex_operations')).toBe(1);
  });

  it('a draft referral cannot be linked', async () => {
    const draft = await buildReferral(server, { state: 'DRAFT', referrer: a.kbh.user });
    const res = await gql(a.kbh, LINK_REFERRAL, { c: complexId, r: draft.id });
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'referralId' });
  });

  it('the lead adds two suspects and records the criminal case; the prosecution records an indictment', async () => {
    const first = dataOf(
      await gql(a.kbh, ADD_SUSPECT, {
        c: complexId,
        input: { name: 'Viktor Hansen', dateOfBirth: '1979-05-02', nationality: 'dk', roleInNetwork: 'Organiser', notes: 'Ejer af klinikkerne' },
      }),
      'addSuspect',
    );
    expect(first.currentStage).toBeNull();
    const second = dataOf(await gql(a.kbh, ADD_SUSPECT, { c: complexId, input: { name: 'Ivo Petrov', nationality: 'BG', roleInNetwork: 'Recruiter' } }), 'addSuspect');
    suspectIds = [first.id, second.id];

    const reported = await gql(a.kbh, RECORD, {
      c: complexId,
      input: { suspectId: first.id, kind: 'REPORTED', provision: 'STRAFFELOVEN_262A', occurredOn: '2026-10-01' },
    });
    expect(dataOf(reported, 'recordCaseEvent')).toMatchObject({ kind: 'REPORTED', organisation: { code: 'KBHPOL' } });
    dataOf(await gql(a.kbh, RECORD, { c: complexId, input: { suspectId: first.id, kind: 'CHARGED', provision: 'STRAFFELOVEN_262A', occurredOn: '2026-11-01' } }), 'recordCaseEvent');
    const indicted = await gql(a.ra, RECORD, {
      c: complexId,
      input: { suspectId: first.id, kind: 'INDICTED', provision: 'OTHER', provisionText: 'Straffeloven § 262 a, jf. § 21', occurredOn: '2026-11-20', note: 'Anklageskrift sendt' },
    });
    expect(dataOf(indicted, 'recordCaseEvent')).toMatchObject({ provisionText: 'Straffeloven § 262 a, jf. § 21', organisation: { code: 'RA' } });
    // Recorded later but happened earlier: the current stage follows occurredOn, not recording order.
    dataOf(await gql(a.kbh, RECORD, { c: complexId, input: { suspectId: first.id, kind: 'REPORTED', provision: 'STRAFFELOVEN_282_286', occurredOn: '2026-09-15' } }), 'recordCaseEvent');
    dataOf(await gql(a.kbh, RECORD, { c: complexId, input: { suspectId: second.id, kind: 'REPORTED', provision: 'STRAFFELOVEN_282_286', occurredOn: '2026-10-01' } }), 'recordCaseEvent');

    const complex = dataOf(await gql(a.kbh, GET, { id: complexId }), 'caseComplex');
    expect(complex.suspects?.map((s) => [s.name, s.currentStage?.kind])).toEqual([
      ['Viktor Hansen', 'INDICTED'],
      ['Ivo Petrov', 'REPORTED'],
    ]);
    expect(complex.suspects?.[0]?.caseEvents.map((e) => e.kind)).toEqual(['REPORTED', 'REPORTED', 'CHARGED', 'INDICTED']);
    expect(complex.suspects?.[0]?.nationality).toBe('DK');
    expect(complex.timeline?.map((e) => e.kind)).toEqual(['CREATED', 'REFERRAL_LINKED', 'REFERRAL_LINKED', 'OPERATION_LINKED']);
  });
});

describe('hand-over to NSK', () => {
  it('only the lead hands over; NSK then leads, the timeline records it and NSK is told', async () => {
    expect(errorOf(await gql(a.nsk, HAND_OVER, { id: complexId, to: 'NSK' })).code).toBe('FORBIDDEN');
    const complex = dataOf(await gql(a.kbh, HAND_OVER, { id: complexId, to: 'NSK' }), 'handOverCaseComplex');
    expect(complex.leadOrganisation.code).toBe('NSK');
    // KBHPOL led it before: it keeps seeing it, suspects included, but no longer manages it.
    expect(complex.access.level).toBe('INVESTIGATION');
    expect(complex.access).toMatchObject({ reasonCode: 'CASE_COMPLEX_FORMER_LEAD', reasonParams: null });
    const handOver = complex.timeline?.find((e) => e.kind === 'HANDED_OVER');
    expect(handOver).toMatchObject({ organisation: { code: 'KBHPOL' }, fromOrganisation: { code: 'KBHPOL' }, toOrganisation: { code: 'NSK' } });
    const inbox = dataOf(await gql(a.nsk, NotificationsDocument), 'notifications');
    expect(inbox.map(({ kind, objectId }) => ({ kind, objectId }))).toContainEqual({ kind: 'CASE_COMPLEX_HANDED_OVER', objectId: complexId });
    expect(errorOf(await gql(a.kbh, ADD_SUSPECT, { c: complexId, input: { name: 'X' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(a.kbh, HAND_OVER, { id: complexId, to: 'KBHPOL' })).code).toBe('FORBIDDEN');
  });

  it('the new lead (NSK) manages it: links a referral it sees through a grant', async () => {
    const grant = await gql(a.cmm, GrantAccessDocument, {
      input: { referralId: referralAt.id, organisationCode: 'NSK', level: 'SUMMARY', purpose: 'INVESTIGATION', legalBasis: 'Retsplejeloven § 116', expiresAt: '2027-06-01T00:00:00Z' },
    });
    dataOf(grant, 'grantAccess');
    dataOf(await gql(a.nsk, LINK_REFERRAL, { c: complexId, r: referralAt.id }), 'linkReferralToCaseComplex');
  });
});

describe('who sees the complex and its suspects (every demo organisation, and RA)', () => {
  const expected: Record<keyof typeof a, 'INVESTIGATION' | 'MEMBERSHIP' | 'NOT_FOUND' | 'FORBIDDEN'> = {
    kbh: 'INVESTIGATION', // former lead (and its referrals are linked)
    nsk: 'INVESTIGATION', // lead
    ra: 'INVESTIGATION', // prosecution
    fyn: 'NOT_FOUND', // a police district not involved
    rpol: 'NOT_FOUND',
    at: 'NOT_FOUND', // made a linked referral, but is not an authority on it
    sktst: 'NOT_FOUND',
    siri: 'NOT_FOUND',
    cmm: 'MEMBERSHIP',
    us: 'MEMBERSHIP',
    hjr: 'NOT_FOUND',
    refgroup: 'FORBIDDEN', // no casework role: refused by the field rule
  };

  for (const [who, outcome] of Object.entries(expected) as Array<[keyof typeof a, string]>) {
    it(`${who}: ${outcome}`, async () => {
      const mark = auditMark(server);
      const res = await gql(a[who], GET, { id: complexId });
      const suspectReads = auditSince(server, mark, { action: 'SUSPECT_READ', actorUserId: a[who].user.id });
      if (outcome === 'NOT_FOUND' || outcome === 'FORBIDDEN') {
        expect(errorOf(res).code).toBe(outcome);
        expect(suspectReads).toHaveLength(0);
        return;
      }
      const complex = dataOf(res, 'caseComplex');
      expect(complex.access.level).toBe(outcome);
      expect(complex.name).toBe('Netværk Amager');
      expect(complex.leadOrganisation.code).toBe('NSK');
      if (outcome === 'INVESTIGATION') {
        expect(complex.suspects?.map((s) => s.name).sort()).toEqual(['Ivo Petrov', 'Viktor Hansen']);
        expect(complex.description).toBe('Massageklinikker i Storkøbenhavn');
        // Every suspect read is audited: one record per suspect, category SUSPECT, no data subject.
        expect(suspectReads.map((r) => r.objectId).sort()).toEqual([...suspectIds].sort());
        for (const record of suspectReads) expect(record).toMatchObject({ dataCategory: 'SUSPECT', subjectId: null, objectType: 'Suspect', outcome: 'ALLOWED' });
        expect(JSON.stringify(suspectReads)).not.toMatch(/Viktor|Petrov|Hansen/);
      } else {
        expect(complex.suspects).toBeNull();
        expect(complex.description).toBeNull();
        expect(complex.timeline).toBeNull();
        expect(complex.operations).toBeNull();
        expect(suspectReads).toHaveLength(0);
        const own = who === 'cmm' ? [referralCmm.id, referralUs.id, referralAt.id] : [referralUs.id];
        expect(complex.referrals.map((r) => r.id).sort()).toEqual(own.sort());
      }
    });
  }

  it('the list shows each organisation exactly the complexes it may see', async () => {
    for (const [who, outcome] of Object.entries(expected) as Array<[keyof typeof a, string]>) {
      const res = await gql(a[who], CaseComplexesDocument);
      if (outcome === 'FORBIDDEN') {
        expect(errorOf(res).code).toBe('FORBIDDEN');
        continue;
      }
      const list = dataOf(res, 'caseComplexes');
      if (outcome === 'NOT_FOUND') expect(list, who).toEqual([]);
      else expect(list.map((c) => [c.id, c.access.level, c.suspects === null]), who).toEqual([[complexId, outcome, outcome === 'MEMBERSHIP']]);
    }
  });

  it('a referral shows its complexes (name and lead) to authorities and police, and null to a non-police referrer', async () => {
    const sees = async (who: TActor, id: string) => dataOf(await gql(who, ReferralCaseComplexesDocument, { id }), 'referral').caseComplexes;
    const summary = [{ id: complexId, name: 'Netværk Amager', leadOrganisation: { code: 'NSK' } }];
    expect(await sees(a.cmm, referralCmm.id)).toEqual(summary);
    expect(await sees(a.us, referralUs.id)).toEqual(summary);
    expect(await sees(a.kbh, referralCmm.id)).toEqual(summary);
    expect(await sees(a.cmm, referralAt.id)).toEqual(summary);
    expect(await sees(a.at, referralAt.id)).toBeNull();
    // The suspects are not reachable from a referral at all: CaseComplexSummary has no such field.
    // A query the schema refuses on purpose, so it is a plain string.
    const res = await server.gql(`query($id: ID!) { referral(id: $id) { caseComplexes { suspects { name } } } }`, { id: referralCmm.id }, { token: a.cmm.token });
    expect(res.body.errors?.[0]?.message).toMatch(/suspects/);
  });

  it('referrals(filter: { caseComplexId }) lists the linked referrals the viewer sees', async () => {
    const ids = async (who: TActor) =>
      dataOf(await gql(who, ReferralsDocument, { filter: { caseComplexId: complexId } }), 'referrals')
        .edges.map((e) => e.node.id)
        .sort();
    expect(await ids(a.cmm)).toEqual([referralCmm.id, referralUs.id, referralAt.id].sort());
    expect(await ids(a.kbh)).toEqual([referralCmm.id, referralUs.id].sort());
    expect(await ids(a.fyn)).toEqual([]);
  });
});

describe('the permission matrix of the mutations', () => {
  it('only a police district or NSK creates a complex; other roles are refused by the field rule; no token is UNAUTHENTICATED', async () => {
    const before = count('case_complexes');
    for (const who of [a.at, a.cmm, a.ra, a.rpol]) expect(errorOf(await gql(who, CREATE, { input: { name: 'X' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(a.refgroup, CREATE, { input: { name: 'X' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(null)(CREATE, { input: { name: 'X' } })).code).toBe('UNAUTHENTICATED');
    expect(count('case_complexes')).toBe(before);
  });

  it('changes to a complex: NOT_FOUND for who cannot see it, FORBIDDEN for who sees but may not act', async () => {
    const op = { c: complexId, o: operationId };
    const suspect = { c: complexId, input: { name: 'Y' } };
    const event = { c: complexId, input: { suspectId: suspectIds[1]!, kind: 'CHARGED', provision: 'STRAFFELOVEN_262A', occurredOn: '2026-11-21' } } as const;
    for (const who of [a.fyn, a.at, a.hjr, a.sktst]) {
      expect(errorOf(await gql(who, ADD_SUSPECT, suspect)).code).toBe('NOT_FOUND');
      expect(errorOf(await gql(who, RECORD, event)).code).toBe('NOT_FOUND');
      expect(errorOf(await gql(who, LINK_OPERATION, op)).code).toBe('NOT_FOUND');
      expect(errorOf(await gql(who, HAND_OVER, { id: complexId, to: 'KBHPOL' })).code).toBe('NOT_FOUND');
    }
    for (const who of [a.cmm, a.us, a.ra, a.kbh]) {
      expect(errorOf(await gql(who, ADD_SUSPECT, suspect)).code).toBe('FORBIDDEN');
      expect(errorOf(await gql(who, LINK_REFERRAL, { c: complexId, r: referralCmm.id })).code).toBe('FORBIDDEN');
    }
    for (const who of [a.cmm, a.us, a.kbh]) expect(errorOf(await gql(who, RECORD, event)).code).toBe('FORBIDDEN');
    expect(errorOf(await gql(a.refgroup, RECORD, event)).code).toBe('FORBIDDEN');
    // A refused look is audited as DENIED, without personal data.
    const denied = server.deps.sqlite.prepare("select count(*) n from audit_events where action = 'SUSPECT_ADD' and outcome = 'DENIED'").get() as { n: number };
    expect(denied.n).toBeGreaterThanOrEqual(8);
  });
});

describe('bad input names the field and writes nothing', () => {
  const cases: Array<[string, TypedDocumentString<unknown, never>, Record<string, unknown>, string]> = [
    ['empty name', CREATE, { input: { name: '  ' } }, 'input.name'],
    ['long name', CREATE, { input: { name: 'x'.repeat(201) } }, 'input.name'],
    ['unknown nationality', ADD_SUSPECT, { input: { name: 'Z', nationality: 'XX' } }, 'input.nationality'],
    ['future date of birth', ADD_SUSPECT, { input: { name: 'Z', dateOfBirth: '2030-01-01' } }, 'input.dateOfBirth'],
    ['impossible date of birth', ADD_SUSPECT, { input: { name: 'Z', dateOfBirth: '1990-02-30' } }, 'input.dateOfBirth'],
    ['empty suspect name', ADD_SUSPECT, { input: { name: '' } }, 'input.name'],
  ];
  for (const [what, doc, variables, field] of cases) {
    it(what, async () => {
      const before = [count('case_complexes'), count('suspects'), count('case_events')];
      const res = await server.gqlInput(doc, { c: complexId, ...variables }, { token: a.nsk.token });
      expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect([count('case_complexes'), count('suspects'), count('case_events')]).toEqual(before);
    });
  }

  it('case events: provision text only and always for OTHER, a real date not in the future, a suspect of this complex', async () => {
    const other = dataOf(await gql(a.nsk, CREATE, { input: { name: 'Andet netværk' } }), 'createCaseComplex');
    const foreign = dataOf(await gql(a.nsk, ADD_SUSPECT, { c: other.id, input: { name: 'Anden' } }), 'addSuspect');
    const base = { suspectId: suspectIds[1], kind: 'CHARGED', provision: 'STRAFFELOVEN_262A', occurredOn: '2026-11-21' };
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ provision: 'OTHER' }, 'input.provisionText'],
      [{ provisionText: 'Straffeloven § 262 a' }, 'input.provisionText'],
      [{ occurredOn: '2026-13-01' }, 'input.occurredOn'],
      [{ occurredOn: '2027-01-01' }, 'input.occurredOn'],
      [{ suspectId: foreign.id }, 'input.suspectId'],
      [{ suspectId: 'not-an-id' }, 'input.suspectId'],
      [{ note: 'x'.repeat(2001) }, 'input.note'],
    ];
    const before = count('case_events');
    for (const [change, field] of bad) {
      expect(errorOf(await server.gqlInput(RECORD, { c: complexId, input: { ...base, ...change } }, { token: a.nsk.token })), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(count('case_events')).toBe(before);
  });

  it('hand-over: an unknown organisation, one that cannot lead, or the lead itself', async () => {
    const before = count('case_events');
    for (const to of ['NOPE', 'CMM', 'RA', 'RPOL', 'NSK']) {
      expect(errorOf(await gql(a.nsk, HAND_OVER, { id: complexId, to })), to).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toOrganisationCode' });
    }
    expect(count('case_events')).toBe(before);
  });

  it('an unknown complex is NOT_FOUND for every operation', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(errorOf(await gql(a.nsk, GET, { id })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(a.nsk, HAND_OVER, { id, to: 'KBHPOL' })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(a.nsk, ADD_SUSPECT, { c: id, input: { name: 'Z' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(a.nsk, LINK_OPERATION, { c: id, o: operationId })).code).toBe('NOT_FOUND');
    expect(errorOf(await gql(a.nsk, LINK_REFERRAL, { c: id, r: referralCmm.id })).code).toBe('NOT_FOUND');
  });
});
