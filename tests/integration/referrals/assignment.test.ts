// Who has the case (issue 14) over HTTP: the receiving authority's assignee and deputy, set when the
// referral is acknowledged (the acknowledger, or whom it names), reassigned only by a coordinator of
// the receiving organisation (audited, the new assignee told), seen only by that organisation; the
// "mine" and "unassigned" filters behind the task list; and overdue interviews told to the
// assignee first, escalated to the coordinators a day later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../../server/core/context.js';
import { notifyDeadlines } from '../../../server/modules/referrals/referrals.service.js';
import { startTestServer, type TTestServer } from '../../support/test-server.js';
import { moveClock, newActor, type TActor } from '../../support/actors.js';
import { buildCast, inboxKindsFor, referralIn, type TCast } from '../../support/referrals.js';
import { dataOf, errorOf } from '../../support/responses.js';
import { auditMark, auditSince } from '../../support/rows.js';
import {
  AcknowledgeAssigningDocument,
  AssignedReferralsDocument,
  AssignReferralDocument,
  ReferralAssigneeCandidatesDocument,
  ReferralAssignmentDocument,
} from '../../gql/generated/graphql.js';

let server: TTestServer;
let cast: TCast;
const a = {} as Record<'coordinator' | 'caseworker' | 'other' | 'analyst' | 'usCoordinator' | 'atCoordinator' | 'inactive', TActor>;

beforeAll(async () => {
  server = await startTestServer({ start: '2026-11-23T09:00:00Z' });
  a.caseworker = await newActor(server, 'CMM', ['CASEWORKER']);
  cast = await buildCast(server, { authority: a.caseworker, referrer: await newActor(server, 'AT', ['CASEWORKER']) });
  a.coordinator = await newActor(server, 'CMM', ['COORDINATOR', 'CASEWORKER']);
  a.other = await newActor(server, 'CMM', ['CASEWORKER']);
  a.analyst = await newActor(server, 'CMM', ['ANALYST']);
  a.usCoordinator = await newActor(server, 'US', ['COORDINATOR']);
  a.atCoordinator = await newActor(server, 'AT', ['COORDINATOR']);
});
afterAll(async () => {
  await server.close();
});

const get = async (who: TActor, id: string) => dataOf(await server.as(who)(ReferralAssignmentDocument, { id }), 'referral');
const assign = (who: TActor, vars: { id: string; assigneeId: string; deputyId?: string | null }) => server.as(who)(AssignReferralDocument, vars);
const listed = async (who: TActor, filter: Record<string, unknown>) =>
  dataOf(await server.as(who)(AssignedReferralsDocument, { filter }), 'referrals').edges.map((e) => e.node.id);

