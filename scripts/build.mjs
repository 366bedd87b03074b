// `npm run build`: the server as one bundled JavaScript file, dist/server/main.js, with what it
// reads at run time beside it (each found relative to its module, as in the source tree): the
// migrations (dist/db/migrations), the GraphQL schema (dist/schema/*.graphql) and the web client
// (dist/client/dist, built first when stale). `npm start` runs dist/server/main.js: production
// spends neither the memory nor the start-up of compiling TypeScript on the fly (ADR 0022).
//
// One bundle rather than a file per module (ADR 0022): the start-up of the compiled tree was
// mostly Node resolving and reading some two thousand module files; the bundle is read once.
// The type check runs first, as the compiler did when it emitted the tree.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
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

fs.rmSync(dist, { recursive: true, force: true });
run(process.execPath, [path.join(root, 'scripts/client-build.mjs'), '--if-stale']);
run(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noEmit']);
await esbuild.build({
  entryPoints: [path.join(serverDir, 'main.ts')],
  outfile: path.join(dist, 'server/main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Native addons stay in node_modules.
  external: ['better-sqlite3', 'argon2'],
  // i18n-iso-countries' Node entry registers every one of its ~80 locales (700 KB, a tenth of the
  // start-up's module evaluation); the server only asks whether a code is valid (isValid), which
  // the entry without locales answers the same from the same code tables.
  alias: { 'i18n-iso-countries': 'i18n-iso-countries/index.js' },
  // CommonJS packages in an ES module bundle still call require (of Node's own modules).
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Smaller to read and compile at start; names kept, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  legalComments: 'linked',
  plugins: [moduleUrl],
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
process.stdout.write(`built: ${path.relative(process.cwd(), path.join(dist, 'server/main.js'))} (npm start runs it)\n`);
