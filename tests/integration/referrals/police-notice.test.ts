// Journey 2: when a labour inspector (or any agency but the police) submits a referral, the police
// districts of its region are told at once, without being given the referral itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { act, createReferral, getReferralRaw, inbox } from '../../support/referrals.js';

let server: TTestServer;
let inspector: TActor;
let kbhCoordinator: TActor;
let kbhvCoordinator: TActor;
let kbhCaseworker: TActor;
let fynCoordinator: TActor;
let nskCoordinator: TActor;
let cmm: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  inspector = await newActor(server, 'AT', ['CASEWORKER']);
  kbhCoordinator = await newActor(server, 'KBHPOL', ['COORDINATOR']);
  kbhvCoordinator = await newActor(server, 'KBHVPOL', ['COORDINATOR', 'INVESTIGATOR']);
  kbhCaseworker = await newActor(server, 'KBHPOL', ['CASEWORKER']);
  fynCoordinator = await newActor(server, 'FYNPOL', ['COORDINATOR']);
  nskCoordinator = await newActor(server, 'NSK', ['COORDINATOR']);
  cmm = await newActor(server, 'CMM', ['COORDINATOR']);
});
afterAll(async () => {
  await server.close();
});

const regionNotices = async (actor: TActor) => (await inbox(server, actor)).filter((n) => n.kind === 'REFERRAL_SUBMITTED_IN_REGION');

describe('a referral submitted by another agency', () => {
  it('tells the coordinators of every police district in its region, and no one else among the police', async () => {
    const draft = await createReferral(server, inspector, { region: 'HOVEDSTADEN' });
    expect(await regionNotices(kbhCoordinator)).toEqual([]);
    await act(server, inspector, 'SUBMIT', draft.id);

    for (const told of [kbhCoordinator, kbhvCoordinator]) expect(await regionNotices(told)).toEqual([{ kind: 'REFERRAL_SUBMITTED_IN_REGION', objectId: draft.id }]);
    for (const untold of [kbhCaseworker, fynCoordinator, nskCoordinator]) expect(await regionNotices(untold)).toEqual([]);
    // CMM, which receives it, gets its own notice as before.
    expect((await inbox(server, cmm)).filter((n) => n.objectId === draft.id).map((n) => n.kind)).toEqual(['REFERRAL_SUBMITTED']);
  });

  it('gives the police nothing of the referral: no access, no link into it, a mail with only the kind and a link', async () => {
    const draft = await createReferral(server, inspector, { region: 'HOVEDSTADEN' });
    const submitted = await act(server, inspector, 'SUBMIT', draft.id);
    expect(errorCode(await getReferralRaw(server, kbhCoordinator, draft.id))).toBe('NOT_FOUND');

    const rows = server.deps.sqlite
      .prepare("select n.link, n.object_id as objectId from notifications n where n.user_id = ? and n.kind = 'REFERRAL_SUBMITTED_IN_REGION' and n.object_id = ?")
      .all(kbhCoordinator.user.id, draft.id);
    expect(rows).toEqual([{ link: '/notifications', objectId: draft.id }]);
    const mails = server.deps.sqlite.prepare("select * from outbox where recipient_user_id = ? and kind = 'REFERRAL_SUBMITTED_IN_REGION'").all(kbhCoordinator.user.id);
    expect(mails.length).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(mails);
    for (const secret of [submitted.reference, draft.id, 'Maria', 'Ionescu', 'Arbejdstilsynet']) expect(text).not.toContain(secret);
  });
});

describe('a referral the police make themselves', () => {
  it('sends no region notice to any district', async () => {
    const officer = await newActor(server, 'KBHVPOL', ['CASEWORKER']);
    const draft = await createReferral(server, officer, { region: 'HOVEDSTADEN' });
    await act(server, officer, 'SUBMIT', draft.id);
    for (const coordinator of [kbhCoordinator, kbhvCoordinator]) {
      expect((await regionNotices(coordinator)).map((n) => n.objectId)).not.toContain(draft.id);
    }
  });
});
