// Outcomes: each participating organisation (the lead and those that accepted) records its outcome
// once, during or after the operation; the operation shows each outcome and the totals, including
// the referrals made with its operationId, to those who see its targets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { createOperation, dataOf, errorOf, getOperation, invite, moveOperation, newActor, respond, rows, type TActor } from './operation-helpers.js';
import { buildReferral } from '../../support/factories.js';
import { RecordOperationOutcomeDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let lead: TActor;
let cmm: TActor;
let sktst: TActor;
let at: TActor;
let siri: TActor;
let nsk: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  lead = await newActor(server, 'SSJYLPOL', ['COORDINATOR', 'CASEWORKER']);
  cmm = await newActor(server, 'CMM', ['CASEWORKER']);
  sktst = await newActor(server, 'SKTST', ['CASEWORKER']);
  at = await newActor(server, 'AT', ['COORDINATOR']);
  siri = await newActor(server, 'SIRI', ['CASEWORKER']);
  nsk = await newActor(server, 'NSK', ['CASEWORKER']);
});
afterAll(async () => {
  await server.close();
});

function record(actor: TActor, id: string, input: Record<string, unknown>) {
  return server.gqlInput(RecordOperationOutcomeDocument, { id, input }, { token: actor.token });
}

describe('outcomes and totals', () => {
  it('records one outcome per participating organisation and shows the totals', async () => {
    const op = await createOperation(server, lead, { requestCmmAttendance: true });
    await invite(server, lead, op.id, ['SKTST', 'AT', 'SIRI']);
    await respond(server, cmm, op.id, true);
    await respond(server, sktst, op.id, true);
    await respond(server, at, op.id, false);
    await moveOperation(server, lead, 'confirm', op.id);
    await moveOperation(server, lead, 'start', op.id);
    // Two referrals made during the operation (one submitted), and a draft that does not count yet.
    await buildReferral(server, { referrer: cmm.user, input: { operationId: op.id } });
    await buildReferral(server, { referrer: sktst.user, input: { operationId: op.id } });
    await buildReferral(server, { state: 'DRAFT', referrer: lead.user, input: { operationId: op.id } });

    const afterLead = dataOf(await record(lead, op.id, { personsEncountered: 9, possibleVictimsSpokenWith: 4, arrests: 2, findings: 'Two arrests for procuring' }), 'recordOperationOutcome');
    expect(afterLead.state).toBe('IN_PROGRESS');
    expect(afterLead.outcomes).toEqual([{ organisation: { code: 'SSJYLPOL' }, personsEncountered: 9, possibleVictimsSpokenWith: 4, arrests: 2, findings: 'Two arrests for procuring' }]);
    dataOf(await record(cmm, op.id, { personsEncountered: 4, possibleVictimsSpokenWith: 4, arrests: 0, findings: null }), 'recordOperationOutcome');

    // Once only.
    expect(errorCode(await record(cmm, op.id, { personsEncountered: 5, possibleVictimsSpokenWith: 5, arrests: 0 }))).toBe('CONFLICT');
    // Declined and merely invited organisations see the operation but took no part; others do not see it.
    expect(errorCode(await record(at, op.id, { personsEncountered: 1, possibleVictimsSpokenWith: 0, arrests: 0 }))).toBe('FORBIDDEN');
    expect(errorCode(await record(siri, op.id, { personsEncountered: 1, possibleVictimsSpokenWith: 0, arrests: 0 }))).toBe('FORBIDDEN');
    expect(errorCode(await record(nsk, op.id, { personsEncountered: 1, possibleVictimsSpokenWith: 0, arrests: 0 }))).toBe('NOT_FOUND');
    // Bad counts name the field and write nothing.
    expect(errorOf(await record(sktst, op.id, { personsEncountered: 1, possibleVictimsSpokenWith: 0, arrests: -1 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.arrests' });
    expect(errorOf(await record(sktst, op.id, { personsEncountered: 100_000, possibleVictimsSpokenWith: 0, arrests: 0 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.personsEncountered',
    });
    expect(rows(server, 'select * from operation_outcomes where operation_id = ?', op.id)).toHaveLength(2);

    // After completion the last participant records its outcome.
    await moveOperation(server, lead, 'complete', op.id);
    const final = dataOf(await record(sktst, op.id, { personsEncountered: 3, possibleVictimsSpokenWith: 0, arrests: 0, findings: 'Accounts secured' }), 'recordOperationOutcome');
    expect(final.state).toBe('COMPLETED');
    expect(final.totals).toEqual({ organisationsReported: 3, personsEncountered: 16, possibleVictimsSpokenWith: 8, arrests: 2, referralsMade: 2 });
    expect(final.outcomes!.map((o) => o.organisation.code)).toEqual(['SSJYLPOL', 'CMM', 'SKTST']);

    // The lead sees the same; a declined organisation sees neither outcomes nor totals.
    expect((await getOperation(server, lead, op.id)).totals).toEqual(final.totals);
    const declined = await getOperation(server, at, op.id);
    expect(declined.outcomes).toBeNull();
    expect(declined.totals).toBeNull();
  });
});
