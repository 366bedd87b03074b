// Helpers shared by the referral tests: the operations of API.md § Referrals over HTTP, a
// referral driven to any state, signed-in actors that can sign in again after the clock moved,
// and reads of the rows behind the API (counts, audit records) for checks the API cannot make.
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditEvents } from '../../../db/schema/index.js';
import type { TRole } from '../../../server/core/access.js';
import { localDate } from '../../../server/modules/referrals/deadlines.js';
import type { TReferralAction, TReferralState } from '../../../server/modules/referrals/referral-state-machine.js';
import { buildSignedInUser, signIn, type TBuiltUser } from '../../support/factories.js';
import type { TGraphQLResponse, TTestServer } from '../../support/test-server.js';
import { isInputRule } from '../../../schema/input-rules.js';

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
  access { level reason }`;

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
  access: { level: string; reason: string };
  /** Issue 11 § 3 and § 4 (tests/integration/subjects): selected only where asked for. */
  possibleMatches?: unknown;
  subjectMerges?: unknown;
  corrections?: unknown;
};

// ---------------------------------------------------------------------------------------------
// Actors: a signed-in user whose token can be renewed after the manual clock moved far

export type TActor = { user: TBuiltUser; token: string; organisationCode: string };

export async function newActor(
  server: TTestServer,
  organisationCode: string,
  roles: TRole[],
  extra: { referenceGroup?: string } = {},
): Promise<TActor> {
  const { user, token } = await buildSignedInUser(server, { organisationCode, roles, ...extra });
  return { user, token, organisationCode };
}

/** Access tokens live 15 minutes of the manual clock: sign the actors in again at the clock's time. */
export async function signInAgain(server: TTestServer, ...actors: TActor[]): Promise<void> {
  for (const actor of actors) actor.token = (await signIn(server, actor.user)).accessToken;
}

/** Moves the manual clock to `at` and signs the actors in again. */
export async function moveClock(server: TTestServer, at: string, ...actors: TActor[]): Promise<void> {
  server.clock.set(at);
  await signInAgain(server, ...actors);
}

// ---------------------------------------------------------------------------------------------
// Errors and data

export type TResponse<T = Record<string, unknown>> = TGraphQLResponse<T>;

/** The data of a response that must have succeeded (fails the test with the errors otherwise). */
export function dataOf<T>(res: TGraphQLResponse<Record<string, T>>, field: string): T {
  expect(res.body.errors, `${field} failed`).toBeUndefined();
  const value = res.body.data?.[field];
  expect(value, `${field} returned nothing`).toBeDefined();
  return value as T;
}

/**
 * The first error's extensions, which must exist. A BAD_USER_INPUT must carry a known rule code
 * (tests/integration/graphql/input-rules.test.ts checks which); it and its bounds are checked
 * here and left out, so the tests compare code and field.
 */
export function errorOf(res: TGraphQLResponse<unknown>): Record<string, unknown> {
  const error = res.body.errors?.[0];
  expect(error, `expected an error, got ${JSON.stringify(res.body.data)}`).toBeDefined();
  const { rule, limit, min, max, ...extensions } = error?.extensions ?? {};
  if (extensions.code === 'BAD_USER_INPUT') expect(isInputRule(rule), `rule ${String(rule)}`).toBe(true);
  else expect({ rule, limit, min, max }).toEqual({ rule: undefined, limit: undefined, min: undefined, max: undefined });
  return extensions;
}

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

// ---------------------------------------------------------------------------------------------
// Rows behind the API

/** Rows in a table, read straight from SQLite. */
export function countRows(server: TTestServer, table: 'referrals' | 'subjects' | 'referral_events' | 'referral_personal_data' | 'reference_sequences' | 'notifications' | 'audit_events'): number {
  return (server.deps.sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
}

export function countAll(server: TTestServer) {
  return {
    referrals: countRows(server, 'referrals'),
    subjects: countRows(server, 'subjects'),
    events: countRows(server, 'referral_events'),
    personal: countRows(server, 'referral_personal_data'),
    sequences: countRows(server, 'reference_sequences'),
    notifications: countRows(server, 'notifications'),
  };
}

export type TAuditRow = typeof auditEvents.$inferSelect;

/** The highest audit sequence number now: pass it to auditSince to see only what came after. */
export function auditMark(server: TTestServer): number {
  return (server.deps.sqlite.prepare('select coalesce(max(seq), 0) as n from audit_events').get() as { n: number }).n;
}

/** Audit records written after `mark`, oldest first, optionally narrowed. */
export function auditSince(server: TTestServer, mark: number, where: { action?: string; objectId?: string; actorUserId?: string } = {}): TAuditRow[] {
  const conditions: SQL[] = [gt(auditEvents.seq, mark)];
  if (where.action) conditions.push(eq(auditEvents.action, where.action));
  if (where.objectId) conditions.push(eq(auditEvents.objectId, where.objectId));
  if (where.actorUserId) conditions.push(eq(auditEvents.actorUserId, where.actorUserId));
  return server.deps.db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(asc(auditEvents.seq))
    .all();
}
