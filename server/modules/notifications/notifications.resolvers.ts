import { NOTIFICATION_KINDS, type TNotificationKind } from '../../core/notification-kinds.js';
import type { TResolvers } from '../../graphql/types.js';
import { listNotifications, markNotificationRead } from './notifications.service.js';

type TNotificationRow = ReturnType<typeof listNotifications>[number];

export const notificationsResolvers: TResolvers = {
  Query: {
    notifications: (_, args: { unreadOnly?: boolean | null }, ctx) => listNotifications(ctx, { unreadOnly: Boolean(args.unreadOnly) }),
  },
  Mutation: {
    markNotificationRead: (_, args: { id: string }, ctx) => markNotificationRead(ctx, args),
  },
  Notification: {
    title: (row: TNotificationRow) => NOTIFICATION_KINDS[row.kind as TNotificationKind]?.da ?? row.kind,
    titleEn: (row: TNotificationRow) => NOTIFICATION_KINDS[row.kind as TNotificationKind]?.en ?? row.kind,
  },
};
