// Every input over HTTP: a refusal is BAD_USER_INPUT with extensions.field naming the field, and
// nothing half-written remains (rows in referrals, subjects, referral_events, personal data,
// reference counters and notifications are counted before and after).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { act, actRaw, createReferral, createReferralRaw, getReferral, listReferralsRaw, referralIn, referralInput, type TCast, type TReferralInput } from '../../support/referrals.js';
import { errorOf } from '../../support/responses.js';
import { countAll } from '../../support/rows.js';

let server: TTestServer;
let cast: TCast;
let usCaseworker: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'SIRI', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  usCaseworker = await newActor(server, 'US', ['CASEWORKER']);
});
afterAll(async () => {
  await server.close();
});

const long = (n: number) => 'x'.repeat(n);

describe('createReferral', () => {
  const CASES: Array<[string, TReferralInput, string]> = [
    ['a nationality that is no country', { subject: { nationality: 'XX' } }, 'input.subject.nationality'],
    ['a three-letter nationality', { subject: { nationality: 'ROU' } }, 'input.subject.nationality'],
    ['a language that is not ISO 639-1', { subject: { languages: ['ro', 'zz'] } }, 'input.subject.languages.1'],
    ['eleven languages', { subject: { languages: ['ro', 'en', 'da', 'de', 'fr', 'es', 'it', 'pl', 'bg', 'hu', 'uk'] } }, 'input.subject.languages'],
    ['a name of 201 characters', { subject: { name: long(201) } }, 'input.subject.name'],
    ['an alias of 201 characters', { subject: { alias: long(201) } }, 'input.subject.alias'],
    ['a contact of 501 characters', { subject: { contact: long(501) } }, 'input.subject.contact'],
    ['whereabouts of 501 characters', { subject: { whereabouts: long(501) } }, 'input.subject.whereabouts'],
    ['a date of birth before 1900', { subject: { dateOfBirth: '1899-12-31' } }, 'input.subject.dateOfBirth'],
    ['a date of birth in the future', { subject: { dateOfBirth: '2026-11-24' } }, 'input.subject.dateOfBirth'],
    ['an estimated age of -1', { subject: { dateOfBirth: null, estimatedAge: -1 } }, 'input.subject.estimatedAge'],
    ['an estimated age of 121', { subject: { dateOfBirth: null, estimatedAge: 121 } }, 'input.subject.estimatedAge'],
    ['no suspected exploitation', { suspectedExploitation: [] }, 'input.suspectedExploitation'],
    ['a location of 301 characters', { location: long(301) }, 'input.location'],
    ['a narrative of 10 001 characters', { narrative: long(10_001) }, 'input.narrative'],
    ['an empty indicator', { indicators: ['Debt', ''] }, 'input.indicators.1'],
    ['an indicator of 301 characters', { indicators: [long(301)] }, 'input.indicators.0'],
    ['31 indicators', { indicators: Array.from({ length: 31 }, (_, i) => `Indicator ${i}`) }, 'input.indicators'],
    ['an operation id that is no id', { operationId: 'operation-7' }, 'input.operationId'],
    ['a subject id that is no id', { existingSubjectId: 'P-7KQ3' }, 'input.existingSubjectId'],
  ];

  it.each(CASES)('refuses %s, naming %s, and writes nothing', async (_label, overrides, field) => {
    const before = countAll(server);
    const res = await createReferralRaw(server, cast.referrer, referralInput(overrides));
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(res.body.data ?? null).toBeNull();
    expect(countAll(server)).toEqual(before);
  });

  it.each([
    ['an unknown gender', { subject: { gender: 'WOMAN' } }],
    ['an unknown residence status', { subject: { residenceStatus: 'TOURIST' } }],
    ['an unknown exploitation form', { suspectedExploitation: ['THEFT'] }],
    ['an unknown sector', { sector: 'MINING' }],
    ['an unknown region', { region: 'SKANE' }],
    ['no region', { region: null }],
    ['an unknown urgency', { urgency: 'LOW' }],
    ['a date of birth that does not exist', { subject: { dateOfBirth: '2001-02-29' } }],
    ['a date of birth with a time', { subject: { dateOfBirth: '2001-02-01T00:00:00Z' } }],
    ['an estimated age that is not whole', { subject: { estimatedAge: 16.5 } }],
  ] as Array<[string, TReferralInput]>)('refuses %s at the GraphQL layer as BAD_USER_INPUT, writing nothing', async (_label, overrides) => {
    // These are refused by the schema's types before the resolver runs. (Their errors carry no
    // extensions.field yet: see the report on server/graphql/errors.ts.)
    const before = countAll(server);
    const res = await createReferralRaw(server, cast.referrer, referralInput(overrides));
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    expect(countAll(server)).toEqual(before);
  });

  it('accepts the limits and normalises codes, duplicates and blanks', async () => {
    const r = await createReferral(server, cast.referrer, {
      subject: { name: long(200), alias: '   ', nationality: 'ua', languages: ['UK', 'ru', 'uk'], dateOfBirth: '2026-11-23', contact: long(500), whereabouts: long(500) },
      suspectedExploitation: ['SEXUAL', 'BEGGING', 'SEXUAL'],
      location: long(300),
      narrative: long(10_000),
      indicators: Array.from({ length: 30 }, () => long(300)),
      urgency: null,
      sector: null,
    });
    expect(r.subject).toMatchObject({ nationality: 'UA', languages: ['uk', 'ru'], identity: { alias: null, dateOfBirth: '2026-11-23' }, ageBand: '0-11' });
    expect(r).toMatchObject({ suspectedExploitation: ['SEXUAL', 'BEGGING'], sector: null, minor: true, urgency: 'HIGH' });
    expect(r.narrative).toHaveLength(10_000);
  });
});

