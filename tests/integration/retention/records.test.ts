// Retention of the records other than referrals (docs/data-protection.md § Retention): operations
// RETENTION_SHORT_MONTHS after they ended (unless linked to a case complex), case complexes with
// their suspects and linked operations RETENTION_LONG_YEARS after their last activity once no
// linked referral is open. Erasure shreds the record's data key (DATA_KEY_SHREDDED) and clears the
// fields; an erased record refuses changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../server/core/context.js';
import { eraseExpiredRecords } from '../../../server/modules/retention/retention.service.js';
import { newActor, signInAgain, type TActor } from '../../support/actors.js';
import { referralBy } from '../../support/factories.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { createOperation, M } from '../operations/operation-helpers.js';
import { AddSuspectDocument, CaseComplexErasureDocument, CreateCaseComplexDocument, LinkOperationToCaseComplexDocument, LinkReferralToCaseComplexDocument, OperationErasureDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let police: TActor;


const run = (at: string) => eraseExpiredRecords(systemContext(server.deps, 'test-retention'), new Date(at));
const one = <T>(sql: string, ...params: unknown[]) => server.deps.sqlite.prepare(sql).get(...params) as T;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  police = await newActor(server, 'KBHPOL', ['COORDINATOR', 'CASEWORKER', 'INVESTIGATOR']);
});

afterAll(async () => {
  await server.close();
});

