// Correcting the person's data after submission (issue 11 § 4) over HTTP: the controller corrects
// at any state before closure, versioned (a stale version is CONFLICT); the values replaced stay in
// the referral's history, each readable exactly by those who may read its field (and audited as a
// read of it); a correction re-indexes the blind index, so matching works on the corrected data.
// Retention erases the replaced personal values and the tokens; the start-up backfill is idempotent.
import { testAction } from '../../support/test-actions.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAudited } from '../../../server/core/audit.js';
import { systemContext } from '../../../server/core/context.js';
import { eraseReferral } from '../../../server/modules/retention/retention.repo.js';
import { blindIndexKeyFrom } from '../../../server/modules/subjects/blind-index.js';
import { backfillMatchIndex } from '../../../server/modules/subjects/match-index.js';
import { closeDeps, createDeps } from '../../../server/deps.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { referralBy, referralOfCast, type TBuiltReferral } from '../../support/factories.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { CorrectionHistoryDocument, CorrectSubjectDocument, GrantAccessDocument, LaterMatchesDocument, ReferralDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let at: TActor;
let cmm: TActor;
let us: TActor;
let siri: TActor;
let cast: { referrer: TActor; authority: TActor; assessor: TActor };

/** The input is sent as given: some tests send what the server must refuse. */
function correct(actor: TActor, variables: { id: string; version: number; input: Record<string, unknown>; reason?: string }) {
  return server.gqlInput(CorrectSubjectDocument, { reason: 'The true identity was given at the identification interview', ...variables }, { token: actor.token });
}

async function historyOf(actor: TActor, id: string) {
  return dataOf(await server.as(actor)(CorrectionHistoryDocument, { id }), 'referral').corrections;
}

function person(name: string, extra: Record<string, unknown> = {}) {
  return { subject: { name, alias: null, dateOfBirth: '1991-07-07', nationality: 'RO', residenceStatus: 'LAWFUL', contact: '+45 20 20 20 20', ...extra } };
}

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  at = await newActor(server, 'AT', ['CASEWORKER']);
  cmm = await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']);
  us = await newActor(server, 'US', ['CASEWORKER', 'COORDINATOR', 'ASSESSOR']);
  siri = await newActor(server, 'SIRI', ['CASEWORKER']);
  cast = { referrer: at, authority: cmm, assessor: await newActor(server, 'CMM', ['ASSESSOR']) };
});
afterAll(async () => {
  await server.close();
});

