// PostgreSQL mirror of db/schema/service-accounts.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { organisations } from './organisations.js';
export const serviceAccounts = pgTable(
  'service_accounts',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .unique()
      .references(() => users.id),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    clientId: text('client_id').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    purpose: text('purpose').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    secretRotatedAt: text('secret_rotated_at'),
    deactivatedAt: text('deactivated_at'),
  },
  (t) => [index('service_accounts_organisation_idx').on(t.organisationId)],
);
