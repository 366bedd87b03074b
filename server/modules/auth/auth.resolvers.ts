import type { TResolvers } from '../../graphql/types.js';
import * as auth from './auth.service.js';
import type { TUserRow } from './auth.repo.js';
import * as users from './users.service.js';

export const authResolvers: TResolvers = {
  Query: {
    me: (_, __, ctx) => users.me(ctx),
    users: (_, args: { organisationCode?: string | null }, ctx) => users.listUsers(ctx, args),
  },
  Mutation: {
    // The refresh token also goes into the HttpOnly cookie (refresh-cookie.ts) for the web client;
    // API clients keep using the one in the payload and the argument.
    login: async (_, args: { email: string; password: string; totp?: string | null }, ctx) => {
      const payload = await auth.login(ctx, args);
      ctx.refreshCookie.set(payload.refreshToken, payload.refreshExpiresAt);
      return payload;
    },
    refresh: async (_, args: { refreshToken?: string | null }, ctx) => {
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
    logout: (_, args: { refreshToken?: string | null }, ctx) => {
      const ended = auth.logout(ctx, { refreshToken: args.refreshToken ?? ctx.refreshCookie.read() });
      ctx.refreshCookie.clear();
      return ended;
    },
    createUser: (_, args: { input: users.TCreateUserInput }, ctx) => users.createUser(ctx, args.input),
    deactivateUser: (_, args: { id: string }, ctx) => users.deactivateUser(ctx, args),
    reactivateUser: (_, args: { id: string }, ctx) => users.reactivateUser(ctx, args),
    resetTotp: (_, args: { userId: string }, ctx) => users.resetTotp(ctx, args),
    enrolTotp: (_, args: { password: string }, ctx) => users.enrolTotp(ctx, args),
    changePassword: (_, args: { currentPassword: string; newPassword: string }, ctx) => users.changePassword(ctx, args),
    activateTotp: (_, args: { code: string }, ctx) => users.activateTotp(ctx, args),
  },
  User: {
    organisation: (user: TUserRow, _, ctx) => ctx.loaders.organisationById.load(user.organisationId),
    secondFactorEnabled: (user: TUserRow) => user.totpEnabled,
  },
};