describe('a correction by the controller', () => {
  let referral: TBuiltReferral;

  it('changes the data, re-derives the age facts, and is an event in the timeline with its reason', async () => {
    referral = await referralOfCast(server, cast, 'RECEIVED', person('Jon Doe'));
    const res = await correct(cmm, { id: referral.id, version: referral.version, input: { name: 'Ion Probescu', dateOfBirth: '2010-05-05', contact: '+45 30 30 30 30', nationality: 'MD' } });
    const corrected = dataOf(res, 'correctSubjectData');
    expect(corrected).toMatchObject({
      version: referral.version + 1,
      minor: true,
      urgency: 'HIGH',
      subject: { ageBand: '15-17', nationality: 'MD', identity: { name: 'Ion Probescu', dateOfBirth: '2010-05-05' }, contact: '+45 30 30 30 30' },
    });
    expect(corrected.timeline.at(-1)).toEqual({ action: 'CORRECT_SUBJECT', note: 'The true identity was given at the identification interview', organisation: { code: 'CMM' } });
    const audit = server.deps.sqlite.prepare("select data_category as category, details from audit_events where action = 'REFERRAL_CORRECT_SUBJECT' and object_id = ?").get(referral.id) as { category: string; details: string };
    expect(audit.category).toBe('IDENTITY');
    expect(JSON.parse(audit.details).fields.sort()).toEqual(['contact', 'dateOfBirth', 'name', 'nationality']);
    // No personal value in the audit record or the log.
    expect(audit.details).not.toContain('Jon Doe');
    expect(server.logs.join('\n')).not.toContain('Probescu');
  });

  it('keeps the old values in the history, each for those who may read its field, and audits reading them', async () => {
    const own = await historyOf(cmm, referral.id);
    expect(own).toHaveLength(1);
    expect(own[0]!.event).toMatchObject({ action: 'CORRECT_SUBJECT', organisation: { code: 'CMM' } });
    expect(own[0]!.values).toEqual([
      { field: 'name', previous: 'Jon Doe', withheld: false },
      { field: 'dateOfBirth', previous: '1991-07-07', withheld: false },
      { field: 'contact', previous: '+45 20 20 20 20', withheld: false },
      { field: 'nationality', previous: 'RO', withheld: false },
    ]);
    // The referrer reads identity and contact (it sent them), but not CMM's reason.
    const referrers = await historyOf(at, referral.id);
    expect(referrers[0]!.values.map((v) => v.previous)).toEqual(['Jon Doe', '1991-07-07', '+45 20 20 20 20', 'RO']);
    expect(referrers[0]!.event.note).toBeNull();
    // An OPERATIONAL grant: contact and the non-identifying facts, never the old name or date of birth.
    const grant = await server.as(cmm)(GrantAccessDocument, {
        input: {
          referralId: referral.id,
          organisationCode: 'SIRI',
          level: 'OPERATIONAL',
          purpose: 'INVESTIGATION',
          legalBasis: 'Udlændingeloven § 44 a',
          expiresAt: new Date(server.clock.now().getTime() + 30 * 86_400_000).toISOString(),
        },
    });
    dataOf(grant, 'grantAccess');
    const operational = await historyOf(siri, referral.id);
    expect(operational[0]!.values).toEqual([
      { field: 'name', previous: null, withheld: true },
      { field: 'dateOfBirth', previous: null, withheld: true },
      { field: 'contact', previous: '+45 20 20 20 20', withheld: false },
      { field: 'nationality', previous: 'RO', withheld: false },
    ]);
    expect(operational[0]!.event.note).toBeNull();
    const reads = server.deps.sqlite
      // A read's hits name the referral and category (ADR 0022).
      .prepare(
        "select count(*) as n from audit_events e join audit_search_hits h on h.seq = e.seq where e.action = 'REFERRAL_READ' and h.object_id = ? and h.data_category = 'IDENTITY' and e.actor_organisation_id = (select id from organisations where code = 'AT')",
      )
      .get(referral.id) as { n: number };
    expect(reads.n).toBeGreaterThanOrEqual(1);
  });

  it('refuses a stale version as CONFLICT, changing nothing', async () => {
    const res = await correct(cmm, { id: referral.id, version: referral.version, input: { name: 'Someone Else' } });
    expect(errorOf(res)).toEqual({ code: 'CONFLICT', field: 'version' });
    expect((dataOf(await server.as(cmm)(ReferralDocument, { id: referral.id }), 'referral')).subject.identity?.name).toBe('Ion Probescu');
    expect(await historyOf(cmm, referral.id)).toHaveLength(1);
  });

  it('re-runs the matching on the corrected name and date of birth', async () => {
    const earlier = await referralBy(server, { referrer: at.user }, { state: 'SUBMITTED', ...person('Elena Marin', { dateOfBirth: '1985-12-01' }) });
    const later = await referralOfCast(server, cast, 'SUBMITTED', person('Ana Dobre', { dateOfBirth: '1970-01-01', nationality: 'BG' }));
    const matches = async () => (dataOf(await server.as(cmm)(LaterMatchesDocument, { id: later.id }), 'referral').possibleMatches ?? []).map((m) => m.referrals[0]!.id);
    expect(await matches()).not.toContain(earlier.id);
    dataOf(await correct(cmm, { id: later.id, version: later.version, input: { name: 'Marin Elena', dateOfBirth: '1985-12-01', nationality: 'RO' } }), 'correctSubjectData');
    expect(await matches()).toContain(earlier.id);
  });
});

