import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations } from './organisations.js';

// Staff accounts. No data about victims lives here.
export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
  referenceGroup: text('reference_group'),
  passwordHash: text('password_hash').notNull(),
  totpSecret: text('totp_secret'),
  totpEnabled: integer('totp_enabled', { mode: 'boolean' }).notNull().default(false),
  totpLastStep: integer('totp_last_step'),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  deactivatedAt: text('deactivated_at'),
});

// One row per issued refresh token; a family is one sign-in and all its rotations.
export const refreshTokens = sqliteTable(
  'refresh_tokens',
  {
    id: text('id').primaryKey(),
    familyId: text('family_id').notNull(),
    userId: text('user_id').notNull().references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    secondFactor: integer('second_factor', { mode: 'boolean' }).notNull().default(false),
    /** When the password was given: carried through every rotation, so SESSION_MAX_SECONDS holds. */
    sessionStartedAt: text('session_started_at').notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    rotatedAt: text('rotated_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('refresh_tokens_family_idx').on(t.familyId), index('refresh_tokens_user_idx').on(t.userId)],
);

// Failed sign-in counters, keyed by a hash of the e-mail or client address (never the raw value).
export const loginAttempts = sqliteTable('login_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: text('window_started_at').notNull(),
  lockedUntil: text('locked_until'),
});

// One-time password-reset links an ADMIN had mailed (requestPasswordReset). Only the SHA-256 of
// the token is kept; a new request for the user deletes the older rows, a reset deletes them all.
export const passwordResetTokens = sqliteTable(
  'password_reset_tokens',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    /** The ADMIN who asked for it. */
    requestedBy: text('requested_by').notNull().references(() => users.id),
  },
  (t) => [index('password_reset_tokens_user_idx').on(t.userId)],
);
