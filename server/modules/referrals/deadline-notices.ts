// The deadlines a referral is held to, as the reader sees them (overdue, the reflection period's
// end) and as notices sent once each by the deadline job.
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import { localDate } from './deadlines.js';
import { AUTHORITY_RECIPIENT_ROLES, notifyOrganisation } from './referral-notices.js';
import * as repo from './referrals.repo.js';
import { addDays } from './subject-facts.js';

/** The reflection period once it has started: its first day, its length and its last day. */
export function reflectionPeriodOf(row: Pick<repo.TReferralRow, 'reflectionStartsOn' | 'reflectionDays'>): { startsOn: string; totalDays: number; endsOn: string } | null {
  const { reflectionStartsOn: startsOn, reflectionDays: totalDays } = row;
  return startsOn && totalDays ? { startsOn, totalDays, endsOn: addDays(startsOn, totalDays) } : null;
}

export function reflectionEndsOn(row: Pick<repo.TReferralRow, 'reflectionStartsOn' | 'reflectionDays'>): string | null {
  return reflectionPeriodOf(row)?.endsOn ?? null;
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

/** How long an overdue interview stays with its assignee before the coordinators are told. */
export const ESCALATE_AFTER_MS = 24 * 3_600_000;

/**
 * Sends each deadline notice once: a missed acknowledgement to the receiving organisation's
 * coordinators; a missed interview to the referral's assignee and deputy, escalated to the
 * coordinators a day later (at once when no one is assigned); a reflection period ending in 7 days and in 1 day to the
 * competent authority. A notice already sent is never sent again, however often this runs.
 */
export async function notifyDeadlines(ctx: TContext, now: Date): Promise<{ acknowledgement: number; interview: number; reflection: number }> {
  const counts = { acknowledgement: 0, interview: 0, reflection: 0 };
  const today = localDate(now);
  for (const row of repo.findDeadlineCandidates(ctx.deps.db, now.toISOString())) {
    const notices: Array<{ kind: TNotificationKind; dueAt: string; organisationId: string | null; roles: readonly string[]; userIds?: string[]; counter: keyof typeof counts }> = [];
    if (row.state === 'SUBMITTED' && row.acknowledgeBy) {
      notices.push({ kind: 'ACKNOWLEDGEMENT_OVERDUE', dueAt: row.acknowledgeBy, organisationId: row.receivingOrganisationId, roles: ['COORDINATOR'], counter: 'acknowledgement' });
    }
    if ((row.state === 'RECEIVED' || row.state === 'UNDER_ASSESSMENT') && row.interviewBy) {
      // Issue 14: the caseworker who has the case (and the deputy) first; the coordinators a day
      // later if it is still overdue. Without an assignee, the coordinators at once.
      const assigned = [row.assigneeUserId, row.deputyUserId].filter((id): id is string => !!id);
      if (assigned.length === 0) {
        notices.push({ kind: 'INTERVIEW_OVERDUE', dueAt: row.interviewBy, organisationId: row.receivingOrganisationId, roles: ['COORDINATOR'], counter: 'interview' });
      } else {
        notices.push({ kind: 'INTERVIEW_OVERDUE', dueAt: row.interviewBy, organisationId: null, roles: [], userIds: assigned, counter: 'interview' });
        const escalateAt = new Date(Date.parse(row.interviewBy) + ESCALATE_AFTER_MS).toISOString();
        if (escalateAt < now.toISOString() && isOverdue(row, now)) {
          notices.push({ kind: 'INTERVIEW_OVERDUE_ESCALATED', dueAt: escalateAt, organisationId: row.receivingOrganisationId, roles: ['COORDINATOR'], counter: 'interview' });
        }
      }
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
      await runAudited(ctx, (unit) => {
        if (!repo.claimDeadlineNotice(unit.tx, { referralId: row.id, kind: notice.kind, dueAt: notice.dueAt, sentAt: unit.now.toISOString() })) {
          unit.audit({ action: 'DEADLINE_NOTICE_SKIPPED', objectType: 'Referral', objectId: row.id, details: { kind: notice.kind } });
          return;
        }
        notifyOrganisation(ctx, unit, { organisationId: notice.organisationId, roles: notice.roles, kind: notice.kind, referralId: row.id, alsoUserIds: notice.userIds ?? [] });
        unit.audit({ action: 'DEADLINE_NOTICE', objectType: 'Referral', objectId: row.id, details: { kind: notice.kind } });
        counts[notice.counter] += 1;
      });
    }
  }
  return counts;
}
