// The audit trail of referrals (PRODUCT.md § Audit): every read of identity, narrative or
// whereabouts, every search (free text only as a hash), every state change, and every refused
// attempt, with who, which organisation, the data category, the purpose and the subject.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, sha256Hex } from '../../../server/core/ids.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { act, actRaw, createReferral, getReferral, getReferralRaw, listReferrals, referralIn, type TCast } from '../../support/referrals.js';
import { dataOf, errorOf } from '../../support/responses.js';
import {
  ReferralContactDocument,
  ReferralNothingPersonalDocument,
  ReferralPersonalDocument,
  ReferralsWhereaboutsDocument,
  ReferralWithheldDocument,
} from '../../gql/generated/graphql.js';
import { auditMark, auditSince } from '../../support/rows.js';

let server: TTestServer;
let cast: TCast;
let outsider: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'HOPENOW', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  outsider = await newActor(server, 'FYNPOL', ['CASEWORKER']);
});
afterAll(async () => {
  await server.close();
});

const pick = (rows: ReturnType<typeof auditSince>) =>
  rows.map((r) => ({ action: r.action, dataCategory: r.dataCategory, purpose: r.purpose, subjectId: r.subjectId, objectId: r.objectId, outcome: r.outcome }));

describe('reads of personal data', () => {
  it('write one REFERRAL_READ per category read, with the category, purpose, subject and reader', async () => {
    const r = await referralIn(server, cast, 'SUBMITTED');
    const mark = auditMark(server);
    await server.as(cast.authority)(ReferralPersonalDocument, { id: r.id });
    const rows = auditSince(server, mark, { action: 'REFERRAL_READ' });
    const base = { action: 'REFERRAL_READ', purpose: 'CASE_HANDLING', subjectId: r.subject.id, objectId: r.id, outcome: 'ALLOWED' };
    expect(pick(rows).sort((a, b) => String(a.dataCategory).localeCompare(String(b.dataCategory)))).toEqual([
      { ...base, dataCategory: 'IDENTITY' },
      { ...base, dataCategory: 'NARRATIVE' },
      { ...base, dataCategory: 'WHEREABOUTS' },
    ]);
    expect(rows.every((row) => row.actorUserId === cast.authority.user.id && row.actorOrganisationId === 'org-cmm')).toBe(true);
    expect(new Set(rows.map((row) => row.requestId)).size).toBe(1);
  });

  it('records the referring organisation reading with its own purpose', async () => {
    const r = await referralIn(server, cast, 'SUBMITTED');
    const mark = auditMark(server);
    await server.as(cast.referrer)(ReferralContactDocument, { id: r.id });
    expect(pick(auditSince(server, mark))).toEqual([
      { action: 'REFERRAL_READ', dataCategory: 'CONTACT', purpose: 'REFERRAL_FOLLOW_UP', subjectId: r.subject.id, objectId: r.id, outcome: 'ALLOWED' },
    ]);
  });

  it('write nothing for non-personal fields, nor for fields withheld from the viewer', async () => {
    const r = await referralIn(server, cast, 'IN_SUPPORT');
    const mark = auditMark(server);
    await server.as(cast.authority)(ReferralNothingPersonalDocument, { id: r.id });
    const withheld = dataOf(await server.as(cast.referrer)(ReferralWithheldDocument, { id: r.id }), 'referral');
    expect(withheld).toEqual({ assessment: { grounds: null }, reflectionPeriod: null, outcome: null });
    expect(auditSince(server, mark)).toEqual([]);
  });

  it('covers each referral of a list', async () => {
    const a = await referralIn(server, cast, 'SUBMITTED', { region: 'NORDJYLLAND', sector: 'AGRICULTURE' });
    const b = await referralIn(server, cast, 'SUBMITTED', { region: 'NORDJYLLAND', sector: 'AGRICULTURE' });
    const mark = auditMark(server);
    const page = dataOf(await server.as(cast.authority)(ReferralsWhereaboutsDocument, { filter: { region: 'NORDJYLLAND' } }), 'referrals');
    expect(page.edges.map((e) => e.node.id).sort()).toEqual([a.id, b.id].sort());
    const reads = auditSince(server, mark, { action: 'REFERRAL_READ' });
    expect(reads.map((row) => [row.objectId, row.subjectId, row.dataCategory]).sort()).toEqual(
      [
        [a.id, a.subject.id, 'WHEREABOUTS'],
        [b.id, b.subject.id, 'WHEREABOUTS'],
      ].sort(),
    );
  });
});

describe('searches', () => {
  it('write REFERRAL_SEARCH with the criteria, free text only as its hash', async () => {
    const mark = auditMark(server);
    const text = 'Maria Ionescu';
    await listReferrals(server, cast.authority, { filter: { state: 'SUBMITTED', region: 'SYDDANMARK', urgency: 'HIGH', overdue: false, referringOrganisationCode: 'HOPENOW', text }, first: 5 });
    const rows = auditSince(server, mark);
    expect(rows.map((row) => row.action)).toEqual(['REFERRAL_SEARCH']);
    const details = JSON.parse(rows[0]!.details!);
    expect(details).toMatchObject({
      state: 'SUBMITTED',
      region: 'SYDDANMARK',
      urgency: 'HIGH',
      overdue: 'false',
      referringOrganisationCode: 'HOPENOW',
      textSha256: sha256Hex(text),
    });
    expect(rows[0]).toMatchObject({ actorUserId: cast.authority.user.id, purpose: 'CASE_HANDLING', outcome: 'ALLOWED' });
    expect(JSON.stringify(rows)).not.toContain('Maria');
    expect(JSON.stringify(rows)).not.toContain('Ionescu');
  });
});

