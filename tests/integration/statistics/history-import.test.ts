// Importing CMM's historical register: every row validated, all or nothing with every rejected
// line reported, the same file twice changes nothing, a realistic register fits the request
// limit, the command line does the same, and the demo register shows real tables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHistoryCsv, seedDemoStatistics } from '../../../server/seed/demo-statistics.js';
import { fixedClock } from '../../../server/core/clock.js';
import { runImportHistoryCli } from '../../../server/modules/statistics/import-history.cli.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { newActor, type TActor } from '../../support/actors.js';
import { dataOf } from '../../support/responses.js';
import { counts, HEADER, importHistory, register, statistics } from './statistics-helpers.js';
import { ImportHistoryDocument } from '../../gql/generated/graphql.js';

let server: TTestServer;
let admin: TActor, analyst: TActor;

const rowCount = () => (server.deps.sqlite.prepare('select count(*) n from historical_assessments').get() as { n: number }).n;
const importCsv = async (csv: string) => dataOf(await importHistory(server, admin.token, csv), 'importHistory');

beforeAll(async () => {
  server = await startTestServer({ start: '2026-05-04T09:00:00Z' });
  admin = await newActor(server, 'CMM', ['ADMIN']);
  analyst = await newActor(server, 'CMM', ['ANALYST']);
});
afterAll(async () => {
  await server.close();
});

describe('all or nothing', () => {
  it('imports nothing when any row is wrong, and reports every rejected row by line and column', async () => {
    const csv = register(
      'K-1,2020-01-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,HOVEDSTADEN',
      'K-2,2020-13-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,HOVEDSTADEN',
      'K-3,2020-02-05,MAYBE,POLICE,FEMALE,XX,301,SEXUAL,NOSUCHORG,,,ATLANTIS',
      'K-4,2020-02-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,',
      'Maria Popescu,2020-02-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,',
      'K-6,2020-02-05,TRAFFICKED,CMM,FEMALE,RO',
      'K-7,2006-12-31,NOT_TRAFFICKED,US,MALE,NG,,FORCED_LABOUR,OTHER,2027-01-01,PREPARED_RETURN,',
    );
    const result = await importCsv(csv);
    expect(result.imported).toBe(0);
    expect(result.skipped).toBe(0);
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 6, 7, 8]);
    const reason = (line: number) => result.errors.find((e) => e.line === line)!.reason;
    expect(reason(3)).toMatch(/^assessed_on: /);
    for (const column of ['decision', 'authority', 'nationality', 'age_at_assessment', 'first_contact', 'region']) expect(reason(4)).toContain(`${column}: `);
    expect(reason(6)).toMatch(/^person_key: /);
    expect(reason(7)).toBe('Expected 12 fields, found 6');
    for (const column of ['assessed_on', 'interview_held_on', 'outcome']) expect(reason(8)).toContain(`${column}: `);
    // A reason never repeats the value (a wrongly filled column may hold something personal).
    expect(JSON.stringify(result.errors)).not.toMatch(/Maria|Popescu|ATLANTIS|NOSUCHORG/);
    expect(rowCount()).toBe(0);
  });

  it('requires the header row with exactly the columns of the register', async () => {
    expect((await importCsv('K-1,2020-01-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,\n')).errors[0]).toMatchObject({ line: 1 });
    expect((await importCsv('')).errors).toEqual([expect.objectContaining({ line: 1, reason: expect.stringMatching(/header row is required/) })]);
    const missing = await importCsv(`${HEADER.replace(',region', '')}\nK-1,2020-01-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,\n`);
    expect(missing.errors).toEqual([expect.objectContaining({ line: 1, reason: expect.stringContaining('missing column(s) region') })]);
    expect(rowCount()).toBe(0);
  });

  it('reads quoted fields (RFC 4180), any column order, a byte order mark and CRLF, and reports a malformed line', async () => {
    const reordered = '\ufeffregion,person_key,assessed_on,decision,authority,gender,nationality,age_at_assessment,primary_exploitation,first_contact,interview_held_on,outcome\r\n' +
      '"SYDDANMARK","Q-1","2021-04-01","TRAFFICKED","CMM","FEMALE","RO","","SEXUAL","3F","","PREPARED_RETURN"\r\n' +
      'bad"quote,Q-2,2021-04-01,TRAFFICKED,CMM,FEMALE,RO,,SEXUAL,3F,,\r\n';
    const rejected = await importCsv(reordered);
    expect(rejected.errors).toEqual([expect.objectContaining({ line: 3, reason: expect.stringMatching(/quote/) })]);
    expect(rowCount()).toBe(0);
    const fine = await importCsv(reordered.split('\r\n').slice(0, 2).join('\r\n'));
    expect(fine).toEqual({ imported: 1, skipped: 0, errors: [] });
    const s = await statistics(server, analyst, 2021, 'SYDDANMARK');
    expect(s.personsTrafficked).toBe(1);
    expect(s.age).toMatchObject({ known: 0, unknown: 1, min: null, mean: null });
    expect(counts(s.byFirstContactKind)).toEqual({ UNION: 1 });
  });
});

