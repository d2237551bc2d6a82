import type { Block, HiddenSpan, Link, Location } from '../types.js';
import { DEFAULT_LIMITS, LimitLog, type Limits } from '../limits.js';
import { LineIndex } from '../input/lines.js';
import { BlockSink } from './block-sink.js';

const URL_RE = /\bhttps?:\/\/[^\s<>"')\]]{2,2000}/gi;

/** Plain-text bodies: a block per paragraph (blank-line separated), links from bare URLs. */
export function extractTextBlocks(
  text: string,
  part: string | undefined,
  limits: Limits = { ...DEFAULT_LIMITS },
  log: LimitLog = new LimitLog(limits),
): { blocks: Block[]; links: Link[]; hidden: HiddenSpan[] } {
  const lines = new LineIndex(text);
  const locate = (offset: number): Location => {
    const lc = lines.at(offset);
    return part ? { scope: 'body', line: lc.line, column: lc.column, part } : { scope: 'body', line: lc.line, column: lc.column };
  };
  const sink = new BlockSink(log, locate);
  const links: Link[] = [];
  // (A paragraph separator, U+2029, ends one as a blank line does: a translation file's strings
  // are each a paragraph, src/input/locale-yaml.ts.)
  const para = /[^\n\u2029]+(?:\n[ \t]*[^\s][^\n\u2029]*)*/g;
  for (const m of text.matchAll(para)) {
    if (sink.halted) break;
    const raw = m[0];
    if (!raw.trim()) continue;
    const offset = m.index! + (raw.length - raw.trimStart().length);
    const made = sink.add({
      parts: [{ raw, offset: m.index! }],
      start: offset,
      tag: 'p',
      emphasis: (clean) => {
        const shouty = clean.length >= 6 && clean === clean.toUpperCase() && /\p{Lu}/u.test(clean);
        return { headingLevel: 0, fontSize: null, bold: shouty, background: null, button: false };
      },
    });
    const index = made[0];
    if (index === undefined) continue;
    for (const u of raw.matchAll(URL_RE)) {
      if (links.length >= limits.maxLinks) {
        log.hit('maxLinks', `links after the first ${limits.maxLinks.toLocaleString('en-US')}`, locate(m.index! + u.index!));
        break;
      }
      // A URL belongs to the piece of a split paragraph that holds it (roughly: by its share of the text).
      const share = raw.length > 0 ? u.index! / raw.length : 0;
      const piece = made[Math.min(made.length - 1, Math.floor(share * made.length))] ?? index;
      links.push({ href: u[0], text: '', button: false, blockIndex: piece, location: locate(m.index! + u.index!) });
    }
  }
  return { blocks: sink.blocks, links, hidden: sink.hidden };
}
