// Access requests: an organisation that needs more of a referral than it holds asks the
// referral's controller (its competent authority, and CMM as the national centre), who approves
// (which creates the grant) or refuses with a reason; the requester is told either way. A request
// made through a case complex becomes one request per linked referral, each to its controller.
// A request shows only ids, the level asked for and the requester's own words: nothing of the
// referral until it is approved (then the grant, judged by the gate, gives what it gives).
//
// The public entry for access requests; each concern lives in its own file:
//   access-request-opening.ts  asking (on a referral, through a complex, a hand-over's requests)
//   access-request-answers.ts  the requester's confirmation or withdrawal, the controller's decision
//   access-request-lists.ts    the requests a viewer sees
//   access-request-support.ts  the request's audit records, who is told, its sealed texts opened for showing
export { HAND_OVER_REQUEST_LEVEL, requestTexts, type TRequestRow } from './access-request-support.js';
export { openHandOverRequests, openRequest, requestAccess } from './access-request-opening.js';
export { approveAccessRequest, confirmAccessRequest, refuseAccessRequest, withdrawAccessRequest } from './access-request-answers.js';
export { accessRequest, listAccessRequests } from './access-request-lists.js';
