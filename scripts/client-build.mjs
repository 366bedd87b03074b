// Builds the web client into client/dist. With --if-stale it first compares a hash of every input
// (client sources, the build config and package-lock.json) with the one stored in the last build,
// and builds only when they differ, so a second `npm run demo` starts as fast as before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const client = path.join(root, 'client');
const dist = path.join(client, 'dist');
const stamp = path.join(dist, '.build-hash');

function files(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? files(full) : [full];
    })
    .sort();
}

export function inputsHash() {
  const hash = createHash('sha256');
  const inputs = [...files(path.join(client, 'src')), path.join(client, 'index.html'), path.join(client, 'vite.config.ts'), path.join(root, 'package-lock.json')];
  for (const file of inputs) {
    hash.update(path.relative(root, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const ifStale = process.argv.includes('--if-stale');
const wanted = inputsHash();
if (ifStale && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === wanted && fs.existsSync(path.join(dist, 'index.html'))) {
  process.exit(0);
}
const started = Date.now();
process.stdout.write(ifStale ? 'Building the web client (its sources changed since the last build) …\n' : 'Building the web client …\n');
const { build } = await import('vite');
await build({ configFile: path.join(client, 'vite.config.ts'), logLevel: 'warn' });
fs.writeFileSync(stamp, `${wanted}\n`);
process.stdout.write(`Web client built into client/dist in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
