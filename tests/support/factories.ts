// Factories: each test builds its own users and records, so tests never depend on each other's
// leftovers nor on the demo seed. A record's factory builds its parents when the test does not
// pass them (Outline's buildShare is the pattern): buildReferral makes its referring user, the
// competent authority's users and (through the referral) its subject; buildOperation its lead;
// buildCaseComplex its lead and a linked referral. Records are made through the services, as the
// user who would make them, so each has its timeline and audit trail like a real one.
import { systemContext, type TContext } from '../../server/core/context.js';
import type { TRole } from '../../server/core/access.js';
import { localDate } from '../../server/core/calendar.js';
import { newId } from '../../server/core/ids.js';
import { findUserByEmail } from '../../server/modules/auth/auth.repo.js';
import { viewerForUser } from '../../server/modules/auth/auth.service.js';
import { insertUserRecord } from '../../server/modules/auth/users.service.js';
import * as complexes from '../../server/modules/case-complexes/case-complexes.service.js';
import * as operations from '../../server/modules/operations/operations.service.js';
import * as referrals from '../../server/modules/referrals/referrals.service.js';
import type { TTestServer } from './test-server.js';
import { LoginDocument, type CreateReferralInput } from '../gql/generated/graphql.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export type TBuiltUser = { id: string; email: string; password: string; organisationCode: string; roles: TRole[] };

export async function buildUser(
  server: TTestServer,
  options: { organisationCode?: string; roles?: TRole[]; referenceGroup?: string; password?: string; email?: string; name?: string } = {},
): Promise<TBuiltUser> {
  const organisationCode = options.organisationCode ?? 'CMM';
  const roles = options.roles ?? ['CASEWORKER'];
  const email = options.email ?? `user-${newId().slice(0, 8)}@${organisationCode.toLowerCase()}.test`;
  const password = options.password ?? TEST_PASSWORD;
  const user = await insertUserRecord(
    systemContext(server.deps, 'factory'),
    { email, name: options.name ?? 'Test User', organisationCode, roles, referenceGroup: options.referenceGroup as never, password },
    { welcome: false },
  );
  return { id: user.id, email, password, organisationCode, roles };
}

export async function signIn(server: TTestServer, user: { email: string; password: string }, totp?: string) {
  const res = await server.gql(LoginDocument, { email: user.email, password: user.password, totp });
  if (!res.body.data?.login) throw new Error(`sign-in failed: ${JSON.stringify(res.body.errors)}`);
  return res.body.data.login;
}

/** A user with the given organisation and roles, signed in: returns the user and its access token. */
export async function buildSignedInUser(server: TTestServer, options: Parameters<typeof buildUser>[1] = {}) {
  const user = await buildUser(server, options);
  const session = await signIn(server, user);
  return { user, token: session.accessToken, refreshToken: session.refreshToken };
}

// ---------------------------------------------------------------------------------------------
// Records, through the services

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A service context acting as the user, as a resolver builds it for a signed-in request with its second factor. */
export function actingAs(server: TTestServer, user: { email: string }): TContext {
  const row = findUserByEmail(server.deps.db, user.email);
  if (!row) throw new Error(`No user ${user.email}`);
  const viewer = viewerForUser({ user: row, sessionId: 'factory', secondFactor: true, requireTotpForPrivileged: false });
  return { deps: server.deps, viewer, requestId: 'factory', ip: null, logger: server.deps.logger };
}

/** Fields of a referral's subject over the fictional person's, as a test writes them (the service judges them). */
export type TSubjectFields = { [K in keyof CreateReferralInput['subject']]?: unknown };

/** A fictional person's referral input: residence decides the competent authority (US for asylum seekers, else CMM). */
export function referralInputFor(
  server: { clock: { now(): Date } },
  options: { residence?: 'LAWFUL' | 'ASYLUM_SEEKER'; minor?: boolean; name?: string; subject?: TSubjectFields } = {},
): CreateReferralInput {
  const year = Number(localDate(server.clock.now()).slice(0, 4));
  return {
    subject: {
      name: options.name ?? 'Opdigtet Person',
      alias: 'Opdigtet',
      dateOfBirth: options.minor ? `${year - 16}-01-15` : '1990-05-01',
      gender: 'FEMALE',
      nationality: 'RO',
      languages: ['ro'],
      residenceStatus: options.residence ?? 'LAWFUL',
      contact: '+45 00 00 00 00',
      whereabouts: 'Opdigtet krisecenter',
      ...(options.subject as Partial<CreateReferralInput['subject']>),
    },
    suspectedExploitation: ['FORCED_LABOUR'],
    sector: 'CLEANING',
    region: 'SYDDANMARK',
    location: 'Opdigtet hotelkøkken',
    indicators: ['Pas inddraget af arbejdsgiver'],
    narrative: 'Opdigtet: arbejder 14 timer om dagen for kost og logi.',
    urgency: 'NORMAL',
  };
}

