// The in-app inbox and the one way other domains tell people something happened: an inbox
// entry plus a mail in the outbox, both inside the caller's transaction.
import type { TUnitOfWork } from '../../core/audit.js';
import { runAudited } from '../../core/audit.js';
import type { TContext } from '../../core/context.js';
import { requireViewer } from '../../core/access.js';
import { notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { enqueueMail } from '../../core/outbox.js';
import type { TNotificationKind } from '../../core/notification-kinds.js';
import * as repo from './notifications.repo.js';

export function notify(
  unit: TUnitOfWork,
  options: { ctx: TContext; userIds: string[]; kind: TNotificationKind; objectType?: string; objectId?: string; link: string },
): void {
  const recipients = [...new Set(options.userIds)];
  // A service account (ADR 0027) has no mailbox: it polls its inbox through the API.
  const systems = repo.findServiceAccountUserIds(unit.tx, recipients);
  for (const userId of recipients) {
    repo.insertNotification(unit.tx, {
      id: newId(),
      userId,
      kind: options.kind,
      objectType: options.objectType ?? null,
      objectId: options.objectId ?? null,
      link: options.link,
      createdAt: unit.now.toISOString(),
    });
    if (!systems.has(userId)) enqueueMail(unit, { kind: options.kind, recipientUserId: userId, link: options.link });
  }
  if (recipients.length > systems.size) unit.afterCommit(() => options.ctx.deps.outbox.kick());
}

export function listNotifications(ctx: TContext, input: { unreadOnly: boolean }) {
  const viewer = requireViewer(ctx.viewer);
  return repo.listForUser(ctx.deps.db, viewer.userId, input.unreadOnly, 200);
}

export async function markNotificationRead(ctx: TContext, input: { id: string }) {
  const viewer = requireViewer(ctx.viewer);
  return await runAudited(ctx, (unit) => {
    const found = repo.findForUser(unit.tx, input.id, viewer.userId);
    if (!found) throw notFound('No such notification');
    repo.markRead(unit.tx, input.id, unit.now.toISOString());
    unit.audit({ action: 'NOTIFICATION_READ', objectType: 'Notification', objectId: input.id });
    return repo.findForUser(unit.tx, input.id, viewer.userId)!;
  });
}

/** Who in an organisation is told about something: its active users holding any of the roles. */
export function organisationRecipients(unit: TUnitOfWork, options: { organisationId: string; roles: readonly string[] }): string[] {
  return repo.findRecipientIds(unit.tx, options.organisationId, options.roles);
}

export type TNotificationRow = ReturnType<typeof listNotifications>[number];
