// `npm run db:migrate:pg`: applies db/migrations-pg to DATABASE_URL, signed in as the owner role,
// and grants PG_APPLICATION_ROLE (default samvirke_app) its rights (docs/operations.md, PostgreSQL).
import postgres from 'postgres';
import { migratePostgres } from './migrate.js';

const url = process.env.DATABASE_URL;
if (!url?.startsWith('postgres')) {
  process.stderr.write('db:migrate:pg needs DATABASE_URL=postgres://<owner role>@<host>/<database>\n');
  process.exit(2);
}
const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  await migratePostgres(sql, { applicationRole: process.env.PG_APPLICATION_ROLE || 'samvirke_app' });
  process.stdout.write('PostgreSQL migrations applied and the application role granted\n');
} finally {
  await sql.end();
}
