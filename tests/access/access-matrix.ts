// THE access matrix: for every root field of the schema, what each kind of user (and a caller without
// a token) gets — DATA, an error code (NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, …) — and which
// response paths must be null for whom. access-matrix.test.ts runs it over HTTP and fails for a
// root field without a row here.
//
// Reading a row: `expect.default` is every signed-in caller not named; `anonymous` is
// UNAUTHENTICATED unless named. `watch` lists the paths someone may be denied: they must be null
// for the callers whose `nulls` name them and non-null for every other caller that gets DATA.
// Fixtures (access-fixtures.ts): the matrix's own users and records of known shape, never the demo seed.
import { mayKeepCalendarFeed } from '../../server/core/access.js';
import { newId } from '../../server/core/ids.js';
import { createCalendarFeed } from '../../server/modules/operations/operations.service.js';
import { assignReferral } from '../../server/modules/referrals/referrals.service.js';
import { enrolTotp } from '../../server/modules/auth/users.service.js';
import { localDate } from '../../server/modules/referrals/deadlines.js';
import { referralInput, operationInput, type TCaller, type TCallerKey, type TFixtures, type TUser } from './access-fixtures.js';

export type TOutcome = 'DATA' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'CONFLICT' | 'INVALID_TRANSITION';

export type TRequest = {
  query: string;
  variables?: Record<string, unknown>;
  /** Another token of the same caller (e.g. a fresh session to log out); the anonymous caller never sends one. */
  token?: string;
  headers?: Record<string, string>;
};

export type TCase = {
  /** What the case is about (a row may have several, e.g. a referral each competent authority handles). */
  name: string;
  request(fx: TFixtures, caller: TCaller): TRequest | Promise<TRequest>;
  expect: Partial<Record<TCallerKey, TOutcome>> & { default: TOutcome };
  watch?: string[];
  nulls?: Partial<Record<TCallerKey, string[]>>;
  /** The access level the answer states (at `path`) for each caller that gets DATA. */
  levels?: { path: string; expect: Partial<Record<TCallerKey, string>> & { default: string } };
  /** More about the data a caller got: returns what is wrong, or null. */
  check?(data: Record<string, unknown>, caller: TCaller, fx: TFixtures): string | null;
};

// ---------------------------------------------------------------------------------------------
// Groups of callers that recur

/** Demo users without a casework role: auditor, analyst, administrator, reference group member. */
const NO_CASEWORK = { 'revisor@cmm': 'FORBIDDEN', 'analytiker@cmm': 'FORBIDDEN', 'admin@samvirke': 'FORBIDDEN', 'referencegruppe@syd': 'FORBIDDEN' } as const;
const CMM = { 'sagsbehandler@cmm': 'DATA', 'koordinator@cmm': 'DATA' } as const;
const CMM_FORBIDDEN = { 'sagsbehandler@cmm': 'FORBIDDEN', 'koordinator@cmm': 'FORBIDDEN' } as const;
const AT = { 'tilsyn@at': 'DATA', 'koordinator@at': 'DATA' } as const;
const AT_FORBIDDEN = { 'tilsyn@at': 'FORBIDDEN', 'koordinator@at': 'FORBIDDEN' } as const;
/** Organisations that see a case complex only as members (a referral they handle is linked), never its suspects. */
const MEMBERS = { 'sagsbehandler@cmm': 'MEMBERSHIP', 'koordinator@cmm': 'MEMBERSHIP', 'vurdering@us': 'MEMBERSHIP' } as const;

/** Who sees what, for the `check`s of list fields. */
const SEES_AT_TO_CMM: readonly TCallerKey[] = ['tilsyn@at', 'koordinator@at', 'sagsbehandler@cmm', 'koordinator@cmm', 'hjemrejse@hjr', 'kontrol@siri'];
const SEES_SYD_OPERATION: readonly TCallerKey[] = ['koordinator@ssjylpol', 'sagsbehandler@cmm', 'koordinator@cmm', 'kontrol@sktst', 'hjemrejse@hjr'];
const SEES_DEMO_COMPLEX: readonly TCallerKey[] = ['efterforsker@nsk', 'koordinator@kbhpol', 'koordinator@ssjylpol', 'sagsbehandler@cmm', 'koordinator@cmm', 'vurdering@us'];

const user = (caller: TCaller): TUser => {
  if (!caller.user) throw new Error('this fixture needs a signed-in caller');
  return caller.user;
};

function contains(list: unknown, id: string, shouldContain: boolean, what: string): string | null {
  const ids = (list as Array<{ id?: string; node?: { id: string } }>).map((item) => item.node?.id ?? item.id);
  if (ids.includes(id) === shouldContain) return null;
  return shouldContain ? `${what} is missing from the list` : `${what} is listed though the caller may not see it`;
}

const DAY = 86_400_000;
let addresses = 0;
/** A client address of its own for each refused sign-in. */
const nextAddress = () => (addresses += 1);
const today = (fx: TFixtures) => localDate(fx.server.clock.now());
const grantExpiry = (fx: TFixtures) => new Date(fx.server.clock.now().getTime() + 30 * DAY).toISOString();

// ---------------------------------------------------------------------------------------------
// Referral moves: a fresh referral in the state the move needs, for every caller.

const REFERRAL_SELECTION = 'id state access { level }';

type TFreshReferral = Parameters<TFixtures['fresh']['referral']>;

/** A move of a fresh referral in `state`: `params` are the arguments besides id (version is filled in from the fixture). */
function move(field: string, params: Record<string, string>, state: TFreshReferral[0], values: (fx: TFixtures) => Record<string, unknown>, options: TFreshReferral[1] = {}) {
  const names = Object.keys(params);
  const declarations = ['$id: ID!', ...names.map((n) => `$${n}: ${params[n]}`)].join(', ');
  const args = ['id: $id', ...names.map((n) => `${n}: $${n}`)].join(', ');
  return async (fx: TFixtures): Promise<TRequest> => {
    const referral = await fx.fresh.referral(state, options);
    const variables: Record<string, unknown> = { id: referral.id, ...values(fx) };
    if ('version' in params) variables.version = referral.version;
    return { query: `mutation(${declarations}) { ${field}(${args}) { ${REFERRAL_SELECTION} } }`, variables };
  };
}

// ---------------------------------------------------------------------------------------------
// Operation moves: a fresh operation of Syd- og Sønderjyllands Politi (CMM accepted, SKTST invited, HJR declined).

const OPERATION_SELECTION = 'id state access { level }';

/** Only the lead's coordinators plan and move; CMM's coordinator, who accepted, is refused; coordinators not invited do not see it. */
const PLANNER_ONLY = { default: 'FORBIDDEN', 'koordinator@ssjylpol': 'DATA', 'koordinator@cmm': 'FORBIDDEN', 'koordinator@kbhpol': 'NOT_FOUND', 'koordinator@at': 'NOT_FOUND' } as const;

// ---------------------------------------------------------------------------------------------
// Case complexes: a complex Københavns Politi leads with its referral to US linked (US and CMM
// see it as members); NSK sees every complex; only the lead manages it.

const LEAD_ONLY = {
  default: 'NOT_FOUND',
  ...NO_CASEWORK,
  'koordinator@kbhpol': 'DATA',
  'efterforsker@nsk': 'FORBIDDEN',
  'sagsbehandler@cmm': 'FORBIDDEN',
  'koordinator@cmm': 'FORBIDDEN',
  'vurdering@us': 'FORBIDDEN',
} as const;

// ---------------------------------------------------------------------------------------------