describe('assigned on acknowledgement', () => {
  it('the acknowledger has the case by default; only the receiving organisation sees who', async () => {
    const r = await referralIn(server, cast, 'RECEIVED');
    expect(await get(a.coordinator, r.id)).toMatchObject({ assignee: { id: a.caseworker.user.id }, deputy: null, mayReassign: true });
    expect(await get(a.caseworker, r.id)).toMatchObject({ assignee: { id: a.caseworker.user.id }, mayReassign: false });
    // The referrer sees the referral, not who at CMM has it.
    expect(await get(cast.referrer, r.id)).toMatchObject({ assignee: null, deputy: null, mayReassign: false });
    const [record] = auditSince(server, 0, { action: 'REFERRAL_ACKNOWLEDGE', objectId: r.id });
    expect(JSON.parse(record!.details!)).toMatchObject({ assignee: a.caseworker.user.id });
  });

  it('the acknowledger may name another caseworker and a deputy, who are told', async () => {
    const r = await referralIn(server, cast, 'SUBMITTED');
    const acknowledged = dataOf(
      await server.as(a.caseworker)(AcknowledgeAssigningDocument, { id: r.id, assigneeId: a.other.user.id, deputyId: a.coordinator.user.id }),
      'acknowledgeReferral',
    );
    expect(acknowledged).toMatchObject({ state: 'RECEIVED', assignee: { id: a.other.user.id }, deputy: { id: a.coordinator.user.id } });
    expect(await inboxKindsFor(server, a.other, r.id)).toContain('REFERRAL_ASSIGNED');
    expect(await inboxKindsFor(server, a.coordinator, r.id)).toContain('REFERRAL_ASSIGNED');
  });

  it('refuses an assignee or deputy outside the organisation or without a casework role, and the same person twice; nothing changes', async () => {
    const r = await referralIn(server, cast, 'SUBMITTED');
    const ack = (vars: Record<string, unknown>) => server.as(a.caseworker)(AcknowledgeAssigningDocument, { id: r.id, ...vars });
    expect(errorOf(await ack({ assigneeId: a.usCoordinator.user.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    expect(errorOf(await ack({ assigneeId: a.analyst.user.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    expect(errorOf(await ack({ deputyId: 'no-such-user' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deputyId' });
    expect(errorOf(await ack({ deputyId: a.caseworker.user.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deputyId' });
    expect((await get(a.coordinator, r.id)).state).toBe('SUBMITTED');
  });

  it('lists the staff who can have a case: the caller’s own organisation, casework roles, active', async () => {
    const cmm = dataOf(await server.as(a.caseworker)(ReferralAssigneeCandidatesDocument), 'referralAssigneeCandidates').map((u) => u.id);
    expect(cmm).toEqual(expect.arrayContaining([a.caseworker.user.id, a.coordinator.user.id, a.other.user.id]));
    expect(cmm).not.toContain(a.analyst.user.id);
    expect(cmm).not.toContain(a.usCoordinator.user.id);
    expect(errorOf(await server.as(a.analyst)(ReferralAssigneeCandidatesDocument)).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(null)(ReferralAssigneeCandidatesDocument)).code).toBe('UNAUTHENTICATED');
  });
});

describe('reassignment', () => {
  it('a coordinator of the receiving organisation reassigns; audited with who before and after; the new assignee is told', async () => {
    const r = await referralIn(server, cast, 'RECEIVED');
    const mark = auditMark(server);
    const changed = dataOf(await assign(a.coordinator, { id: r.id, assigneeId: a.other.user.id, deputyId: a.caseworker.user.id }), 'assignReferral');
    expect(changed).toMatchObject({ assignee: { id: a.other.user.id }, deputy: { id: a.caseworker.user.id } });
    const [record] = auditSince(server, mark, { action: 'REFERRAL_ASSIGN' });
    expect(record).toMatchObject({ objectId: r.id, outcome: 'ALLOWED', actorUserId: a.coordinator.user.id });
    expect(JSON.parse(record!.details!)).toEqual({ assigneeBefore: a.caseworker.user.id, deputyBefore: null, assignee: a.other.user.id, deputy: a.caseworker.user.id });
    expect(await inboxKindsFor(server, a.other, r.id)).toContain('REFERRAL_ASSIGNED');
  });

  it('who may not: a caseworker, the referrer’s coordinator, another authority (NOT_FOUND), CMM before acknowledgement; denials audited', async () => {
    const r = await referralIn(server, cast, 'RECEIVED');
    const mark = auditMark(server);
    expect(errorOf(await assign(a.caseworker, { id: r.id, assigneeId: a.other.user.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await assign(a.atCoordinator, { id: r.id, assigneeId: a.other.user.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await assign(a.usCoordinator, { id: r.id, assigneeId: a.other.user.id })).code).toBe('NOT_FOUND');
    expect(errorOf(await assign(a.analyst, { id: r.id, assigneeId: a.other.user.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await server.as(null)(AssignReferralDocument, { id: r.id, assigneeId: a.other.user.id })).code).toBe('UNAUTHENTICATED');
    // The caseworker and the analyst hold no COORDINATOR role (refused by the schema's @auth); the
    // coordinators who reached the referral are refused by the service, audited.
    expect(auditSince(server, mark, { action: 'REFERRAL_ASSIGN' }).map((x) => [x.outcome, x.actorUserId])).toEqual([
      ['DENIED', a.atCoordinator.user.id],
      ['DENIED', a.usCoordinator.user.id],
    ]);
    const submitted = await referralIn(server, cast, 'SUBMITTED');
    expect(errorOf(await assign(a.coordinator, { id: submitted.id, assigneeId: a.other.user.id })).code).toBe('FORBIDDEN');
    expect(await get(a.coordinator, r.id)).toMatchObject({ assignee: { id: a.caseworker.user.id } });
  });

  it('bad input names the field', async () => {
    const r = await referralIn(server, cast, 'RECEIVED');
    expect(errorOf(await assign(a.coordinator, { id: r.id, assigneeId: a.analyst.user.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'assigneeId' });
    expect(errorOf(await assign(a.coordinator, { id: r.id, assigneeId: a.other.user.id, deputyId: a.other.user.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deputyId' });
    expect(errorOf(await assign(a.coordinator, { id: 'nope', assigneeId: a.other.user.id })).code).toBe('NOT_FOUND');
  });
});

describe('the task list’s filters', () => {
  it('"mine" lists what the viewer has as assignee or deputy; "unassigned" the open ones nobody has', async () => {
    const mine = await referralIn(server, cast, 'RECEIVED');
    const deputy = await referralIn(server, cast, 'RECEIVED');
    dataOf(await assign(a.coordinator, { id: deputy.id, assigneeId: a.other.user.id, deputyId: a.caseworker.user.id }), 'assignReferral');
    const ids = await listed(a.caseworker, { assignedToMe: true });
    expect(ids).toEqual(expect.arrayContaining([mine.id, deputy.id]));
    expect(await listed(a.other, { assignedToMe: true })).toContain(deputy.id);
    expect(await listed(a.other, { assignedToMe: true })).not.toContain(mine.id);
    // An acknowledged one whose assignee was cleared (as before this change) is unassigned.
    server.deps.sqlite.prepare('update referrals set assignee_user_id = null, deputy_user_id = null where id = ?').run(mine.id);
    expect(await listed(a.coordinator, { unassigned: true })).toEqual([mine.id]);
    // Submitted (not yet acknowledged) ones are the acknowledgement queue, not "unassigned".
    expect(await listed(a.coordinator, { unassigned: true, state: 'SUBMITTED' })).toEqual([]);
  });
});

describe('deadline notices', () => {
  it('an overdue interview goes to the assignee and deputy, then a day later to the coordinators', async () => {
    const fresh = await startTestServer({ start: '2026-11-23T09:00:00Z' });
    try {
      const caseworker = await newActor(fresh, 'CMM', ['CASEWORKER']);
      const deputy = await newActor(fresh, 'CMM', ['CASEWORKER']);
      const coordinator = await newActor(fresh, 'CMM', ['COORDINATOR']);
      const c = await buildCast(fresh, { authority: caseworker });
      const r = await referralIn(fresh, c, 'SUBMITTED');
      const ack = dataOf(await fresh.as(caseworker)(AcknowledgeAssigningDocument, { id: r.id, deputyId: deputy.user.id }), 'acknowledgeReferral');
      expect(ack.assignee?.id).toBe(caseworker.user.id);
      const ctx = systemContext(fresh.deps, 'test-deadlines');
      // interviewBy is 5 days after receipt (28 Nov 09:00Z).
      expect((await notifyDeadlines(ctx, new Date('2026-11-28T09:01:00Z'))).interview).toBe(1);
      await moveClock(fresh, '2026-11-28T09:02:00Z', caseworker, deputy, coordinator);
      expect(await inboxKindsFor(fresh, caseworker, r.id)).toContain('INTERVIEW_OVERDUE');
      expect(await inboxKindsFor(fresh, deputy, r.id)).toContain('INTERVIEW_OVERDUE');
      expect(await inboxKindsFor(fresh, coordinator, r.id)).not.toContain('INTERVIEW_OVERDUE');
      // Not yet a day: nothing more; a day on, still not held: the coordinators, once.
      expect((await notifyDeadlines(ctx, new Date('2026-11-29T08:59:00Z'))).interview).toBe(0);
      expect((await notifyDeadlines(ctx, new Date('2026-11-29T09:01:00Z'))).interview).toBe(1);
      expect((await notifyDeadlines(ctx, new Date('2026-11-29T09:10:00Z'))).interview).toBe(0);
      await moveClock(fresh, '2026-11-29T09:11:00Z', caseworker, coordinator);
      expect(await inboxKindsFor(fresh, coordinator, r.id)).toEqual(expect.arrayContaining(['INTERVIEW_OVERDUE_ESCALATED']));
      expect(await inboxKindsFor(fresh, caseworker, r.id)).not.toContain('INTERVIEW_OVERDUE_ESCALATED');
    } finally {
      await fresh.close();
    }
  });
});
