// The roles the API's @auth directives name on the case-complex and reference-group fields
// (schema/case-complexes.graphql, schema/reference-groups.graphql): the client offers a screen or
// an action to these roles only, and leaves every finer rule (which organisation, which complex,
// which region) to the server, showing its refusal.
import type { Role } from '../gql/graphql';

/** caseComplex / caseComplexes. */
export const CASE_COMPLEX_READ_ROLES: readonly Role[] = ['CASEWORKER', 'COORDINATOR', 'ASSESSOR', 'INVESTIGATOR'];
/** createCaseComplex, handOver, link, addSuspect, recordCaseEvent. */
export const CASE_COMPLEX_CHANGE_ROLES: readonly Role[] = ['CASEWORKER', 'COORDINATOR', 'INVESTIGATOR'];
/** referenceGroupReview / addReviewNote. */
export const REFERENCE_GROUP_ROLES: readonly Role[] = ['REFERENCE_GROUP_MEMBER'];

export function hasSomeRole(roles: readonly Role[] | undefined, wanted: readonly Role[]): boolean {
  return (roles ?? []).some((r) => wanted.includes(r));
}