/**
 * A known person and her facts, for tests that look for personal data where it must not be (logs,
 * the audit trail, reports, the database at rest): pass `subject` and `input` to buildReferral,
 * referralBy or referralOfCast, and search for these values.
 */
export const MARIA_IONESCU = {
  subject: {
    name: 'Maria Ionescu',
    alias: 'Mia',
    dateOfBirth: '1995-03-14',
    gender: 'FEMALE',
    nationality: 'RO',
    languages: ['ro', 'en'],
    residenceStatus: 'LAWFUL',
    contact: '+45 11 22 33 44',
    whereabouts: 'Shelter in Odense',
  },
  input: {
    location: 'Hotel kitchen, Odense',
    indicators: ['Passport held by employer'],
    narrative: 'Works 14 hours a day for board and lodging only.',
  },
} satisfies { subject: CreateReferralInput['subject']; input: Partial<CreateReferralInput> };

export const BUILT_REFERRAL_STATES = ['DRAFT', 'SUBMITTED', 'RECEIVED', 'UNDER_ASSESSMENT', 'ASSESSED', 'IN_SUPPORT', 'WITHDRAWN', 'CLOSED'] as const;
export type TBuiltReferralState = (typeof BUILT_REFERRAL_STATES)[number];

// The states off the main line (DRAFT … IN_SUPPORT), each reached by one move from a state on it:
// the referrer withdraws a submitted referral; the handler closes an assessed one.
const ENDINGS: Partial<Record<TBuiltReferralState, TBuiltReferralState>> = { WITHDRAWN: 'SUBMITTED', CLOSED: 'ASSESSED' };

/** How many moves along the main line the state lies (its ending's start for WITHDRAWN and CLOSED). */
const stepsTo = (state: TBuiltReferralState) => BUILT_REFERRAL_STATES.indexOf(ENDINGS[state] ?? state);
export type TBuiltReferral = { id: string; reference: string; subjectId: string; pseudonym: string; version: number; state: TBuiltReferralState; referrer: TBuiltUser };

/**
 * A referral moved to `state` (SUBMITTED unless given) by the parties who make each move. What it
 * hangs on is built when not passed: the referrer (a caseworker of `organisationCode`, AT unless
 * given), the competent authority's coordinator (`handler`) and assessor, and the subject (a new
 * person, made by the referral). The organisations are seeded reference data.
 */
export async function buildReferral(
  server: TTestServer,
  options: {
    state?: TBuiltReferralState;
    referrer?: TBuiltUser;
    organisationCode?: string;
    handler?: TBuiltUser;
    assessor?: TBuiltUser;
    residence?: 'LAWFUL' | 'ASYLUM_SEEKER';
    minor?: boolean;
    name?: string;
    /** Fields of the subject over the fictional person's (e.g. a known name to look for). */
    subject?: TSubjectFields;
    /** Top-level fields of CreateReferralInput over the fictional input (e.g. region, operationId). */
    input?: Record<string, unknown>;
  } = {},
): Promise<TBuiltReferral> {
  const state = options.state ?? 'SUBMITTED';
  const referrer = options.referrer ?? (await buildUser(server, { organisationCode: options.organisationCode ?? 'AT', roles: ['CASEWORKER'] }));
  const authority = options.residence === 'ASYLUM_SEEKER' ? 'US' : 'CMM';
  const steps = stepsTo(state);
  const handler = steps >= 2 ? (options.handler ?? (await buildUser(server, { organisationCode: authority, roles: ['COORDINATOR', 'CASEWORKER'] }))) : undefined;
  const assessor = steps >= 4 ? (options.assessor ?? (await buildUser(server, { organisationCode: authority, roles: ['CASEWORKER', 'ASSESSOR'] }))) : undefined;
  return referralBy(server, { referrer, handler, assessor }, { ...options, state });
}

export type TReferralByOptions = {
  state?: TBuiltReferralState;
  residence?: 'LAWFUL' | 'ASYLUM_SEEKER';
  minor?: boolean;
  name?: string;
  subject?: TSubjectFields;
  input?: Record<string, unknown>;
};

