// The guards' limits, measured: the operations a client is expected to send pass every guard,
// the hostile ones are refused, and by the guard meant for them. Same rules as the server
// (createProtection) and the same parser limit; the rules read only the document, so a stand-in
// schema serves and the operations can name fields the domains have not built yet.
import { getIntrospectionQuery, GraphQLObjectType, GraphQLSchema, GraphQLString, Lexer, parse, Source, TokenKind, validate } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { describe, expect, it } from 'vitest';
import { createProtection } from '../../../server/graphql/apollo.js';
import { LIMIT_MESSAGES, LIMITS } from '../../../server/graphql/limits.js';

const standIn = new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields: { x: { type: GraphQLString } } }) });

// Operations written from API.md: the largest screens the web client is expected to ask for.
const REFERRAL_DETAIL = `query ReferralDetail($id: ID!) {
  referral(id: $id) {
    id version reference state urgency minor
    referringOrganisation { id code name kind region }
    receivingOrganisation { id code name kind region }
    competentAuthority { id code name kind region }
    suspectedExploitation sector region createdAt submittedAt acknowledgedAt
    deadlines { acknowledgeBy interviewBy }
    overdue
    subject { id pseudonym gender nationality ageBand languages residenceStatus identity { name alias dateOfBirth } contact whereabouts }
    narrative indicators location
    assessment { decision primaryExploitation grounds assessedOn authority { id code name } }
    reflectionPeriod { startsOn endsOn totalDays extensions { days reason at } }
    representative { name appointedBy }
    outcome
    timeline { id kind at note actor { id name organisation { code name } } }
    access { level reason }
    caseComplex { id name }
    operation { id codename }
  }
  accessGrants(referralId: $id) { id organisation { code name } level purpose legalBasis expiresAt grantedBy { name } createdAt revokedAt }
}`;
const REFERRAL_LIST = `query Referrals($filter: ReferralFilter, $after: String) {
  referrals(filter: $filter, first: 50, after: $after) {
    edges { cursor node { id reference state urgency minor region overdue createdAt submittedAt
      referringOrganisation { code name } receivingOrganisation { code name }
      subject { pseudonym ageBand nationality gender } deadlines { acknowledgeBy interviewBy } access { level } } }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}`;
const OPERATION_DETAIL = `query Operation($id: ID!) {
  operation(id: $id) {
    id version codename objective state sector region startsAt endsAt briefingPoint requestCmmAttendance interpreterLanguages
    leadOrganisation { id code name }
    targets { id address description }
    invitations { organisation { id code name kind } status note respondedAt attendees { id name organisation { code } } }
    outcomes { organisation { code name } personsEncountered possibleVictimsSpokenWith arrests findings recordedAt recordedBy { name } }
    referrals { id reference state urgency subject { pseudonym ageBand } }
    caseComplex { id name }
  }
}`;
const DASHBOARD = `query Dashboard($withOverdue: Boolean!, $withOps: Boolean!, $withNotes: Boolean!) {
  me { id name email roles referenceGroup organisation { id code name kind region } }
  notifications(unreadOnly: true) { id kind title titleEn link createdAt readAt }
  overdue: referrals(filter: { overdue: true }, first: 10) @include(if: $withOverdue) { totalCount edges { node { id reference state urgency deadlines { acknowledgeBy } } } }
  urgent: referrals(filter: { urgency: URGENT }, first: 10) @include(if: $withOverdue) { totalCount edges { node { id reference state } } }
  operations(filter: { state: PLANNED }, first: 10) @include(if: $withOps) { edges { node { id codename state startsAt leadOrganisation { code } } } }
  caseComplexes @include(if: $withNotes) { id name }
  statistics(year: 2026) @skip(if: $withNotes) { total }
}`;

const DUPLICATED_500 = `{ me { ${'id '.repeat(500)}} }`;
const ALIASES_101 = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const DEPTH_20 = `{ me { ${nest('organisation', 19, 'id')} } }`;
const DIRECTIVES_10 = `{ me { id ${'@include(if: true) '.repeat(10)}} }`;

function nest(field: string, levels: number, leaf: string): string {
  let selection = leaf;
  for (let i = 0; i < levels; i++) selection = `${field} { ${selection} }`;
  return selection;
}

