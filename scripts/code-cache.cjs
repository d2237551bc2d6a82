'use strict';
// Build step, run by scripts/bundle.mjs: runs the bundled CLI once with the arguments given (a
// check of a few fixtures) and, as the process exits, writes the V8 code cache of cli.js, with
// every function that run compiled, to dist/bundle/cli.code-cache for the bin to read.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const loader = require('../dist/bundle/main.js');

const script = loader.compileCli(true);
process.argv = [process.argv[0], join(__dirname, '../dist/bundle/main.js'), ...process.argv.slice(2)];
process.on('exit', () => writeFileSync(loader.CACHE, script.createCachedData()));
loader.runCli(script);