/**
 * The same as buildReferral with every party given (no user to build, so no await): for fixtures
 * that already hold their users. `handler` is needed from RECEIVED on, `assessor` from ASSESSED on.
 */
export async function referralBy(
  server: TTestServer,
  parties: { referrer: { email: string }; handler?: { email: string }; assessor?: { email: string } },
  options: TReferralByOptions = {},
): Promise<TBuiltReferral & { referrer: { email: string } }> {
  const state = options.state ?? 'SUBMITTED';
  const as = (user: { email: string } | undefined, role: string) => {
    if (!user) throw new Error(`a referral in ${state} needs its ${role}`);
    return actingAs(server, user);
  };
  const now = () => server.clock.now();
  const today = () => localDate(now());
  let view = await referrals.createReferral(as(parties.referrer, 'referrer'), { ...referralInputFor(server, options), ...options.input });
  const id = view.row.id;
  const moves: Array<() => Promise<typeof view>> = [
    () => referrals.submitReferral(as(parties.referrer, 'referrer'), { id }),
    () => referrals.acknowledgeReferral(as(parties.handler, 'handler'), { id }),
    () => referrals.scheduleIdentificationInterview(as(parties.handler, 'handler'), { id, at: new Date(now().getTime() + DAY_MS) }),
    () =>
      referrals.recordAssessment(as(parties.assessor, 'assessor'), {
        id,
        input: { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indikatorerne bekræftet ved samtalen (opdigtet).', assessedOn: today() },
      }),
    () => referrals.startReflectionPeriod(as(parties.handler, 'handler'), { id, startsOn: today(), days: 30 }),
  ];
  for (let i = 0; i < stepsTo(state); i += 1) view = await moves[i]!();
  if (state === 'WITHDRAWN') view = await referrals.withdrawReferral(as(parties.referrer, 'referrer'), { id, reason: 'Opdigtet: henvist ved en fejl.' });
  if (state === 'CLOSED') view = await referrals.closeReferral(as(parties.handler, 'handler'), { id, outcome: 'REMAINED_IN_DENMARK', note: null });
  if (view.row.state !== state) throw new Error(`built referral is ${view.row.state}, not ${state}`);
  const { pseudonym } = server.deps.sqlite.prepare('select pseudonym from subjects where id = ?').get(view.row.subjectId) as { pseudonym: string };
  return { id, reference: view.row.reference, subjectId: view.row.subjectId, pseudonym, version: view.row.version, state, referrer: parties.referrer as TBuiltUser };
}

/** Signed-in users acting on a referral, as tests over HTTP hold them (tests/support/actors.ts). */
export type TReferralCast = { referrer: { user: { email: string } }; authority: { user: { email: string } }; assessor: { user: { email: string } } };

/**
 * referralBy for a cast of signed-in users: the referrer refers, the competent authority's
 * caseworker (`authority`) receives and interviews, its assessor assesses. The cast's authority
 * must be the competent one for the residence (CMM unless an asylum seeker: US).
 */
export function referralOfCast(server: TTestServer, cast: TReferralCast, state: TBuiltReferralState, options: Omit<TReferralByOptions, 'state'> = {}) {
  return referralBy(server, { referrer: cast.referrer.user, handler: cast.authority.user, assessor: cast.assessor.user }, { ...options, state });
}

export const BUILT_OPERATION_STATES = ['DRAFT', 'PLANNED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED'] as const;
export type TBuiltOperationState = (typeof BUILT_OPERATION_STATES)[number];
export type TBuiltOperation = { id: string; version: number; state: TBuiltOperationState; lead: TBuiltUser };

/** A fictional operation's input, starting three days from the manual clock's now. */
export function operationInputFor(server: TTestServer, codename: string) {
  const startsAt = new Date(server.clock.now().getTime() + 72 * HOUR_MS);
  return {
    codename,
    objective: 'Kontrol af massageklinikker (opdigtet)',
    sector: 'MASSAGE_CLINIC',
    region: 'SYDDANMARK',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 6 * HOUR_MS),
    briefingPoint: 'Opdigtet politistation, lokale 2',
    targets: [{ address: 'Opdigtet Allé 1, 6000 Kolding', description: 'Klinik i stueetagen' }],
    requestCmmAttendance: true,
    interpreterLanguages: ['th'],
  };
}

