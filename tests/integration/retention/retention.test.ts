// The nightly retention job, with the clock moved: identifying data of referrals closed as
// NOT_TRAFFICKED or withdrawn is erased RETENTION_SHORT_MONTHS (12) after closure or withdrawal,
// of other closed referrals RETENTION_LONG_YEARS (5) after closure; open referrals never. Erasure
// keeps the pseudonym and the facts, is audited per referral, and ends every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../../server/core/calendar.js';
import { systemContext } from '../../../server/core/context.js';
import { findJob } from '../../../server/modules/jobs/jobs.registry.js';
import { findPersonalData } from '../../../server/modules/referrals/referrals.repo.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { subjectReport } from '../audit-tools/audit-tools-helpers.js';
import { dataOf } from '../../support/responses.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { MARIA_IONESCU, buildReferral, referralOfCast, type TBuiltReferral } from '../../support/factories.js';
import { auditMark, auditSince } from '../../support/rows.js';
import { RunJobDocument, ReferralDocument, CloseReferralDocument, RecordAssessmentDocument, StartReflectionPeriodDocument, SubmitReferralDocument, UpdateReferralDocument, type CloseReferralMutation } from '../../gql/generated/graphql.js';

const T0 = '2026-01-05T09:00:00.000Z';

let server: TTestServer;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };
let admin: TActor;
let auditor: TActor;
// Closed over HTTP with a note (which erasure empties), read back as the closing answer gives them.
let notTrafficked: CloseReferralMutation['closeReferral'];
let trafficked: CloseReferralMutation['closeReferral'];
let withdrawn: TBuiltReferral;
let inSupport: TBuiltReferral;
let draft: TBuiltReferral;


function actors(): TActor[] {
  return [cast.referrer, cast.authority, admin, auditor];
}

/** Moves the clock, signs everyone in again and runs the job as the ADMIN: its summary. */
async function runRetentionAt(at: string): Promise<{ candidates: number; erased: number; short: number; long: number }> {
  await moveClock(server, at, ...actors());
  const run = dataOf(await server.as(admin)(RunJobDocument, { name: 'retention' }), 'runJob');
  expect(run).toMatchObject({ status: 'SUCCEEDED', error: null });
  return JSON.parse(run.summary ?? 'null') as Awaited<ReturnType<typeof runRetentionAt>>;
}

function erasedAt(id: string): string | null {
  return (server.deps.sqlite.prepare('select erased_at as e from referrals where id = ?').get(id) as { e: string | null }).e;
}

function erasedIds(): string[] {
  return [notTrafficked, trafficked, withdrawn, inSupport, draft].filter((r) => erasedAt(r.id) !== null).map((r) => r.id);
}