describe('updateReferral', () => {
  it.each([
    [{ subject: { nationality: 'QQ' } }, 'input.subject.nationality'],
    [{ subject: { languages: ['xx'] } }, 'input.subject.languages.0'],
    [{ subject: { dateOfBirth: '2027-01-01' } }, 'input.subject.dateOfBirth'],
    [{ subject: { name: long(201) } }, 'input.subject.name'],
    [{ suspectedExploitation: [] }, 'input.suspectedExploitation'],
    [{ narrative: long(10_001) }, 'input.narrative'],
    [{ indicators: [' '] }, 'input.indicators.0'],
  ] as Array<[Record<string, unknown>, string]>)('refuses %j naming %s, and changes nothing', async (input, field) => {
    const draft = await createReferral(server, cast.referrer);
    const before = countAll(server);
    expect(errorOf(await actRaw(server, cast.referrer, 'UPDATE', draft.id, { version: 1, input }))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(countAll(server)).toEqual(before);
    const after = await getReferral(server, cast.referrer, draft.id);
    expect(after).toEqual(draft);
  });
});

describe('the arguments of the moves', () => {
  it('refuses bad reasons, notes, names and dates, naming the argument, and changes nothing', async () => {
    const submitted = await referralIn(server, cast, 'SUBMITTED');
    const received = await referralIn(server, cast, 'RECEIVED', { subject: { dateOfBirth: '2012-01-01' } });
    const underAssessment = await referralIn(server, cast, 'UNDER_ASSESSMENT');
    const assessed = await referralIn(server, cast, 'ASSESSED');
    const assessment = { decision: 'TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'Indicators confirmed at interview.', assessedOn: '2026-11-23' };
    const refusals: Array<[Parameters<typeof actRaw>[1], Parameters<typeof actRaw>[2], string, Record<string, unknown>, string]> = [
      [cast.referrer, 'WITHDRAW', submitted.id, { reason: 'no' }, 'reason'],
      [cast.referrer, 'WITHDRAW', submitted.id, { reason: long(2001) }, 'reason'],
      [cast.authority, 'FORWARD', submitted.id, { reason: '' }, 'reason'],
      [cast.authority, 'FORWARD', submitted.id, { to: 'HJR' }, 'toOrganisationCode'],
      [cast.authority, 'SCHEDULE_INTERVIEW', received.id, { at: '2026-11-23T08:59:00Z' }, 'at'],
      [cast.authority, 'RECORD_REPRESENTATIVE', received.id, { name: '  ' }, 'name'],
      [cast.authority, 'RECORD_REPRESENTATIVE', received.id, { name: long(201) }, 'name'],
      [cast.authority, 'RECORD_REPRESENTATIVE', received.id, { appointedBy: '' }, 'appointedBy'],
      [cast.assessor, 'RECORD_ASSESSMENT', underAssessment.id, { input: { ...assessment, grounds: 'Too short' } }, 'input.grounds'],
      [cast.assessor, 'RECORD_ASSESSMENT', underAssessment.id, { input: { ...assessment, grounds: long(10_001) } }, 'input.grounds'],
      [cast.assessor, 'RECORD_ASSESSMENT', underAssessment.id, { input: { ...assessment, assessedOn: '2026-12-01' } }, 'input.assessedOn'],
      [cast.authority, 'START_REFLECTION_PERIOD', assessed.id, { days: 0 }, 'days'],
      [cast.authority, 'CLOSE', assessed.id, { note: long(2001) }, 'note'],
    ];
    const before = countAll(server);
    for (const [actor, action, id, variables, field] of refusals) {
      expect(errorOf(await actRaw(server, actor, action, id, variables)), `${action} ${JSON.stringify(variables).slice(0, 60)}`).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(countAll(server)).toEqual(before);
    for (const r of [submitted, received, underAssessment, assessed]) {
      expect((await getReferral(server, cast.authority, r.id)).version).toBe(r.version);
    }
  });

  it('refuses a forward to the authority that already has it inside the move: rolled back, no event, nobody told', async () => {
    const submitted = await referralIn(server, cast, 'SUBMITTED', { subject: { residenceStatus: 'ASYLUM_SEEKER' } });
    const before = countAll(server);
    expect(errorOf(await actRaw(server, usCaseworker, 'FORWARD', submitted.id, { to: 'US' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'toOrganisationCode' });
    expect(countAll(server)).toEqual(before);
    expect((await getReferral(server, usCaseworker, submitted.id)).version).toBe(submitted.version);
  });
});

describe('listing arguments', () => {
  it.each([
    [{ first: 0 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: Buffer.from('{"createdAt":1}').toString('base64url') }, 'after'],
    [{ after: Buffer.from('[1,2]').toString('base64url') }, 'after'],
    [{ filter: { referringOrganisationCode: 'NOPE' } }, 'filter.referringOrganisationCode'],
    [{ filter: { text: long(101) } }, 'filter.text'],
  ] as Array<[Record<string, unknown>, string]>)('refuses %j naming %s', async (variables, field) => {
    expect(errorOf(await listReferralsRaw(server, cast.authority, variables))).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('a failure inside the creating transaction', () => {
  it('leaves nothing half-written: no referral, subject, personal data or counter step', async () => {
    const last = await createReferral(server, cast.referrer);
    const before = countAll(server);
    // The timeline event is the last row createReferral writes: make it fail.
    server.deps.sqlite.exec(`create trigger fail_event before insert on referral_events begin select raise(abort, 'simulated failure'); end`);
    try {
      const res = await createReferralRaw(server, cast.referrer, referralInput());
      expect(errorOf(res).code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.body)).not.toMatch(/simulated|referral_events|SQLITE/i);
    } finally {
      server.deps.sqlite.exec('drop trigger fail_event');
    }
    expect(countAll(server)).toEqual(before);
    const next = await createReferral(server, cast.referrer);
    expect(Number(next.reference.slice(-6))).toBe(Number(last.reference.slice(-6)) + 1);
  });

  it('of a move leaves the referral as it was', async () => {
    const received = await referralIn(server, cast, 'RECEIVED');
    const before = countAll(server);
    server.deps.sqlite.exec(`create trigger fail_notice before insert on notifications begin select raise(abort, 'simulated failure'); end`);
    try {
      // Forwarding tells US and the referrer: the first notice fails.
      expect(errorOf(await actRaw(server, cast.authority, 'FORWARD', received.id, {})).code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      server.deps.sqlite.exec('drop trigger fail_notice');
    }
    expect(countAll(server)).toEqual(before);
    const after = await getReferral(server, cast.authority, received.id);
    expect(after).toEqual(received);
    expect((await act(server, cast.authority, 'FORWARD', received.id, {})).receivingOrganisation).toEqual({ code: 'US' });
  });
});
