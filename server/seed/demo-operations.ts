// Demo joint operations for `npm run demo`, made through the operation services a user would call
// (so each has its audit trail and notifications): a Syd- og Sønderjyllands Politi raid on massage
// clinics with CMM and Skattestyrelsen, an Arbejdstilsynet construction-site inspection with SIRI
// and Københavns Vestegns Politi, a completed raid with outcomes, a cancelled one and a draft.
// Two coordinators the demo users of API.md lack are added here. All names and places are invented.
import { createManualClock, type TManualClock } from '../core/clock.js';
import type { TContext } from '../core/context.js';
import { findUserByEmail } from '../modules/auth/auth.repo.js';
import { insertUserRecord, type TCreateUserInput } from '../modules/auth/users.service.js';
import * as operations from '../modules/operations/operations.service.js';
import type { TDeps } from '../core/types.js';
import { systemContext } from '../core/context.js';
import { demoViewers } from './demo-viewers.js';

/** Lead coordinators for the demo operations (documented in docs/api.md § Demo users). */
export const DEMO_OPERATION_USERS: ReadonlyArray<Omit<TCreateUserInput, 'password'>> = [
  { email: 'koordinator@ssjylpol.demo', name: 'Signe Koordinator', organisationCode: 'SSJYLPOL', roles: ['COORDINATOR', 'CASEWORKER'] },
  { email: 'koordinator@at.demo', name: 'Aksel Koordinator', organisationCode: 'AT', roles: ['COORDINATOR', 'CASEWORKER'] },
];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 06:00 Danish winter time (05:00 UTC) `days` from today: raids start early. */
function morning(now: Date, days: number): Date {
  const day = new Date(now.getTime() + days * DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 5, 0, 0));
}

