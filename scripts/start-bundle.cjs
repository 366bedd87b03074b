// dist/server/main.js, written by scripts/build.mjs from this file: runs the server's bundle
// (dist/server/server.cjs) with a V8 code cache beside it (ADR 0022, decision 46). Compiling the
// 4 MB bundle and the functions a start calls was a third of a seeded start's CPU; with the cache
// V8 takes the bytecode as it was at the end of an earlier start instead. Node 20 has no compile
// cache of its own (module.enableCompileCache is Node 22), and a vm.Script takes cached data only
// for a script, not an ES module: hence a CommonJS bundle, run here as Node runs a CommonJS module.
// This entry is CommonJS too (dist/package.json says so): started as an ES module, Node first
// loads and compiles its ES module loader, some 40 ms of CPU more under `npm start`'s heap flags,
// with which V8 refuses Node's own cache of its built-in modules.
//
// The cache is named by the bundle's hash (BUNDLE_HASH, written in by the build), so a cache is
// only ever offered to the bundle it was made from; V8 refuses it too when Node's version or the
// V8 flags differ (a changed `npm start`). Without a cache, or with one refused, the server runs
// the same, only compiling as it goes, and writes a new cache once it is ready. A folder the
// server may not write (a read-only image) keeps the build's cache or none: never an error.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const BUNDLE_HASH = 'unbuilt';
/** Emitted by server/main.ts once /readyz says ready (READY_EVENT in server/lifecycle.ts). */
const READY_EVENT = 'samvirke:ready';

const bundle = path.join(__dirname, 'server.cjs');
const cacheFile = path.join(__dirname, `server.${BUNDLE_HASH}.code-cache`);

function readCache() {
  try {
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function writeCache(script) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, script.createCachedData());
    // A start reading the cache meanwhile sees the old file or the new one, never half of one.
    fs.renameSync(temporary, cacheFile);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

const cachedData = readCache();
const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), {
  filename: bundle,
  cachedData,
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
// `npm run build` starts the server once with SAMVIRKE_CODE_CACHE=build: it writes the cache when
// ready and stops, so the first start after a build has one too.
const building = process.env.SAMVIRKE_CODE_CACHE === 'build';
if (building || cachedData === undefined || script.cachedDataRejected) {
  process.once(READY_EVENT, () => {
    writeCache(script);
    if (building) process.kill(process.pid, 'SIGTERM');
  });
}
const bundleModule = new Module(bundle, module);
bundleModule.filename = bundle;
script.runInThisContext().call(bundleModule.exports, bundleModule.exports, Module.createRequire(bundle), bundleModule, bundle, __dirname);
