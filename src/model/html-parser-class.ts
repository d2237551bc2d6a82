import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Parser as HtmlParser } from 'htmlparser2';

/**
 * htmlparser2's Parser class on its own. The package entry also loads domutils, dom-serializer
 * and the entity encoder (feeds, DOM helpers), ~45 ms of every CLI start that the model never
 * uses; its exports map hides Parser.js, so it is required by path next to the entry, with the
 * entry itself as the fallback should the package's layout change. The bundled CLI has the same
 * class compiled in instead of this module (scripts/bundle.mjs), with no package to resolve.
 */
function loadParser(): typeof HtmlParser {
  const require = createRequire(import.meta.url);
  try {
    const { Parser } = require(join(dirname(require.resolve('htmlparser2')), 'Parser.js')) as { Parser?: typeof HtmlParser };
    if (typeof Parser === 'function') return Parser;
  } catch {
    // Layout changed: use the package entry below.
  }
  return (require('htmlparser2') as typeof import('htmlparser2')).Parser;
}

export const Parser = loadParser();
export type Parser = HtmlParser;