describe('who may correct, when, and with what', () => {
  it('is the controller only: the referrer is FORBIDDEN, an organisation without access NOT_FOUND', async () => {
    const r = await referralOfCast(server, cast, 'SUBMITTED', person('Petra Nowak'));
    expect(errorOf(await correct(at, { id: r.id, version: r.version, input: { name: 'Petra Novak' } })).code).toBe('FORBIDDEN');
    expect(errorOf(await correct(us, { id: r.id, version: r.version, input: { name: 'Petra Novak' } })).code).toBe('NOT_FOUND');
    expect(errorOf(await correct(siri, { id: r.id, version: r.version, input: { name: 'Petra Novak' } })).code).toBe('NOT_FOUND');
  });

  it('is before closure and after submission only', async () => {
    const closed = await referralOfCast(server, cast, 'CLOSED', person('Petra Nowak'));
    expect(errorOf(await correct(cmm, { id: closed.id, version: closed.version, input: { name: 'Petra Novak' } }))).toEqual({ code: 'INVALID_TRANSITION', state: 'CLOSED', action: 'CORRECT_SUBJECT' });
    const draft = await referralBy(server, { referrer: at.user }, { state: 'DRAFT', ...person('Petra Nowak') });
    expect(errorOf(await correct(at, { id: draft.id, version: draft.version, input: { name: 'Petra Novak' } }))).toEqual({ code: 'INVALID_TRANSITION', state: 'DRAFT', action: 'CORRECT_SUBJECT' });
  });

  it('answers bad input with the field at fault', async () => {
    const r = await referralOfCast(server, cast, 'SUBMITTED', person('Petra Nowak'));
    const bad = async (input: Record<string, unknown>, reason?: string) => errorOf(await correct(cmm, { id: r.id, version: r.version, input, ...(reason ? { reason } : {}) }));
    expect(await bad({ name: 'Petra Nowak' })).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(await bad({})).toEqual({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(await bad({ dateOfBirth: '2999-01-01' })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dateOfBirth' });
    expect(await bad({ dateOfBirth: '1990-02-30' })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.dateOfBirth' });
    expect(await bad({ nationality: 'XX' })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.nationality' });
    expect(await bad({ name: 'Petra Novak' }, 'no')).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((dataOf(await server.as(cmm)(ReferralDocument, { id: r.id }), 'referral')).version).toBe(r.version);
  });
});

describe('retention and the blind index', () => {
  it('erases the replaced personal values and the tokens with the referral, keeping the non-identifying ones', async () => {
    const r = await referralOfCast(server, cast, 'SUBMITTED', person('Radu Stan'));
    dataOf(await correct(cmm, { id: r.id, version: r.version, input: { name: 'Radu Stanescu', nationality: 'MD' } }), 'correctSubjectData');
    const tokens = () => (server.deps.sqlite.prepare('select count(*) as n from subject_match_tokens where referral_id = ?').get(r.id) as { n: number }).n;
    expect(tokens()).toBeGreaterThan(0);
    const ctx = systemContext(server.deps, 'test-retention');
    await runAudited(ctx, (unit) => {
      eraseReferral(unit.tx, { id: r.id, at: unit.now.toISOString() });
      unit.audit({ action: testAction('TEST_ERASE'), objectType: 'Referral', objectId: r.id });
    });
    expect(tokens()).toBe(0);
    const previous = server.deps.sqlite.prepare('select field, previous from subject_corrections where referral_id = ? order by position').all(r.id);
    expect(previous).toEqual([
      { field: 'name', previous: null },
      { field: 'nationality', previous: '"RO"' },
    ]);
    // Not indexed again by the next start.
    expect(await backfillMatchIndex(ctx)).toBe(0);
    expect(tokens()).toBe(0);
  });

  it('stores keyed tokens only, never a name or a date', () => {
    const rows = server.deps.sqlite.prepare('select token from subject_match_tokens').all() as Array<{ token: string }>;
    expect(rows.length).toBeGreaterThan(10);
    // Tokens are 22 base64url characters of an HMAC: a short word turns up inside one by chance
    // (about once in a hundred runs for "jon"), so short values are checked as whole tokens and
    // only the long ones as substrings.
    const tokens = rows.map((r) => r.token.toLowerCase());
    const text = tokens.join(' ');
    for (const plain of ['jon', 'doe', 'probescu', 'elena', 'marin', '1991', '1985']) {
      expect(tokens).not.toContain(plain);
      if (plain.length >= 6) expect(text).not.toContain(plain);
    }
    expect(tokens.every((token) => /^[a-z0-9_-]{22}$/.test(token))).toBe(true);
  });

  it('backfills a database from before the index at start-up, once, and re-indexes everything under a new key', async () => {
    const indexedCount = () => (server.deps.sqlite.prepare('select count(*) as n from subject_match_indexed').get() as { n: number }).n;
    const tokenCount = () => (server.deps.sqlite.prepare('select count(*) as n from subject_match_tokens').get() as { n: number }).n;
    const tokensBefore = tokenCount();
    const indexedBefore = indexedCount();
    // As a database made before this release: no tokens, nothing indexed.
    server.deps.sqlite.exec('delete from subject_match_tokens; delete from subject_match_indexed;');
    const ctx = systemContext(server.deps, 'test-backfill');
    // Every submitted referral that is not erased (the erased one above is not among them).
    expect(await backfillMatchIndex(ctx)).toBe(indexedBefore - 1);
    expect(tokenCount()).toBe(tokensBefore);
    expect(await backfillMatchIndex(ctx)).toBe(0);
    const rotated = { ...ctx, deps: { ...server.deps, blindIndexKey: blindIndexKeyFrom(Buffer.alloc(32, 9)) } };
    expect(await backfillMatchIndex(rotated)).toBe(indexedBefore - 1);
    expect(await backfillMatchIndex(rotated)).toBe(0);
    // Back under the server's key, so the rest of the file matches as before.
    expect(await backfillMatchIndex(ctx)).toBe(indexedBefore - 1);
    const audit = server.deps.sqlite.prepare("select count(*) as n from audit_events where action = 'SUBJECT_MATCH_INDEX_BACKFILL'").get() as { n: number };
    expect(audit.n).toBeGreaterThanOrEqual(3);
  });

  it('is a start-up step: opening a database whose referrals are not indexed indexes them before serving', async () => {
    const tokensBefore = (server.deps.sqlite.prepare('select count(*) as n from subject_match_tokens').get() as { n: number }).n;
    server.deps.sqlite.exec('delete from subject_match_tokens; delete from subject_match_indexed;');
    // A second server process on the same database file and key, as after an upgrade.
    const deps = await createDeps({ config: server.deps.config, clock: server.clock, logger: server.deps.logger, keys: server.keys, blindIndexKey: server.deps.blindIndexKey });
    try {
      expect((deps.sqlite.prepare('select count(*) as n from subject_match_tokens').get() as { n: number }).n).toBe(tokensBefore);
    } finally {
      await closeDeps(deps);
    }
  });
});
