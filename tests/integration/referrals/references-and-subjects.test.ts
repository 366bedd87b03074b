// Reference numbers (HEN-YYYY-NNNNNN: unique and sequential per year, also when created at the
// same moment, restarting each year) and subjects (one person referred many times under a stable
// pseudonym that reveals nothing, identity kept apart from the non-identifying facts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../server/core/ids.js';
import { findPersonalData } from '../../../server/modules/referrals/referrals.repo.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { act, createReferral, createReferralRaw, getReferral, referralIn, referralInput, type TCast } from '../../support/referrals.js';
import { errorOf } from '../../support/responses.js';
import { countAll } from '../../support/rows.js';

let server: TTestServer;
let cast: TCast;
let police: TActor;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  cast = {
    referrer: await newActor(server, 'AT', ['CASEWORKER']),
    authority: await newActor(server, 'CMM', ['CASEWORKER', 'COORDINATOR']),
    assessor: await newActor(server, 'CMM', ['ASSESSOR']),
  };
  police = await newActor(server, 'KBHPOL', ['CASEWORKER', 'COORDINATOR']);
});
afterAll(async () => {
  await server.close();
});

const sequenceOf = (reference: string) => Number(reference.slice(-6));

describe('reference numbers', () => {
  it('are unique and contiguous when 30 referrals are created at once by several organisations', async () => {
    const before = sequenceOf((await createReferral(server, cast.referrer)).reference);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => createReferralRaw(server, i % 2 === 0 ? cast.referrer : police, referralInput())),
    );
    const references = results.map((res) => {
      expect(res.body.errors).toBeUndefined();
      return res.body.data!.createReferral.reference;
    });
    for (const reference of references) expect(reference).toMatch(/^HEN-2026-\d{6}$/);
    expect(new Set(references).size).toBe(30);
    expect(references.map(sequenceOf).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => before + 1 + i));
  });

  it('leave no gap after a refused creation', async () => {
    const before = sequenceOf((await createReferral(server, cast.referrer)).reference);
    expect(errorOf(await createReferralRaw(server, cast.referrer, referralInput({ subject: { nationality: 'XX' } }))).code).toBe('BAD_USER_INPUT');
    expect(sequenceOf((await createReferral(server, cast.referrer)).reference)).toBe(before + 1);
  });

  it('restart at 000001 in a new year (the Danish calendar year), and keep counting within it', async () => {
    // 23:59 in Copenhagen on New Year's Eve is still 2026.
    await moveClock(server, '2026-12-31T22:59:00Z', cast.referrer, police);
    const lastOf2026 = await createReferral(server, cast.referrer);
    expect(lastOf2026.reference).toMatch(/^HEN-2026-\d{6}$/);
    expect(sequenceOf(lastOf2026.reference)).toBeGreaterThan(30);
    // 00:00 on 1 January in Copenhagen is 23:00 UTC on 31 December.
    await moveClock(server, '2026-12-31T23:00:00Z', cast.referrer, police);
    expect((await createReferral(server, cast.referrer)).reference).toBe('HEN-2027-000001');
    await moveClock(server, '2027-01-04T09:00:00Z', cast.referrer, police);
    const next = await Promise.all([createReferral(server, police), createReferral(server, cast.referrer), createReferral(server, police)]);
    expect(next.map((r) => r.reference).sort()).toEqual(['HEN-2027-000002', 'HEN-2027-000003', 'HEN-2027-000004']);
    // The reference of an existing referral never changes.
    expect((await getReferral(server, cast.referrer, lastOf2026.id)).reference).toBe(lastOf2026.reference);
    await moveClock(server, '2026-11-23T09:00:00Z', cast.referrer, police, cast.authority, cast.assessor);
  });
});

