// The deadlines a referral is held to, as the reader sees them (overdue, the reflection period's
// end) and as notices sent once each by the deadline job.
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { localDate } from './deadlines.js';
import { AUTHORITY_RECIPIENT_ROLES, notifyOrganisation } from './referral-notices.js';
import * as repo from './referrals.repo.js';
import { addDays } from './subject-facts.js';

export function reflectionEndsOn(row: Pick<repo.TReferralRow, 'reflectionStartsOn' | 'reflectionDays'>): string | null {
  return row.reflectionStartsOn && row.reflectionDays ? addDays(row.reflectionStartsOn, row.reflectionDays) : null;
}

export function isOverdue(row: repo.TReferralRow, now: Date): boolean {
  const at = now.toISOString();
  const late = (deadline: string | null) => !!deadline && deadline < at;
  // The interview must be held by its deadline: one scheduled for later is overdue from the
  // deadline until it is held.
  return (
    (row.state === 'SUBMITTED' && late(row.acknowledgeBy)) ||
    (row.state === 'RECEIVED' && late(row.interviewBy)) ||
    (row.state === 'UNDER_ASSESSMENT' && late(row.interviewBy) && !!row.interviewAt && row.interviewAt > row.interviewBy! && row.interviewAt > at)
  );
}

/**
 * Sends each deadline notice once: a missed acknowledgement or interview to the receiving
 * organisation's coordinators; a reflection period ending in 7 days and in 1 day to the
 * competent authority. A notice already sent is never sent again, however often this runs.
 */
export function notifyDeadlines(ctx: TContext, now: Date): { acknowledgement: number; interview: number; reflection: number } {
  const counts = { acknowledgement: 0, interview: 0, reflection: 0 };
  const today = localDate(now);
  for (const row of repo.findDeadlineCandidates(ctx.deps.db, now.toISOString())) {
    const notices: Array<{ kind: TNotificationKind; dueAt: string; organisationId: string | null; roles: readonly string[]; counter: keyof typeof counts }> = [];
    if (row.state === 'SUBMITTED' && row.acknowledgeBy) {
      notices.push({ kind: 'ACKNOWLEDGEMENT_OVERDUE', dueAt: row.acknowledgeBy, organisationId: row.receivingOrganisationId, roles: ['COORDINATOR'], counter: 'acknowledgement' });
    }
    if ((row.state === 'RECEIVED' || row.state === 'UNDER_ASSESSMENT') && row.interviewBy) {
      notices.push({ kind: 'INTERVIEW_OVERDUE', dueAt: row.interviewBy, organisationId: row.receivingOrganisationId, roles: ['COORDINATOR'], counter: 'interview' });
    }
    const endsOn = row.state === 'IN_SUPPORT' ? reflectionEndsOn(row) : null;
    if (endsOn && today < endsOn) {
      for (const [kind, daysBefore] of [['REFLECTION_PERIOD_ENDS_IN_7_DAYS', 7], ['REFLECTION_PERIOD_ENDS_IN_1_DAY', 1]] as const) {
        if (today >= addDays(endsOn, -daysBefore)) {
          notices.push({ kind, dueAt: endsOn, organisationId: row.competentAuthorityId, roles: AUTHORITY_RECIPIENT_ROLES, counter: 'reflection' });
        }
      }
    }
    for (const notice of notices) {
      // A notice sent already is passed over without a transaction: the job runs every five
      // minutes, and an audit record per run per sent notice would grow the trail without end.
      if (repo.deadlineNoticeSent(ctx.deps.db, { referralId: row.id, kind: notice.kind, dueAt: notice.dueAt })) continue;
      runAudited(ctx, (unit) => {
        if (!repo.claimDeadlineNotice(unit.tx, { referralId: row.id, kind: notice.kind, dueAt: notice.dueAt, sentAt: unit.now.toISOString() })) {
          unit.audit({ action: 'DEADLINE_NOTICE_SKIPPED', objectType: 'Referral', objectId: row.id, details: { kind: notice.kind } });
          return;
        }
        notifyOrganisation(ctx, unit, { organisationId: notice.organisationId, roles: notice.roles, kind: notice.kind, referralId: row.id });
        unit.audit({ action: 'DEADLINE_NOTICE', objectType: 'Referral', objectId: row.id, details: { kind: notice.kind } });
        counts[notice.counter] += 1;
      });
    }
  }
  return counts;
}
