#!/usr/bin/env node
'use strict';
// The `graylint` bin (copied to dist/bundle/main.js by scripts/bundle.mjs): runs the bundled CLI,
// cli.js, compiled with the V8 code cache the build wrote beside it (cli.code-cache). V8 checks
// that the cache was made from this very source by this V8 with these flags, and ignores it
// otherwise: the CLI is then compiled from source, as any script is. Nothing is written here.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const { createRequire } = require('node:module');

const CLI = join(__dirname, 'cli.js');
const CACHE = join(__dirname, 'cli.code-cache');

/** cli.js as a compiled script (with the code cache unless `fromSource`). */
function compileCli(fromSource = false) {
  // cli.js is a CommonJS module inside its wrapper function, and ASCII only (both made so by the
  // build): read as Latin-1, the cheapest decoding, it is the same text.
  const source = readFileSync(CLI, 'latin1');
  let cachedData;
  if (!fromSource) {
    try {
      // V8 tells a cache of another source only by its length: one older than cli.js (cli.js
      // edited since the build) is not used.
      if (statSync(CACHE).mtimeMs >= statSync(CLI).mtimeMs) cachedData = readFileSync(CACHE);
    } catch {
      // No cache (a build without fixtures): compiled from source.
    }
  }
  return new Script(source, { filename: CLI, cachedData });
}

/** Runs the compiled CLI as the module cli.js. */
function runCli(script) {
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(CLI), module, CLI, __dirname);
}

module.exports = { compileCli, runCli, CACHE };
if (require.main === module) runCli(compileCli());
