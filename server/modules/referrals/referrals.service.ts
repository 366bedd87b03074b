// Referrals from suspicion to closure: the public entry of the module. Resolvers and other modules
// import from here only (checked by dependency-cruiser); each concern lives in its own file:
//   referral-gate.ts         loading a referral for a viewer (NOT_FOUND, audited, for no access)
//                            and the subject the viewer is shown for it
//   referral-creation.ts     creating a draft and its subject
//   referral-move.ts         the frame of one state-machine move (gate, table, version, event, audit)
//   referral-moves.ts        the moves from submission to closure
//   referral-corrections.ts  correcting the person's data after submission (GDPR Art. 16)
//   referral-listing.ts      listing and searching, with its audit records
//   deadline-notices.ts      overdue deadlines and the notices of the deadline job
//   referral-notices.ts      who is told of a referral
//   referral-events.ts       what other modules hear from referrals (the match index)
//   addenda.ts, indicators.ts  the referrer's addenda after submission; the maintained indicator list
// Every move goes through the access gate first, is one audited unit of work, and is an event in
// the referral's timeline.
export { accessToReferral, getReferral, shownSubjectId, type TReferralView } from './referral-gate.js';
export { createReferral } from './referral-creation.js';
export {
  DEFAULT_REFLECTION_DAYS,
  MAX_REFLECTION_DAYS,
  acknowledgeReferral,
  closeReferral,
  extendReflectionPeriod,
  forwardReferral,
  recordAssessment,
  recordRepresentative,
  scheduleIdentificationInterview,
  startReflectionPeriod,
  submitReferral,
  updateReferral,
  withdrawReferral,
} from './referral-moves.js';
export { CORRECTION_DATA_CLASS, correctSubjectData } from './referral-corrections.js';
// Issue 14, journey 2: the referrer's addenda and the maintained indicator list.
export { addReferralAddendum, readAddendum, type TAddendumRow } from './addenda.js';
export { checkIndicatorCodes, defineIndicator, listIndicatorCatalogue, updateIndicator, type TIndicatorRow } from './indicators.js';
export { listReferrals, referralCursor, type TReferralListInput } from './referral-listing.js';
export { AGE_BANDS } from './subject-facts.js';
export { assigneeCandidates, assignmentOf, assignReferral, mayReassign } from './assignment.js';
export { isOverdue, notifyDeadlines, reflectionEndsOn, reflectionPeriodOf } from './deadline-notices.js';
// The parts of a referral the schema shows as types of their own (server/graphql/mappers.ts).
export { assessmentOf, type TAssessmentView, type TRepresentativeView } from './referral-reader.js';

// --- For other modules ---------------------------------------------------------------------------
// A consent recorded by sharing (consent.service.ts) is an event in the referral's history, written
// in the same unit of work.
export { insertEvent as insertReferralEvent } from './referrals.repo.js';
// Retention's purge (retention.repo.ts) blanks the values of a purged referral's corrections.
export { eraseCorrectionValues } from './referrals.repo.js';
// The grants covering referrals: every reader of a referral's access (sharing, case complexes) asks here.
export { findCandidateGrants, findGrantsCovering, referralSharing, type TGrantRow } from './referral-grants.js';
// Subjects sits above referrals (docs/ARCHITECTURE.md): matching and merging read referral rows
// inside their own units of work, after their own access checks, through these.
export { findPersonalData, findReferral, resolveSubjectId, type TCorrectionRow, type TEventRow, type TPersonalRow, type TReferralRow } from './referrals.repo.js';
// Subjects' resolvers show a referral's history and corrections with the same withholding as here.
export { loadCorrections, loadEvents, mayRead, readPersonal } from './referral-reader.js';
// Subjects keeps its blind index in step with the identifying data (referral-events.ts).
export { onIdentifyingDataChanged, type TIdentifyingDataListener } from './referral-events.js';
