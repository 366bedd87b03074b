// core/db.ts rowReader reads the listing's rows without the query builder's mapping (ADR 0022):
// what it gives must be exactly what the builder gives, booleans, JSON and nulls included.
import { eq, getTableColumns, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessGrants, caseComplexReferrals, referralPersonalData, referrals, subjects } from '../../../db/schema/index.js';
import { inList, rowReader, tableReader } from '../../../server/core/db.js';
import { findUserByEmail, findUserById } from '../../../server/modules/auth/auth.repo.js';
import * as sharing from '../../../server/modules/sharing/sharing.service.js';
import { actingAs, buildCaseComplex, buildReferral, buildUser } from '../../support/factories.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';

let server: TTestServer;
beforeAll(async () => {
  server = await startTestServer();
  const handler = await buildUser(server, { organisationCode: 'CMM', roles: ['COORDINATOR', 'CASEWORKER'] });
  const built = await buildReferral(server, { state: 'IN_SUPPORT', handler });
  await buildReferral(server, { minor: true });
  await buildReferral(server, { state: 'DRAFT' });
  await buildCaseComplex(server, { referrals: 2 });
  await sharing.grantAccess(actingAs(server, handler), {
    referralId: built.id,
    organisationCode: 'SIRI',
    level: 'OPERATIONAL',
    purpose: 'INVESTIGATION',
    legalBasis: 'Udlændingeloven § 1 (opdigtet)',
    expiresAt: new Date(server.deps.clock.now().getTime() + 30 * 86_400_000),
  });
});
afterAll(async () => {
  await server.close();
});

describe('rowReader gives the rows the query builder gives', () => {
  for (const [name, table] of [['referrals', referrals], ['subjects', subjects], ['access_grants', accessGrants], ['case_complex_referrals', caseComplexReferrals], ['referral_personal_data', referralPersonalData]] as const) {
    it(`every row of ${name}`, () => {
      const { db } = server.deps;
      const reader = tableReader(table);
      const built = db.select().from(table).all();
      expect(built.length).toBeGreaterThan(0);
      expect(db.all(sql`select ${reader.columns} from ${table}`).map(reader.read)).toEqual(built);
    });
  }

  it('decodes booleans and JSON (a minor’s referral: minor true, languages a list)', () => {
    const reader = tableReader(referrals);
    const rows = server.deps.db.all(sql`select ${reader.columns} from ${referrals} where ${eq(referrals.minor, true)}`).map(reader.read);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.minor).toBe(true);
      expect(Array.isArray(row.languages)).toBe(true);
    }
  });

  it('a selection across a join (a user with its organisation), as findUserById reads it', async () => {
    const user = await buildUser(server, { organisationCode: 'AT', roles: ['CASEWORKER'] });
    const byId = findUserById(server.deps.db, user.id);
    expect(byId).toEqual(findUserByEmail(server.deps.db, user.email));
    expect(byId).toMatchObject({ id: user.id, organisationCode: 'AT', active: true, totpEnabled: false, roles: ['CASEWORKER'] });
    expect(findUserById(server.deps.db, 'no-such-user')).toBeUndefined();
  });

  it('names every column by its property', () => {
    const reader = rowReader(getTableColumns(subjects));
    expect(server.deps.db.get(sql`select ${reader.columns} from ${subjects} limit 1`)).toHaveProperty('mergedIntoId');
  });

  it('inList selects exactly the ids given, bound as data (an id that looks like SQL matches nothing)', () => {
    const { db } = server.deps;
    const all = db.select({ id: subjects.id }).from(subjects).all().map((r) => r.id);
    expect(all.length).toBeGreaterThan(1);
    const pick = [all[0]!, all[all.length - 1]!, "x' or 1 = 1 --", 'no-such-subject'];
    const found = db.all<{ id: string }>(sql`select ${subjects.id} as id from ${subjects} where ${inList(subjects.id, pick)}`).map((r) => r.id);
    expect(found.sort()).toEqual([all[0]!, all[all.length - 1]!].sort());
    expect(db.all(sql`select ${subjects.id} from ${subjects} where ${inList(subjects.id, [])}`)).toEqual([]);
  });
});