describe('state changes', () => {
  it('write REFERRAL_<ACTION> for every move, from and to', async () => {
    const mark = auditMark(server);
    const r = await referralIn(server, cast, 'IN_SUPPORT');
    await act(server, cast.authority, 'EXTEND_REFLECTION_PERIOD', r.id);
    await act(server, cast.authority, 'CLOSE', r.id);
    const changes = auditSince(server, mark, { objectId: r.id }).filter((row) => row.action !== 'REFERRAL_READ');
    expect(changes.map((row) => [row.action, row.outcome, row.subjectId, JSON.parse(row.details ?? '{}').to ?? null])).toEqual([
      ['REFERRAL_CREATE', 'ALLOWED', r.subject.id, null],
      ['REFERRAL_SUBMIT', 'ALLOWED', r.subject.id, 'SUBMITTED'],
      ['REFERRAL_ACKNOWLEDGE', 'ALLOWED', r.subject.id, 'RECEIVED'],
      ['REFERRAL_SCHEDULE_INTERVIEW', 'ALLOWED', r.subject.id, 'UNDER_ASSESSMENT'],
      ['REFERRAL_RECORD_ASSESSMENT', 'ALLOWED', r.subject.id, 'ASSESSED'],
      ['REFERRAL_START_REFLECTION_PERIOD', 'ALLOWED', r.subject.id, 'IN_SUPPORT'],
      ['REFERRAL_EXTEND_REFLECTION_PERIOD', 'ALLOWED', r.subject.id, 'IN_SUPPORT'],
      ['REFERRAL_CLOSE', 'ALLOWED', r.subject.id, 'CLOSED'],
    ]);
    expect(changes.map((row) => row.actorOrganisationId)).toEqual(['org-hopenow', 'org-hopenow', 'org-cmm', 'org-cmm', 'org-cmm', 'org-cmm', 'org-cmm', 'org-cmm']);
    // Writing personal data (the assessment grounds) carries a data category; a plain move none.
    expect(changes.find((row) => row.action === 'REFERRAL_RECORD_ASSESSMENT')?.dataCategory).not.toBeNull();
    expect(changes.find((row) => row.action === 'REFERRAL_ACKNOWLEDGE')?.dataCategory).toBeNull();
  });

  it('write REFERRAL_UPDATE, REFERRAL_WITHDRAW and REFERRAL_FORWARD', async () => {
    const mark = auditMark(server);
    const draft = await createReferral(server, cast.referrer);
    await act(server, cast.referrer, 'UPDATE', draft.id, { version: 1 });
    await act(server, cast.referrer, 'WITHDRAW', draft.id);
    const other = await referralIn(server, cast, 'SUBMITTED');
    await act(server, cast.authority, 'FORWARD', other.id);
    const actions = auditSince(server, mark)
      .filter((row) => row.action !== 'REFERRAL_READ')
      .map((row) => row.action);
    expect(actions).toEqual(['REFERRAL_CREATE', 'REFERRAL_UPDATE', 'REFERRAL_WITHDRAW', 'REFERRAL_CREATE', 'REFERRAL_SUBMIT', 'REFERRAL_FORWARD']);
  });
});

describe('refused attempts', () => {
  it('are recorded with outcome DENIED: a look without access, a move without access, a move not permitted', async () => {
    const r = await referralIn(server, cast, 'SUBMITTED');
    const mark = auditMark(server);
    expect(errorOf(await getReferralRaw(server, outsider, r.id)).code).toBe('NOT_FOUND');
    expect(errorOf(await actRaw(server, outsider, 'ACKNOWLEDGE', r.id, {})).code).toBe('NOT_FOUND');
    expect(errorOf(await actRaw(server, cast.referrer, 'ACKNOWLEDGE', r.id, {})).code).toBe('FORBIDDEN');
    const missing = newId();
    expect(errorOf(await getReferralRaw(server, outsider, missing)).code).toBe('NOT_FOUND');
    const rows = auditSince(server, mark);
    expect(rows.map((row) => [row.action, row.objectId, row.subjectId, row.outcome, row.actorUserId, JSON.parse(row.details ?? '{}').reason])).toEqual([
      ['REFERRAL_READ', r.id, r.subject.id, 'DENIED', outsider.user.id, 'NO_ACCESS'],
      ['REFERRAL_ACKNOWLEDGE', r.id, r.subject.id, 'DENIED', outsider.user.id, 'NO_ACCESS'],
      ['REFERRAL_ACKNOWLEDGE', r.id, r.subject.id, 'DENIED', cast.referrer.user.id, 'NOT_PERMITTED'],
      ['REFERRAL_READ', missing, null, 'DENIED', outsider.user.id, 'NO_ACCESS'],
    ]);
    // Nothing about the refused attempts changed the referral.
    expect((await getReferral(server, cast.referrer, r.id)).version).toBe(r.version);
  });
});

describe('the records', () => {
  it('hold ids and categories only, never the personal data itself (nor do the logs)', async () => {
    const mark = auditMark(server);
    const marker = { name: 'Audit-Marker-Name', whereabouts: 'Audit-Marker-Place', contact: 'Audit-Marker-Phone' };
    const r = await referralIn(server, cast, 'CLOSED', { subject: marker, narrative: 'Audit-Marker-Story', location: 'Audit-Marker-Location' });
    await getReferral(server, cast.authority, r.id);
    await listReferrals(server, cast.authority, { filter: { text: 'Audit-Marker-Name' } });
    const all = JSON.stringify(auditSince(server, mark));
    expect(all).not.toContain('Audit-Marker');
    expect(all).toContain(r.id);
    // Nor do the server's logs hold any of it.
    expect(server.logs.join('\n')).not.toContain('Audit-Marker');
  });
});