function tokens(source: string): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** The cost graphql-armor gives the document, with the server's weights. */
function cost(source: string): number {
  let measured = Number.NaN;
  const measure = costLimitRule({
    maxCost: Number.MAX_SAFE_INTEGER,
    objectCost: 2,
    scalarCost: 1,
    depthCostFactor: 1.5,
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onAccept: [(_context, { n }) => (measured = n)],
  });
  validate(standIn, parse(source), [measure]);
  return measured;
}

/** What the server's guards say about the document: the messages of their refusals. */
function refusals(source: string): string[] {
  let document;
  try {
    document = parse(source, { maxTokens: LIMITS.maxTokens });
  } catch {
    return [LIMIT_MESSAGES.tokens];
  }
  return validate(standIn, document, createProtection().validationRules).map((error) => error.message);
}

const EXPECTED = {
  REFERRAL_DETAIL,
  REFERRAL_LIST,
  OPERATION_DETAIL,
  DASHBOARD,
  INTROSPECTION: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }),
  REFERRAL_PAGE_OF_100: REFERRAL_LIST.replace('first: 50', 'first: 100'),
};

describe('what a client is expected to send passes every guard', () => {
  it.each(Object.entries(EXPECTED))('%s', (_name, source) => {
    expect(refusals(source)).toEqual([]);
  });

  it('with room to grow: the largest takes at most half the token limit', () => {
    const largest = Math.max(...Object.values(EXPECTED).map(tokens));
    expect(largest).toBeLessThanOrEqual(LIMITS.maxTokens / 2);
  });
});

describe('the hostile queries are refused by the guard meant for them', () => {
  it('500 duplicated fields: by the token limit; their cost is small, so cost could not', () => {
    expect(tokens(DUPLICATED_500)).toBe(505);
    expect(cost(DUPLICATED_500)).toBe(752);
    expect(cost(DUPLICATED_500)).toBeLessThan(cost(REFERRAL_LIST));
    expect(refusals(DUPLICATED_500)).toEqual([LIMIT_MESSAGES.tokens]);
  });

  it('101 aliases: too large to be read at all (608 tokens)', () => {
    expect(tokens(ALIASES_101)).toBe(608);
    expect(refusals(ALIASES_101)).toEqual([LIMIT_MESSAGES.tokens]);
  });

  it('101 short aliases, small enough to be read: by the alias limit', () => {
    const source = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: x`).join(' ')} }`;
    expect(refusals(source)).toEqual([LIMIT_MESSAGES.aliases]);
  });

  it('depth 20: by the depth limit', () => {
    expect(refusals(DEPTH_20)).toContain(LIMIT_MESSAGES.depth);
  });

  it('10 directives on a field: by the directive limit', () => {
    expect(refusals(DIRECTIVES_10)).toEqual([LIMIT_MESSAGES.directives]);
  });

  it('a page of 150 referrals: by the cost limit', () => {
    const source = REFERRAL_LIST.replace('first: 50', 'first: 150');
    expect(cost(source)).toBeGreaterThan(LIMITS.maxCost);
    expect(refusals(source)).toEqual([LIMIT_MESSAGES.cost]);
  });

  it('just over each limit is refused, at each limit is not', () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: x`).join(' ')} }`;
    const directives = (n: number) => `{ ${'x @include(if: true) '.repeat(n)}}`;
    const depth = (n: number) => `{ ${nest('a', n - 1, 'x')} }`;
    expect(refusals(aliases(LIMITS.maxAliases))).toEqual([]);
    expect(refusals(aliases(LIMITS.maxAliases + 1))).toEqual([LIMIT_MESSAGES.aliases]);
    expect(refusals(directives(LIMITS.maxDirectives))).toEqual([]);
    expect(refusals(directives(LIMITS.maxDirectives + 1))).toEqual([LIMIT_MESSAGES.directives]);
    expect(refusals(depth(LIMITS.maxDepth))).toEqual([]);
    expect(refusals(depth(LIMITS.maxDepth + 1))).toContain(LIMIT_MESSAGES.depth);
    expect(refusals(`{ ${'x '.repeat(LIMITS.maxTokens - 2)}}`)).toEqual([]);
    expect(refusals(`{ ${'x '.repeat(LIMITS.maxTokens - 1)}}`)).toEqual([LIMIT_MESSAGES.tokens]);
  });
});

describe('no refusal tells the limit', () => {
  it.each(Object.entries(LIMIT_MESSAGES))('%s', (_guard, message) => {
    for (const value of Object.values(LIMITS)) expect(message).not.toContain(String(value));
  });
});
