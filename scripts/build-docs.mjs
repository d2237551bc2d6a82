// Writes docs/rules/ from rules/*.yaml (run after `npm run build`; `npm run docs` does both).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadPacks } from '../dist/packs/load.js';
import { renderRuleDocs } from '../dist/packs/docs.js';

const dir = new URL('../docs/rules/', import.meta.url).pathname;
rmSync(dir, { recursive: true, force: true });
const pages = renderRuleDocs(loadPacks());
for (const [path, text] of pages) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
console.log(`wrote ${pages.size} pages under docs/rules/`);
