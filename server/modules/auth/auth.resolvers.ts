import type { Resolvers } from '../../graphql/resolvers.generated.js';
import * as auth from './auth.service.js';
import type { TUserRow } from './auth.repo.js';
import * as passwordReset from './password-reset.service.js';
import * as users from './users.service.js';

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => users.me(ctx),
    users: (_, args, ctx) => users.listUsers(ctx, args),
    referenceGroupMembers: (_, args, ctx) => users.listReferenceGroupMembers(ctx, args),
  },
  Mutation: {
    // The refresh token also goes into the HttpOnly cookie (refresh-cookie.ts) for the web client;
    // API clients keep using the one in the payload and the argument.
    login: async (_, args, ctx) => {
      const payload = await auth.login(ctx, args);
      ctx.refreshCookie.set(payload.refreshToken, payload.refreshExpiresAt);
      return payload;
    },
    refresh: async (_, args, ctx) => {
      const fromCookie = args.refreshToken === undefined || args.refreshToken === null;
      const token = fromCookie ? ctx.refreshCookie.read() : args.refreshToken!;
      if (!token) throw auth.refreshRefused('SESSION_EXPIRED');
      try {
        const payload = await auth.refresh(ctx, { refreshToken: token });
        ctx.refreshCookie.set(payload.refreshToken, payload.refreshExpiresAt);
        return payload;
      } catch (error) {
        // A cookie that no longer works is of no use to the browser.
        if (fromCookie) ctx.refreshCookie.clear();
        throw error;
      }
    },
    logout: (_, args, ctx) => {
      const ended = auth.logout(ctx, { refreshToken: args.refreshToken ?? ctx.refreshCookie.read() });
      ctx.refreshCookie.clear();
      return ended;
    },
    createUser: (_, args, ctx) => users.createUser(ctx, args.input),
    deactivateUser: (_, args, ctx) => users.deactivateUser(ctx, args),
    reactivateUser: (_, args, ctx) => users.reactivateUser(ctx, args),
    resetTotp: (_, args, ctx) => users.resetTotp(ctx, args),
    enrolTotp: (_, args, ctx) => users.enrolTotp(ctx, args),
    changePassword: (_, args, ctx) => users.changePassword(ctx, args),
    activateTotp: (_, args, ctx) => users.activateTotp(ctx, args),
    requestPasswordReset: (_, args, ctx) => passwordReset.requestPasswordReset(ctx, args),
    resetPassword: (_, args, ctx) => passwordReset.resetPassword(ctx, args),
    setReferenceGroup: (_, args, ctx) => users.setReferenceGroup(ctx, args),
  },
  User: {
    organisation: (user: TUserRow, _, ctx) => ctx.loaders.organisationById.load(user.organisationId),
    secondFactorEnabled: (user: TUserRow) => user.totpEnabled,
  },
};
