// `npm run data-keys -- check | rotate`: the key store's safekeeping and the rotation of DATA_KEY,
// with the configuration the server uses (DATA_KEY, DATA_KEY_PREVIOUS, KEY_STORE_PATH,
// KEY_STORE_REPLICAS; docs/operations.md § Key store). Both run while the server runs.
//   check:  every copy holds the same keys as the primary, DATA_KEY opens the store's check value,
//           and every data key unwraps. Exit 0: all well; 1: a problem (each is named).
//   rotate: re-wraps every data key under DATA_KEY that is still wrapped under DATA_KEY_PREVIOUS,
//           in batches, then retires the old key's check value. Exit 0: done; 1: a problem.
// Exit 2: usage; 78: the configuration is wrong. Prints ids and counts only, never a key.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig } from '../../config.js';
import { unwrapKey, wrapKey } from './cipher.js';
import { loadDataKey } from './data-key.js';
import { KeyStoreError, openKeyStore, type TKeyStore } from './key-store.js';
import { DataKeyError, kekFrom, retireOtherChecks, verifyKek, type TKek } from './sealer.js';

type TIo = { argv: string[]; env: Record<string, string | undefined>; out: (text: string) => void; err: (text: string) => void };

const BATCH = 500;

function check(store: TKeyStore, current: TKek, previous: TKek | null, io: TIo): number {
  const problems: string[] = [];
  const report = store.compare();
  for (const copy of report.copies) {
    io.out(`${copy.path}: ${copy.keys} keys, digest ${copy.digest}\n`);
    if (copy.missing.length + copy.extra.length + copy.differing.length > 0) {
      problems.push(`${copy.path} is out of step with the primary: ${copy.missing.length} missing, ${copy.extra.length} extra, ${copy.differing.length} differing (${[...copy.missing, ...copy.extra, ...copy.differing].slice(0, 5).join(', ')})`);
    }
  }
  let unopenable = 0;
  let underPrevious = 0;
  for (let offset = 0; ; offset += BATCH) {
    const rows = store.page(offset, BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const kek = row.kekId === current.kekId ? current : previous && row.kekId === previous.kekId ? previous : null;
      if (kek === previous && kek) underPrevious += 1;
      try {
        if (!kek) throw new Error('unknown key-encryption key');
        unwrapKey(kek.key, row.keyId, row.wrapped);
      } catch {
        unopenable += 1;
      }
    }
  }
  if (unopenable > 0) problems.push(`${unopenable} data keys do not unwrap with DATA_KEY${previous ? ' or DATA_KEY_PREVIOUS' : ''}`);
  if (underPrevious > 0) io.out(`${underPrevious} data keys are still wrapped under DATA_KEY_PREVIOUS: run \`npm run data-keys -- rotate\`\n`);
  for (const problem of problems) io.err(`problem: ${problem}\n`);
  if (problems.length === 0) io.out(`ok: ${report.copies.length} copies in step, every data key unwraps\n`);
  return problems.length === 0 ? 0 : 1;
}

function rotate(store: TKeyStore, current: TKek, previous: TKek | null, io: TIo): number {
  if (!previous) {
    io.err('rotate needs the old key in DATA_KEY_PREVIOUS and the new one in DATA_KEY (the server runs with both meanwhile)\n');
    return 1;
  }
  let rewrapped = 0;
  for (;;) {
    const rows = store.wrappedUnderOther(current.kekId, BATCH);
    if (rows.length === 0) break;
    const foreign = rows.filter((r) => r.kekId !== previous.kekId);
    if (foreign.length > 0) {
      io.err(`${foreign.length} data keys are wrapped under neither DATA_KEY nor DATA_KEY_PREVIOUS (e.g. ${foreign[0]!.keyId}): finish the earlier rotation with its own keys first\n`);
      return 1;
    }
    store.rewrap(rows.map((r) => ({ keyId: r.keyId, kekId: current.kekId, wrapped: wrapKey(current.key, r.keyId, unwrapKey(previous.key, r.keyId, r.wrapped)) })));
    rewrapped += rows.length;
  }
  retireOtherChecks(store, current);
  io.out(`rotated: ${rewrapped} data keys re-wrapped under DATA_KEY; DATA_KEY_PREVIOUS may now be removed from the configuration\n`);
  return 0;
}

export function runDataKeysCli(io: TIo): number {
  const command = io.argv.find((arg) => !arg.startsWith('-'));
  if (command !== 'check' && command !== 'rotate') {
    io.err('usage: npm run data-keys -- check | rotate   (reads DATA_KEY, DATA_KEY_PREVIOUS, KEY_STORE_PATH, KEY_STORE_REPLICAS)\n');
    return 2;
  }
  let store: TKeyStore | null = null;
  try {
    const config = loadConfig({ env: io.env, readFile: (p) => fs.readFileSync(p, 'utf8') });
    const current = kekFrom(loadDataKey(config));
    const previous = config.sealing.previousDataKey ? kekFrom(config.sealing.previousDataKey) : null;
    store = openKeyStore({ path: config.sealing.keyStorePath, replicas: config.sealing.keyStoreReplicas });
    verifyKek(store, current, previous);
    return command === 'check' ? check(store, current, previous, io) : rotate(store, current, previous, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.err(`${error.message}\n`);
      return 78;
    }
    if (error instanceof DataKeyError || error instanceof KeyStoreError) {
      io.err(`problem: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    store?.close();
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  process.exitCode = runDataKeysCli({ argv: process.argv.slice(2), env: process.env, out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
}