export const MATRIX: Record<string, TCase[]> = {
  // --- Audit (AUDITOR only) ------------------------------------------------------------------
  'Query.auditEvents': [{ name: 'the latest records', request: () => ({ query: '{ auditEvents(first: 5) { totalCount edges { node { id action } } } }' }), expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' } }],
  'Query.verifyAuditChain': [{ name: 'the chain', request: () => ({ query: '{ verifyAuditChain { ok checked } }' }), expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' } }],
  'Query.subjectAccessReport': [
    {
      name: 'the subject of the AT referral',
      request: (fx) => ({ query: 'query($id: ID!) { subjectAccessReport(subjectId: $id) { id action } }', variables: { id: fx.shared.atToCmm.subjectId } }),
      expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' },
    },
  ],

  'Query.findDataSubjects': [
    {
      name: 'a name and date of birth',
      request: () => ({ query: 'query { findDataSubjects(name: "Maria Ionescu", dateOfBirth: "1995-03-14") { subjectId pseudonym referrals } }' }),
      expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' },
    },
  ],

  // --- Accounts ------------------------------------------------------------------------------
  'Query.me': [
    {
      name: 'oneself',
      request: () => ({ query: '{ me { id email } }' }),
      expect: { default: 'DATA' },
      check: (data, caller) => ((data.me as { email: string }).email === user(caller).email ? null : 'me is someone else'),
    },
  ],
  'Query.users': [{ name: 'all users', request: () => ({ query: '{ users { id } }' }), expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' } }],
  'Query.referenceGroupMembers': [{ name: 'every group', request: () => ({ query: '{ referenceGroupMembers { id referenceGroup } }' }), expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' } }],
  // Sign-in through the organisation's identity provider (ADR 0028): only an ADMIN of that organisation configures it.
  'Query.identityProviders': [{ name: 'every organisation’s', request: () => ({ query: '{ identityProviders { id issuer clientId } }' }), expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' } }],
  'Query.publicIdentityProviders': [{ name: 'codes and names', request: () => ({ query: '{ publicIdentityProviders { organisationCode organisationName } }' }), expect: { default: 'DATA', anonymous: 'DATA' } }],
  'Mutation.configureIdentityProvider': [
    {
      name: 'the administrator’s own organisation (CMM)',
      request: () => ({
        query: 'mutation($o: String!, $i: ConfigureIdentityProviderInput!) { configureIdentityProvider(organisationCode: $o, input: $i) { id } }',
        variables: { o: 'CMM', i: { issuer: 'https://idp.cmm.example', clientId: 'samvirke', clientSecret: 'matrix-secret', requireMfaFromIdp: true, passwordSignInAllowed: true } },
      }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
    {
      name: 'another organisation (REDEN)',
      request: () => ({
        query: 'mutation($o: String!, $i: ConfigureIdentityProviderInput!) { configureIdentityProvider(organisationCode: $o, input: $i) { id } }',
        variables: { o: 'REDEN', i: { issuer: 'https://idp.reden.example', clientId: 'samvirke', clientSecret: 'matrix-secret', requireMfaFromIdp: true, passwordSignInAllowed: true } },
      }),
      expect: { default: 'FORBIDDEN' },
    },
  ],
  'Mutation.login': [
    {
      name: 'own credentials (anonymous: koordinator@kbhpol’s)',
      request: (fx, caller) => ({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }',
        variables: { e: caller.user?.email ?? fx.users['koordinator@kbhpol'].email, p: fx.password },
      }),
      expect: { default: 'DATA', anonymous: 'DATA' },
    },
    {
      name: 'a wrong password',
      request: (fx, caller) => ({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { email } } }',
        variables: { e: caller.user?.email ?? fx.users['koordinator@kbhpol'].email, p: 'not-the-password' },
        // Each from its own address, so that the failures do not add up against one client address.
        headers: { 'x-forwarded-for': `198.51.100.${nextAddress()}` },
      }),
      expect: { default: 'UNAUTHENTICATED', anonymous: 'UNAUTHENTICATED' },
    },
  ],
  'Mutation.refresh': [
    {
      name: 'a refresh token of the caller’s own (anonymous: koordinator@kbhpol’s)',
      request: async (fx, caller) => ({
        query: 'mutation($t: String!) { refresh(refreshToken: $t) { user { email } } }',
        variables: { t: (await fx.fresh.session(caller.user?.key ?? 'koordinator@kbhpol')).refreshToken },
      }),
      expect: { default: 'DATA', anonymous: 'DATA' },
    },
    {
      name: 'a token that is not one',
      request: () => ({ query: 'mutation($t: String!) { refresh(refreshToken: $t) { user { email } } }', variables: { t: `not-a-token-${newId()}` } }),
      expect: { default: 'UNAUTHENTICATED', anonymous: 'UNAUTHENTICATED' },
    },
  ],
  'Mutation.logout': [
    {
      // @public: a page whose access token expired signs out with the refresh token (or cookie) alone.
      name: 'a fresh session of the caller (anonymous: a refresh token of koordinator@kbhpol’s without an access token)',
      request: async (fx, caller) => {
        const session = await fx.fresh.session(caller.user?.key ?? 'koordinator@kbhpol');
        if (!caller.user) return { query: 'mutation($t: String) { logout(refreshToken: $t) }', variables: { t: session.refreshToken } };
        return { query: 'mutation($t: String) { logout(refreshToken: $t) }', variables: { t: session.refreshToken }, token: session.accessToken };
      },
      expect: { default: 'DATA', anonymous: 'DATA' },
    },
    {
      name: 'no argument and no cookie: the access token’s own session ends (anonymous: nothing to end, still true)',
      request: async (fx, caller) => {
        if (!caller.user) return { query: 'mutation { logout }' };
        return { query: 'mutation { logout }', token: (await fx.fresh.session(caller.user.key)).accessToken };
      },
      expect: { default: 'DATA', anonymous: 'DATA' },
    },
  ],
  'Mutation.createUser': [
    {
      name: 'a caseworker of an NGO',
      request: () => ({
        query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        variables: { input: { email: `matrix-${newId().slice(0, 8)}@reden.test`, name: 'Opdigtet Bruger', organisationCode: 'REDEN', roles: ['CASEWORKER'], password: 'a-long-enough-password' } },
      }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Query.serviceAccounts': [
    { name: 'the own organisation’s service accounts', request: () => ({ query: '{ serviceAccounts { id clientId } }' }), expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' } },
  ],
  'Mutation.createServiceAccount': [
    {
      name: 'a caseworker system in the own organisation',
      request: () => ({
        query: 'mutation($input: CreateServiceAccountInput!) { createServiceAccount(input: $input) { serviceAccount { id } clientSecret } }',
        variables: { input: { name: 'Opdigtet sagssystem', roles: ['CASEWORKER'], purpose: 'Sagsbehandling (opdigtet)' } },
      }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.rotateServiceAccountSecret': [
    {
      name: 'a service account of CMM',
      request: async (fx) => ({ query: 'mutation($id: ID!) { rotateServiceAccountSecret(id: $id) { serviceAccount { id } clientSecret } }', variables: { id: await fx.fresh.serviceAccountId() } }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.deactivateServiceAccount': [
    {
      name: 'a service account of CMM',
      request: async (fx) => ({ query: 'mutation($id: ID!) { deactivateServiceAccount(id: $id) { id active } }', variables: { id: await fx.fresh.serviceAccountId() } }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.deactivateUser': [
    {
      name: 'a fresh user',
      request: async (fx) => ({ query: 'mutation($id: ID!) { deactivateUser(id: $id) { id active } }', variables: { id: await fx.fresh.userId() } }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.reactivateUser': [
    {
      name: 'a deactivated user',
      request: async (fx) => ({ query: 'mutation($id: ID!) { reactivateUser(id: $id) { id active } }', variables: { id: await fx.fresh.deactivatedUserId() } }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.resetTotp': [
    {
      name: 'a user with a second factor',
      request: async (fx) => ({ query: 'mutation($id: ID!) { resetTotp(userId: $id) { id secondFactorEnabled } }', variables: { id: await fx.fresh.userWithTotpId() } }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.requestPasswordReset': [
    {
      name: 'a fresh user (the mail goes to them)',
      request: async (fx) => ({ query: 'mutation($id: ID!) { requestPasswordReset(userId: $id) }', variables: { id: await fx.fresh.userId() } }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.resetPassword': [
    {
      // Public: whoever holds the mailed token; a string that is no token is refused alike for all.
      name: 'a token that was never issued',
      request: () => ({ query: 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }', variables: { t: 'never-issued-token', p: 'a-long-enough-password' } }),
      expect: { default: 'BAD_USER_INPUT', anonymous: 'BAD_USER_INPUT' },
    },
  ],
  'Mutation.setReferenceGroup': [
    {
      name: 'a fresh user into the Bornholm group',
      request: async (fx) => ({ query: 'mutation($id: ID!) { setReferenceGroup(userId: $id, referenceGroup: BORNHOLM) { id referenceGroup } }', variables: { id: await fx.fresh.userId() } }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.enrolTotp': [
    {
      name: 'oneself, with one’s password',
      request: (fx) => ({ query: 'mutation($p: String!) { enrolTotp(password: $p) { otpauthUri } }', variables: { p: fx.password } }),
      expect: { default: 'DATA' },
    },
  ],
  'Mutation.changePassword': [
    {
      // A real change would end the caller's other sessions, the matrix's own among them
      // (tests/integration/auth/change-password.test.ts changes passwords for real).
      name: 'oneself, the new password the same as the current one (refused as input, past the gate)',
      request: (fx) => ({ query: 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }', variables: { c: fx.password, n: fx.password } }),
      expect: { default: 'BAD_USER_INPUT' },
    },
  ],
  'Mutation.activateTotp': [
    {
      // Activating for real would make every later sign-in of the demo user need a code.
      name: 'oneself, enrolled, with a code that is not one (refused as input, past the gate)',
      request: async (fx, caller) => {
        if (caller.user) await enrolTotp(fx.as(caller.user.key), { password: fx.password });
        return { query: 'mutation($c: String!) { activateTotp(code: $c) }', variables: { c: 'no-code' } };
      },
      expect: { default: 'BAD_USER_INPUT' },
    },
  ],

  // --- Case complexes ------------------------------------------------------------------------
  'Query.caseComplex': [
    {
      // SSJYLPOL led the raid Mølle that NSK took part in and linked: a participant, it sees the whole complex.
      name: 'the demo complex (KBHPOL handed it over to NSK; CMM and US referrals and SSJYLPOL’s raid linked)',
      request: (fx) => ({
        query: 'query($id: ID!) { caseComplex(id: $id) { id access { level } description suspects { id } timeline { kind } operations { id } } }',
        variables: { id: fx.shared.demoComplex },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'efterforsker@nsk': 'DATA', 'koordinator@kbhpol': 'DATA', 'koordinator@ssjylpol': 'DATA', ...CMM, 'vurdering@us': 'DATA' },
      watch: ['caseComplex.description', 'caseComplex.suspects', 'caseComplex.timeline', 'caseComplex.operations'],
      nulls: {
        'sagsbehandler@cmm': ['caseComplex.description', 'caseComplex.suspects', 'caseComplex.timeline', 'caseComplex.operations'],
        'koordinator@cmm': ['caseComplex.description', 'caseComplex.suspects', 'caseComplex.timeline', 'caseComplex.operations'],
        'vurdering@us': ['caseComplex.description', 'caseComplex.suspects', 'caseComplex.timeline', 'caseComplex.operations'],
      },
      levels: { path: 'caseComplex.access.level', expect: { default: 'INVESTIGATION', ...MEMBERS } },
    },
    {
      name: 'a complex KBHPOL leads with a US referral linked',
      request: (fx) => ({
        query: 'query($id: ID!) { caseComplex(id: $id) { id access { level } description suspects { id } } }',
        variables: { id: fx.shared.workComplex },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'efterforsker@nsk': 'DATA', 'koordinator@kbhpol': 'DATA', ...CMM, 'vurdering@us': 'DATA' },
      watch: ['caseComplex.description', 'caseComplex.suspects'],
      nulls: {
        'sagsbehandler@cmm': ['caseComplex.description', 'caseComplex.suspects'],
        'koordinator@cmm': ['caseComplex.description', 'caseComplex.suspects'],
        'vurdering@us': ['caseComplex.description', 'caseComplex.suspects'],
      },
      levels: { path: 'caseComplex.access.level', expect: { default: 'INVESTIGATION', ...MEMBERS } },
    },
    {
      name: 'a KBHPOL complex SKTST contributes to (issue 14): journal numbers, cooperation, contributors and contributions',
      request: (fx) => ({
        query:
          'query($id: ID!) { caseComplex(id: $id) { id access { level reasonCode } suspects { id } policeJournalNumbers prosecutionCaseNumber cooperation { partnerCountries } contributors { organisation { code } } contributions { id note } referrals { id access { level } narrative } } }',
        variables: { id: fx.shared.contributedComplex },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'efterforsker@nsk': 'DATA', 'koordinator@kbhpol': 'DATA', ...CMM, 'vurdering@us': 'DATA', 'kontrol@sktst': 'DATA' },
      watch: ['caseComplex.suspects', 'caseComplex.policeJournalNumbers', 'caseComplex.cooperation', 'caseComplex.contributors', 'caseComplex.contributions'],
      nulls: {
        'sagsbehandler@cmm': ['caseComplex.suspects', 'caseComplex.policeJournalNumbers', 'caseComplex.cooperation', 'caseComplex.contributors', 'caseComplex.contributions'],
        'koordinator@cmm': ['caseComplex.suspects', 'caseComplex.policeJournalNumbers', 'caseComplex.cooperation', 'caseComplex.contributors', 'caseComplex.contributions'],
        'vurdering@us': ['caseComplex.suspects', 'caseComplex.policeJournalNumbers', 'caseComplex.cooperation', 'caseComplex.contributors', 'caseComplex.contributions'],
        // A contributor: what a SUMMARY grant shows, and its own contributions; never the investigation.
        'kontrol@sktst': ['caseComplex.suspects', 'caseComplex.policeJournalNumbers', 'caseComplex.cooperation', 'caseComplex.contributors'],
      },
      levels: { path: 'caseComplex.access.level', expect: { default: 'INVESTIGATION', ...MEMBERS, 'kontrol@sktst': 'MEMBERSHIP' } },
      check: (data, caller) => {
        const complex = data.caseComplex as { contributions: unknown[] | null; referrals: Array<{ access: { level: string }; narrative: string | null }> };
        if (complex.contributions && complex.contributions.length !== 1) return 'the one contribution is missing';
        if (caller.key === 'kontrol@sktst') {
          if (complex.referrals.length !== 1) return 'the contributor does not see the linked referral';
          if (complex.referrals[0]!.access.level !== 'SUMMARY' || complex.referrals[0]!.narrative !== null) return 'the contributor sees more than a SUMMARY grant shows';
        }
        return null;
      },
    },
  ],
  // --- Issue 14, journey 3: complex details, contributors and contributions ------------------
  'Mutation.updateCaseComplexDetails': [
    {
      name: 'a fresh complex: journal number and cooperation',
      request: async (fx) => ({
        query: 'mutation($id: ID!, $input: CaseComplexDetailsInput!) { updateCaseComplexDetails(id: $id, input: $input) { id policeJournalNumbers } }',
        variables: { id: await fx.fresh.complex(), input: { policeJournalNumbers: ['0100-76543-00012-26'], partnerCountries: ['RO'] } },
      }),
      // The lead, or the prosecution for its case number (no matrix caller; tests/integration/case-complexes/contributions.test.ts).
      expect: LEAD_ONLY,
    },
  ],
  'Mutation.inviteCaseComplexContributor': [
    {
      name: 'a fresh complex, SKTST',
      request: async (fx) => ({ query: 'mutation($c: ID!) { inviteCaseComplexContributor(caseComplexId: $c, organisationCode: "SKTST") { id } }', variables: { c: await fx.fresh.complex() } }),
      expect: LEAD_ONLY,
    },
  ],
  'Mutation.removeCaseComplexContributor': [
    {
      name: 'a fresh complex SKTST contributes to',
      request: async (fx) => ({ query: 'mutation($c: ID!) { removeCaseComplexContributor(caseComplexId: $c, organisationCode: "SKTST") { id } }', variables: { c: await fx.fresh.contributedComplex() } }),
      // SKTST sees the complex (a contributor) but does not manage it.
      expect: { ...LEAD_ONLY, 'kontrol@sktst': 'FORBIDDEN' },
    },
  ],
  'Mutation.addCaseComplexContribution': [
    {
      name: 'a fresh complex SKTST contributes to',
      request: async (fx) => ({
        query: 'mutation($c: ID!, $input: CaseComplexContributionInput!) { addCaseComplexContribution(caseComplexId: $c, input: $input) { id category } }',
        variables: { c: await fx.fresh.contributedComplex(), input: { category: 'LABOUR_CONDITIONS', notedOn: today(fx), note: 'Opfølgende kontrol (opdigtet)' } },
      }),
      expect: { ...LEAD_ONLY, 'koordinator@kbhpol': 'FORBIDDEN', 'kontrol@sktst': 'DATA' },
    },
  ],
  'Query.caseComplexes': [
    {
      name: 'the list (the demo complex for those who see it)',
      request: () => ({ query: '{ caseComplexes { id } }' }),
      expect: { default: 'DATA', ...NO_CASEWORK },
      check: (data, caller, fx) => contains(data.caseComplexes, fx.shared.demoComplex, SEES_DEMO_COMPLEX.includes(caller.key), 'the demo complex'),
    },
  ],
  'Mutation.createCaseComplex': [
    {
      name: 'a new complex (police districts and NSK lead)',
      request: () => ({ query: 'mutation($input: CreateCaseComplexInput!) { createCaseComplex(input: $input) { id } }', variables: { input: { name: `Matrix ${newId().slice(0, 6)}` } } }),
      expect: { default: 'FORBIDDEN', 'koordinator@kbhpol': 'DATA', 'efterforsker@nsk': 'DATA', 'koordinator@ssjylpol': 'DATA' },
    },
  ],
  'Mutation.handOverCaseComplex': [
    {
      name: 'a fresh complex, to NSK',
      request: async (fx) => ({ query: 'mutation($id: ID!) { handOverCaseComplex(id: $id, toOrganisationCode: "NSK") { id } }', variables: { id: await fx.fresh.complex() } }),
      expect: LEAD_ONLY,
    },
  ],
  'Mutation.linkReferralToCaseComplex': [
    {
      name: 'a fresh complex, KBHPOL’s referral to CMM',
      request: async (fx) => ({
        query: 'mutation($c: ID!, $r: ID!) { linkReferralToCaseComplex(caseComplexId: $c, referralId: $r) { id } }',
        variables: { c: await fx.fresh.complex(), r: fx.shared.kbhToCmm.id },
      }),
      expect: LEAD_ONLY,
    },
  ],
  'Mutation.linkOperationToCaseComplex': [
    {
      name: 'a fresh complex, KBHPOL’s draft operation',
      request: async (fx) => ({
        query: 'mutation($c: ID!, $o: ID!) { linkOperationToCaseComplex(caseComplexId: $c, operationId: $o) { id } }',
        variables: { c: await fx.fresh.complex(), o: fx.shared.kbhOperation.id },
      }),
      expect: LEAD_ONLY,
    },
  ],
  'Mutation.addSuspect': [
    {
      name: 'the KBHPOL complex',
      request: (fx) => ({
        query: 'mutation($c: ID!, $input: SuspectInput!) { addSuspect(caseComplexId: $c, input: $input) { id } }',
        variables: { c: fx.shared.workComplex, input: { name: 'Opdigtet Mistænkt', nationality: 'BG' } },
      }),
      expect: LEAD_ONLY,
    },
  ],
  'Mutation.recordCaseEvent': [
    {
      name: 'the suspect of the KBHPOL complex',
      request: (fx) => ({
        query: 'mutation($c: ID!, $input: CaseEventInput!) { recordCaseEvent(caseComplexId: $c, input: $input) { id } }',
        variables: { c: fx.shared.workComplex, input: { suspectId: fx.shared.workSuspect, kind: 'REPORTED', provision: 'STRAFFELOVEN_262A', occurredOn: today(fx) } },
      }),
      // The lead police organisation or the prosecution (no demo user): NSK sees every complex but does not record its case.
      expect: LEAD_ONLY,
    },
  ],

  // --- Jobs and notifications ----------------------------------------------------------------
  'Query.jobs': [{ name: 'the jobs', request: () => ({ query: '{ jobs { name } }' }), expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' } }],
  'Mutation.runJob': [
    {
      name: 'refresh-token-cleanup',
      request: () => ({ query: 'mutation { runJob(name: "refresh-token-cleanup") { status } }' }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Query.notifications': [{ name: 'own inbox', request: () => ({ query: '{ notifications { id } }' }), expect: { default: 'DATA' } }],
  'Mutation.markNotificationRead': [
    {
      name: 'an own notification',
      request: async (fx, caller) => ({
        query: 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }',
        variables: { id: caller.user ? await fx.fresh.notification(caller.user.id) : fx.shared.strangersNotification },
      }),
      expect: { default: 'DATA' },
    },
    {
      name: 'someone else’s notification',
      request: (fx) => ({ query: 'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }', variables: { id: fx.shared.strangersNotification } }),
      expect: { default: 'NOT_FOUND' },
    },
  ],

  // --- Operations ----------------------------------------------------------------------------
  'Query.operation': [
    {
      name: 'SSJYLPOL’s planned operation (CMM accepted, SKTST invited, HJR declined)',
      request: (fx) => ({
        query: 'query($id: ID!) { operation(id: $id) { id access { level } briefingPoint targets { address } totals { arrests } outcomes { arrests } cmmAttendance { attendees { id } } } }',
        variables: { id: fx.shared.sydOperation.id },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'koordinator@ssjylpol': 'DATA', ...CMM, 'kontrol@sktst': 'DATA', 'hjemrejse@hjr': 'DATA' },
      watch: ['operation.briefingPoint', 'operation.targets', 'operation.totals', 'operation.outcomes', 'operation.cmmAttendance.attendees'],
      nulls: {
        'kontrol@sktst': ['operation.briefingPoint', 'operation.targets', 'operation.totals', 'operation.outcomes', 'operation.cmmAttendance.attendees'],
        'hjemrejse@hjr': ['operation.briefingPoint', 'operation.targets', 'operation.totals', 'operation.outcomes', 'operation.cmmAttendance.attendees'],
      },
      levels: { path: 'operation.access.level', expect: { default: 'FULL', 'kontrol@sktst': 'SUMMARY', 'hjemrejse@hjr': 'SUMMARY' } },
    },
  ],
  'Query.operations': [
    {
      name: 'the list (SSJYLPOL’s operation for those who see it)',
      request: () => ({ query: 'query($f: OperationFilter) { operations(filter: $f, first: 100) { edges { node { id } } } }', variables: { f: { region: 'SYDDANMARK', state: 'PLANNED' } } }),
      expect: { default: 'DATA', ...NO_CASEWORK },
      check: (data, caller, fx) => contains((data.operations as { edges: unknown[] }).edges, fx.shared.sydOperation.id, SEES_SYD_OPERATION.includes(caller.key), 'SSJYLPOL’s operation'),
    },
  ],
  'Query.operationAttendeeCandidates': [
    {
      name: 'SSJYLPOL’s operation',
      request: (fx) => ({ query: 'query($id: ID!) { operationAttendeeCandidates(operationId: $id) { id } }', variables: { id: fx.shared.sydOperation.id } }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'koordinator@ssjylpol': 'DATA', ...CMM, 'kontrol@sktst': 'DATA', 'hjemrejse@hjr': 'DATA' },
      // Only the caller's own organisation's staff.
      check: (data, caller) => ((data.operationAttendeeCandidates as Array<{ id: string }>).some((c) => c.id === user(caller).id) ? null : 'the caller is not among its own staff'),
    },
  ],
  'Mutation.createOperation': [
    {
      name: 'a new operation',
      request: (fx) => {
        const input = operationInput(fx.server, `Matrix-${newId().slice(0, 6)}`);
        return {
          query: 'mutation($input: CreateOperationInput!) { createOperation(input: $input) { id } }',
          variables: { input: { ...input, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() } },
        };
      },
      expect: { default: 'FORBIDDEN', 'koordinator@kbhpol': 'DATA', 'koordinator@cmm': 'DATA', 'koordinator@ssjylpol': 'DATA', 'koordinator@at': 'DATA' },
    },
  ],
  'Mutation.updateOperation': [
    {
      name: 'a fresh planned operation',
      request: async (fx) => {
        const op = await fx.fresh.operation('PLANNED');
        return {
          query: `mutation($id: ID!, $v: Int!, $input: UpdateOperationInput!) { updateOperation(id: $id, version: $v, input: $input) { ${OPERATION_SELECTION} } }`,
          variables: { id: op.id, v: op.version, input: { objective: 'Ændret formål (opdigtet)' } },
        };
      },
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.inviteToOperation': [
    {
      name: 'a fresh planned operation, SIRI',
      request: async (fx) => ({
        query: `mutation($id: ID!) { inviteToOperation(id: $id, organisationCodes: ["SIRI"]) { ${OPERATION_SELECTION} } }`,
        variables: { id: (await fx.fresh.operation('PLANNED')).id },
      }),
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.respondToInvitation': [
    {
      name: 'a fresh operation nobody has answered (CMM, SKTST, HJR invited)',
      request: async (fx, caller) => ({
        // Fresh operations share one time window: naming oneself again is a double booking, confirmed here (the row is about who may answer).
        query: `mutation($id: ID!, $a: [ID!]) { respondToInvitation(operationId: $id, accept: true, attendeeUserIds: $a, confirmDoubleBooking: true, doubleBookingReason: "Matrix (opdigtet)") { ${OPERATION_SELECTION} } }`,
        variables: { id: (await fx.fresh.operation('PLANNED', { answers: false })).id, a: caller.user ? [caller.user.id] : [] },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'kontrol@sktst': 'DATA', 'hjemrejse@hjr': 'DATA', 'koordinator@ssjylpol': 'FORBIDDEN' },
    },
  ],
  'Mutation.confirmOperation': [
    {
      name: 'a fresh planned operation',
      request: async (fx) => ({ query: `mutation($id: ID!) { confirmOperation(id: $id) { ${OPERATION_SELECTION} } }`, variables: { id: (await fx.fresh.operation('PLANNED')).id } }),
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.startOperation': [
    {
      name: 'a fresh confirmed operation',
      request: async (fx) => ({ query: `mutation($id: ID!) { startOperation(id: $id) { ${OPERATION_SELECTION} } }`, variables: { id: (await fx.fresh.operation('CONFIRMED')).id } }),
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.completeOperation': [
    {
      name: 'a fresh operation in progress',
      request: async (fx) => ({ query: `mutation($id: ID!) { completeOperation(id: $id) { ${OPERATION_SELECTION} } }`, variables: { id: (await fx.fresh.operation('IN_PROGRESS')).id } }),
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.cancelOperation': [
    {
      name: 'a fresh planned operation',
      request: async (fx) => ({
        query: `mutation($id: ID!) { cancelOperation(id: $id, reason: "Efterforskningen tog en anden retning") { ${OPERATION_SELECTION} } }`,
        variables: { id: (await fx.fresh.operation('PLANNED')).id },
      }),
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.recordOperationOutcome': [
    {
      name: 'a fresh completed operation',
      request: async (fx) => ({
        query: `mutation($id: ID!, $input: OperationOutcomeInput!) { recordOperationOutcome(operationId: $id, input: $input) { ${OPERATION_SELECTION} } }`,
        variables: { id: (await fx.fresh.operation('COMPLETED')).id, input: { personsEncountered: 3, possibleVictimsSpokenWith: 1, arrests: 0 } },
      }),
      // The lead and those that accepted; SKTST never answered and HJR declined.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'koordinator@ssjylpol': 'DATA', ...CMM, 'kontrol@sktst': 'FORBIDDEN', 'hjemrejse@hjr': 'FORBIDDEN' },
    },
  ],

  'Query.attendeeConflicts': [
    {
      name: 'SSJYLPOL’s operation, the caller itself',
      request: (fx, caller) => ({
        query: 'query($id: ID!, $u: [ID!]!) { attendeeConflicts(operationId: $id, userIds: $u) { attendee { id } operation { id } } }',
        variables: { id: fx.shared.sydOperation.id, u: caller.user ? [caller.user.id] : [] },
      }),
      // As the candidates: whoever sees the operation asks about its own staff; ASSESSOR-only and investigators of others do not see it.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'koordinator@ssjylpol': 'DATA', ...CMM, 'kontrol@sktst': 'DATA', 'hjemrejse@hjr': 'DATA' },
    },
  ],
  'Query.unconfirmedInterpreters': [
    {
      name: 'the caller’s organisation’s operations',
      request: () => ({ query: '{ unconfirmedInterpreters { operation { id } interpreter { id status } } }' }),
      expect: { default: 'FORBIDDEN', 'koordinator@kbhpol': 'DATA', 'koordinator@cmm': 'DATA', 'koordinator@ssjylpol': 'DATA', 'koordinator@at': 'DATA' },
    },
  ],
  'Query.myCalendarFeed': [
    {
      name: 'the caller’s own feed (made first where the caller may have one)',
      request: async (fx, caller) => {
        if (caller.user && mayKeepCalendarFeed(fx.as(caller.user.key).viewer!)) await createCalendarFeed(fx.as(caller.user.key));
        return { query: '{ myCalendarFeed { createdAt } }' };
      },
      expect: { default: 'DATA', ...NO_CASEWORK },
    },
  ],
  'Mutation.nameOperationAttendees': [
    {
      name: 'a fresh planned operation, the caller itself',
      request: async (fx, caller) => ({
        query: `mutation($id: ID!, $u: [ID!]!) { nameOperationAttendees(operationId: $id, userIds: $u) { ${OPERATION_SELECTION} } }`,
        variables: { id: (await fx.fresh.operation('PLANNED')).id, u: caller.user ? [caller.user.id] : [] },
      }),
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.requestInterpreter': [
    {
      name: 'a fresh planned operation, Ukrainian',
      request: async (fx) => ({
        query: `mutation($id: ID!) { requestInterpreter(operationId: $id, language: "uk") { ${OPERATION_SELECTION} } }`,
        variables: { id: (await fx.fresh.operation('PLANNED')).id },
      }),
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.setInterpreterStatus': [
    {
      name: 'a fresh planned operation’s interpreter',
      request: async (fx) => {
        const id = (await fx.fresh.operation('PLANNED')).id;
        const interpreter = fx.server.deps.sqlite.prepare('select id from operation_interpreters where operation_id = ?').get(id) as { id: string };
        return {
          query: `mutation($id: ID!, $i: ID!) { setInterpreterStatus(operationId: $id, interpreterId: $i, status: CONFIRMED) { ${OPERATION_SELECTION} } }`,
          variables: { id, i: interpreter.id },
        };
      },
      expect: PLANNER_ONLY,
    },
  ],
  'Mutation.createCalendarFeed': [
    {
      name: 'the caller’s own feed',
      request: () => ({ query: 'mutation { createCalendarFeed { url } }' }),
      expect: { default: 'DATA', ...NO_CASEWORK },
    },
  ],
  'Mutation.revokeCalendarFeed': [
    {
      name: 'the caller’s own feed',
      request: () => ({ query: 'mutation { revokeCalendarFeed }' }),
      expect: { default: 'DATA', ...NO_CASEWORK },
    },
  ],

  // --- Organisations, reference groups, statistics -------------------------------------------
  'Query.organisations': [{ name: 'all agencies', request: () => ({ query: '{ organisations { code } }' }), expect: { default: 'DATA' } }],
  'Query.referenceGroupReview': [
    {
      name: 'Syddanmark (the demo group’s region)',
      request: (fx) => ({
        query: 'query($from: Date!, $to: Date!) { referenceGroupReview(region: SYDDANMARK, from: $from, to: $to) { region } }',
        variables: { from: `${today(fx).slice(0, 4)}-01-01`, to: today(fx) },
      }),
      // The region's group, and CMM's coordinators and analysts, who see every region (issue 14).
      expect: { default: 'FORBIDDEN', 'referencegruppe@syd': 'DATA', 'koordinator@cmm': 'DATA', 'analytiker@cmm': 'DATA' },
    },
    {
      name: 'Hovedstaden (another group’s region)',
      request: (fx) => ({
        query: 'query($from: Date!, $to: Date!) { referenceGroupReview(region: HOVEDSTADEN, from: $from, to: $to) { region } }',
        variables: { from: `${today(fx).slice(0, 4)}-01-01`, to: today(fx) },
      }),
      expect: { default: 'FORBIDDEN', 'koordinator@cmm': 'DATA', 'analytiker@cmm': 'DATA' },
    },
    {
      name: 'the whole country, the last 12 months, with the case list',
      request: () => ({ query: '{ referenceGroupReview(period: LAST_12_MONTHS) { region cases { pseudonym notes { id } } recommendations { id } } }' }),
      expect: { default: 'FORBIDDEN', 'koordinator@cmm': 'DATA', 'analytiker@cmm': 'DATA' },
    },
  ],
  'Mutation.addReviewNote': [
    {
      name: 'Syddanmark',
      request: (fx) => ({
        query: 'mutation($from: Date!, $to: Date!) { addReviewNote(region: SYDDANMARK, periodFrom: $from, periodTo: $to, text: "Opdigtet anbefaling") { id } }',
        variables: { from: `${today(fx).slice(0, 4)}-01-01`, to: today(fx) },
      }),
      expect: { default: 'FORBIDDEN', 'referencegruppe@syd': 'DATA' },
    },
    {
      name: 'Hovedstaden',
      request: (fx) => ({
        query: 'mutation($from: Date!, $to: Date!) { addReviewNote(region: HOVEDSTADEN, periodFrom: $from, periodTo: $to, text: "Opdigtet anbefaling") { id } }',
        variables: { from: `${today(fx).slice(0, 4)}-01-01`, to: today(fx) },
      }),
      expect: { default: 'FORBIDDEN' },
    },
  ],
  'Query.referralAssigneeCandidates': [
    {
      name: 'the caller’s own organisation’s staff',
      request: () => ({ query: '{ referralAssigneeCandidates { id name } }' }),
      expect: { default: 'DATA', 'revisor@cmm': 'FORBIDDEN', 'analytiker@cmm': 'FORBIDDEN', 'admin@samvirke': 'FORBIDDEN', 'referencegruppe@syd': 'FORBIDDEN', 'efterforsker@nsk': 'DATA' },
      check: (data, caller) => {
        const list = data.referralAssigneeCandidates as Array<{ id: string }>;
        return caller.user && !list.some((u) => u.id === caller.user!.id) ? 'the caller is not among its own staff' : null;
      },
    },
  ],
  'Mutation.assignReferral': [
    {
      name: 'a fresh AT → CMM referral, received, to CMM’s coordinator',
      request: move('assignReferral', { assigneeId: 'ID!' }, 'RECEIVED', (fx) => ({ assigneeId: fx.users['koordinator@cmm'].id })),
      // A COORDINATOR of the receiving authority only.
      expect: { default: 'FORBIDDEN', 'koordinator@cmm': 'DATA', 'sagsbehandler@cmm': 'FORBIDDEN', 'koordinator@at': 'FORBIDDEN', 'koordinator@kbhpol': 'NOT_FOUND', 'koordinator@ssjylpol': 'NOT_FOUND' },
    },
  ],
  'Query.inquiries': [
    {
      name: 'CMM’s hotline, this year',
      request: (fx) => ({ query: 'query($from: Date!, $to: Date!) { inquiries(from: $from, to: $to) { id kind } }', variables: { from: `${today(fx).slice(0, 4)}-01-01`, to: today(fx) } }),
      expect: { default: 'FORBIDDEN', ...CMM },
    },
  ],
  'Query.inquiryStatistics': [
    {
      name: 'this year’s counts',
      request: (fx) => ({ query: 'query($y: Int!) { inquiryStatistics(year: $y) { total } }', variables: { y: Number(today(fx).slice(0, 4)) } }),
      expect: { default: 'FORBIDDEN', ...CMM, 'analytiker@cmm': 'DATA' },
    },
  ],
  'Mutation.recordInquiry': [
    {
      name: 'an anonymous tip that led to nothing',
      request: (fx) => ({
        query: 'mutation($input: RecordInquiryInput!) { recordInquiry(input: $input) { id } }',
        variables: { input: { receivedAt: fx.server.clock.now().toISOString(), kind: 'TIP_ABOUT_PLACE', ledTo: 'NOTHING' } },
      }),
      expect: { default: 'FORBIDDEN', ...CMM },
    },
  ],
  'Query.statistics': [
    {
      name: 'this year, all of Denmark',
      request: (fx) => ({
        query: 'query($y: Int!) { statistics(year: $y) { year personsTrafficked criminalJustice { year } byIndicator { key } inquiries { total byKind { key } bySource { key } } } }',
        variables: { y: Number(today(fx).slice(0, 4)) },
      }),
      // ANALYST, or COORDINATOR of CMM: other organisations' coordinators are refused. Issue 14: the
      // criminal-justice figures and CMM's hotline counts (both readers here are CMM's).
      expect: { default: 'FORBIDDEN', 'analytiker@cmm': 'DATA', 'koordinator@cmm': 'DATA' },
      watch: ['statistics.criminalJustice', 'statistics.inquiries'],
    },
    {
      name: 'this year, one region: the criminal-justice figures and the inquiries are national only',
      request: (fx) => ({
        query: 'query($y: Int!) { statistics(year: $y, region: SYDDANMARK) { year criminalJustice { year } inquiries { total } } }',
        variables: { y: Number(today(fx).slice(0, 4)) },
      }),
      expect: { default: 'FORBIDDEN', 'analytiker@cmm': 'DATA', 'koordinator@cmm': 'DATA' },
      watch: ['statistics.criminalJustice', 'statistics.inquiries'],
      nulls: { 'analytiker@cmm': ['statistics.criminalJustice', 'statistics.inquiries'], 'koordinator@cmm': ['statistics.criminalJustice', 'statistics.inquiries'] },
    },
  ],
  'Mutation.importHistory': [
    {
      name: 'one register row',
      request: () => ({
        query: 'mutation($csv: String!) { importHistory(csv: $csv) { imported skipped errors { line } } }',
        variables: {
          csv: `person_key,assessed_on,decision,authority,gender,nationality,age_at_assessment,primary_exploitation,first_contact,interview_held_on,outcome,region\nM-${newId().slice(0, 8)},2024-03-01,TRAFFICKED,CMM,FEMALE,RO,25,SEXUAL,KBHPOL,,,HOVEDSTADEN\n`,
        },
      }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
      check: (data) => ((data.importHistory as { imported: number }).imported === 1 ? null : `not imported: ${JSON.stringify(data.importHistory)}`),
    },
  ],

  // --- Referrals -----------------------------------------------------------------------------
  'Query.referral': [
    {
      name: 'KBHPOL’s referral to CMM of a person AT referred before, with a FULL grant to US: possible matches, merges and aliases are the controller’s only',
      request: async (fx) => {
        const pair = await fx.fresh.matchingPair();
        await fx.fresh.grantOn(pair.referralId, 'US', 'FULL');
        return {
          query: 'query($id: ID!) { referral(id: $id) { id access { level } possibleMatches { subjectId score } subjectMerges { id } subject { aliases } } }',
          variables: { id: pair.referralId, s: pair.subjectId },
        };
      },
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'koordinator@kbhpol': 'DATA', 'vurdering@us': 'DATA' },
      watch: ['referral.possibleMatches', 'referral.subjectMerges', 'referral.subject.aliases'],
      nulls: {
        'koordinator@kbhpol': ['referral.possibleMatches', 'referral.subjectMerges', 'referral.subject.aliases'],
        'vurdering@us': ['referral.possibleMatches', 'referral.subjectMerges', 'referral.subject.aliases'],
      },
      levels: { path: 'referral.access.level', expect: { default: 'FULL' } },
      check: (data) => {
        const matches = (data.referral as { possibleMatches: Array<{ score: number }> | null }).possibleMatches;
        return matches === null || (matches.length > 0 && matches[0]!.score === 100) ? null : 'the earlier subject is not the best match';
      },
    },
    {
      name: 'AT → CMM, in support; SUMMARY grant to HJR, OPERATIONAL grant to SIRI',
      request: (fx) => ({
        query:
          'query($id: ID!) { referral(id: $id) { id access { level } subject { identity { name } contact whereabouts } narrative location assessment { grounds } reflectionPeriod { totalDays } caseComplexes { id } } }',
        variables: { id: fx.shared.atToCmm.id },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT, ...CMM, 'hjemrejse@hjr': 'DATA', 'kontrol@siri': 'DATA' },
      watch: [
        'referral.subject.identity',
        'referral.subject.contact',
        'referral.subject.whereabouts',
        'referral.narrative',
        'referral.location',
        'referral.assessment.grounds',
        'referral.reflectionPeriod',
        'referral.caseComplexes',
      ],
      nulls: {
        // The referrer sees what it sent and the progress, never the authorities' findings, the support or the criminal cases.
        'tilsyn@at': ['referral.assessment.grounds', 'referral.reflectionPeriod', 'referral.caseComplexes'],
        'koordinator@at': ['referral.assessment.grounds', 'referral.reflectionPeriod', 'referral.caseComplexes'],
        'hjemrejse@hjr': [
          'referral.subject.identity',
          'referral.subject.contact',
          'referral.subject.whereabouts',
          'referral.narrative',
          'referral.location',
          'referral.assessment.grounds',
          'referral.reflectionPeriod',
        ],
        'kontrol@siri': ['referral.subject.identity', 'referral.narrative', 'referral.assessment.grounds', 'referral.reflectionPeriod'],
      },
      levels: { path: 'referral.access.level', expect: { default: 'FULL', 'hjemrejse@hjr': 'SUMMARY', 'kontrol@siri': 'OPERATIONAL' } },
    },
    {
      name: 'KBHPOL → US (an asylum seeker), received',
      request: (fx) => ({
        query: 'query($id: ID!) { referral(id: $id) { id access { level } subject { identity { name } contact } narrative } }',
        variables: { id: fx.shared.kbhToUs.id },
      }),
      // CMM, the national centre, sees every submitted referral.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'koordinator@kbhpol': 'DATA', 'vurdering@us': 'DATA', ...CMM },
      watch: ['referral.subject.identity', 'referral.subject.contact', 'referral.narrative'],
      levels: { path: 'referral.access.level', expect: { default: 'FULL' } },
    },
    {
      name: 'AT → CMM, submitted: kontrol@sktst broke the glass (OPERATIONAL, that user only)',
      request: (fx) => ({
        query: 'query($id: ID!) { referral(id: $id) { id access { level } subject { identity { name } contact whereabouts } narrative } }',
        variables: { id: fx.shared.brokenGlass.id },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT, ...CMM, 'kontrol@sktst': 'DATA' },
      watch: ['referral.subject.identity', 'referral.subject.contact', 'referral.subject.whereabouts', 'referral.narrative'],
      nulls: { 'kontrol@sktst': ['referral.subject.identity', 'referral.narrative'] },
      levels: { path: 'referral.access.level', expect: { default: 'FULL', 'kontrol@sktst': 'OPERATIONAL' } },
    },
    {
      name: 'AT → CMM, submitted: the grant to SIRI was revoked (it stops working at once)',
      request: (fx) => ({ query: 'query($id: ID!) { referral(id: $id) { id access { level } } }', variables: { id: fx.shared.revokedGrant.id } }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT, ...CMM },
    },
    {
      name: 'AT → CMM, received: CMM’s caseworker has it with CMM’s coordinator as deputy; SUMMARY grant to HJR (issue 14: assignee, deputy, mayReassign)',
      request: async (fx) => {
        const { id } = await fx.fresh.referral('RECEIVED');
        await assignReferral(fx.as('koordinator@cmm'), { id, assigneeId: fx.users['sagsbehandler@cmm'].id, deputyId: fx.users['koordinator@cmm'].id });
        await fx.fresh.grantOn(id, 'HJR', 'SUMMARY');
        return { query: 'query($id: ID!) { referral(id: $id) { id access { level } assignee { id name } deputy { id name } mayReassign } }', variables: { id } };
      },
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT, ...CMM, 'hjemrejse@hjr': 'DATA' },
      // Who has the case is the receiving organisation's own business: not the referrer's, not a grant holder's.
      watch: ['referral.assignee', 'referral.deputy'],
      nulls: { 'tilsyn@at': ['referral.assignee', 'referral.deputy'], 'koordinator@at': ['referral.assignee', 'referral.deputy'], 'hjemrejse@hjr': ['referral.assignee', 'referral.deputy'] },
      levels: { path: 'referral.access.level', expect: { default: 'FULL', 'hjemrejse@hjr': 'SUMMARY' } },
      check: (data, caller, fx) => {
        const referral = data.referral as { assignee: { id: string } | null; deputy: { id: string } | null; mayReassign: boolean };
        if (referral.assignee && referral.assignee.id !== fx.users['sagsbehandler@cmm'].id) return 'the assignee is not the one assigned';
        if (referral.deputy && referral.deputy.id !== fx.users['koordinator@cmm'].id) return 'the deputy is not the one assigned';
        // Only a coordinator of the receiving organisation reassigns.
        const may = caller.key === 'koordinator@cmm';
        return referral.mayReassign === may ? null : `mayReassign is ${referral.mayReassign} for ${caller.key}`;
      },
    },
    {
      name: 'an AT draft',
      request: (fx) => ({ query: 'query($id: ID!) { referral(id: $id) { id access { level } subject { identity { name } } } }', variables: { id: fx.shared.atDraft.id } }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT },
      watch: ['referral.subject.identity'],
      levels: { path: 'referral.access.level', expect: { default: 'FULL' } },
    },
  ],
  'Query.referrals': [
    {
      name: 'AT’s referrals in support (the AT → CMM one for those who see it)',
      request: () => ({
        query: 'query($f: ReferralFilter) { referrals(filter: $f, first: 100) { edges { node { id } } } }',
        variables: { f: { referringOrganisationCode: 'AT', state: 'IN_SUPPORT' } },
      }),
      expect: { default: 'DATA', ...NO_CASEWORK },
      check: (data, caller, fx) => contains((data.referrals as { edges: unknown[] }).edges, fx.shared.atToCmm.id, SEES_AT_TO_CMM.includes(caller.key), 'the AT → CMM referral'),
    },
  ],
  'Mutation.createReferral': [
    {
      name: 'a new draft',
      request: (fx) => ({ query: 'mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }', variables: { input: referralInput(fx.server) } }),
      expect: { default: 'DATA', ...NO_CASEWORK },
    },
  ],
  'Mutation.updateReferral': [
    {
      name: 'a fresh AT draft',
      request: move('updateReferral', { version: 'Int!', input: 'UpdateReferralInput!' }, 'DRAFT', () => ({ input: { narrative: 'Opdigtet: opdateret beretning.' } })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT },
    },
  ],
  'Mutation.submitReferral': [{ name: 'a fresh AT draft', request: move('submitReferral', {}, 'DRAFT', () => ({})), expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT } }],
  'Mutation.withdrawReferral': [
    {
      name: 'a fresh AT → CMM referral, submitted',
      request: move('withdrawReferral', { reason: 'String!' }, 'SUBMITTED', () => ({ reason: 'Henvist ved en fejl' })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT, ...CMM_FORBIDDEN },
    },
  ],
  // --- Issue 14, journey 2: addenda and the indicator list -------------------------------
  'Mutation.addReferralAddendum': [
    {
      name: 'a fresh AT → CMM referral, received',
      request: move('addReferralAddendum', { input: 'ReferralAddendumInput!' }, 'RECEIVED', () => ({ input: { indicatorCodes: ['DEBT_BONDAGE'], narrative: 'Ny oplysning fra et opfølgende tilsyn (opdigtet)' } })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT, ...CMM_FORBIDDEN },
    },
  ],
  'Query.indicatorCatalogue': [
    {
      name: 'the list with the retired entries',
      request: () => ({ query: '{ indicatorCatalogue(includeRetired: true) { code labelDa labelEn } }' }),
      expect: { default: 'DATA', 'revisor@cmm': 'FORBIDDEN', 'referencegruppe@syd': 'FORBIDDEN' },
      check: (data) => ((data.indicatorCatalogue as unknown[]).length > 0 ? null : 'the seeded list is empty'),
    },
  ],
  'Mutation.defineIndicator': [
    {
      name: 'a new entry',
      request: () => ({
        query: 'mutation($input: DefineIndicatorInput!) { defineIndicator(input: $input) { code } }',
        variables: { input: { code: `MATRIX_${newId().slice(0, 8).replace(/-/g, '')}`, exploitationForm: 'FORCED_LABOUR', labelDa: 'Opdigtet indikator', labelEn: 'Made-up indicator' } },
      }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.updateIndicator': [
    {
      name: 'a seeded entry, reordered',
      request: () => ({
        query: 'mutation($input: UpdateIndicatorInput!) { updateIndicator(code: "ISOLATION", input: $input) { code } }',
        variables: { input: { sortOrder: 1000 + (nextAddress() % 50_000) } },
      }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.importCriminalJusticeHistory': [
    {
      name: 'one year of counts',
      request: () => ({
        query: 'mutation($csv: String!) { importCriminalJusticeHistory(csv: $csv) { imported skipped errors { line reason } } }',
        variables: { csv: 'year,provision,charged,indicted,convicted,acquitted\n2015,TRAFFICKING,7,5,4,1\n' },
      }),
      expect: { default: 'FORBIDDEN', 'admin@samvirke': 'DATA' },
    },
  ],
  'Mutation.acknowledgeReferral': [
    {
      name: 'a fresh AT → CMM referral, submitted',
      request: move('acknowledgeReferral', {}, 'SUBMITTED', () => ({})),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
    {
      name: 'a fresh KBHPOL → US referral, submitted (CMM sees it but does not receive it)',
      request: move('acknowledgeReferral', {}, 'SUBMITTED', () => ({}), { by: 'koordinator@kbhpol', residence: 'ASYLUM_SEEKER' }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'vurdering@us': 'DATA', ...CMM_FORBIDDEN, 'koordinator@kbhpol': 'FORBIDDEN' },
    },
  ],
  'Mutation.forwardReferral': [
    {
      name: 'a fresh AT → CMM referral, submitted, to US',
      request: move('forwardReferral', { toOrganisationCode: 'String!', reason: 'String!' }, 'SUBMITTED', () => ({ toOrganisationCode: 'US', reason: 'Personen er asylansøger' })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
  ],
  'Mutation.scheduleIdentificationInterview': [
    {
      name: 'a fresh AT → CMM referral, received',
      request: move('scheduleIdentificationInterview', { at: 'DateTime!' }, 'RECEIVED', (fx) => ({ at: new Date(fx.server.clock.now().getTime() + DAY).toISOString() })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
  ],
  'Mutation.recordAssessment': [
    {
      name: 'a fresh AT → CMM referral, under assessment',
      request: move('recordAssessment', { input: 'AssessmentInput!' }, 'UNDER_ASSESSMENT', (fx) => ({
        input: { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indikatorerne bekræftet (opdigtet).', assessedOn: today(fx) },
      })),
      // ASSESSOR only, of the competent authority.
      expect: { default: 'FORBIDDEN', 'sagsbehandler@cmm': 'DATA', 'vurdering@us': 'NOT_FOUND' },
    },
  ],
  'Mutation.startReflectionPeriod': [
    {
      name: 'a fresh AT → CMM referral, assessed',
      request: move('startReflectionPeriod', { startsOn: 'Date!' }, 'ASSESSED', (fx) => ({ startsOn: today(fx) })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
  ],
  'Mutation.extendReflectionPeriod': [
    {
      name: 'a fresh AT → CMM referral, in support',
      request: move('extendReflectionPeriod', { days: 'Int!', reason: 'String!' }, 'IN_SUPPORT', () => ({ days: 10, reason: 'Behov for mere tid' })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
  ],
  'Mutation.recordRepresentative': [
    {
      name: 'a fresh AT → CMM referral of a minor, submitted',
      request: move('recordRepresentative', { name: 'String!', appointedBy: 'String!' }, 'SUBMITTED', () => ({ name: 'Opdigtet Repræsentant', appointedBy: 'Udlændingestyrelsen' }), { minor: true }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
  ],
  // --- One person, one subject; corrections (issue 11 § 3, § 4): the data's controller only ----
  'Mutation.correctSubjectData': [
    {
      name: 'a fresh AT → CMM referral, received',
      request: move('correctSubjectData', { version: 'Int!', input: 'SubjectCorrectionInput!', reason: 'String!' }, 'RECEIVED', () => ({
        input: { name: 'Rettet Navn' },
        reason: 'Det rigtige navn oplyst ved samtalen',
      })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
    {
      name: 'a fresh KBHPOL → US referral (an asylum seeker), submitted: US controls it, CMM as the national centre',
      request: move('correctSubjectData', { version: 'Int!', input: 'SubjectCorrectionInput!', reason: 'String!' }, 'SUBMITTED', () => ({ input: { alias: 'Rettet' }, reason: 'Rettet ved samtalen' }), {
        by: 'koordinator@kbhpol',
        residence: 'ASYLUM_SEEKER',
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'vurdering@us': 'DATA', 'koordinator@kbhpol': 'FORBIDDEN' },
    },
  ],
  'Mutation.confirmSubjectMatch': [
    {
      name: 'KBHPOL’s referral to CMM of a person AT referred before',
      request: async (fx) => {
        const pair = await fx.fresh.matchingPair();
        return { query: 'mutation($r: ID!, $s: ID!) { confirmSubjectMatch(referralId: $r, subjectId: $s) { id subject { id } } }', variables: { r: pair.referralId, s: pair.subjectId } };
      },
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'koordinator@kbhpol': 'FORBIDDEN' },
    },
    {
      name: 'the same, both asylum seekers (US controls both referrals)',
      request: async (fx) => {
        const pair = await fx.fresh.matchingPair({ residence: 'ASYLUM_SEEKER' });
        return { query: 'mutation($r: ID!, $s: ID!) { confirmSubjectMatch(referralId: $r, subjectId: $s) { id subject { id } } }', variables: { r: pair.referralId, s: pair.subjectId } };
      },
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'vurdering@us': 'DATA', 'koordinator@kbhpol': 'FORBIDDEN' },
    },
  ],
  'Mutation.dismissSubjectMatch': [
    {
      name: 'KBHPOL’s referral to CMM of a person AT referred before',
      request: async (fx) => {
        const pair = await fx.fresh.matchingPair();
        return { query: 'mutation($r: ID!, $s: ID!) { dismissSubjectMatch(referralId: $r, subjectId: $s) { id } }', variables: { r: pair.referralId, s: pair.subjectId } };
      },
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'koordinator@kbhpol': 'FORBIDDEN' },
    },
  ],
  'Mutation.unmergeSubjects': [
    {
      // The referrer does not even learn that the merge exists.
      name: 'a merge by CMM of KBHPOL’s referral into the subject AT referred',
      request: async (fx) => ({ query: 'mutation($m: ID!) { unmergeSubjects(mergeId: $m) { id } }', variables: { m: await fx.fresh.merge() } }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM },
    },
  ],
  'Mutation.closeReferral': [
    {
      name: 'a fresh AT → CMM referral, assessed',
      request: move('closeReferral', { outcome: 'ReferralOutcome!' }, 'ASSESSED', () => ({ outcome: 'REMAINED_IN_DENMARK' })),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
    {
      name: 'a fresh AT → CMM referral, assessed, with a FULL grant to US and an OPERATIONAL grant to HJR (seeing is not acting)',
      request: async (fx) => {
        const referral = await fx.fresh.referral('ASSESSED');
        await fx.fresh.grantOn(referral.id, 'US', 'FULL');
        await fx.fresh.grantOn(referral.id, 'HJR', 'OPERATIONAL');
        return {
          query: `mutation($id: ID!, $outcome: ReferralOutcome!) { closeReferral(id: $id, outcome: $outcome) { ${REFERRAL_SELECTION} } }`,
          variables: { id: referral.id, outcome: 'PREPARED_RETURN' },
        };
      },
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN, 'vurdering@us': 'FORBIDDEN', 'hjemrejse@hjr': 'FORBIDDEN' },
    },
  ],

  // --- Sharing -------------------------------------------------------------------------------
  'Query.accessGrants': [
    {
      name: 'the AT → CMM referral (grants to HJR and SIRI)',
      request: (fx) => ({ query: 'query($id: ID!) { accessGrants(referralId: $id) { id organisation { code } } }', variables: { id: fx.shared.atToCmm.id } }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT, ...CMM, 'hjemrejse@hjr': 'DATA', 'kontrol@siri': 'DATA' },
      // The competent authority and CMM see every grant; others their own organisation's.
      check: (data, caller) => {
        const codes = (data.accessGrants as Array<{ organisation: { code: string } }>).map((g) => g.organisation.code).sort();
        const expected = user(caller).organisationCode === 'CMM' ? ['HJR', 'SIRI'] : ['HJR', 'SIRI'].filter((c) => c === user(caller).organisationCode);
        return JSON.stringify(codes) === JSON.stringify(expected) ? null : `sees grants to ${codes.join(', ') || 'nobody'}`;
      },
    },
  ],
  'Query.breakGlassUses': [{ name: 'all uses', request: () => ({ query: '{ breakGlassUses { id } }' }), expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' } }],
  'Query.consentOverrides': [{ name: 'all overrides', request: () => ({ query: '{ consentOverrides { id consentOverrideReason } }' }), expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' } }],
  'Query.accessRequests': [
    {
      name: 'every state (the demo: NSK’s requests after the hand-over, approved by CMM)',
      request: () => ({ query: '{ accessRequests { id organisation { code } state } }' }),
      expect: { default: 'DATA', ...NO_CASEWORK },
      // The requester and the controllers (CMM; US for the demo's asylum-seeker referral) see the demo's requests; no one else.
      check: (data, caller) => {
        const codes = new Set((data.accessRequests as Array<{ organisation: { code: string } }>).map((r) => r.organisation.code));
        const sees = ['efterforsker@nsk', 'sagsbehandler@cmm', 'koordinator@cmm', 'vurdering@us'].includes(caller.key);
        return codes.has('NSK') === sees ? null : sees ? 'misses the demo requests' : 'sees another organisation’s requests';
      },
    },
  ],
  'Query.accessRequest': [
    {
      name: 'a fresh PENDING request by SKTST on an AT → CMM referral',
      request: async (fx) => ({ query: 'query($id: ID!) { accessRequest(id: $id) { id state reason } }', variables: { id: await fx.fresh.accessRequest() } }),
      // The requester and the controller; the referrer does not learn who asks about its referral.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'kontrol@sktst': 'DATA' },
    },
  ],
  'Mutation.requestAccess': [
    {
      name: 'a fresh AT → CMM referral, OPERATIONAL',
      request: async (fx) => ({
        query: 'mutation($input: RequestAccessInput!) { requestAccess(input: $input) { id state } }',
        variables: { input: { referralId: (await fx.fresh.referral('SUBMITTED')).id, level: 'OPERATIONAL', purpose: 'INVESTIGATION', legalBasis: 'Retsplejeloven (opdigtet)', reason: 'Efterforskning af netværket (opdigtet)' } },
      }),
      // Anyone in casework may ask; who holds as much already (the controller, the referrer) is told so.
      expect: { default: 'DATA', ...NO_CASEWORK, 'tilsyn@at': 'BAD_USER_INPUT', 'koordinator@at': 'BAD_USER_INPUT', 'sagsbehandler@cmm': 'BAD_USER_INPUT', 'koordinator@cmm': 'BAD_USER_INPUT' },
    },
    {
      name: 'a fresh KBHPOL complex (a KBHPOL → US referral linked), OPERATIONAL',
      request: async (fx) => ({
        query: 'mutation($input: RequestAccessInput!) { requestAccess(input: $input) { id state } }',
        variables: { input: { caseComplexId: await fx.fresh.complex(), level: 'OPERATIONAL', purpose: 'INVESTIGATION', legalBasis: 'Retsplejeloven (opdigtet)', reason: 'Efterforskning af netværket (opdigtet)' } },
      }),
      // Who sees the complex may ask through it (the lead and US/CMM hold the referral already); others learn nothing of it.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'efterforsker@nsk': 'DATA', 'koordinator@kbhpol': 'BAD_USER_INPUT', 'vurdering@us': 'BAD_USER_INPUT', ...{ 'sagsbehandler@cmm': 'BAD_USER_INPUT', 'koordinator@cmm': 'BAD_USER_INPUT' } },
    },
  ],
  'Mutation.confirmAccessRequest': [
    {
      name: 'a fresh request the hand-over of a complex opened for NSK',
      request: async (fx) => ({
        query: 'mutation($id: ID!, $input: ConfirmAccessRequestInput!) { confirmAccessRequest(id: $id, input: $input) { id state } }',
        variables: { id: await fx.fresh.handOverRequest(), input: { purpose: 'INVESTIGATION', legalBasis: 'Retsplejeloven § 804 (opdigtet)', reason: 'Efterforskning efter overdragelsen (opdigtet)' } },
      }),
      // Only the new lead; the controller does not see it before it is confirmed.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'efterforsker@nsk': 'DATA' },
    },
  ],
  'Mutation.approveAccessRequest': [
    {
      name: 'a fresh PENDING request by SKTST on an AT → CMM referral',
      request: async (fx) => ({ query: 'mutation($id: ID!, $e: DateTime!) { approveAccessRequest(id: $id, expiresAt: $e) { id state grant { level } } }', variables: { id: await fx.fresh.accessRequest(), e: grantExpiry(fx) } }),
      // A COORDINATOR of the controller; other coordinators do not see the request.
      expect: { default: 'FORBIDDEN', 'koordinator@cmm': 'DATA', 'koordinator@kbhpol': 'NOT_FOUND', 'koordinator@ssjylpol': 'NOT_FOUND', 'koordinator@at': 'NOT_FOUND' },
    },
  ],
  'Mutation.refuseAccessRequest': [
    {
      name: 'a fresh PENDING request by SKTST on an AT → CMM referral',
      request: async (fx) => ({ query: 'mutation($id: ID!) { refuseAccessRequest(id: $id, reason: "Formålet kræver ikke opholdssted") { id state } }', variables: { id: await fx.fresh.accessRequest() } }),
      expect: { default: 'FORBIDDEN', 'koordinator@cmm': 'DATA', 'koordinator@kbhpol': 'NOT_FOUND', 'koordinator@ssjylpol': 'NOT_FOUND', 'koordinator@at': 'NOT_FOUND' },
    },
  ],
  'Mutation.withdrawAccessRequest': [
    {
      name: 'a fresh PENDING request by SKTST on an AT → CMM referral',
      request: async (fx) => ({ query: 'mutation($id: ID!) { withdrawAccessRequest(id: $id) { id state } }', variables: { id: await fx.fresh.accessRequest() } }),
      // The requester only; the controller sees it and decides, but does not withdraw it.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'kontrol@sktst': 'DATA', ...CMM_FORBIDDEN },
    },
  ],
  'Mutation.reviewConsentOverride': [
    {
      name: 'a fresh FULL grant by CMM to SIRI without consent',
      request: async (fx) => ({ query: 'mutation($id: ID!) { reviewConsentOverride(grantId: $id, note: "Gennemgået: begrundet") { id reviewedAt } }', variables: { id: await fx.fresh.consentOverride() } }),
      expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' },
    },
  ],
  'Mutation.recordConsent': [
    {
      name: 'a fresh AT → CMM referral, received',
      request: async (fx) => ({
        query: 'mutation($id: ID!) { recordConsent(referralId: $id, toDisclosure: GIVEN, note: "Givet ved identifikationssamtalen") { id consent { toDisclosure } } }',
        variables: { id: (await fx.fresh.referral('RECEIVED')).id },
      }),
      // The controller; the referrer sees the referral but no longer records consent.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
    {
      name: 'a fresh AT draft',
      request: async (fx) => ({
        query: 'mutation($id: ID!) { recordConsent(referralId: $id, toDisclosure: GIVEN, note: "Givet ved første samtale") { id consent { toDisclosure } } }',
        variables: { id: (await fx.fresh.referral('DRAFT')).id },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...AT },
    },
  ],
  'Mutation.grantAccess': [
    {
      name: 'a fresh AT → CMM referral, SUMMARY to HJR',
      request: async (fx) => ({
        query: 'mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }',
        variables: {
          input: { referralId: (await fx.fresh.referral('SUBMITTED')).id, organisationCode: 'HJR', level: 'SUMMARY', purpose: 'PREPARED_RETURN', legalBasis: 'Udlændingeloven (opdigtet)', expiresAt: grantExpiry(fx) },
        },
      }),
      // Only the competent authority and CMM grant; the referrer sees the referral but may not.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
    {
      name: 'a fresh KBHPOL complex, SUMMARY to HJR',
      request: async (fx) => ({
        query: 'mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }',
        variables: { input: { caseComplexId: await fx.fresh.complex(), organisationCode: 'HJR', level: 'SUMMARY', purpose: 'PREPARED_RETURN', legalBasis: 'Udlændingeloven (opdigtet)', expiresAt: grantExpiry(fx) } },
      }),
      // The lead, NSK or CMM; anyone else learns nothing about the complex.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'koordinator@kbhpol': 'DATA', 'efterforsker@nsk': 'DATA', ...CMM },
    },
    {
      name: 'a fresh KBHPOL complex, OPERATIONAL to SKTST (a complex never discloses personal data)',
      request: async (fx) => ({
        query: 'mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }',
        variables: { input: { caseComplexId: await fx.fresh.complex(), organisationCode: 'SKTST', level: 'OPERATIONAL', purpose: 'INVESTIGATION', legalBasis: 'Retsplejeloven (opdigtet)', expiresAt: grantExpiry(fx) } },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, 'koordinator@kbhpol': 'BAD_USER_INPUT', 'efterforsker@nsk': 'BAD_USER_INPUT', 'sagsbehandler@cmm': 'BAD_USER_INPUT', 'koordinator@cmm': 'BAD_USER_INPUT' },
    },
    {
      name: 'a fresh AT → CMM referral, FULL to SIRI overriding missing consent, with the written reason',
      request: async (fx) => ({
        query: 'mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id consentOverride consentOverrideReason } }',
        variables: {
          input: {
            referralId: (await fx.fresh.referral('SUBMITTED')).id,
            organisationCode: 'SIRI',
            level: 'FULL',
            purpose: 'INVESTIGATION',
            legalBasis: 'Retsplejeloven (opdigtet)',
            expiresAt: grantExpiry(fx),
            consentOverride: true,
            consentOverrideReason: 'Personen er i akut fare og skal findes i dag (opdigtet)',
          },
        },
      }),
      // The controller only: an override is never anyone else's.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, ...AT_FORBIDDEN },
    },
  ],
  'Mutation.revokeAccess': [
    {
      name: 'a fresh grant by CMM to HJR',
      request: async (fx) => ({ query: 'mutation($id: ID!) { revokeAccess(grantId: $id, reason: "Ikke længere nødvendig") { id status } }', variables: { id: await fx.fresh.grant() } }),
      // The grantee sees its grant but cannot end it; the referrer does not see others' grants.
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK, ...CMM, 'hjemrejse@hjr': 'FORBIDDEN' },
    },
  ],
  'Mutation.breakGlass': [
    {
      name: 'a fresh AT → CMM referral, submitted',
      request: async (fx) => ({
        query: 'mutation($id: ID!) { breakGlass(referralId: $id, justification: "Personen er truffet under en kontrol i nat") { id } }',
        variables: { id: (await fx.fresh.referral('SUBMITTED')).id },
      }),
      // Anyone in casework may break the glass; who holds OPERATIONAL access or more already is told so.
      expect: { default: 'DATA', ...NO_CASEWORK, 'tilsyn@at': 'BAD_USER_INPUT', 'koordinator@at': 'BAD_USER_INPUT', 'sagsbehandler@cmm': 'BAD_USER_INPUT', 'koordinator@cmm': 'BAD_USER_INPUT' },
    },
    {
      name: 'an AT draft (no one breaks into a draft, nor learns it exists)',
      request: (fx) => ({
        query: 'mutation($id: ID!) { breakGlass(referralId: $id, justification: "Personen er truffet under en kontrol i nat") { id } }',
        variables: { id: fx.shared.atDraft.id },
      }),
      expect: { default: 'NOT_FOUND', ...NO_CASEWORK },
    },
  ],
  'Mutation.reviewBreakGlass': [
    {
      name: 'a fresh break-glass use by SKTST',
      request: async (fx) => ({ query: 'mutation($id: ID!) { reviewBreakGlass(grantId: $id, note: "Gennemgået: begrundet") { id reviewedAt } }', variables: { id: await fx.fresh.breakGlass() } }),
      expect: { default: 'FORBIDDEN', 'revisor@cmm': 'DATA' },
    },
  ],
};
