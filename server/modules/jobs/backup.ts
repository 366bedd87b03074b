// Nightly online backup with better-sqlite3's backup API: the server keeps running while the
// copy is made. Each copy is opened and checked before older ones are removed.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { TContext } from '../../core/context.js';

const PREFIX = 'samvirke-';
/** samvirke-<UTC stamp>.db, or samvirke-<UTC stamp>-<n>.db for the n-th copy made at the same instant. */
const BACKUP_NAME = /^samvirke-(\d{8}T\d{6}Z)(?:-(\d+))?\.db$/;

function stamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** Oldest first: by time stamp, then by the copy number (which a plain name sort gets wrong: "-10" < "-2" < ".db"). */
export function sortBackupNames(names: string[]): string[] {
  const key = (name: string): [string, number] => {
    const match = BACKUP_NAME.exec(name);
    return [match?.[1] ?? '', Number(match?.[2] ?? 1)];
  };
  return names
    .filter((name) => BACKUP_NAME.test(name))
    .sort((a, b) => {
      const [stampA, nA] = key(a);
      const [stampB, nB] = key(b);
      return stampA < stampB ? -1 : stampA > stampB ? 1 : nA - nB;
    });
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
  const name = (n: number) => `${PREFIX}${stamp(now)}${n > 1 ? `-${n}` : ''}.db`;
  let n = 1;
  while (fs.existsSync(path.join(dir, name(n)))) n += 1;
  const file = path.join(dir, name(n));
  try {
    await ctx.deps.sqlite.backup(file);
    // The copy is a standalone file: take it out of WAL mode, so opening it (to verify it now,
    // or to restore it later) leaves no -wal/-shm files beside it.
    const copy = new Database(file, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.chmodSync(file, 0o600);
    const check = verifyBackup(file);
    if (!check.ok) throw new Error('Backup copy failed verification');
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
    throw error;
  }
  // The newest copies are kept. The one just made is never removed, even when a pretend time
  // (runJob at:) names it older than the others.
  const copies = sortBackupNames(fs.readdirSync(dir)).filter((other) => other !== path.basename(file));
  const stale = copies.slice(0, Math.max(0, copies.length + 1 - keep));
  for (const old of stale) fs.rmSync(path.join(dir, old), { force: true });
  return { file: path.basename(file), kept: copies.length + 1 - stale.length, removed: stale.length };
}
