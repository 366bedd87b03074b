// A listing that shows personal fields opens its page's sealed records (one per referral) once its
// search record is durable; a sealed record opens straight into the personal row (ADR 0022,
// decision 50). What it shows and records is unchanged: each page its own referrals' fields, each
// hit the categories shown of that referral, the subject access report a read per category; every
// field of the record comes back, a shredded key opens to nothing, and a row still sealed field by
// field (sv1, before the start-up upgrade) shows the same through the listing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEALED } from '../../../server/core/sealing/sealed-columns.js';
import { findPersonalData, findPersonalDataOf, referralKeyId, updatePersonalData } from '../../../server/modules/referrals/referrals.repo.js';
import { newActor, type TActor } from '../../support/actors.js';
import { ReferralsPersonalPagedDocument } from '../../gql/generated/graphql.js';
import { buildReferral, type TBuiltReferral } from '../../support/factories.js';
import { dataOf } from '../../support/responses.js';
import { auditMark, rawAuditSince } from '../../support/rows.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { subjectReport } from '../audit-tools/audit-tools-helpers.js';

let server: TTestServer;
let auditor: TActor;
let cmm: TActor;
let listed: TBuiltReferral[];
let unlisted: TBuiltReferral;
const NAMES = ['Første Opdigtede', 'Anden Opdigtede', 'Tredje Opdigtede'];

type THitRow = { objectId: string; dataCategory: string | null };
const hitsOf = (seq: number): THitRow[] =>
  server.deps.sqlite.prepare('select object_id as objectId, data_category as dataCategory from audit_search_hits where seq = ? order by position').all(seq) as THitRow[];

const page = async (variables: { first: number; after?: string | null }) =>
  dataOf(await server.as(cmm)(ReferralsPersonalPagedDocument, { ...variables, filter: { region: 'NORDJYLLAND' } }), 'referrals');

beforeAll(async () => {
  server = await startTestServer();
  let at: TActor;
  [auditor, cmm, at] = await Promise.all([newActor(server, 'CMM', ['AUDITOR']), newActor(server, 'CMM', ['CASEWORKER']), newActor(server, 'AT', ['CASEWORKER'])]);
  listed = [];
  for (const name of NAMES) listed.push(await buildReferral(server, { referrer: at.user, name, input: { region: 'NORDJYLLAND' } }));
  // Not on the pages (another region): its personal data is neither shown nor recorded.
  unlisted = await buildReferral(server, { referrer: at.user, name: 'Ikke Listet', input: { region: 'SJAELLAND' } });
});
afterAll(async () => {
  await server.close();
});

const nameOf = (id: string) => NAMES[listed.findIndex((r) => r.id === id)];
const narrativeOf = (id: string) => findPersonalData(server.deps.db, server.deps.sealer, [id])[0]!.narrative;

