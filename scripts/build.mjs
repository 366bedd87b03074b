// `npm run build`: the server as compiled JavaScript in dist/, with what it reads at run time
// beside it (each found relative to its module, as in the source tree): the migrations
// (dist/db/migrations), the GraphQL schema (dist/schema/*.graphql) and the web client
// (dist/client/dist, built first when stale). `npm start` runs dist/server/main.js: production
// spends neither the memory nor the start-up of compiling TypeScript on the fly (ADR 0022).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const run = (file, args) => execFileSync(file, args, { cwd: root, stdio: 'inherit' });

fs.rmSync(dist, { recursive: true, force: true });
run(process.execPath, [path.join(root, 'scripts/client-build.mjs'), '--if-stale']);
run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
fs.cpSync(path.join(root, 'db/migrations'), path.join(dist, 'db/migrations'), { recursive: true });
for (const name of fs.readdirSync(path.join(root, 'schema'))) {
  if (name.endsWith('.graphql')) fs.copyFileSync(path.join(root, 'schema', name), path.join(dist, 'schema', name));
}
fs.cpSync(path.join(root, 'client/dist'), path.join(dist, 'client/dist'), { recursive: true });
process.stdout.write(`built: ${path.relative(process.cwd(), path.join(dist, 'server/main.js'))} (npm start runs it)\n`);
