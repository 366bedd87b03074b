// Referrals for tests, over HTTP as a user makes them: the operations of API.md § Referrals, a
// referral driven to any state, and buildReferral, the factory that makes its parents too (the
// referring user, the competent authority's caseworker and assessor) when a test does not care who.
import { expect } from 'vitest';
import { localDate } from '../../server/core/calendar.js';
import type { TReferralAction, TReferralState } from '../../server/modules/referrals/referral-state-machine.js';
import { newActor, type TActor } from './actors.js';
import { dataOf } from './responses.js';
import type { TTestServer } from './test-server.js';

// ---------------------------------------------------------------------------------------------
// Selections and shapes

export const REFERRAL_FIELDS = `id version reference state urgency minor overdue
  referringOrganisation { code } receivingOrganisation { code } competentAuthority { code }
  suspectedExploitation sector region operationId createdAt submittedAt acknowledgedAt interviewAt
  deadlines { acknowledgeBy interviewBy }
  subject { id pseudonym gender nationality ageBand languages residenceStatus identity { name alias dateOfBirth estimatedAge } contact whereabouts }
  narrative indicators location
  assessment { decision primaryExploitation grounds assessedOn authority { code } }
  reflectionPeriod { startsOn endsOn totalDays }
  representative { name appointedBy recordedAt }
  outcome
  timeline { action fromState toState at organisation { code } actorName note }
  access { level reason reasonCode reasonParams { level until purpose legalBasis } }`;

export type TEvent = {
  action: string;
  fromState: TReferralState | null;
  toState: TReferralState;
  at: string;
  organisation: { code: string } | null;
  actorName: string | null;
  note: string | null;
};

export type TReferral = {
  id: string;
  version: number;
  reference: string;
  state: TReferralState;
  urgency: 'URGENT' | 'HIGH' | 'NORMAL';
  minor: boolean;
  overdue: boolean;
  referringOrganisation: { code: string };
  receivingOrganisation: { code: string } | null;
  competentAuthority: { code: string } | null;
  suspectedExploitation: string[];
  sector: string | null;
  region: string;
  operationId: string | null;
  createdAt: string;
  submittedAt: string | null;
  acknowledgedAt: string | null;
  interviewAt: string | null;
  deadlines: { acknowledgeBy: string | null; interviewBy: string | null };
  subject: {
    id: string;
    pseudonym: string;
    gender: string;
    nationality: string | null;
    ageBand: string;
    languages: string[];
    residenceStatus: string;
    identity: { name: string | null; alias: string | null; dateOfBirth: string | null; estimatedAge: number | null } | null;
    contact: string | null;
    whereabouts: string | null;
  };
  narrative: string | null;
  indicators: string[] | null;
  location: string | null;
  assessment: { decision: string; primaryExploitation: string; grounds: string | null; assessedOn: string; authority: { code: string } } | null;
  reflectionPeriod: { startsOn: string; endsOn: string; totalDays: number } | null;
  representative: { name: string | null; appointedBy: string | null; recordedAt: string } | null;
  outcome: string | null;
  timeline: TEvent[];
  access: { level: string; reason: string; reasonCode: string; reasonParams: { level: string | null; until: string | null; purpose: string | null; legalBasis: string | null } | null };
  /** Issue 11 § 3 and § 4 (tests/integration/subjects): selected only where asked for. */
  possibleMatches?: unknown;
  subjectMerges?: unknown;
  corrections?: unknown;
};

// ---------------------------------------------------------------------------------------------
// Create, read, list

export type TReferralInput = Record<string, unknown> & { subject?: Record<string, unknown> };

/** A complete, valid CreateReferralInput; `overrides` replace top-level fields and merge into subject. */
export function referralInput(overrides: TReferralInput = {}): TReferralInput {
  const { subject, ...rest } = overrides;
  return {
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
      ...subject,
    },
    suspectedExploitation: ['FORCED_LABOUR'],
    sector: 'CLEANING',
    region: 'SYDDANMARK',
    location: 'Hotel kitchen, Odense',
    indicators: ['Passport held by employer'],
    narrative: 'Works 14 hours a day for board and lodging only.',
    urgency: 'NORMAL',
    ...rest,
  };
}

