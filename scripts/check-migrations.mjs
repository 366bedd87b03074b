// CI: a schema change without its migration fails, in either dialect (ADR 0029): SQLite
// (db/schema, db/migrations) and PostgreSQL (db/schema-pg, db/migrations-pg). `drizzle-kit check`
// checks the committed migrations agree with each other; then `drizzle-kit generate` runs against
// a temporary copy of the migrations, and any file it would add or change means the schema and
// the migrations disagree. Nothing is written into the work tree. That the two dialects' schemas
// agree with each other is tests/integration/db/schema-equality.test.ts's to show.
/* global URL */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dialects = [
  { name: 'sqlite', config: 'drizzle.config.ts', schema: './db/schema/index.ts', migrations: 'db/migrations', generate: 'npx drizzle-kit generate --name <short-name>' },
  {
    name: 'postgresql',
    config: 'drizzle.pg.config.ts',
    schema: './db/schema-pg/index.ts',
    migrations: 'db/migrations-pg',
    generate: 'npx drizzle-kit generate --config drizzle.pg.config.ts --name <short-name>',
  },
];
const drizzleKit = path.join(root, 'node_modules/.bin/drizzle-kit');
// No input: should drizzle-kit ever ask (a rename?), it reads end of input and stops, not hangs.
const run = (args) => execFileSync(drizzleKit, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, encoding: 'utf8' });

function filesOf(dir) {
  const out = new Map();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    out.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
  }
  return out;
}

class Failure extends Error {}
function fail(message, detail) {
  throw new Failure(`check-migrations: ${message}\n${detail ?? ''}`);
}

try {
  main();
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  process.stderr.write(error.message);
  process.exitCode = 1;
}

function main() {
  for (const dialect of dialects) checkDialect(dialect);
}

function checkDialect({ name, config, schema, migrations, generate }) {
  const committed = path.join(root, migrations);
  try {
    run(['check', '--config', config]);
  } catch (error) {
    fail(`drizzle-kit check found the committed ${migrations} inconsistent`, `${error.stdout ?? ''}${error.stderr ?? ''}`);
  }

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-migrations-'));
  try {
    const copy = path.join(temp, 'migrations');
    fs.cpSync(committed, copy, { recursive: true });
    // drizzle-kit puts "./" before --out, so it must be relative to the project.
    try {
      run(['generate', '--dialect', name, '--schema', schema, '--out', path.relative(root, copy)]);
    } catch (error) {
      fail(`drizzle-kit generate (${name}) failed`, `${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
    const before = filesOf(committed);
    const after = filesOf(copy);
    const changed = [...after].filter(([file, text]) => before.get(file) !== text).map(([file]) => file);
    if (changed.length > 0) {
      fail(`${path.dirname(schema).replace(/^\.\//, '')}/*.ts has changes without a migration: run \`${generate}\` and commit the result.`, `drizzle-kit would write into ${migrations}: ${changed.join(', ')}\n`);
    }
    process.stdout.write(`check-migrations: ${migrations} match ${path.dirname(schema).replace(/^\.\//, '')}\n`);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