beforeAll(async () => {
  server = await startTestServer({ start: T0 });
  const authority = await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR', 'ASSESSOR']);
  cast = { referrer: await newActor(server, 'AT', ['CASEWORKER']), authority, assessor: authority };
  admin = await newActor(server, 'CMM', ['ADMIN']);
  auditor = await newActor(server, 'CMM', ['AUDITOR']);

  // Closed at T0: assessed NOT_TRAFFICKED, and TRAFFICKED with another outcome.
  // Every referral is of the known person, whose name and narrative must be gone after erasure.
  const known = { subject: MARIA_IONESCU.subject, input: MARIA_IONESCU.input };
  const close = async (id: string, outcome: string, note: string) =>
    dataOf(await server.gqlInput(CloseReferralDocument, { id, outcome, note }, { token: cast.authority.token }), 'closeReferral');
  const assessing = await referralOfCast(server, cast, 'UNDER_ASSESSMENT', known);
  dataOf(
    await server.gqlInput(
      RecordAssessmentDocument,
      { id: assessing.id, input: { decision: 'NOT_TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: 'No indicators of coercion found.', assessedOn: '2026-01-05' } },
      { token: cast.assessor.token },
    ),
    'recordAssessment',
  );
  notTrafficked = await close(assessing.id, 'NOT_TRAFFICKED', 'Closed after talking to Maria');
  trafficked = await close((await referralOfCast(server, cast, 'ASSESSED', known)).id, 'REMAINED_IN_DENMARK', 'Stays with support');
  inSupport = await referralOfCast(server, cast, 'IN_SUPPORT', known);
  draft = await referralOfCast(server, cast, 'DRAFT', known);
  // Withdrawn one day later: its period runs from the withdrawal.
  await moveClock(server, '2026-01-06T09:00:00.000Z', ...actors());
  withdrawn = await referralOfCast(server, cast, 'WITHDRAWN', known);
  expect(notTrafficked.state).toBe('CLOSED');
});
afterAll(async () => {
  await server.close();
});

describe('the periods, with the clock moved', () => {
  it('erases nothing before 12 months have passed', async () => {
    expect(await runRetentionAt('2027-01-05T08:59:00.000Z')).toMatchObject({ erased: 0, candidates: 3 });
    expect(erasedIds()).toEqual([]);
  });

  it('at 12 months after closure: the NOT_TRAFFICKED referral; not yet the one withdrawn a day later', async () => {
    expect(await runRetentionAt('2027-01-05T09:01:00.000Z')).toMatchObject({ erased: 1, short: 1, long: 0 });
    expect(erasedIds()).toEqual([notTrafficked.id]);
    expect(await runRetentionAt('2027-01-06T08:59:00.000Z')).toMatchObject({ erased: 0 });
  });

  it('at 12 months after the withdrawal: the withdrawn referral', async () => {
    expect(await runRetentionAt('2027-01-06T09:01:00.000Z')).toMatchObject({ erased: 1, short: 1 });
    expect(erasedIds()).toEqual([notTrafficked.id, withdrawn.id]);
  });

  it('other closed referrals only after 5 years; open referrals never', async () => {
    expect(await runRetentionAt('2031-01-05T08:59:00.000Z')).toMatchObject({ erased: 0, candidates: 1 });
    expect(erasedIds()).toEqual([notTrafficked.id, withdrawn.id]);
    expect(await runRetentionAt('2031-01-05T09:01:00.000Z')).toMatchObject({ erased: 1, long: 1, short: 0 });
    expect(erasedIds()).toEqual([notTrafficked.id, trafficked.id, withdrawn.id]);
    expect(await runRetentionAt('2040-01-01T12:00:00.000Z')).toMatchObject({ erased: 0, candidates: 0 });
    expect(erasedAt(inSupport.id)).toBeNull();
    expect(erasedAt(draft.id)).toBeNull();
  });
});

describe('an erased referral', () => {
  it('keeps its pseudonym and facts; every personal field is null for everyone, notes included', async () => {
    for (const viewer of [cast.authority, cast.referrer]) {
      const seen = dataOf(await server.as(viewer)(ReferralDocument, { id: notTrafficked.id }), 'referral');
      expect(seen).toMatchObject({
        state: 'CLOSED',
        reference: notTrafficked.reference,
        subject: {
          id: notTrafficked.subject.id,
          pseudonym: notTrafficked.subject.pseudonym,
          gender: 'FEMALE',
          nationality: 'RO',
          ageBand: notTrafficked.subject.ageBand,
          identity: null,
          contact: null,
          whereabouts: null,
        },
        narrative: null,
        location: null,
        suspectedExploitation: ['FORCED_LABOUR'],
        sector: 'CLEANING',
        region: 'SYDDANMARK',
        erasedAt: '2027-01-05T09:01:00.000Z',
      });
      expect(seen.indicators ?? []).toEqual([]);
      expect(seen.timeline.map((e) => e.note)).toEqual(seen.timeline.map(() => null));
      expect(seen.timeline.map((e) => e.action)).toEqual(['CREATE', 'SUBMIT', 'ACKNOWLEDGE', 'SCHEDULE_INTERVIEW', 'RECORD_ASSESSMENT', 'CLOSE']);
    }
    const forAuthority = dataOf(await server.as(cast.authority)(ReferralDocument, { id: notTrafficked.id }), 'referral');
    expect(forAuthority.assessment).toMatchObject({ decision: 'NOT_TRAFFICKED', primaryExploitation: 'FORCED_LABOUR', grounds: null });
    expect(forAuthority.outcome).toBe('NOT_TRAFFICKED');
    expect(forAuthority.subject.identity).toBeNull();
  });

  it('reading it records no read of personal data: there is none left', async () => {
    const before = (server.deps.sqlite.prepare("select count(*) n from audit_events where action = 'REFERRAL_READ' and object_id = ?").get(notTrafficked.id) as { n: number }).n;
    dataOf(await server.as(cast.authority)(ReferralDocument, { id: notTrafficked.id }), 'referral');
    const after = (server.deps.sqlite.prepare("select count(*) n from audit_events where action = 'REFERRAL_READ' and object_id = ?").get(notTrafficked.id) as { n: number }).n;
    expect(after).toBe(before);
  });

  it('in the database: the personal-data row and the notes are empty, the facts unchanged', () => {
    const personal = server.deps.sqlite.prepare('select * from referral_personal_data where referral_id = ?').get(trafficked.id) as Record<string, unknown>;
    const { referral_id: id, ...fields } = personal;
    expect(id).toBe(trafficked.id);
    expect(Object.values(fields).every((v) => v === null)).toBe(true);
    expect(Object.keys(fields).length).toBeGreaterThanOrEqual(12);
    const notes = server.deps.sqlite.prepare('select count(*) as n from referral_events where referral_id in (?, ?, ?) and note is not null').get(notTrafficked.id, trafficked.id, withdrawn.id) as { n: number };
    expect(notes.n).toBe(0);
    const row = server.deps.sqlite.prepare('select gender, nationality, age_band, decision, primary_exploitation, outcome, closed_at, region from referrals where id = ?').get(trafficked.id);
    expect(row).toEqual({ gender: 'FEMALE', nationality: 'RO', age_band: trafficked.subject.ageBand, decision: 'TRAFFICKED', primary_exploitation: 'FORCED_LABOUR', outcome: 'REMAINED_IN_DENMARK', closed_at: T0, region: 'SYDDANMARK' });
    // Erasure shredded the referral's data key in the key store; open referrals keep theirs, and their data (sealed).
    expect(server.deps.sealer.hasKey(`referral-${trafficked.id}`)).toBe(false);
    expect(server.deps.sealer.hasKey(`referral-${inSupport.id}`)).toBe(true);
    const open = server.deps.sqlite.prepare('select name, sealed_fields from referral_personal_data where referral_id = ?').get(inSupport.id) as { name: string | null; sealed_fields: string };
    expect(open).toEqual({ name: null, sealed_fields: expect.stringMatching(new RegExp(`^sv2\\.referral-${inSupport.id}\\.`)) });
    const [opened] = findPersonalData(server.deps.db, server.deps.sealer, [inSupport.id]);
    expect({ name: opened?.name, narrative: opened?.narrative }).toEqual({ name: 'Maria Ionescu', narrative: 'Works 14 hours a day for board and lodging only.' });
  });

  it('cannot be changed: every move and update is INVALID_TRANSITION saying it was erased, and changes nothing', async () => {
    const mark = auditMark(server);
    const move = (action: 'CLOSE' | 'SUBMIT' | 'UPDATE' | 'START_REFLECTION_PERIOD', id: string) => {
      const as = { token: (action === 'UPDATE' ? cast.referrer : cast.authority).token };
      if (action === 'CLOSE') return server.gqlInput(CloseReferralDocument, { id, outcome: 'REMAINED_IN_DENMARK', note: 'Stays with support' }, as);
      if (action === 'SUBMIT') return server.gqlInput(SubmitReferralDocument, { id }, as);
      if (action === 'UPDATE') return server.gqlInput(UpdateReferralDocument, { id, version: 99, input: { narrative: 'Updated narrative' } }, as);
      return server.gqlInput(StartReflectionPeriodDocument, { id, startsOn: localDate(server.clock.now()) }, as);
    };
    for (const [id, action] of [
      [notTrafficked.id, 'CLOSE'],
      [withdrawn.id, 'SUBMIT'],
      [withdrawn.id, 'UPDATE'],
      [trafficked.id, 'START_REFLECTION_PERIOD'],
    ] as const) {
      const res = await move(action, id);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_TRANSITION', action });
      expect(res.body.errors?.[0]?.message).toContain('erased');
    }
    expect(auditSince(server, mark).filter((r) => r.outcome === 'ALLOWED' && r.action.startsWith('REFERRAL_') && r.action !== 'REFERRAL_READ')).toEqual([]);
  });

  it('is audited per referral (REFERRAL_ERASE with the subject; the actor is the ADMIN who ran it, none when the scheduler does) and in the subject access report', async () => {
    const records = auditSince(server, 0, { action: 'REFERRAL_ERASE' });
    expect(records.map((r) => r.objectId)).toEqual([notTrafficked.id, withdrawn.id, trafficked.id]);
    expect(records[0]).toMatchObject({ actorUserId: admin.user.id, subjectId: notTrafficked.subject.id, dataCategory: 'IDENTITY', purpose: 'RETENTION', outcome: 'ALLOWED' });
    expect(JSON.parse(records[0]!.details!)).toMatchObject({ rule: 'SHORT', months: 12 });
    expect(JSON.parse(records[2]!.details!)).toMatchObject({ rule: 'LONG', months: 60 });
    const report = await subjectReport(server, auditor, withdrawn.subjectId);
    expect(report.at(-1)).toMatchObject({ action: 'REFERRAL_ERASE', objectId: withdrawn.id, actorOrganisation: { code: 'CMM' }, actorRoles: ['ADMIN'], purpose: 'RETENTION', at: '2027-01-06T09:01:00.000Z' });
    expect(JSON.stringify(records)).not.toContain('Maria');
  });
});

describe('configurable periods', () => {
  it('RETENTION_SHORT_MONTHS=3: a withdrawn referral is erased 3 months after its withdrawal', async () => {
    const short = await startTestServer({ start: '2026-03-31T10:00:00.000Z', env: { RETENTION_SHORT_MONTHS: '3', RETENTION_LONG_YEARS: '1' } });
    try {
      const referrer = await newActor(short, 'AT', ['CASEWORKER']);
      const admin_ = await newActor(short, 'CMM', ['ADMIN']);
      const referral = await buildReferral(short, { referrer: referrer.user, state: 'WITHDRAWN' });
      const run = async (at: string) => {
        await moveClock(short, at, admin_);
        return JSON.parse(dataOf(await short.as(admin_)(RunJobDocument, { name: 'retention' }), 'runJob').summary ?? 'null') as { erased: number };
      };
      // 31 March + 3 months is 30 June (the month's last day).
      expect(await run('2026-06-30T09:59:00.000Z')).toMatchObject({ erased: 0 });
      // As the scheduler runs it: the system, no actor.
      short.clock.set('2026-06-30T10:00:00.000Z');
      expect(await findJob('retention')!.run(systemContext(short.deps, 'scheduled-retention'), short.clock.now())).toMatchObject({ erased: 1, short: 1 });
      expect(auditSince(short, 0, { action: 'REFERRAL_ERASE' })).toEqual([expect.objectContaining({ objectId: referral.id, actorUserId: null, actorOrganisationId: null, actorRoles: null })]);
    } finally {
      await short.close();
    }
  });
});