export const CREATE = (selection = REFERRAL_FIELDS) => `mutation Create($input: CreateReferralInput!) { createReferral(input: $input) { ${selection} } }`;
export const GET = (selection = REFERRAL_FIELDS) => `query Get($id: ID!) { referral(id: $id) { ${selection} } }`;
export const LIST = (selection = 'id reference state') =>
  `query List($filter: ReferralFilter, $first: Int, $after: String) {
    referrals(filter: $filter, first: $first, after: $after) { edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } totalCount }
  }`;

export type TConnection<N = TReferral> = {
  edges: Array<{ cursor: string; node: N }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

export function createReferralRaw(server: TTestServer, actor: TActor, input: TReferralInput, selection = REFERRAL_FIELDS) {
  return server.gql<{ createReferral: TReferral }>(CREATE(selection), { input }, { token: actor.token });
}

export async function createReferral(server: TTestServer, actor: TActor, overrides: TReferralInput = {}): Promise<TReferral> {
  return dataOf(await createReferralRaw(server, actor, referralInput(overrides)), 'createReferral');
}

export function getReferralRaw(server: TTestServer, actor: TActor, id: string, selection = REFERRAL_FIELDS) {
  return server.gql<{ referral: TReferral }>(GET(selection), { id }, { token: actor.token });
}

export async function getReferral(server: TTestServer, actor: TActor, id: string, selection = REFERRAL_FIELDS): Promise<TReferral> {
  return dataOf(await getReferralRaw(server, actor, id, selection), 'referral');
}

export function listReferralsRaw<N = TReferral>(
  server: TTestServer,
  actor: TActor,
  variables: { filter?: Record<string, unknown>; first?: number; after?: string | null } = {},
  selection = 'id reference state',
) {
  return server.gql<{ referrals: TConnection<N> }>(LIST(selection), variables, { token: actor.token });
}

export async function listReferrals<N = TReferral>(
  server: TTestServer,
  actor: TActor,
  variables: { filter?: Record<string, unknown>; first?: number; after?: string | null } = {},
  selection = 'id reference state',
): Promise<TConnection<N>> {
  return dataOf(await listReferralsRaw<N>(server, actor, variables, selection), 'referrals');
}

/** Every page of a listing, following endCursor; fails on a page that does not advance. */
export async function walkAllPages(
  server: TTestServer,
  actor: TActor,
  options: { filter?: Record<string, unknown>; first: number },
): Promise<{ ids: string[]; pages: number; totalCounts: number[] }> {
  const ids: string[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page: TConnection<{ id: string }> = await listReferrals<{ id: string }>(server, actor, { filter: options.filter, first: options.first, after }, 'id');
    pages += 1;
    totalCounts.push(page.totalCount);
    expect(page.edges.length).toBeLessThanOrEqual(options.first);
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor);
    after = page.pageInfo.endCursor;
    expect(pages, 'pagination does not end').toBeLessThan(1000);
  }
  return { ids, pages, totalCounts };
}

// ---------------------------------------------------------------------------------------------
// The moves of the state machine

type TMutation = { field: string; document: (selection: string) => string; defaults: (server: TTestServer) => Record<string, unknown> };

export function today(server: TTestServer): string {
  return localDate(server.clock.now());
}

