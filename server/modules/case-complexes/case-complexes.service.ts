// Case complexes (PRODUCT.md journey 3): one criminal network's referrals, operations and
// suspects, and the criminal case against each suspect. Who sees what is decided by
// caseComplexAccess in core/access.ts (docs/adr/0007); every change is one audited unit of work.
// The public entry of the module; each concern lives in its own file:
//   case-complex-access.ts   who sees a complex and its parts, the gate
//   case-complex-changes.ts  creating, handing over, linking referrals and operations
//   suspects.ts              suspects and the events of their criminal cases
//   contributions.ts         journal and case numbers, cooperation; invited contributors and their findings (issue 14)
export { accessToComplexes, getCaseComplex, listCaseComplexes, mayLearnComplexesOf, visibleReferralsOf, type TComplexView } from './case-complex-access.js';
export { createCaseComplex, handOverCaseComplex, linkOperationToCaseComplex, linkReferralToCaseComplex } from './case-complex-changes.js';
export { addSuspect, currentStage, recordCaseEvent, type TSuspectView } from './suspects.js';
export {
  addCaseComplexContribution,
  inviteCaseComplexContributor,
  readContributions,
  readContributors,
  removeCaseComplexContributor,
  updateCaseComplexDetails,
  type TContributionRow,
  type TContributorRow,
} from './contributions.js';

// The rows the schema's types are resolved from (server/graphql/mappers.ts).
export type { TSuspectEventRow, TComplexRow, TOperationRow as TLinkedOperationRow } from './case-complexes.repo.js';
