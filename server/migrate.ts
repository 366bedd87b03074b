// `npm run db:migrate`: applies the committed migrations to DATABASE_PATH (the server also does this at start-up).
import path from 'node:path';
import { closeDatabase, openDatabase } from './core/db.js';

const file = path.resolve(process.env.DATABASE_PATH || './data/samvirke.db');
const { sqlite, writer } = openDatabase({ path: file });
closeDatabase(sqlite, writer);
process.stdout.write(`migrations applied to ${file}\n`);
