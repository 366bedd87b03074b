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
    login: (_, args: { email: string; password: string; totp?: string | null }, ctx) => auth.login(ctx, args),
    refresh: (_, args: { refreshToken: string }, ctx) => auth.refresh(ctx, args),
    logout: (_, args: { refreshToken: string }, ctx) => auth.logout(ctx, args),
    createUser: (_, args: { input: users.TCreateUserInput }, ctx) => users.createUser(ctx, args.input),
    deactivateUser: (_, args: { id: string }, ctx) => users.deactivateUser(ctx, args),
    reactivateUser: (_, args: { id: string }, ctx) => users.reactivateUser(ctx, args),
    resetTotp: (_, args: { userId: string }, ctx) => users.resetTotp(ctx, args),
    enrolTotp: (_, args: { password: string }, ctx) => users.enrolTotp(ctx, args),
    activateTotp: (_, args: { code: string }, ctx) => users.activateTotp(ctx, args),
  },
  User: {
    organisation: (user: TUserRow, _, ctx) => ctx.loaders.organisationById.load(user.organisationId),
    secondFactorEnabled: (user: TUserRow) => user.totpEnabled,
  },
};
