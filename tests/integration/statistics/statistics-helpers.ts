// Helpers of the statistics tests: the query, the CSV export over HTTP, and the register import.
import { parseCsv } from '../../../server/modules/statistics/csv.js';
import type { TTestServer } from '../../support/test-server.js';
import { type TActor } from '../../support/actors.js';
import { dataOf } from '../../support/responses.js';

export const STATISTICS_FIELDS = `year region personsTrafficked sources { inSystem historical }
  byPrimaryExploitation { key count } byGender { key count } byNationality { key count }
  minors age { known unknown min max mean } byAuthority { key count }
  byFirstContactKind { key count } byFirstContactOrganisation { key count }
  interviews { held endedTrafficked shareTrafficked }
  referralsByOrganisation { organisation { code } referrals assessedTrafficked }
  closuresByOutcome { key count } preparedReturns
  series { year personsTrafficked interviewsHeld referrals preparedReturns }`;

export type TCount = { key: string; count: number };
export type TStatistics = {
  year: number;
  region: string | null;
  personsTrafficked: number;
  sources: { inSystem: number; historical: number };
  byPrimaryExploitation: TCount[];
  byGender: TCount[];
  byNationality: TCount[];
  minors: number;
  age: { known: number; unknown: number; min: number | null; max: number | null; mean: number | null };
  byAuthority: TCount[];
  byFirstContactKind: TCount[];
  byFirstContactOrganisation: TCount[];
  interviews: { held: number; endedTrafficked: number; shareTrafficked: number | null };
  referralsByOrganisation: Array<{ organisation: { code: string }; referrals: number; assessedTrafficked: number }>;
  closuresByOutcome: TCount[];
  preparedReturns: number;
  series: Array<{ year: number; personsTrafficked: number; interviewsHeld: number; referrals: number; preparedReturns: number }>;
};

export const STATISTICS = `query S($year: Int!, $region: Region) { statistics(year: $year, region: $region) { ${STATISTICS_FIELDS} } }`;

export function statisticsRaw(server: TTestServer, token: string | undefined, year: unknown, region?: string) {
  return server.gql<{ statistics: TStatistics }>(STATISTICS, { year, region }, { token });
}

export async function statistics(server: TTestServer, actor: TActor, year: number, region?: string): Promise<TStatistics> {
  return dataOf(await statisticsRaw(server, actor.token, year, region), 'statistics');
}

/** A breakdown as { key: count } without the zeros. */
export function counts(list: TCount[]): Record<string, number> {
  return Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.key, c.count]));
}

export async function fetchCsv(server: TTestServer, token: string | undefined, path: string) {
  const res = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The export's rows as objects (header row first). */
export function csvRows(text: string): Array<Record<string, string>> {
  const { records, problems } = parseCsv(text);
  if (problems.length > 0) throw new Error(`malformed CSV: ${JSON.stringify(problems)}`);
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header!.fields.map((name, i) => [name, r.fields[i]!])));
}

export const IMPORT = `mutation I($csv: String!) { importHistory(csv: $csv) { imported skipped errors { line reason } } }`;
export type TImportResult = { imported: number; skipped: number; errors: Array<{ line: number; reason: string }> };

export const HEADER = 'person_key,assessed_on,decision,authority,gender,nationality,age_at_assessment,primary_exploitation,first_contact,interview_held_on,outcome,region';

export function register(...rows: string[]): string {
  return `${[HEADER, ...rows].join('\n')}\n`;
}
