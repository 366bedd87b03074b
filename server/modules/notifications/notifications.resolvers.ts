import { NOTIFICATION_KINDS, type TNotificationKind } from '../../core/notification-kinds.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { listNotifications, markNotificationRead } from './notifications.service.js';


export const notificationsResolvers: Resolvers = {
  Query: {
    notifications: (_, args, ctx) => listNotifications(ctx, { unreadOnly: Boolean(args.unreadOnly) }),
  },
  Mutation: {
    markNotificationRead: (_, args, ctx) => markNotificationRead(ctx, args),
  },
  Notification: {
    title: (row) => NOTIFICATION_KINDS[row.kind as TNotificationKind]?.da ?? row.kind,
    titleEn: (row) => NOTIFICATION_KINDS[row.kind as TNotificationKind]?.en ?? row.kind,
  },
};
