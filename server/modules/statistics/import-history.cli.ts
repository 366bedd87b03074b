// `npm run import:history -- FILE.csv`: loads CMM's historical register into DATABASE_PATH through
// the same service as the importHistory mutation (all or nothing, idempotent), as the system.
// Exit code 0: imported (or nothing new); 1: rejected rows (listed, nothing imported); 2: usage.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seedOrganisations } from '../../seed/organisations.js';
import { systemClock, type TClock } from '../../core/clock.js';
import { systemContext } from '../../core/context.js';
import { closeDatabase, openDatabase } from '../../core/db.js';
import { createLogger } from '../../core/logger.js';
import { createMetrics } from '../../core/metrics.js';
import type { TDeps } from '../../core/types.js';
import { importHistoryAsSystem } from './statistics.service.js';

export async function runImportHistoryCli(options: {
  argv: string[];
  env: Record<string, string | undefined>;
  out: (text: string) => void;
  err: (text: string) => void;
  clock?: TClock;
}): Promise<number> {
  const file = options.argv.find((arg) => !arg.startsWith('-'));
  if (!file) {
    options.err('usage: npm run import:history -- FILE.csv   (reads DATABASE_PATH, default ./data/samvirke.db)\n');
    return 2;
  }
  let csv: string;
  try {
    csv = fs.readFileSync(file, 'utf8');
  } catch {
    options.err(`cannot read ${file}\n`);
    return 2;
  }
  const databasePath = path.resolve(options.env.DATABASE_PATH || './data/samvirke.db');
  const { db, sqlite, writer } = openDatabase({ path: databasePath });
  try {
    seedOrganisations(db);
    // The import needs only the database, the clock, a logger and the audit's counter: no keys, mail or jobs.
    const deps = { db, sqlite, writer, clock: options.clock ?? systemClock, logger: createLogger({ level: 'warn' }), metrics: createMetrics({ processMetrics: false }) } as Partial<TDeps> as TDeps;
    const result = await importHistoryAsSystem(systemContext(deps, 'import-history-cli'), { csv });
    if (result.errors.length > 0) {
      options.err(`rejected: ${result.errors.length} row(s); nothing was imported\n`);
      for (const error of result.errors) options.err(`line ${error.line}: ${error.reason}\n`);
      return 1;
    }
    options.out(`imported ${result.imported}, skipped ${result.skipped} (already present) into ${databasePath}\n`);
    return 0;
  } finally {
    closeDatabase(sqlite, writer);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runImportHistoryCli({
    argv: process.argv.slice(2),
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
