// Build step: bundle the CLI into dist/bundle/ with esbuild, and write the V8 code cache its
// loader reads. `graylint check one.html` is a short process: compiling its JavaScript was a fifth
// of it, and a cached compilation takes a fraction of that.
// - dist/bundle/cli.js: the whole CLI as one CommonJS file (commander included). Modules loaded on
//   demand (the HTML report, the server, the pool) are still evaluated only when used.
// - dist/bundle/main.js: the bin, a small loader (scripts/cli-loader.cjs) that compiles cli.js with
//   the code cache when V8 accepts it, and from source otherwise (another Node version or V8
//   flags than the build's): the cache only saves time, it never changes what runs.
// - dist/bundle/cli.code-cache: written here, by a run of the CLI on a few fixtures (so that the
//   functions a check calls are compiled in it too), never at run time.
// - CommonJS packages read at run time through createRequire (mailparser and its parts,
//   iconv-lite, yaml) stay in node_modules, as does piscina (its workers load
//   dist/server/worker.js by path).
// - The bundle sits one directory below dist/, like every compiled module, so the paths the code
//   builds from import.meta.url (../data/, ../../rules/, ../server/worker.js) still resolve.
import { chmodSync, copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/**
 * dist/model/html-parser-class.js requires htmlparser2's Parser.js by path at run time (the
 * package's exports map hides it, and its entry loads much more). In the bundle the import is
 * resolved to the package's own ES module Parser.js instead: compiled in, and in the code cache,
 * with no package to resolve at start. The same class; without that file, the module stays as it is.
 */
const htmlparser2Parser = {
  name: 'htmlparser2-parser',
  setup(b) {
    b.onResolve({ filter: /^\.\/html-parser-class\.js$/ }, async (args) => {
      const entry = await b.resolve('htmlparser2', { kind: 'import-statement', resolveDir: args.resolveDir });
      const parser = join(dirname(entry.path), 'Parser.js');
      return !entry.errors.length && existsSync(parser) ? { path: parser } : undefined;
    });
  },
};
const out = `${root}dist/bundle`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// CommonJS files in a package of ES modules: main.js and cli.js are read as CommonJS (a CommonJS
// entry also starts ~9 ms sooner than an ES module one: Node skips its ESM loader).
writeFileSync(`${out}/package.json`, '{ "type": "commonjs" }\n');
/**
 * commander requires node:child_process as it loads, only to spawn git-style executable
 * subcommands (`.command('name', 'description')`), which graylint defines none of. In the bundle
 * it gets a spawn that loads child_process on its first call: the same behaviour, and ~6 ms
 * (child_process, net, dgram) off every start.
 */
const commanderSpawnOnUse = {
  name: 'commander-spawn-on-use',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]lib[\\/]command\.js$/.test(args.importer) ? { path: 'child_process', namespace: 'commander-spawn-on-use' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'commander-spawn-on-use' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: [`${root}dist/cli/main.js`],
  outfile: `${out}/cli.js`,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['piscina'],
  plugins: [htmlparser2Parser, commanderSpawnOnUse],
  // The compiled modules find their data from import.meta.url: the bundle's own URL (see below).
  define: { 'import.meta.url': '__graylintUrl' },
  // Less source to read and decode at every start (the cache holds compiled code, not the source).
  minifyWhitespace: true,
  minifySyntax: true,
  write: false,
  logLevel: 'warning',
});
// cli.js is the body of CommonJS's own module wrapper, written here so that the loader compiles the
// file as it reads it (scripts/cli-loader.cjs); no #! line in it. And no character outside
// ASCII: esbuild escapes those in strings but leaves them in regular expression literals, where
// \uXXXX (one per UTF-16 code unit) means the same, with or without the u flag. An ASCII file is
// decoded at every start in a fraction of the time, into a string of one byte per character.
const cli = result.outputFiles[0].text.replace(/^#!.*\n/, '').replace(/[^\0-\x7f]/g, (c, at, text) => {
  if (text[at - 1] === '\\') throw new Error(`cli.js: an escaped non-ASCII character at ${at}`);
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
});
// Strict mode first, for all of it, as for the ES modules it was compiled from.
const head = "(function (exports, require, module, __filename, __dirname) {'use strict';const __graylintUrl = require('node:url').pathToFileURL(__filename).href;";
writeFileSync(`${out}/cli.js`, `${head}${cli}\n})`);
copyFileSync(`${root}scripts/cli-loader.cjs`, `${out}/main.js`);
chmodSync(`${out}/main.js`, 0o755);

// The code cache: the CLI run once over a few fixtures of each kind (HTML, a raw message, a
// template). Without the fixtures (not in the npm package) there is no cache, and no harm.
const training = ['fixtures/gray-zone/newsletter-sale.en.html', 'fixtures/gray-zone/abandoned-cart.de.eml', 'fixtures/basic/liquid-shipping.liquid']
  .map((f) => `${root}${f}`)
  .filter((f) => existsSync(f));
if (training.length) {
  const run = spawnSync(process.execPath, [`${root}scripts/code-cache.cjs`, 'check', ...training], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(`${out}/cli.code-cache`)) throw new Error(`the code cache was not written (exit ${run.status})`);
}
