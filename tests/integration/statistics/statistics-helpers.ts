// Helpers of the statistics tests: the query, the CSV export over HTTP, and the register import.
import { parseCsv } from '../../../server/modules/statistics/csv.js';
import type { TTestServer } from '../../support/test-server.js';
import { type TActor } from '../../support/actors.js';
import { dataOf } from '../../support/responses.js';
import { ImportHistoryDocument, StatisticsDocument, type Region, type StatisticsQuery } from '../../gql/generated/graphql.js';

export type TStatistics = StatisticsQuery['statistics'];
export type TCount = TStatistics['byGender'][number];

export function statisticsRaw(server: TTestServer, token: string | undefined, year: number, region?: Region) {
  return server.gql(StatisticsDocument, { year, region }, { token });
}

/** The same query with variables the schema refuses (a region it does not know). */
export function statisticsUnchecked(server: TTestServer, token: string | undefined, variables: Record<string, unknown>) {
  return server.gql(StatisticsDocument.toString(), variables, { token });
}

export async function statistics(server: TTestServer, actor: TActor, year: number, region?: Region): Promise<TStatistics> {
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

export function importHistory(server: TTestServer, token: string | undefined, csv: string) {
  return server.gql(ImportHistoryDocument, { csv }, { token });
}

export const HEADER = 'person_key,assessed_on,decision,authority,gender,nationality,age_at_assessment,primary_exploitation,first_contact,interview_held_on,outcome,region';

export function register(...rows: string[]): string {
  return `${[HEADER, ...rows].join('\n')}\n`;
}
