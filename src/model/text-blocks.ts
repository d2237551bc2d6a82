import type { Block, Link, Location } from '../types.js';
import { LineIndex } from '../input/lines.js';

const URL_RE = /\bhttps?:\/\/[^\s<>"')\]]{2,2000}/gi;

/** Plain-text bodies: a block per paragraph (blank-line separated), links from bare URLs. */
export function extractTextBlocks(text: string, part: string | undefined): { blocks: Block[]; links: Link[] } {
  const lines = new LineIndex(text);
  const locate = (offset: number): Location => {
    const lc = lines.at(offset);
    return part ? { scope: 'body', line: lc.line, column: lc.column, part } : { scope: 'body', line: lc.line, column: lc.column };
  };
  const blocks: Block[] = [];
  const links: Link[] = [];
  let chars = 0;
  const para = /[^\n]+(?:\n[ \t]*[^\s][^\n]*)*/g;
  for (const m of text.matchAll(para)) {
    const raw = m[0];
    const clean = raw.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    const offset = m.index! + (raw.length - raw.trimStart().length);
    const index = blocks.length;
    const shouty = clean.length >= 6 && clean === clean.toUpperCase() && /\p{Lu}/u.test(clean);
    blocks.push({
      index,
      text: clean,
      tag: 'p',
      charOffset: chars,
      emphasis: { headingLevel: 0, fontSize: null, bold: shouty, background: null, button: false },
      navigation: false,
      inFooter: false,
      location: locate(offset),
    });
    chars += clean.length;
    for (const u of raw.matchAll(URL_RE)) {
      links.push({ href: u[0], text: '', button: false, blockIndex: index, location: locate(m.index! + u.index!) });
    }
  }
  return { blocks, links };
}
