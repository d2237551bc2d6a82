import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/**
 * The memos that outlive a message (parsed styles, lexicon matches) must not keep the
 * message alive: a slice of a string is a view into it in V8, so a cached key cut from an HTML
 * document held the whole document. Run in a child process with --expose-gc on the built modules.
 */
describe('memos outlive no message', () => {
  it('a message whose style and text were memoised is collected', () => {
    const script = `
      const { parseStyle } = await import(${JSON.stringify(join(ROOT, 'dist/model/style.js'))});
      const { defaultLexicon } = await import(${JSON.stringify(join(ROOT, 'dist/lexicon/index.js'))});
      const lex = defaultLexicon();
      lex.match('warm up the lexicon: your order has shipped');
      const heap = () => { globalThis.gc(); globalThis.gc(); return process.memoryUsage().heapUsed; };
      const before = heap();
      (() => {
        // An 8 MB document with both kinds of memoised text in it.
        const style = 'color: rgba(10, 20, 30, 0.5); padding: 12px 24px; font-weight: bold';
        const text = 'Ihre Bestellung wurde versandt und kommt morgen an. Vielen Dank für Ihren Einkauf!';
        const doc = 'ü'.repeat(8_000_000) + style + '|' + text + 'ü';
        const at = doc.indexOf(style);
        const s = doc.slice(at, at + style.length);
        parseStyle(s);
        lex.match(doc.slice(at + style.length + 1, at + style.length + 1 + text.length));
      })();
      // (V8 keeps the input of the last successful regex match, one string at a time, not a memo.)
      /y/.exec('y');
      console.log(JSON.stringify({ retained: heap() - before }));
    `;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { retained } = JSON.parse(run.stdout) as { retained: number };
    // The document is 8 MB; what the memos keep of it is a few hundred bytes.
    expect(retained).toBeLessThan(1_000_000);
  });
});
