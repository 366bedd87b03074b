// Joint operations (inspections and raids across agencies): the public entry of the module.
// Resolvers and other modules import from here only; each concern lives in its own file:
//   operation-gate.ts          loading an operation for a viewer (NOT_FOUND for organisations that
//                              are neither lead nor invited), and the read for the calendar export
//   operation-participants.ts  invitations and the notices to those taking part
//   operation-move.ts          the frame of one state-machine move
//   operation-planning.ts      creating, changing, inviting, answering, attendees
//   operation-moves.ts         confirmation, start, completion, cancellation, outcome
//   operation-listing.ts       the viewer's calendar
//   operation-reminders.ts     the reminders job
//   operation-staff.ts         the lead's named staff, who may attend, double bookings
//   operation-interpreters.ts  interpreters per language, provider and status
//   calendar-feed.ts           personal calendar feeds (GET /calendar/<secret>.ics)
// Every change is one audited unit of work that tells those concerned (no details in mail).
export { getOperation, getOperationForCalendar, isOperationVisible, loadVisibleOperation, type TOperationView } from './operation-gate.js';
export { operationLink } from './operation-participants.js';
export { createOperation, inviteToOperation, listAttendeeCandidates, respondToInvitation, updateOperation } from './operation-planning.js';
export { cancelOperation, completeOperation, confirmOperation, recordOperationOutcome, startOperation } from './operation-moves.js';
export { listOperations, operationCursor, type TOperationListInput } from './operation-listing.js';
export { sendOperationReminders } from './operation-reminders.js';
export { attendeeConflicts, nameOperationAttendees, ownAttendeeConflicts, type TAttendeeConflictView } from './operation-staff.js';
export { requestInterpreter, setInterpreterStatus, unconfirmedInterpreters } from './operation-interpreters.js';
export { createCalendarFeed, myCalendarFeed, revokeCalendarFeed } from './calendar-feed.js';

// The rows the schema's types are resolved from (server/graphql/mappers.ts).
export type { TInvitationRow, TOutcomeRow } from './operations.repo.js';
