// Writes docs/rules.md from rules/*.yaml (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { loadPacks } from '../dist/packs/load.js';
import { renderRuleDocs } from '../dist/packs/docs.js';

const target = new URL('../docs/rules.md', import.meta.url);
writeFileSync(target, renderRuleDocs(loadPacks()));
console.log(`wrote ${target.pathname}`);
