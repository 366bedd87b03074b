import { defineConfig } from 'drizzle-kit';

// The PostgreSQL schema and its migrations (ADR 0029): `npx drizzle-kit generate --config
// drizzle.pg.config.ts --name <kebab-name>` after changing db/schema-pg, as after db/schema.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema-pg/index.ts',
  out: './db/migrations-pg',
});