/**
 * An operation moved to `state` (PLANNED unless given) by its lead (a coordinator of
 * `organisationCode`, SSJYLPOL unless given, built when not passed). From PLANNED on, the
 * organisations of `invite` are invited (CMM always is, by requestCmmAttendance) and each of
 * `answers` answers as given.
 */
export async function buildOperation(
  server: TTestServer,
  options: {
    state?: TBuiltOperationState;
    lead?: TBuiltUser;
    organisationCode?: string;
    input?: Record<string, unknown>;
    invite?: string[];
    answers?: Array<{ by: { email: string }; accept: boolean; attendeeUserIds?: string[] }>;
  } = {},
): Promise<TBuiltOperation> {
  const lead = options.lead ?? (await buildUser(server, { organisationCode: options.organisationCode ?? 'SSJYLPOL', roles: ['COORDINATOR', 'CASEWORKER'] }));
  return { ...(await operationBy(server, lead, options)), lead };
}

/** The same as buildOperation with its lead given (no user to build). */
export async function operationBy(
  server: TTestServer,
  lead: { email: string },
  options: { state?: TBuiltOperationState; input?: Record<string, unknown>; invite?: string[]; answers?: Array<{ by: { email: string }; accept: boolean; attendeeUserIds?: string[] }> } = {},
): Promise<{ id: string; version: number; state: TBuiltOperationState }> {
  const state = options.state ?? 'PLANNED';
  const as = actingAs(server, lead);
  let view = await operations.createOperation(as, { ...operationInputFor(server, `Op-${newId().slice(-6)}`), ...options.input });
  const id = view.row.id;
  if (state !== 'DRAFT') {
    view = await operations.inviteToOperation(as, { id, organisationCodes: options.invite ?? [] });
    for (const answer of options.answers ?? []) {
      // Built operations share one time window and often one attendee: the double booking that makes is confirmed, as a real namer would.
      view = await operations.respondToInvitation(actingAs(server, answer.by), {
        operationId: id,
        accept: answer.accept,
        attendeeUserIds: answer.attendeeUserIds ?? [],
        note: null,
        confirmDoubleBooking: true,
        doubleBookingReason: 'Testdata (opdigtet)',
      });
    }
  }
  const at = BUILT_OPERATION_STATES.indexOf(state);
  if (at >= 2) view = await operations.confirmOperation(as, { id });
  if (at >= 3) view = await operations.startOperation(as, { id });
  if (at >= 4) view = await operations.completeOperation(as, { id });
  if (view.row.state !== state) throw new Error(`built operation is ${view.row.state}, not ${state}`);
  return { id, version: view.row.version, state };
}

export type TBuiltCaseComplex = { id: string; lead: TBuiltUser; referralIds: string[] };

/**
 * A case complex led by `lead` (a coordinator of Københavns Politi, built when not passed), with
 * `referrals` fresh referrals of the lead's organisation linked (one unless given; to US when
 * `residence` says asylum seeker, so that US and CMM see the complex as members).
 */
export async function buildCaseComplex(
  server: TTestServer,
  options: { lead?: TBuiltUser; referrals?: number; residence?: 'LAWFUL' | 'ASYLUM_SEEKER'; name?: string } = {},
): Promise<TBuiltCaseComplex> {
  const lead = options.lead ?? (await buildUser(server, { organisationCode: 'KBHPOL', roles: ['COORDINATOR', 'CASEWORKER'] }));
  return { ...(await caseComplexBy(server, lead, options)), lead };
}

/** The same as buildCaseComplex with its lead given (no user to build); the lead also refers the linked referrals. */
export async function caseComplexBy(
  server: TTestServer,
  lead: { email: string },
  options: { referrals?: number; residence?: 'LAWFUL' | 'ASYLUM_SEEKER'; name?: string } = {},
): Promise<{ id: string; referralIds: string[] }> {
  const as = actingAs(server, lead);
  const view = await complexes.createCaseComplex(as, { name: options.name ?? `Netværk ${newId().slice(-6)}`, description: 'Opdigtet netværk' });
  const referralIds: string[] = [];
  for (let i = 0; i < (options.referrals ?? 1); i += 1) {
    // Submitted only: the referral's parties beyond the referrer are not needed.
    const linked = await referralBy(server, { referrer: lead }, { residence: options.residence });
    await complexes.linkReferralToCaseComplex(as, { caseComplexId: view.row.id, referralId: linked.id });
    referralIds.push(linked.id);
  }
  return { id: view.row.id, referralIds };
}
