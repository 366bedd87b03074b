// `npm run build`: the server as one bundled JavaScript file, dist/server/server.cjs, started by
// dist/server/main.js (scripts/start-bundle.cjs) with a V8 code cache made here by one start,
// with what it reads at run time beside it (each found relative to its module, as in the source
// tree): the migrations (dist/db/migrations), the GraphQL schema (dist/schema/*.graphql) and the
// web client (dist/client/dist, built first when stale). `npm start` runs dist/server/main.js:
// production spends neither the memory nor the start-up of compiling TypeScript on the fly (ADR 0022).
//
// One bundle rather than a file per module (ADR 0022): the start-up of the compiled tree was
// mostly Node resolving and reading some two thousand module files; the bundle is read once.
// The type check runs first, as the compiler did when it emitted the tree.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const serverDir = path.join(root, 'server');
const run = (file, args) => execFileSync(file, args, { cwd: root, stdio: 'inherit' });

/**
 * In the bundle every module would share the bundle's import.meta.url; a module that finds a
 * folder relative to itself (the schema, the migrations, the web client) is given the URL it has
 * in the source tree instead, as if it were at dist/server/<its path>.js.
 */
const moduleUrl = {
  name: 'module-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!args.path.startsWith(serverDir + path.sep) || !text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const asBuilt = `./${path.relative(serverDir, args.path).split(path.sep).join('/').replace(/\.ts$/, '.js')}`;
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(asBuilt)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

/**
 * drizzle-orm's `is(value, Class)`, which its query builder asks of every chunk of every statement
 * it builds (is it a string, a name, a column, a table, a parameter…), answered once per prototype
 * and class and then remembered (ADR 0022, decision 48). Unmemoised, a `false` walks the value's
 * class chain looking up a symbol on each class: the largest single cost of the builder (a tenth
 * of the demo seed's CPU). The answer depends only on the value's prototype and the class (its
 * `instanceof` and the classes above the prototype's constructor), and drizzle never changes a
 * prototype chain once its classes are defined. A value without a prototype, or a class that is
 * not drizzle's (which throws), is asked unmemoised as before.
 */
const drizzleIsMemo = {
  name: 'drizzle-is-memo',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]drizzle-orm[\\/]entity\.js$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const declaration = 'function is(value, type) {';
      if (!text.includes(declaration) || !text.includes('export {')) throw new Error(`${args.path} no longer has the \`is\` this build memoises (scripts/build.mjs)`);
      const memoised = `
const isByPrototype = new WeakMap();
function is(value, type) {
  if (!value || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  if (prototype === null) return isUnmemoised(value, type);
  let byType = isByPrototype.get(prototype);
  if (byType === undefined) isByPrototype.set(prototype, (byType = new Map()));
  let answer = byType.get(type);
  if (answer === undefined) byType.set(type, (answer = isUnmemoised(value, type)));
  return answer;
}
export {`;
      return { contents: text.replace(declaration, 'function isUnmemoised(value, type) {').replace('export {', memoised), loader: 'js' };
    });
  },
};

fs.rmSync(dist, { recursive: true, force: true });
run(process.execPath, [path.join(root, 'scripts/client-build.mjs'), '--if-stale']);
run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noEmit']);
const bundle = path.join(dist, 'server/server.cjs');
await esbuild.build({
  entryPoints: [path.join(serverDir, 'main.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  // CommonJS, as only a script (vm.Script) takes V8's cached data on Node 20 (start-bundle.cjs).
  format: 'cjs',
  target: 'node20',
  // Native addons stay in node_modules.
  external: ['better-sqlite3', 'argon2'],
  // i18n-iso-countries' Node entry registers every one of its ~80 locales (700 KB, a tenth of the
  // start-up's module evaluation); the server only asks whether a code is valid (isValid), which
  // the entry without locales answers the same from the same code tables.
  alias: { 'i18n-iso-countries': 'i18n-iso-countries/index.js' },
  // Strict, as the ES modules it is made of were (and as the ES module bundle before it was), and
  // import.meta.url the bundle's own URL, as it was in the ES module bundle.
  banner: { js: "'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__bundleUrl' },
  // Smaller to read and compile at start; names kept, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  legalComments: 'linked',
  plugins: [moduleUrl, drizzleIsMemo],
  logLevel: 'warning',
});
fs.cpSync(path.join(root, 'db/migrations'), path.join(dist, 'db/migrations'), { recursive: true });
fs.mkdirSync(path.join(dist, 'schema'), { recursive: true });
for (const name of fs.readdirSync(path.join(root, 'schema'))) {
  if (name.endsWith('.graphql')) fs.copyFileSync(path.join(root, 'schema', name), path.join(dist, 'schema', name));
}
// The SDL parsed and checked once here, so the server's start does neither (server/graphql/schema.ts).
run(process.execPath, ['--import', 'tsx', path.join(serverDir, 'graphql/schema-document.cli.ts'), path.join(dist, 'schema')]);
fs.cpSync(path.join(root, 'client/dist'), path.join(dist, 'client/dist'), { recursive: true });

// The entry, naming the cache by the bundle it belongs to.
const hash = createHash('sha256').update(fs.readFileSync(bundle)).digest('hex').slice(0, 16);
const entry = fs.readFileSync(path.join(root, 'scripts/start-bundle.cjs'), 'utf8');
if (!entry.includes("const BUNDLE_HASH = 'unbuilt';")) throw new Error('scripts/start-bundle.cjs no longer declares BUNDLE_HASH');
// dist/server/main.js is a CommonJS script, as the entry is (the repository's package.json says "module").
fs.writeFileSync(path.join(dist, 'package.json'), `${JSON.stringify({ type: 'commonjs' })}\n`);
fs.writeFileSync(path.join(dist, 'server/main.js'), entry.replace("const BUNDLE_HASH = 'unbuilt';", `const BUNDLE_HASH = '${hash}';`));

// One start, as `npm start` starts (its node flags: V8 refuses a cache made under other flags),
// of a demo on a scratch database: the entry writes the code cache when the server is ready and
// stops it. The demo runs the seed as well as everything a seeded start runs.
const startFlags = /\bnode((?: --[\w-]+(?:=\S+)?)*) dist\/server\/main\.js/.exec(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start)?.[1]?.trim().split(' ').filter(Boolean) ?? [];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'samvirke-build-'));
try {
  execFileSync(process.execPath, [...startFlags, path.join(dist, 'server/main.js'), '--demo'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 120_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', DATABASE_PATH: path.join(scratch, 'demo.db'), PORT: '0', HOST: '127.0.0.1', JOBS_ENABLED: 'false', LOG_LEVEL: 'warn', SMTP_URL: '', SAMVIRKE_CODE_CACHE: 'build' },
  });
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
if (!fs.existsSync(path.join(dist, `server/server.${hash}.code-cache`))) throw new Error('the start that makes the code cache did not write it');
process.stdout.write(`built: ${path.relative(process.cwd(), bundle)} and its code cache, started by dist/server/main.js (npm start runs it)\n`);
