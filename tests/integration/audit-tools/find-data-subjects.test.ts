// findDataSubjects(name, dateOfBirth): how an auditor reaches the subject access report from a
// data subject's request. Exact on the keyed blind index (every name token, as a name or an
// alias, and the date of birth), pseudonyms and references only, scoped as the report is, and
// audited as one search with a hit per referral shown (never the name or the date).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
import { FindDataSubjectsDocument, type FindDataSubjectsQuery } from '../../gql/generated/graphql.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { ok, subjectReport } from './audit-tools-helpers.js';

type THit = FindDataSubjectsQuery['findDataSubjects'][number];

let server: TTestServer;
let cmmAuditor: TActor;
let atAuditor: TActor;
let siriAuditor: TActor;
let at: TActor;
let first: TBuiltReferral;
let again: TBuiltReferral;
let namesake: TBuiltReferral;
let draft: TBuiltReferral;

beforeAll(async () => {
  server = await startTestServer();
  [cmmAuditor, atAuditor, siriAuditor, at] = await Promise.all([
    newActor(server, 'CMM', ['AUDITOR']),
    newActor(server, 'AT', ['AUDITOR']),
    newActor(server, 'SIRI', ['AUDITOR']),
    newActor(server, 'AT', ['CASEWORKER']),
  ]);
  // One person referred twice (the second time under her alias as the name), a namesake born on
  // another day, and a draft of the same person that was never submitted.
  first = await buildReferral(server, { referrer: at.user, subject: { name: 'Ana Maria Popescu', alias: 'Anuta', dateOfBirth: '1990-07-01' } });
  again = await buildReferral(server, { referrer: at.user, input: { existingSubjectId: first.subjectId }, subject: { name: 'Anuta', alias: null, dateOfBirth: '1990-07-01' } });
  namesake = await buildReferral(server, { referrer: at.user, subject: { name: 'Ana Maria Popescu', alias: null, dateOfBirth: '1991-07-01' } });
  draft = await buildReferral(server, { referrer: at.user, state: 'DRAFT', subject: { name: 'Ana Maria Popescu', dateOfBirth: '1990-07-01' } });
});
afterAll(async () => {
  await server.close();
});

async function find(actor: TActor, name: string, dateOfBirth: string): Promise<THit[]> {
  return ok(await server.as(actor)(FindDataSubjectsDocument, { name, dateOfBirth }), 'findDataSubjects');
}

function referenceOf(id: string): string {
  return (server.deps.sqlite.prepare('select reference from referrals where id = ?').get(id) as { reference: string }).reference;
}

describe('finding the person', () => {
  it('finds the subject by the whole name and the date of birth, in any order and case, with all its submitted referrals by reference', async () => {
    const hits = await find(cmmAuditor, 'popescu ANA maria', '1990-07-01');
    expect(hits).toEqual([{ subjectId: first.subjectId, pseudonym: first.pseudonym, referrals: [referenceOf(first.id), referenceOf(again.id)].sort() }]);
    // The draft (same name and date, not submitted) and the namesake (other date) are not found.
    expect(JSON.stringify(hits)).not.toContain(referenceOf(draft.id));
    expect(hits.map((h) => h.subjectId)).not.toContain(namesake.subjectId);
  });

  it('finds a name given as an alias (one subject, however many referrals match), and nothing for a name that is not all there, or for another date', async () => {
    expect((await find(cmmAuditor, 'Anuta', '1990-07-01')).map((h) => h.subjectId)).toEqual([first.subjectId]);
    expect(await find(cmmAuditor, 'Ana Maria Ionescu', '1990-07-01')).toEqual([]);
    expect(await find(cmmAuditor, 'Ana Maria Popescu', '1990-07-02')).toEqual([]);
  });

  it('answers with no personal data: no name, no date of birth', async () => {
    const res = await server.gql(FindDataSubjectsDocument, { name: 'Ana Maria Popescu', dateOfBirth: '1990-07-01' }, { token: cmmAuditor.token });
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/popescu|1990-07-01/i);
  });

  it('gives an auditor outside CMM only the subjects its organisation left records about, as the report does', async () => {
    // AT's caseworker created and submitted both referrals: AT's auditor finds the person.
    expect((await find(atAuditor, 'Ana Maria Popescu', '1990-07-01')).map((h) => h.subjectId)).toEqual([first.subjectId]);
    // SIRI had nothing to do with the person.
    expect(await find(siriAuditor, 'Ana Maria Popescu', '1990-07-01')).toEqual([]);
  });
});

