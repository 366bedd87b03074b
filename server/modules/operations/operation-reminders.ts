// The operation reminders job: 24 and 2 hours before the start to those taking part, and CMM told
// of an invitation it has not answered in time; each sent once.
import { runAudited, type TUnitOfWork } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { cmmAnswerOverdue, reminderDue } from './operations.policy.js';
import * as repo from './operations.repo.js';
import { cmmOrganisationId, notifyOrganisations } from './operation-participants.js';

const HOUR = 3_600_000;

async function sendNotice(
  ctx: TContext,
  key: { operationId: string; kind: TNotificationKind; startsAt: string },
  recipients: (unit: TUnitOfWork) => { organisationIds: string[]; roles: readonly string[]; alsoUserIds: string[] },
): Promise<boolean> {
  // A notice sent already is passed over without a transaction: the job runs every five minutes.
  if (repo.noticeSent(ctx.deps.db, key)) return false;
  return await runAudited(ctx, (unit) => {
    if (!repo.claimNotice(unit.tx, { ...key, sentAt: unit.now.toISOString() })) {
      unit.audit({ action: 'OPERATION_NOTICE_SKIPPED', objectType: 'Operation', objectId: key.operationId, details: { kind: key.kind } });
      return false;
    }
    const to = recipients(unit);
    notifyOrganisations(ctx, unit, { organisationIds: to.organisationIds, roles: to.roles, kind: key.kind, operationId: key.operationId, alsoUserIds: to.alsoUserIds });
    unit.audit({ action: 'OPERATION_NOTICE', objectType: 'Operation', objectId: key.operationId, details: { kind: key.kind } });
    return true;
  });
}

/**
 * Sends each reminder once: 24 hours and 2 hours before the start to the lead's coordinators and
 * named staff and the attendees of every organisation that accepted, and tells CMM's coordinators when
 * an operation starting within 48 hours has no answer from CMM. The notices are keyed by the
 * start time, so an operation moved to a new time is reminded again for the new time.
 */
export async function sendOperationReminders(ctx: TContext, now: Date): Promise<{ reminders24h: number; reminders2h: number; cmmUnanswered: number }> {
  const counts = { reminders24h: 0, reminders2h: 0, cmmUnanswered: 0 };
  const cmmId = cmmOrganisationId(ctx);
  const candidates = repo.findStartingBetween(ctx.deps.db, ctx.deps.sealer, now.toISOString(), new Date(now.getTime() + 48 * HOUR).toISOString());
  const invitations = repo.findInvitations(ctx.deps.db, ctx.deps.sealer, candidates.map((c) => c.id));
  for (const row of candidates) {
    const startsAt = new Date(row.startsAt);
    const own = invitations.filter((i) => i.operationId === row.id);
    const due = reminderDue(startsAt, now);
    if (due) {
      const sent = await sendNotice(ctx, { operationId: row.id, kind: due, startsAt: row.startsAt }, () => ({
        organisationIds: [row.leadOrganisationId],
        roles: ['COORDINATOR'],
        // The named people themselves: the lead's own staff and the accepted organisations' attendees.
        alsoUserIds: [...row.leadAttendeeUserIds, ...own.filter((i) => i.status === 'ACCEPTED').flatMap((i) => i.attendeeUserIds)],
      }));
      if (sent) counts[due === 'OPERATION_REMINDER_24H' ? 'reminders24h' : 'reminders2h'] += 1;
    }
    const cmmStatus = own.find((i) => i.organisationId === cmmId)?.status ?? null;
    if (cmmAnswerOverdue({ startsAt, now, cmmStatus })) {
      const sent = await sendNotice(ctx, { operationId: row.id, kind: 'OPERATION_CMM_ANSWER_MISSING', startsAt: row.startsAt }, () => ({
        organisationIds: [cmmId],
        roles: ['COORDINATOR'],
        alsoUserIds: [],
      }));
      if (sent) counts.cmmUnanswered += 1;
    }
  }
  return counts;
}