/** `hash`: the demo password's one hash (seedDemo), as for the other demo users; hashed here if not given. */
export async function seedDemoOperations(deps: TDeps, options: { hash?: (password: string) => Promise<string> } = {}): Promise<number> {
  const system = systemContext(deps, 'seed-demo');
  for (const user of DEMO_OPERATION_USERS) {
    if (!findUserByEmail(deps.db, user.email)) await insertUserRecord(system, { ...user, password: deps.config.demoPassword }, { welcome: false, hash: options.hash });
  }
  const now = deps.clock.now();
  const viewerByEmail = demoViewers(deps);
  const as = (clock: TManualClock, email: string): TContext => ({ deps: { ...deps, clock }, viewer: viewerByEmail(email), requestId: 'seed-demo', ip: null, logger: deps.logger });
  const id = (email: string) => viewerByEmail(email).userId;
  let count = 0;

  // 1. Syd- og Sønderjyllands Politi: raid on massage clinics, CMM and SKTST accepted, confirmed.
  {
    const clock = createManualClock(new Date(now.getTime() - 3 * DAY));
    const start = morning(now, 2);
    const op = await operations.createOperation(as(clock, 'koordinator@ssjylpol.demo'), {
      codename: 'Lanterne',
      objective: 'Kontrol af massageklinikker med mistanke om seksuel udnyttelse; identifikation af mulige ofre sammen med CMM.',
      sector: 'MASSAGE_CLINIC',
      region: 'SYDDANMARK',
      startsAt: start,
      endsAt: new Date(start.getTime() + 8 * HOUR),
      briefingPoint: 'Politigården, mødelokale 2 (opdigtet)',
      targets: [
        { address: 'Opdigtet Allé 12, 6000 Kolding', description: 'Klinik i stueetagen' },
        { address: 'Fiktivvej 3, 6100 Haderslev', description: 'Klinik med lejlighed ovenpå' },
        { address: 'Demogade 45, 6400 Sønderborg', description: null },
      ],
      requestCmmAttendance: true,
      interpreterLanguages: ['th', 'ro'],
    });
    clock.advance(HOUR);
    await operations.inviteToOperation(as(clock, 'koordinator@ssjylpol.demo'), { id: op.row.id, organisationCodes: ['SKTST'] });
    clock.advance(5 * HOUR);
    await operations.respondToInvitation(as(clock, 'koordinator@cmm.demo'), {
      operationId: op.row.id,
      accept: true,
      attendeeUserIds: [id('koordinator@cmm.demo'), id('sagsbehandler@cmm.demo')],
      note: 'To medarbejdere fra CMM deltager; tolk på thai er bestilt.',
    });
    clock.advance(2 * HOUR);
    await operations.respondToInvitation(as(clock, 'kontrol@sktst.demo'), { operationId: op.row.id, accept: true, attendeeUserIds: [id('kontrol@sktst.demo')], note: null });
    clock.advance(DAY);
    await operations.confirmOperation(as(clock, 'koordinator@ssjylpol.demo'), { id: op.row.id });
    count += 1;
  }

  // 2. Arbejdstilsynet: construction-site inspection with SIRI (accepted) and KBHVPOL (no answer yet).
  {
    const clock = createManualClock(new Date(now.getTime() - 2 * DAY));
    const start = new Date(morning(now, 5).getTime() + 2 * HOUR);
    const op = await operations.createOperation(as(clock, 'koordinator@at.demo'), {
      codename: 'Stillads',
      objective: 'Tilsyn på byggeplads med mistanke om tvangsarbejde og ulovlig beskæftigelse.',
      sector: 'CONSTRUCTION',
      region: 'HOVEDSTADEN',
      startsAt: start,
      endsAt: new Date(start.getTime() + 6 * HOUR),
      briefingPoint: 'Parkeringspladsen ved Opdigtet Station (opdigtet)',
      targets: [{ address: 'Byggeplads, Fiktiv Boulevard 100, 2620 Albertslund', description: 'Hovedentreprenør og to underentreprenører' }],
      requestCmmAttendance: false,
      interpreterLanguages: ['pl', 'uk'],
    });
    clock.advance(2 * HOUR);
    await operations.inviteToOperation(as(clock, 'koordinator@at.demo'), { id: op.row.id, organisationCodes: ['SIRI', 'KBHVPOL'] });
    clock.advance(4 * HOUR);
    await operations.respondToInvitation(as(clock, 'kontrol@siri.demo'), { operationId: op.row.id, accept: true, attendeeUserIds: [id('kontrol@siri.demo')], note: 'SIRI kontrollerer opholds- og arbejdstilladelser.' });
    count += 1;
  }

  // 3. A completed raid three weeks ago, with each participant's outcome.
  {
    const clock = createManualClock(new Date(now.getTime() - 25 * DAY));
    const start = morning(now, -21);
    const lead = 'koordinator@ssjylpol.demo';
    const op = await operations.createOperation(as(clock, lead), {
      codename: 'Mølle',
      objective: 'Kontrol af adresser med mistanke om prostitution under tvang.',
      sector: 'MASSAGE_CLINIC',
      region: 'SYDDANMARK',
      startsAt: start,
      endsAt: new Date(start.getTime() + 6 * HOUR),
      briefingPoint: 'Politistationen (opdigtet)',
      targets: [{ address: 'Opdigtet Stræde 7, 6700 Esbjerg', description: null }],
      requestCmmAttendance: true,
      interpreterLanguages: ['th'],
    });
    clock.advance(HOUR);
    // NSK takes part: the raid belongs to the network its demo case complex tracks.
    await operations.inviteToOperation(as(clock, lead), { id: op.row.id, organisationCodes: ['SKTST', 'NSK'] });
    clock.advance(3 * HOUR);
    await operations.respondToInvitation(as(clock, 'koordinator@cmm.demo'), { operationId: op.row.id, accept: true, attendeeUserIds: [id('sagsbehandler@cmm.demo')], note: null });
    await operations.respondToInvitation(as(clock, 'kontrol@sktst.demo'), { operationId: op.row.id, accept: true, attendeeUserIds: [id('kontrol@sktst.demo')], note: null });
    await operations.respondToInvitation(as(clock, 'efterforsker@nsk.demo'), { operationId: op.row.id, accept: true, attendeeUserIds: [id('efterforsker@nsk.demo')], note: null });
    clock.advance(DAY);
    await operations.confirmOperation(as(clock, lead), { id: op.row.id });
    clock.set(start);
    await operations.startOperation(as(clock, lead), { id: op.row.id });
    clock.advance(6 * HOUR);
    await operations.completeOperation(as(clock, lead), { id: op.row.id });
    clock.advance(DAY);
    const outcome = (email: string, input: Record<string, unknown>) => operations.recordOperationOutcome(as(clock, email), { operationId: op.row.id, input });
    await outcome(lead, { personsEncountered: 9, possibleVictimsSpokenWith: 4, arrests: 2, findings: 'To anholdt for rufferi.' });
    await outcome('koordinator@cmm.demo', { personsEncountered: 4, possibleVictimsSpokenWith: 4, arrests: 0, findings: 'Fire personer tilbudt identifikationssamtale.' });
    await outcome('kontrol@sktst.demo', { personsEncountered: 3, possibleVictimsSpokenWith: 0, arrests: 0, findings: 'Regnskabsmateriale sikret til skattekontrol.' });
    count += 1;
  }

  // 4. Københavns Politi: planned, then cancelled.
  {
    const clock = createManualClock(new Date(now.getTime() - 4 * DAY));
    const start = morning(now, 3);
    const op = await operations.createOperation(as(clock, 'koordinator@kbhpol.demo'), {
      codename: 'Havn',
      objective: 'Kontrol af restauranter på havnen med mistanke om tvangsarbejde.',
      sector: 'HOSPITALITY',
      region: 'HOVEDSTADEN',
      startsAt: start,
      endsAt: new Date(start.getTime() + 5 * HOUR),
      briefingPoint: 'Station City (opdigtet)',
      targets: [{ address: 'Fiktiv Kaj 2, 1000 København K', description: null }],
      requestCmmAttendance: true,
      interpreterLanguages: [],
    });
    clock.advance(HOUR);
    await operations.inviteToOperation(as(clock, 'koordinator@kbhpol.demo'), { id: op.row.id, organisationCodes: ['AT'] });
    clock.advance(DAY);
    await operations.cancelOperation(as(clock, 'koordinator@kbhpol.demo'), { id: op.row.id, reason: 'Efterforskningen tog en anden retning.' });
    count += 1;
  }

  // 5. Københavns Politi: a draft only the lead sees.
  {
    const clock = createManualClock(new Date(now.getTime() - DAY));
    const start = morning(now, 10);
    await operations.createOperation(as(clock, 'koordinator@kbhpol.demo'), {
      codename: 'Nattevagt',
      objective: 'Udkast: kontrol af gadeprostitution i samarbejde med CMM og NGO-opsøgende arbejde.',
      sector: 'STREET_PROSTITUTION',
      region: 'HOVEDSTADEN',
      startsAt: new Date(start.getTime() + 16 * HOUR),
      endsAt: new Date(start.getTime() + 22 * HOUR),
      briefingPoint: null,
      targets: [],
      requestCmmAttendance: true,
      interpreterLanguages: ['ro', 'bg'],
    });
    count += 1;
  }
  return count;
}
