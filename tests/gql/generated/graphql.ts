/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type JobRunStatus =
  | 'FAILED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type Region =
  | 'HOVEDSTADEN'
  | 'MIDTJYLLAND'
  | 'NORDJYLLAND'
  | 'SJAELLAND'
  | 'SYDDANMARK';

export type JobRunFieldsFragment = { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null };

export type RunJobMutationVariables = Exact<{
  name: string;
  at?: string | null | undefined;
}>;


export type RunJobMutation = { runJob: { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null } };

export type JobsQueryVariables = Exact<{ [key: string]: never; }>;


export type JobsQuery = { jobs: Array<{ name: string, schedule: string, description: string, lastRun: { id: string, name: string, at: string, startedAt: string, finishedAt: string | null, status: JobRunStatus, attempts: number, summary: string | null, error: string | null } | null }> };

export type StatisticsQueryVariables = Exact<{
  year: number;
  region?: Region | null | undefined;
}>;


export type StatisticsQuery = { statistics: { year: number, region: Region | null, personsTrafficked: number, minors: number, preparedReturns: number, sources: { inSystem: number, historical: number }, byPrimaryExploitation: Array<{ key: string, count: number }>, byGender: Array<{ key: string, count: number }>, byNationality: Array<{ key: string, count: number }>, age: { known: number, unknown: number, min: number | null, max: number | null, mean: number | null }, byAuthority: Array<{ key: string, count: number }>, byFirstContactKind: Array<{ key: string, count: number }>, byFirstContactOrganisation: Array<{ key: string, count: number }>, interviews: { held: number, endedTrafficked: number, shareTrafficked: number | null }, referralsByOrganisation: Array<{ referrals: number, assessedTrafficked: number, organisation: { code: string } }>, closuresByOutcome: Array<{ key: string, count: number }>, series: Array<{ year: number, personsTrafficked: number, interviewsHeld: number, referrals: number, preparedReturns: number }> } };

export type ImportHistoryMutationVariables = Exact<{
  csv: string;
}>;


export type ImportHistoryMutation = { importHistory: { imported: number, skipped: number, errors: Array<{ line: number, reason: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JobRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment JobRunFields on JobRun {
  id
  name
  at
  startedAt
  finishedAt
  status
  attempts
  summary
  error
}
    `, {"fragmentName":"JobRunFields"}) as unknown as TypedDocumentString<JobRunFieldsFragment, unknown>;
export const RunJobDocument = new TypedDocumentString(`
    mutation RunJob($name: String!, $at: DateTime) {
  runJob(name: $name, at: $at) {
    ...JobRunFields
  }
}
    fragment JobRunFields on JobRun {
  id
  name
  at
  startedAt
  finishedAt
  status
  attempts
  summary
  error
}`) as unknown as TypedDocumentString<RunJobMutation, RunJobMutationVariables>;
export const JobsDocument = new TypedDocumentString(`
    query Jobs {
  jobs {
    name
    schedule
    description
    lastRun {
      ...JobRunFields
    }
  }
}
    fragment JobRunFields on JobRun {
  id
  name
  at
  startedAt
  finishedAt
  status
  attempts
  summary
  error
}`) as unknown as TypedDocumentString<JobsQuery, JobsQueryVariables>;
export const StatisticsDocument = new TypedDocumentString(`
    query Statistics($year: Int!, $region: Region) {
  statistics(year: $year, region: $region) {
    year
    region
    personsTrafficked
    sources {
      inSystem
      historical
    }
    byPrimaryExploitation {
      key
      count
    }
    byGender {
      key
      count
    }
    byNationality {
      key
      count
    }
    minors
    age {
      known
      unknown
      min
      max
      mean
    }
    byAuthority {
      key
      count
    }
    byFirstContactKind {
      key
      count
    }
    byFirstContactOrganisation {
      key
      count
    }
    interviews {
      held
      endedTrafficked
      shareTrafficked
    }
    referralsByOrganisation {
      organisation {
        code
      }
      referrals
      assessedTrafficked
    }
    closuresByOutcome {
      key
      count
    }
    preparedReturns
    series {
      year
      personsTrafficked
      interviewsHeld
      referrals
      preparedReturns
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsQuery, StatisticsQueryVariables>;
export const ImportHistoryDocument = new TypedDocumentString(`
    mutation ImportHistory($csv: String!) {
  importHistory(csv: $csv) {
    imported
    skipped
    errors {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<ImportHistoryMutation, ImportHistoryMutationVariables>;