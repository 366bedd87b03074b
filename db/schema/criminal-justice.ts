import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// Criminal-justice figures from before the system (CMM's annual reports): counts of persons per
// year and provision group, never persons. A later import of the same year and group replaces it.
export const historicalCriminalJustice = sqliteTable(
  'historical_criminal_justice',
  {
    year: integer('year').notNull(),
    /** TRAFFICKING (straffeloven § 262 a) or RELATED (other provisions). */
    provisionGroup: text('provision_group').notNull(),
    charged: integer('charged').notNull(),
    indicted: integer('indicted').notNull(),
    convicted: integer('convicted').notNull(),
    acquitted: integer('acquitted').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.provisionGroup] })],
);