describe('the audit of the search', () => {
  it('is one SUBJECT_SEARCH record with counts only, and a hit per referral shown that the person’s own report lists', async () => {
    const mark = auditMark(server);
    await find(cmmAuditor, 'Ana Maria Popescu', '1990-07-01');
    const records = auditSince(server, mark, { action: 'SUBJECT_SEARCH' });
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record).toMatchObject({ actorUserId: cmmAuditor.user.id, purpose: 'DATA_SUBJECT_ACCESS', outcome: 'ALLOWED', hitCount: 2 });
    expect(JSON.parse(record.details!)).toEqual({ scope: 'ALL', results: 1, referrals: 2 });
    expect(JSON.stringify(record)).not.toMatch(/popescu|1990-07-01/i);
    const hits = server.deps.sqlite.prepare('select object_id as objectId, subject_id as subjectId from audit_search_hits where seq = ? order by position').all(record.seq);
    expect(hits).toEqual(expect.arrayContaining([{ objectId: first.id, subjectId: first.subjectId }, { objectId: again.id, subjectId: first.subjectId }]));
    const report = await subjectReport(server, cmmAuditor, first.subjectId);
    expect(report.filter((e) => e.seq === record.seq).map((e) => [e.action, e.objectId, e.purpose])).toEqual(
      expect.arrayContaining([
        ['REFERRAL_SEARCH_HIT', first.id, 'DATA_SUBJECT_ACCESS'],
        ['REFERRAL_SEARCH_HIT', again.id, 'DATA_SUBJECT_ACCESS'],
      ]),
    );
  });

  it('records a search that found nothing too', async () => {
    const mark = auditMark(server);
    await find(siriAuditor, 'Ana Maria Popescu', '1990-07-01');
    const records = auditSince(server, mark, { action: 'SUBJECT_SEARCH' });
    expect(records.map((r) => [r.actorUserId, JSON.parse(r.details!)])).toEqual([[siriAuditor.user.id, { scope: 'OWN_ORGANISATION', results: 0, referrals: 0 }]]);
  });
});

describe('who may search', () => {
  it('is FORBIDDEN to everyone but auditors, and UNAUTHENTICATED without a token', async () => {
    for (const roles of [['CASEWORKER'], ['COORDINATOR'], ['ANALYST'], ['ADMIN']] as const) {
      const actor = await newActor(server, 'CMM', [...roles]);
      expect(errorCode(await server.gql(FindDataSubjectsDocument, { name: 'Ana Maria Popescu', dateOfBirth: '1990-07-01' }, { token: actor.token })), roles[0]).toBe('FORBIDDEN');
    }
    expect(errorCode(await server.gql(FindDataSubjectsDocument, { name: 'Ana Maria Popescu', dateOfBirth: '1990-07-01' }))).toBe('UNAUTHENTICATED');
  });
});

describe('bad input', () => {
  it.each([
    ['an empty name', '', '1990-07-01', 'name'],
    ['a name of single letters only', 'A B', '1990-07-01', 'name'],
    ['a name too long', 'a'.repeat(201), '1990-07-01', 'name'],
  ])('%s is BAD_USER_INPUT at its field', async (_what, name, dateOfBirth, field) => {
    const res = await server.gql(FindDataSubjectsDocument, { name, dateOfBirth }, { token: cmmAuditor.token });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('a date that is not a date is BAD_USER_INPUT, never a 500', async () => {
    const res = await server.gql(FindDataSubjectsDocument, { name: 'Ana Maria Popescu', dateOfBirth: '1990-02-30' }, { token: cmmAuditor.token });
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