describe('an operation', () => {
  let cancelled: string;

  beforeAll(async () => {
    cancelled = (await createOperation(server, police, { briefingPoint: 'Behind the old dairy' })).id;
    dataOf(await server.gql(M.cancel('id state'), { id: cancelled, reason: 'The address turned out to be a private home' }, { token: police.token }), 'cancelOperation');
  });

  it('is kept until RETENTION_SHORT_MONTHS after it ended', async () => {
    expect(dataOf(await server.as(police)(OperationErasureDocument, { id: cancelled }), 'operation')).toMatchObject({ erasedAt: null, briefingPoint: 'Behind the old dairy' });
    expect(await run('2027-11-23T08:59:00Z')).toEqual({ operationsErased: 0, complexesErased: 0, suspectsErased: 0, reviewNotesErased: 0 });
    expect(server.deps.sealer.hasKey(`operation-${cancelled}`)).toBe(true);
  });

  it('is then erased: its key shredded (audited), targets, briefing point and cancel reason cleared', async () => {
    const mark = auditMark(server);
    expect(await run('2027-11-23T09:01:00Z')).toMatchObject({ operationsErased: 1 });
    expect(server.deps.sealer.hasKey(`operation-${cancelled}`)).toBe(false);
    expect(one('select briefing_point, cancel_reason, erased_at from operations where id = ?', cancelled)).toEqual({ briefing_point: null, cancel_reason: null, erased_at: '2026-11-23T09:00:00.000Z' });
    expect(server.deps.sqlite.prepare('select address, description from operation_targets where operation_id = ?').all(cancelled)).toEqual([
      { address: '', description: null },
      { address: '', description: null },
    ]);
    expect(auditSince(server, mark, { action: 'DATA_KEY_SHREDDED' }).map((a) => [a.objectType, a.objectId, a.purpose])).toEqual([['Operation', cancelled, 'RETENTION']]);
    // A second run finds nothing more to do.
    expect(await run('2027-11-24T09:00:00Z')).toMatchObject({ operationsErased: 0 });
  });

  it('says so through the API: erasedAt, and the erased fields empty', async () => {
    await signInAgain(server, police);
    const read = dataOf(await server.as(police)(OperationErasureDocument, { id: cancelled }), 'operation');
    expect(read.erasedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(read.briefingPoint).toBeNull();
    expect(read.targets?.every((t) => t.address === '' && t.description === null)).toBe(true);
  });

  it('refuses every change once erased, with INVALID_TRANSITION saying so', async () => {
    const res = await server.gql(M.update('id'), { id: cancelled, version: 2, input: { briefingPoint: 'new' } }, { token: police.token });
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect(res.body.errors?.[0]?.message).toMatch(/erased under the retention rules/);
  });
});

describe('a case complex', () => {
  let complex: string;
  let suspect: string;
  let linkedOperation: string;
  let busy: string;

  beforeAll(async () => {
    server.clock.set('2026-11-23T09:00:00Z');
    await signInAgain(server, police);
    complex = dataOf(await server.as(police)(CreateCaseComplexDocument, { input: { name: 'Netværk Syd', description: 'Car washes along the E45' } }), 'createCaseComplex').id;
    suspect = dataOf(await server.as(police)(AddSuspectDocument, { c: complex, input: { name: 'Bartholomew Quist', nationality: 'IS', notes: 'Drives a grey van' } }), 'addSuspect').id;
    linkedOperation = (await createOperation(server, police, {}, 2)).id;
    dataOf(await server.as(police)(LinkOperationToCaseComplexDocument, { c: complex, o: linkedOperation }), 'linkOperationToCaseComplex');
    // A second complex with an open referral linked: never erased while it is open.
    busy = dataOf(await server.as(police)(CreateCaseComplexDocument, { input: { name: 'Netværk Nord', description: 'Open case' } }), 'createCaseComplex').id;
    const open = await referralBy(server, { referrer: police.user });
    dataOf(await server.as(police)(LinkReferralToCaseComplexDocument, { c: busy, r: open.id }), 'linkReferralToCaseComplex');
  });

  it('is kept until RETENTION_LONG_YEARS after its last activity; one with an open referral is kept', async () => {
    // The suspect's nationality is sealed like its name (docs/data-protection.md § Sealed at rest).
    expect(one<{ nationality: string }>('select nationality from suspects where id = ?', suspect).nationality.startsWith(`sv1.suspect-${suspect}.`)).toBe(true);
    expect(dataOf(await server.as(police)(CaseComplexErasureDocument, { id: complex }), 'caseComplex')).toMatchObject({
      erasedAt: null,
      suspects: [{ erasedAt: null, name: 'Bartholomew Quist', nationality: 'IS', notes: 'Drives a grey van' }],
    });
    expect(await run('2031-11-23T08:00:00Z')).toMatchObject({ complexesErased: 0 });
    const summary = await run('2031-11-24T09:00:00Z');
    expect(summary).toEqual({ operationsErased: 1, complexesErased: 1, suspectsErased: 1, reviewNotesErased: 0 });
    expect(one<{ erased_at: string | null }>('select erased_at from case_complexes where id = ?', busy).erased_at).toBeNull();
  });

  it('is erased with its suspects and linked operations: every key shredded, the fields cleared', async () => {
    for (const key of [`complex-${complex}`, `suspect-${suspect}`, `operation-${linkedOperation}`]) expect(server.deps.sealer.hasKey(key)).toBe(false);
    expect(one('select description from case_complexes where id = ?', complex)).toEqual({ description: null });
    expect(one('select name, nationality, notes, erased_at from suspects where id = ?', suspect)).toMatchObject({ name: '', nationality: null, notes: null, erased_at: expect.any(String) });
    expect(one<{ erased_at: string | null }>('select erased_at from operations where id = ?', linkedOperation).erased_at).not.toBeNull();
    expect(server.deps.sealer.hasKey(`complex-${busy}`)).toBe(true);
  });

  it('says so through the API: erasedAt on the complex and on each suspect, their fields empty', async () => {
    await signInAgain(server, police);
    const read = dataOf(await server.as(police)(CaseComplexErasureDocument, { id: complex }), 'caseComplex');
    expect(read).toEqual({
      erasedAt: expect.any(String),
      description: null,
      suspects: [{ erasedAt: read.erasedAt, name: '', nationality: null, notes: null }],
    });
    expect(dataOf(await server.as(police)(CaseComplexErasureDocument, { id: busy }), 'caseComplex').erasedAt).toBeNull();
  });

  it('refuses new suspects once erased', async () => {
    const res = await server.as(police)(AddSuspectDocument, { c: complex, input: { name: 'Someone Else' } });
    expect(errorOf(res)).toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});
