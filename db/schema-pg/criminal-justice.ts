// PostgreSQL mirror of db/schema/criminal-justice.ts (ADR 0029): same tables, columns and indexes, types mapped as
// the ADR's table says. What each column means is written there.

import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
export const historicalCriminalJustice = pgTable(
  'historical_criminal_justice',
  {
    year: integer('year').notNull(),
    provisionGroup: text('provision_group').notNull(),
    charged: integer('charged').notNull(),
    indicted: integer('indicted').notNull(),
    convicted: integer('convicted').notNull(),
    acquitted: integer('acquitted').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.provisionGroup] })],
);
