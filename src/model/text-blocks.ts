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
  placeholderOffsets: readonly number[] = [],
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
  for (const m of paragraphShape(text, placeholderOffsets).matchAll(para)) {
    if (sink.halted) break;
    const raw = text.slice(m.index!, m.index! + m[0].length);
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

/**
 * The text as its paragraphs are cut: a template tag masked to blanks ("| #{year}" on a line of
 * its own in Pug, "@DIFF@" in a text template) is a value at send time, not a blank line, so the
 * line it stands on does not end the paragraph. Only the boundaries are read off this copy.
 */
function paragraphShape(text: string, placeholderOffsets: readonly number[]): string {
  const marks = placeholderOffsets.filter((at) => text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09).sort((a, b) => a - b);
  if (marks.length === 0) return text;
  // (Offsets are UTF-16 positions: the copy is cut with slice, never by code points.)
  let shape = '';
  let from = 0;
  for (const at of marks) {
    if (at < from) continue;
    shape += `${text.slice(from, at)}x`;
    from = at + 1;
  }
  return shape + text.slice(from);
}