describe('subjects', () => {
  it('get a pseudonym of P- and 4 to 6 unambiguous characters, not derived from who the person is', async () => {
    const same = { subject: { name: 'Elena Popa', dateOfBirth: '1999-09-09' } };
    const one = await createReferral(server, cast.referrer, same);
    const two = await createReferral(server, cast.referrer, same);
    for (const r of [one, two]) expect(r.subject.pseudonym).toMatch(/^P-[0-9A-HJKMNP-TV-Z]{4,6}$/);
    // The same identity referred twice without existingSubjectId is two subjects: nothing is matched on names.
    expect(one.subject.id).not.toBe(two.subject.id);
    expect(one.subject.pseudonym).not.toBe(two.subject.pseudonym);
  });

  it('are one person referred many times: existingSubjectId keeps the subject and its pseudonym', async () => {
    const first = await referralIn(server, cast, 'SUBMITTED', { subject: { name: 'Ion Rusu' } });
    const counts = countAll(server);
    // CMM sees the first referral (it was sent to CMM), so it may refer the same person again.
    const again = await createReferral(server, cast.authority, { existingSubjectId: first.subject.id, subject: { name: 'Ion Rusu', alias: 'Johnny' } });
    expect(again.subject).toMatchObject({ id: first.subject.id, pseudonym: first.subject.pseudonym, identity: { name: 'Ion Rusu', alias: 'Johnny' } });
    expect(again.reference).not.toBe(first.reference);
    const after = countAll(server);
    expect(after).toMatchObject({ referrals: counts.referrals + 1, subjects: counts.subjects, personal: counts.personal + 1 });
    // The pseudonym is stable: the first referral still shows it.
    expect((await getReferral(server, cast.referrer, first.id)).subject.pseudonym).toBe(first.subject.pseudonym);
  });

  it('cannot be referred again by an organisation that cannot see any referral of the subject (same answer as unknown)', async () => {
    const draft = await createReferral(server, cast.referrer);
    const counts = countAll(server);
    for (const existingSubjectId of [draft.subject.id, newId()]) {
      const res = await createReferralRaw(server, police, referralInput({ existingSubjectId }));
      expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.existingSubjectId' });
      expect(res.body.errors?.[0]?.message).toBe('Unknown subject');
    }
    expect(countAll(server)).toEqual(counts);
  });

  it('keep identity apart: referrals and subjects rows hold no identifying data, referral_personal_data holds it sealed', async () => {
    const secret = {
      name: 'Zlatka Vasileva-Identity',
      alias: 'Zlati-Alias',
      contact: 'phone-555-0199',
      whereabouts: 'Room 12 at Vesterbrogade 999',
    };
    const r = await createReferral(server, cast.referrer, {
      subject: { ...secret, dateOfBirth: '1987-07-17' },
      location: 'Nail salon at Nørrebrogade 998',
      narrative: 'Narrative-marker: debt bondage',
      indicators: ['Indicator-marker'],
    });
    await act(server, cast.referrer, 'SUBMIT', r.id);
    const identifying = [...Object.values(secret), '1987-07-17', 'Nørrebrogade 998', 'Narrative-marker', 'Indicator-marker'];
    const referralRow = JSON.stringify(server.deps.sqlite.prepare('select * from referrals where id = ?').get(r.id));
    const subjectRow = JSON.stringify(server.deps.sqlite.prepare('select * from subjects where id = ?').get(r.subject.id));
    const eventRows = JSON.stringify(server.deps.sqlite.prepare('select * from referral_events where referral_id = ?').all(r.id));
    for (const value of identifying) {
      expect(referralRow).not.toContain(value);
      expect(subjectRow).not.toContain(value);
      expect(eventRows).not.toContain(value);
    }
    // The non-identifying facts are on the referral: what statistics need after erasure.
    expect(referralRow).toContain('"nationality":"RO"');
    expect(referralRow).toContain('"age_band":"35-44"');
    // referral_personal_data holds them sealed (docs/adr/0021-…): opened by the repo, never in plain text.
    const personalRow = JSON.stringify(server.deps.sqlite.prepare('select * from referral_personal_data where referral_id = ?').get(r.id));
    for (const value of identifying) expect(personalRow).not.toContain(value);
    const opened = JSON.stringify(findPersonalData(server.deps.db, server.deps.sealer, [r.id]));
    for (const value of identifying) expect(opened).toContain(value);
  });
});
