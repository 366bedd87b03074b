/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment JobRunFields on JobRun {\n  id\n  name\n  at\n  startedAt\n  finishedAt\n  status\n  attempts\n  summary\n  error\n}\n\nmutation RunJob($name: String!, $at: DateTime) {\n  runJob(name: $name, at: $at) {\n    ...JobRunFields\n  }\n}\n\nquery Jobs {\n  jobs {\n    name\n    schedule\n    description\n    lastRun {\n      ...JobRunFields\n    }\n  }\n}": typeof types.JobRunFieldsFragmentDoc,
    "query Statistics($year: Int!, $region: Region) {\n  statistics(year: $year, region: $region) {\n    year\n    region\n    personsTrafficked\n    sources {\n      inSystem\n      historical\n    }\n    byPrimaryExploitation {\n      key\n      count\n    }\n    byGender {\n      key\n      count\n    }\n    byNationality {\n      key\n      count\n    }\n    minors\n    age {\n      known\n      unknown\n      min\n      max\n      mean\n    }\n    byAuthority {\n      key\n      count\n    }\n    byFirstContactKind {\n      key\n      count\n    }\n    byFirstContactOrganisation {\n      key\n      count\n    }\n    interviews {\n      held\n      endedTrafficked\n      shareTrafficked\n    }\n    referralsByOrganisation {\n      organisation {\n        code\n      }\n      referrals\n      assessedTrafficked\n    }\n    closuresByOutcome {\n      key\n      count\n    }\n    preparedReturns\n    series {\n      year\n      personsTrafficked\n      interviewsHeld\n      referrals\n      preparedReturns\n    }\n  }\n}\n\nmutation ImportHistory($csv: String!) {\n  importHistory(csv: $csv) {\n    imported\n    skipped\n    errors {\n      line\n      reason\n    }\n  }\n}": typeof types.StatisticsDocument,
};
const documents: Documents = {
    "fragment JobRunFields on JobRun {\n  id\n  name\n  at\n  startedAt\n  finishedAt\n  status\n  attempts\n  summary\n  error\n}\n\nmutation RunJob($name: String!, $at: DateTime) {\n  runJob(name: $name, at: $at) {\n    ...JobRunFields\n  }\n}\n\nquery Jobs {\n  jobs {\n    name\n    schedule\n    description\n    lastRun {\n      ...JobRunFields\n    }\n  }\n}": types.JobRunFieldsFragmentDoc,
    "query Statistics($year: Int!, $region: Region) {\n  statistics(year: $year, region: $region) {\n    year\n    region\n    personsTrafficked\n    sources {\n      inSystem\n      historical\n    }\n    byPrimaryExploitation {\n      key\n      count\n    }\n    byGender {\n      key\n      count\n    }\n    byNationality {\n      key\n      count\n    }\n    minors\n    age {\n      known\n      unknown\n      min\n      max\n      mean\n    }\n    byAuthority {\n      key\n      count\n    }\n    byFirstContactKind {\n      key\n      count\n    }\n    byFirstContactOrganisation {\n      key\n      count\n    }\n    interviews {\n      held\n      endedTrafficked\n      shareTrafficked\n    }\n    referralsByOrganisation {\n      organisation {\n        code\n      }\n      referrals\n      assessedTrafficked\n    }\n    closuresByOutcome {\n      key\n      count\n    }\n    preparedReturns\n    series {\n      year\n      personsTrafficked\n      interviewsHeld\n      referrals\n      preparedReturns\n    }\n  }\n}\n\nmutation ImportHistory($csv: String!) {\n  importHistory(csv: $csv) {\n    imported\n    skipped\n    errors {\n      line\n      reason\n    }\n  }\n}": types.StatisticsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JobRunFields on JobRun {\n  id\n  name\n  at\n  startedAt\n  finishedAt\n  status\n  attempts\n  summary\n  error\n}\n\nmutation RunJob($name: String!, $at: DateTime) {\n  runJob(name: $name, at: $at) {\n    ...JobRunFields\n  }\n}\n\nquery Jobs {\n  jobs {\n    name\n    schedule\n    description\n    lastRun {\n      ...JobRunFields\n    }\n  }\n}"): typeof import('./graphql.js').JobRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Statistics($year: Int!, $region: Region) {\n  statistics(year: $year, region: $region) {\n    year\n    region\n    personsTrafficked\n    sources {\n      inSystem\n      historical\n    }\n    byPrimaryExploitation {\n      key\n      count\n    }\n    byGender {\n      key\n      count\n    }\n    byNationality {\n      key\n      count\n    }\n    minors\n    age {\n      known\n      unknown\n      min\n      max\n      mean\n    }\n    byAuthority {\n      key\n      count\n    }\n    byFirstContactKind {\n      key\n      count\n    }\n    byFirstContactOrganisation {\n      key\n      count\n    }\n    interviews {\n      held\n      endedTrafficked\n      shareTrafficked\n    }\n    referralsByOrganisation {\n      organisation {\n        code\n      }\n      referrals\n      assessedTrafficked\n    }\n    closuresByOutcome {\n      key\n      count\n    }\n    preparedReturns\n    series {\n      year\n      personsTrafficked\n      interviewsHeld\n      referrals\n      preparedReturns\n    }\n  }\n}\n\nmutation ImportHistory($csv: String!) {\n  importHistory(csv: $csv) {\n    imported\n    skipped\n    errors {\n      line\n      reason\n    }\n  }\n}"): typeof import('./graphql.js').StatisticsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
