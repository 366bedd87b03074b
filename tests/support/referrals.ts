// The referral API over HTTP, as a user calls it (API.md § Referrals): create, read, list, every
// move, a referral driven to a state by a cast of signed-in users, and the inbox. For a referral a
// test only needs to exist, use buildReferral in factories.ts (through the services, faster).
import { expect } from 'vitest';
import { localDate } from '../../server/core/calendar.js';
import type { TReferralAction, TReferralState } from '../../server/modules/referrals/referral-state-machine.js';
import { newActor, type TActor } from './actors.js';
import { dataOf } from './responses.js';
import type { TTestServer } from './test-server.js';
import {
  AcknowledgeReferralDocument,
  AddReferralAddendumDocument,
  CloseReferralDocument,
  CorrectSubjectDataDocument,
  CreateReferralDocument,
  ExtendReflectionPeriodDocument,
  ForwardReferralDocument,
  RecordAssessmentDocument,
  RecordRepresentativeDocument,
  ReferralDocument,
  ReferralsDocument,
  ScheduleIdentificationInterviewDocument,
  StartReflectionPeriodDocument,
  SubmitReferralDocument,
  UpdateReferralDocument,
  WithdrawReferralDocument,
  type ReferralFieldsFragment,
  type ReferralsQuery,
  type ReferralsQueryVariables,
  type TypedDocumentString,
} from '../gql/generated/graphql.js';

export type TReferral = ReferralFieldsFragment;
export type TEvent = TReferral['timeline'][number];

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

export type TConnection = ReferralsQuery['referrals'];
export type TListVariables = ReferralsQueryVariables;

export function createReferralRaw(server: TTestServer, actor: TActor, input: TReferralInput) {
  return server.gqlInput(CreateReferralDocument, { input }, { token: actor.token });
}

export async function createReferral(server: TTestServer, actor: TActor, overrides: TReferralInput = {}): Promise<TReferral> {
  return dataOf(await createReferralRaw(server, actor, referralInput(overrides)), 'createReferral');
}

export function getReferralRaw(server: TTestServer, actor: TActor, id: string) {
  return server.as(actor)(ReferralDocument, { id });
}

/** The referral as `actor` sees it (null where it may not: the test decides whether that is expected). */
export async function getReferral(server: TTestServer, actor: TActor, id: string): Promise<TReferral> {
  const referral = dataOf(await getReferralRaw(server, actor, id), 'referral');
  expect(referral, `referral ${id} not found`).not.toBeNull();
  return referral as TReferral;
}

export function listReferralsRaw(server: TTestServer, actor: TActor, variables: TListVariables = {}) {
  return server.as(actor)(ReferralsDocument, variables);
}

export async function listReferrals(server: TTestServer, actor: TActor, variables: TListVariables = {}): Promise<TConnection> {
  return dataOf(await listReferralsRaw(server, actor, variables), 'referrals');
}

/** Every page of a listing, following endCursor; fails on a page that does not advance. */
export async function walkAllPages(
  server: TTestServer,
  actor: TActor,
  options: { filter?: TListVariables['filter']; first: number },
): Promise<{ ids: string[]; pages: number; totalCounts: number[] }> {
  const ids: string[] = [];
  const totalCounts: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const page = await listReferrals(server, actor, { filter: options.filter, first: options.first, after });
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

// Each move answers with the whole referral under its own field; its variables are built from the
// defaults and the test's own, so they are sent as given (gqlInput) for the server to judge.
type TMutation = { field: string; document: TypedDocumentString<Record<string, TReferral>, never>; defaults: (server: TTestServer) => Record<string, unknown> };

export function today(server: TTestServer): string {
  return localDate(server.clock.now());
}

export const MUTATIONS: Record<TReferralAction, TMutation> = {
  UPDATE: {
    field: 'updateReferral',
    document: UpdateReferralDocument,
    defaults: () => ({ version: 1, input: { narrative: 'Updated narrative' } }),
  },
  SUBMIT: { field: 'submitReferral', document: SubmitReferralDocument, defaults: () => ({}) },
  WITHDRAW: {
    field: 'withdrawReferral',
    document: WithdrawReferralDocument,
    defaults: () => ({ reason: 'Referred by mistake' }),
  },
  ACKNOWLEDGE: { field: 'acknowledgeReferral', document: AcknowledgeReferralDocument, defaults: () => ({}) },
  FORWARD: {
    field: 'forwardReferral',
    document: ForwardReferralDocument,
    defaults: () => ({ to: 'US', reason: 'The person is an asylum seeker' }),
  },
  SCHEDULE_INTERVIEW: {
    field: 'scheduleIdentificationInterview',
    document: ScheduleIdentificationInterviewDocument,
    defaults: (server) => ({ at: new Date(server.clock.now().getTime() + 24 * 3600 * 1000).toISOString() }),
  },
  RECORD_ASSESSMENT: {
    field: 'recordAssessment',
    document: RecordAssessmentDocument,
    defaults: (server) => ({
      input: { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indicators confirmed at the identification interview.', assessedOn: today(server) },
    }),
  },
  START_REFLECTION_PERIOD: {
    field: 'startReflectionPeriod',
    document: StartReflectionPeriodDocument,
    defaults: (server) => ({ startsOn: today(server) }),
  },
  EXTEND_REFLECTION_PERIOD: {
    field: 'extendReflectionPeriod',
    document: ExtendReflectionPeriodDocument,
    defaults: () => ({ days: 10, reason: 'Needs more time to decide' }),
  },
  RECORD_REPRESENTATIVE: {
    field: 'recordRepresentative',
    document: RecordRepresentativeDocument,
    defaults: () => ({ name: 'Hanne Jensen', appointedBy: 'Udlændingestyrelsen' }),
  },
  CLOSE: {
    field: 'closeReferral',
    document: CloseReferralDocument,
    defaults: () => ({ outcome: 'REMAINED_IN_DENMARK', note: 'Stays with support' }),
  },
  ADD_ADDENDUM: {
    field: 'addReferralAddendum',
    document: AddReferralAddendumDocument,
    defaults: () => ({ input: { narrative: 'New information from a second inspection' } }),
  },
  CORRECT_SUBJECT: {
    field: 'correctSubjectData',
    document: CorrectSubjectDataDocument,
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
) {
  const mutation = MUTATIONS[action];
  return server.gqlInput(mutation.document, { ...mutation.defaults(server), ...variables, id }, { token: actor.token });
}

/** One move that must succeed: the referral after it. */
export async function act(
  server: TTestServer,
  actor: TActor,
  action: TReferralAction,
  id: string,
  variables: Record<string, unknown> = {},
): Promise<TReferral> {
  return dataOf(await actRaw(server, actor, action, id, variables), MUTATIONS[action].field);
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

// The inbox lives in inbox.ts (every domain's tests read it); re-exported for the referral tests.
export { inbox, inboxKindsFor } from './inbox.js';