describe('idempotence', () => {
  it('changes nothing when the same file is imported again; a new row in it is added', async () => {
    const csv = register(
      'I-1,2022-01-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,2022-01-02,,HOVEDSTADEN',
      'I-2,2022-02-05,TRAFFICKED,US,MALE,UA,40,FORCED_LABOUR,AT,,,MIDTJYLLAND',
      'I-2,2022-02-05,TRAFFICKED,US,MALE,UA,40,FORCED_LABOUR,AT,,,MIDTJYLLAND',
    );
    expect(await importCsv(csv)).toEqual({ imported: 2, skipped: 1, errors: [] });
    const before = await statistics(server, analyst, 2022);
    const rows = rowCount();
    // The same rows again, written differently (lower case codes, spaces): the same facts.
    expect(await importCsv(csv.replace('FEMALE', ' female ').replace(',SEXUAL,', ',sexual,'))).toEqual({ imported: 0, skipped: 3, errors: [] });
    expect(rowCount()).toBe(rows);
    expect(await statistics(server, analyst, 2022)).toEqual(before);
    expect(await importCsv(`${csv}I-3,2022-03-05,TRAFFICKED,CMM,FEMALE,TH,17,SEXUAL,REDEN,,,\n`)).toEqual({ imported: 1, skipped: 3, errors: [] });
    expect((await statistics(server, analyst, 2022)).personsTrafficked).toBe(3);
  });

  it('takes a realistic register of 5 000 rows in one request under the default body limit', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 5000; i += 1) {
      const year = 2008 + (i % 18);
      lines.push(`R-${String(i).padStart(5, '0')},${year}-0${1 + (i % 9)}-1${i % 10},${i % 3 ? 'TRAFFICKED' : 'NOT_TRAFFICKED'},${i % 4 ? 'CMM' : 'US'},FEMALE,RO,${18 + (i % 40)},SEXUAL,KBHPOL,${year}-0${1 + (i % 9)}-0${1 + (i % 9)},${i % 3 ? 'REMAINED_IN_DENMARK' : 'NOT_TRAFFICKED'},NORDJYLLAND`);
    }
    const csv = register(...lines);
    expect(Buffer.byteLength(JSON.stringify({ query: ImportHistoryDocument.toString(), variables: { csv } }))).toBeLessThan(1024 * 1024);
    expect(await importCsv(csv)).toEqual({ imported: 5000, skipped: 0, errors: [] });
    expect((await statistics(server, analyst, 2010, 'NORDJYLLAND')).personsTrafficked).toBeGreaterThan(100);
  });
});

describe('npm run import:history -- FILE.csv', () => {
  it('imports into DATABASE_PATH, all or nothing, with the same result the second time', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-import-'));
    try {
      const env = { DATABASE_PATH: path.join(dir, 'cli.db') };
      const file = path.join(dir, 'register.csv');
      const run = async () => {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runImportHistoryCli({ argv: [file], env, out: (t) => out.push(t), err: (t) => err.push(t), clock: fixedClock(new Date('2026-05-04T09:00:00Z')) });
        return { code, out: out.join(''), err: err.join('') };
      };
      fs.writeFileSync(file, register('C-1,2023-01-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,', 'C-2,2023-13-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,'));
      expect(await run()).toMatchObject({ code: 1, err: expect.stringContaining('line 3: assessed_on:') });
      fs.writeFileSync(file, register('C-1,2023-01-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,', 'C-2,2023-02-05,TRAFFICKED,CMM,FEMALE,RO,30,SEXUAL,KBHPOL,,,'));
      expect(await run()).toMatchObject({ code: 0, out: expect.stringContaining('imported 2, skipped 0') });
      expect(await run()).toMatchObject({ code: 0, out: expect.stringContaining('imported 0, skipped 2') });
      expect(await runImportHistoryCli({ argv: [], env, out: () => {}, err: () => {} })).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the demo register', () => {
  it('fills ten years of real tables, deterministically, and only once', async () => {
    expect(demoHistoryCsv(2026)).toBe(demoHistoryCsv(2026));
    const first = await seedDemoStatistics(server.deps);
    expect(first.imported).toBeGreaterThan(400);
    expect(await seedDemoStatistics(server.deps)).toEqual({ imported: 0, skipped: first.imported + first.skipped, errors: [] });
    const s = await statistics(server, analyst, 2025);
    expect(s.sources.historical).toBeGreaterThan(20);
    expect(s.byNationality.length).toBeGreaterThanOrEqual(5);
    expect(s.byFirstContactOrganisation.length).toBeGreaterThanOrEqual(5);
    expect(s.minors).toBeGreaterThan(0);
    expect(s.series.filter((y) => y.personsTrafficked > 0)).toHaveLength(10);
  });
});
