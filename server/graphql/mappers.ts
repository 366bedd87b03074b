// The parents that the generated resolver types (resolvers.generated.ts) give each object type whose
// resolvers receive a service's view rather than the schema's own shape — GraphQL Hive's
// module.graphql.mappers.ts pattern. codegen.ts names each `T<Type>Mapper` here; every other
// object type's parent is its schema type, so a service returning it is checked field by field.
//
// Views shaped `{ row, … }` (Referral, Operation, CaseComplex, Suspect) leave the columns that the
// schema shows unchanged to rowFieldResolver in schema.ts, so they have no resolver of their own.
import type { TAuditEventView } from '../modules/audit/audit.service.js';
import type { TSubjectByIdentity } from '../modules/subjects/subjects.service.js';
import type { TUserRow } from '../modules/auth/users.service.js';
import type { TProviderRow } from '../modules/auth/oidc/identity-providers.service.js';
import type { TContributionRow, TContributorRow, TSuspectEventRow, TComplexRow, TComplexView, TLinkedOperationRow, TSuspectView } from '../modules/case-complexes/case-complexes.service.js';
// The readers' own view types: re-exported by their services they would close an import cycle.
import type { TTimelineEntry } from '../modules/case-complexes/case-complex-reader.js';
import type { TNotificationRow } from '../modules/notifications/notifications.service.js';
import type { TInvitationRow, TOperationView, TOutcomeRow } from '../modules/operations/operations.service.js';
import type { TConflictView } from '../modules/operations/operation-reader.js';
import type { TOrganisation } from '../modules/organisations/organisations.service.js';
import type { TInquiryRow } from '../modules/inquiries/inquiries.service.js';
import type { TNoteRow, TReview, TReviewCase, TTable } from '../modules/reference-groups/reference-groups.service.js';
import type { listReferrals, TAddendumRow, TAssessmentView, TCorrectionRow, TEventRow, TReferralView, TRepresentativeView } from '../modules/referrals/referrals.service.js';
import type { TConsentRow, TGrantRow } from '../modules/sharing/sharing.service.js';
import type { TRequestRow } from '../modules/sharing/access-requests.service.js';
import type { TServiceAccountRow } from '../modules/service-accounts/service-accounts.service.js';
import type { TStatistics } from '../modules/statistics/statistics.service.js';
import type { TMergeRow, TPossibleMatch } from '../modules/subjects/subjects.service.js';

export type TUserMapper = TUserRow;
export type TServiceAccountMapper = TServiceAccountRow;
/** An organisation's identity provider, without its secret. */
export type TIdentityProviderMapper = TProviderRow;
export type TOrganisationMapper = TOrganisation;
export type TNotificationMapper = TNotificationRow;
export type TAuditEventMapper = TAuditEventView;
export type TDataSubjectHitMapper = TSubjectByIdentity;

// A referral and the parts of it the schema shows as their own types: each part carries the view,
// so it applies the view's access level itself.
export type TReferralMapper = TReferralView;
/** A page of referrals; totalCount is a function, counted only when asked for (graphql-js calls it). */
export type TReferralConnectionMapper = Awaited<ReturnType<typeof listReferrals>>;
export type TReferralSubjectMapper = TReferralView;
export type TAssessmentMapper = TAssessmentView;
export type TRepresentativeMapper = TRepresentativeView;
/** A timeline event with the referral it belongs to: its note is withheld by the referral's access. */
export type TReferralEventMapper = { event: TEventRow; view: TReferralView };
/** One correction (an event) and the values it changed. */
export type TSubjectCorrectionMapper = { view: TReferralView; event: TEventRow; rows: TCorrectionRow[] };
/** A changed value, withheld or shown by the class of data it belongs to. */
export type TCorrectedValueMapper = { view: TReferralView; row: TCorrectionRow };
/** An addendum: its free-text indicators are a list opened from one sealed value. */
export type TReferralAddendumMapper = TAddendumRow;
export type TPossibleMatchMapper = TPossibleMatch;
export type TSubjectMergeMapper = TMergeRow;

export type TOperationMapper = TOperationView;
/** An invitation with its operation: attendees and notes depend on the viewer's access to it. */
export type TOperationInvitationMapper = { invitation: TInvitationRow; view: TOperationView };
export type TOperationConflictMapper = TConflictView;
export type TOperationOutcomeMapper = TOutcomeRow;

export type TCaseComplexMapper = TComplexView;
export type TCaseComplexSummaryMapper = TComplexRow;
export type TCaseComplexOperationMapper = TLinkedOperationRow & { linkedAt: string };
export type TCaseComplexEventMapper = TTimelineEntry;
export type TSuspectMapper = TSuspectView;
export type TCaseEventMapper = TSuspectEventRow;
export type TCaseComplexContributorMapper = TContributorRow;
/** A contribution: its note is null once retention erased it. */
export type TCaseComplexContributionMapper = TContributionRow;

export type TAccessGrantMapper = TGrantRow;
export type TAccessRequestMapper = TRequestRow;
export type TConsentRecordMapper = TConsentRow;

/** The year's figures; criminalJustice and byIndicator (issue 14) are resolved from its year and region. */
export type TStatisticsMapper = TStatistics;
export type TStatisticsReferringOrganisationMapper = TStatistics['referralsByOrganisation'][number];
export type TReviewTableMapper = TTable;
export type TOverdueReferralMapper = TReview['overdue'][number];
export type TReviewNoteMapper = TNoteRow;
export type TReviewCaseMapper = TReviewCase;
export type TInquiryMapper = TInquiryRow;