describe('a listing with personal fields', () => {
  it('pages on: each page shows its own referrals personal fields and records exactly them on its search hits', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (const size of [2, 1]) {
      const mark = auditMark(server);
      const result = await page({ first: 2, after });
      expect(result.edges).toHaveLength(size);
      for (const { node } of result.edges) {
        expect(node.subject.identity?.name).toBe(nameOf(node.id));
        expect(node.narrative).toBe(narrativeOf(node.id));
        expect(node.narrative).toEqual(expect.any(String));
      }
      const records = rawAuditSince(server, mark);
      expect(records.map((r) => `${r.action} ${r.dataCategory}`)).toEqual(['REFERRAL_SEARCH IDENTITY,NARRATIVE']);
      expect(hitsOf(records[0]!.seq)).toEqual(result.edges.map((e) => ({ objectId: e.node.id, dataCategory: 'IDENTITY,NARRATIVE' })));
      seen.push(...result.edges.map((e) => e.node.id));
      after = result.pageInfo.endCursor ?? null;
      expect(result.pageInfo.hasNextPage).toBe(size === 2);
    }
    expect(seen.sort()).toEqual(listed.map((r) => r.id).sort());
  });

  it('the subject access report lists a read per category for a person on the second page', async () => {
    const mark = auditMark(server);
    const first = await page({ first: 2 });
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    const person = listed.find((r) => r.id === second.edges[0]!.node.id)!;
    const [, searchSeq] = rawAuditSince(server, mark, { action: 'REFERRAL_SEARCH' }).map((r) => r.seq);
    const events = (await subjectReport(server, auditor, person.subjectId)).filter((e) => e.seq === searchSeq);
    expect(events.map((e) => `${e.action} ${e.dataCategory}`)).toEqual(['REFERRAL_SEARCH_HIT null', 'REFERRAL_READ IDENTITY', 'REFERRAL_READ NARRATIVE']);
    for (const read of events) expect(read).toMatchObject({ objectId: person.id, subjectId: person.subjectId, actorUserId: cmm.user.id, purpose: 'CASE_HANDLING' });
  });

  it('shows a row still sealed field by field (sv1) as it shows a sealed record', async () => {
    const [target] = listed;
    const opened = findPersonalData(server.deps.db, server.deps.sealer, [target!.id])[0]! as unknown as Record<string, unknown>;
    const spec = SEALED.referralPersonalData;
    const keyId = referralKeyId(target!.id);
    const sets: string[] = ['sealed_fields = null'];
    const values: Array<string | null> = [];
    for (const [property, column] of Object.entries(spec.columns)) {
      const value = opened[property];
      const text = value === null || value === undefined ? null : property === 'indicators' ? JSON.stringify(value) : String(value);
      sets.push(`${column} = ?`);
      values.push(text === null ? null : server.deps.sealer.seal(keyId, { table: spec.table, column, rowId: target!.id }, text));
    }
    server.deps.sqlite.prepare(`update referral_personal_data set ${sets.join(', ')} where referral_id = ?`).run(...values, target!.id);
    expect(server.deps.sqlite.prepare('select sealed_fields from referral_personal_data where referral_id = ?').pluck().get(target!.id)).toBeNull();

    const nodes = (await page({ first: 10 })).edges.map((e) => e.node);
    const node = nodes.find((n) => n.id === target!.id)!;
    expect(node.subject.identity?.name).toBe(NAMES[0]);
    expect(node.narrative).toBe(opened.narrative);
  });
});

describe('opening a sealed personal record', () => {
  it('gives every field of the record, indicators as a list, and nothing once its key is shredded', () => {
    const { db, sqlite, sealer } = server.deps;
    const id = unlisted.id;
    const values = {
      name: 'N', alias: 'A', dateOfBirth: '1990-02-03', contact: 'C', whereabouts: 'W', location: 'L', indicators: ['I1', 'I2'],
      narrative: 'Nar', assessmentGrounds: 'G', representativeName: 'R', representativeAppointedBy: 'RA',
    };
    updatePersonalData(db, sealer, id, values);
    expect(sqlite.prepare('select sealed_fields from referral_personal_data where referral_id = ?').pluck().get(id)).toMatch(/^sv2\./);
    const estimatedAge = sqlite.prepare('select estimated_age from referral_personal_data where referral_id = ?').pluck().get(id);
    // Every sealed field of the table, none left out of the record's row.
    expect(Object.keys(values).sort()).toEqual(Object.keys(SEALED.referralPersonalData.columns).sort());
    expect(findPersonalDataOf(sqlite, sealer, [id])).toEqual([{ referralId: id, estimatedAge, ...values }]);

    expect(sealer.shred([referralKeyId(id)])).toBe(1);
    const nothing = Object.fromEntries(Object.keys(values).map((k) => [k, null]));
    expect(findPersonalDataOf(sqlite, sealer, [id])).toEqual([{ referralId: id, estimatedAge, ...nothing }]);
  });
});
