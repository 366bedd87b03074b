// Nightly online backup with better-sqlite3's backup API: the server keeps running while the
// copy is made. Each copy is opened and checked before older ones are removed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { TContext } from '../../core/context.js';

const PREFIX = 'samvirke-';

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export function verifyBackup(file: string): { ok: boolean; organisations: number } {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    const row = copy.prepare('select count(*) as n from organisations').get() as { n: number };
    return { ok: integrity === 'ok' && row.n > 0, organisations: row.n };
  } finally {
    copy.close();
  }
}

export async function runBackup(ctx: TContext, now: Date): Promise<{ file: string; kept: number; removed: number }> {
  const { dir, keep } = ctx.deps.config.backup;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  let file = path.join(dir, `${PREFIX}${stamp(now)}.db`);
  for (let n = 2; fs.existsSync(file); n += 1) file = path.join(dir, `${PREFIX}${stamp(now)}-${n}.db`);
  await ctx.deps.sqlite.backup(file);
  const check = verifyBackup(file);
  if (!check.ok) {
    fs.rmSync(file, { force: true });
    throw new Error('Backup copy failed verification');
  }
  const copies = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(PREFIX) && name.endsWith('.db'))
    .sort();
  const stale = copies.slice(0, Math.max(0, copies.length - keep));
  for (const name of stale) fs.rmSync(path.join(dir, name), { force: true });
  return { file: path.basename(file), kept: copies.length - stale.length, removed: stale.length };
}