export const MUTATIONS: Record<TReferralAction, TMutation> = {
  UPDATE: {
    field: 'updateReferral',
    document: (s) => `mutation($id: ID!, $version: Int!, $input: UpdateReferralInput!) { updateReferral(id: $id, version: $version, input: $input) { ${s} } }`,
    defaults: () => ({ version: 1, input: { narrative: 'Updated narrative' } }),
  },
  SUBMIT: { field: 'submitReferral', document: (s) => `mutation($id: ID!) { submitReferral(id: $id) { ${s} } }`, defaults: () => ({}) },
  WITHDRAW: {
    field: 'withdrawReferral',
    document: (s) => `mutation($id: ID!, $reason: String!) { withdrawReferral(id: $id, reason: $reason) { ${s} } }`,
    defaults: () => ({ reason: 'Referred by mistake' }),
  },
  ACKNOWLEDGE: { field: 'acknowledgeReferral', document: (s) => `mutation($id: ID!) { acknowledgeReferral(id: $id) { ${s} } }`, defaults: () => ({}) },
  FORWARD: {
    field: 'forwardReferral',
    document: (s) => `mutation($id: ID!, $to: String!, $reason: String!) { forwardReferral(id: $id, toOrganisationCode: $to, reason: $reason) { ${s} } }`,
    defaults: () => ({ to: 'US', reason: 'The person is an asylum seeker' }),
  },
  SCHEDULE_INTERVIEW: {
    field: 'scheduleIdentificationInterview',
    document: (s) => `mutation($id: ID!, $at: DateTime!) { scheduleIdentificationInterview(id: $id, at: $at) { ${s} } }`,
    defaults: (server) => ({ at: new Date(server.clock.now().getTime() + 24 * 3600 * 1000).toISOString() }),
  },
  RECORD_ASSESSMENT: {
    field: 'recordAssessment',
    document: (s) => `mutation($id: ID!, $input: AssessmentInput!) { recordAssessment(id: $id, input: $input) { ${s} } }`,
    defaults: (server) => ({
      input: { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indicators confirmed at the identification interview.', assessedOn: today(server) },
    }),
  },
  START_REFLECTION_PERIOD: {
    field: 'startReflectionPeriod',
    document: (s) => `mutation($id: ID!, $startsOn: Date!, $days: Int) { startReflectionPeriod(id: $id, startsOn: $startsOn, days: $days) { ${s} } }`,
    defaults: (server) => ({ startsOn: today(server) }),
  },
  EXTEND_REFLECTION_PERIOD: {
    field: 'extendReflectionPeriod',
    document: (s) => `mutation($id: ID!, $days: Int!, $reason: String!) { extendReflectionPeriod(id: $id, days: $days, reason: $reason) { ${s} } }`,
    defaults: () => ({ days: 10, reason: 'Needs more time to decide' }),
  },
  RECORD_REPRESENTATIVE: {
    field: 'recordRepresentative',
    document: (s) => `mutation($id: ID!, $name: String!, $appointedBy: String!) { recordRepresentative(id: $id, name: $name, appointedBy: $appointedBy) { ${s} } }`,
    defaults: () => ({ name: 'Hanne Jensen', appointedBy: 'Udlændingestyrelsen' }),
  },
  CLOSE: {
    field: 'closeReferral',
    document: (s) => `mutation($id: ID!, $outcome: ReferralOutcome!, $note: String) { closeReferral(id: $id, outcome: $outcome, note: $note) { ${s} } }`,
    defaults: () => ({ outcome: 'REMAINED_IN_DENMARK', note: 'Stays with support' }),
  },
  CORRECT_SUBJECT: {
    field: 'correctSubjectData',
    document: (s) =>
      `mutation($id: ID!, $version: Int!, $input: SubjectCorrectionInput!, $reason: String!) { correctSubjectData(id: $id, version: $version, input: $input, reason: $reason) { ${s} } }`,
    defaults: () => ({ version: 1, input: { name: 'Corrected Name' }, reason: 'The true name was given at the interview' }),
  },
};

/** One move over HTTP, with the action's default arguments unless given. */
export function actRaw(
  server: TTestServer,
  actor: TActor,
  action: TReferralAction,
  id: string,
  variables: Record<string, unknown> = {},
  selection = REFERRAL_FIELDS,
) {
  const mutation = MUTATIONS[action];
  return server.gql<Record<string, TReferral>>(mutation.document(selection), { ...mutation.defaults(server), ...variables, id }, { token: actor.token });
}

/** One move that must succeed: the referral after it. */
export async function act(
  server: TTestServer,
  actor: TActor,
  action: TReferralAction,
  id: string,
  variables: Record<string, unknown> = {},
  selection = REFERRAL_FIELDS,
): Promise<TReferral> {
  return dataOf(await actRaw(server, actor, action, id, variables, selection), MUTATIONS[action].field);
}

/** Who acts on a referral: the referring caseworker, the competent authority's caseworker and assessor. */
export type TCast = { referrer: TActor; authority: TActor; assessor: TActor };

/** The path from creation to each state, as (actor, action) steps. */
const PATH: Record<TReferralState, Array<[keyof TCast, TReferralAction]>> = {
  DRAFT: [],
  SUBMITTED: [['referrer', 'SUBMIT']],
  WITHDRAWN: [
    ['referrer', 'SUBMIT'],
    ['referrer', 'WITHDRAW'],
  ],
  RECEIVED: [
    ['referrer', 'SUBMIT'],
    ['authority', 'ACKNOWLEDGE'],
  ],
  UNDER_ASSESSMENT: [
    ['referrer', 'SUBMIT'],
    ['authority', 'ACKNOWLEDGE'],
    ['authority', 'SCHEDULE_INTERVIEW'],
  ],
  ASSESSED: [
    ['referrer', 'SUBMIT'],
    ['authority', 'ACKNOWLEDGE'],
    ['authority', 'SCHEDULE_INTERVIEW'],
    ['assessor', 'RECORD_ASSESSMENT'],
  ],
  IN_SUPPORT: [
    ['referrer', 'SUBMIT'],
    ['authority', 'ACKNOWLEDGE'],
    ['authority', 'SCHEDULE_INTERVIEW'],
    ['assessor', 'RECORD_ASSESSMENT'],
    ['authority', 'START_REFLECTION_PERIOD'],
  ],
  CLOSED: [
    ['referrer', 'SUBMIT'],
    ['authority', 'ACKNOWLEDGE'],
    ['authority', 'SCHEDULE_INTERVIEW'],
    ['assessor', 'RECORD_ASSESSMENT'],
    ['authority', 'CLOSE'],
  ],
};

/** A new referral by cast.referrer, moved to `state` (the competent authority follows from the input's residence status). */
export async function referralIn(server: TTestServer, cast: TCast, state: TReferralState, overrides: TReferralInput = {}): Promise<TReferral> {
  let referral = await createReferral(server, cast.referrer, overrides);
  for (const [who, action] of PATH[state]) referral = await act(server, cast[who], action, referral.id);
  expect(referral.state).toBe(state);
  return referral;
}

/**
 * The cast a referral needs, each a new signed-in user: a referrer (AT caseworker unless given),
 * and the competent authority's caseworker and assessor (CMM, for the default input's residence
 * status). Pass the ones a test cares about; the rest are made.
 */
export async function buildCast(server: TTestServer, given: Partial<TCast> = {}): Promise<TCast> {
  const referrer = given.referrer ?? (await newActor(server, 'AT', ['CASEWORKER']));
  const authority = given.authority ?? (await newActor(server, 'CMM', ['CASEWORKER']));
  const assessor = given.assessor ?? (await newActor(server, authority.organisationCode, ['ASSESSOR']));
  return { referrer, authority, assessor };
}

/**
 * A referral in `state` (SUBMITTED unless given) with everything it hangs on made for it: the
 * referrer and the authority's users (buildCast; pass some to choose them), the subject (made by
 * the referral), the organisations (seeded reference data). Returns the referral and its cast.
 */
export async function buildReferral(
  server: TTestServer,
  options: { state?: TReferralState; cast?: Partial<TCast>; input?: TReferralInput } = {},
): Promise<{ referral: TReferral; cast: TCast }> {
  const cast = await buildCast(server, options.cast);
  const referral = await referralIn(server, cast, options.state ?? 'SUBMITTED', options.input);
  return { referral, cast };
}

// ---------------------------------------------------------------------------------------------
// Inbox

export async function inbox(server: TTestServer, actor: TActor): Promise<Array<{ kind: string; objectId: string | null }>> {
  const res = await server.gql<{ notifications: Array<{ kind: string; objectId: string | null }> }>('{ notifications { kind objectId } }', {}, { token: actor.token });
  return dataOf(res, 'notifications');
}

/** The kinds of the actor's notifications about one referral, sorted. */
export async function inboxKindsFor(server: TTestServer, actor: TActor, referralId: string): Promise<string[]> {
  return (await inbox(server, actor))
    .filter((n) => n.objectId === referralId)
    .map((n) => n.kind)
    .sort();
}
