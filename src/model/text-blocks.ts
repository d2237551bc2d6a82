import type { Block, HiddenSpan, Link, Location, Placeholder } from '../types.js';
import { DEFAULT_LIMITS, LimitLog, type Limits } from '../limits.js';
import { LineIndex } from '../input/lines.js';
import { BlockSink } from './block-sink.js';

const URL_RE = /\bhttps?:\/\/[^\s<>"')\]]{2,2000}/gi;

/**
 * A placeholder that stands for an address: its name ends in url, uri, link, href or permalink
 * ({{ upgrade_url }}, {shopLink}, %order_link%, {{ url }}), or it is phpBB's U_ name ({U_ACTIVATE},
 * {U_VIEW_TOPIC}: U_ is phpBB's prefix for a URL). Not the link's label ({{ link_text }}).
 */
const ADDRESS_PLACEHOLDER = /(?:^|[_.\s-]|[a-z](?=[A-Z]))(?:url|uri|link|href|permalink)s?$|^U_[A-Z][A-Z0-9_]*$/i;

/** Whether a placeholder (a route a URL is built from, or a name such as upgrade_url) stands for an address. */
function standsForAddress(p: Placeholder): boolean {
  return !!p.route || ADDRESS_PLACEHOLDER.test(p.name);
}

/** Plain-text bodies: a block per paragraph (blank-line separated), links from bare URLs. */
export function extractTextBlocks(
  text: string,
  part: string | undefined,
  limits: Limits = { ...DEFAULT_LIMITS },
  log: LimitLog = new LimitLog(limits),
  placeholders: readonly Placeholder[] = [],
): { blocks: Block[]; links: Link[]; hidden: HiddenSpan[] } {
  const placeholderOffsets = placeholders.map((p) => p.offset);
  // A text body has no link markup: a placeholder that stands for an address is its link, at its
  // place (as <a href="{{ upgrade_url }}"> is in HTML). A route and its arguments share an offset: one link.
  const addresses = addressPlaceholders(placeholders);
  let nextAddress = 0;
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
    // (Addresses before this paragraph stood in a blank stretch or a piece that made no block.)
    while (nextAddress < addresses.length && addresses[nextAddress]!.offset < m.index!) nextAddress++;
    if (index === undefined) continue;
    // A link belongs to the piece of a split paragraph that holds it (roughly: by its share of the text).
    const pieceAt = (at: number): number => {
      const share = raw.length > 0 ? at / raw.length : 0;
      return made[Math.min(made.length - 1, Math.floor(share * made.length))] ?? index;
    };
    const found: Array<{ at: number; link: Link }> = [];
    for (const u of raw.matchAll(URL_RE)) found.push({ at: u.index!, link: { href: u[0], text: '', button: false, blockIndex: pieceAt(u.index!), location: locate(m.index! + u.index!) } });
    const end = m.index! + m[0].length;
    for (; nextAddress < addresses.length && addresses[nextAddress]!.offset < end; nextAddress++) {
      const { offset, names } = addresses[nextAddress]!;
      const at = offset - m.index!;
      found.push({ at, link: { href: '', text: '', button: false, blockIndex: pieceAt(at), location: locate(offset), placeholders: names, placeholderOnly: true } });
    }
    if (found.length > 1) found.sort((a, b) => a.at - b.at);
    for (const { at, link } of found) {
      if (links.length >= limits.maxLinks) {
        log.hit('maxLinks', `links after the first ${limits.maxLinks.toLocaleString('en-US')}`, locate(m.index! + at));
        break;
      }
      links.push(link);
    }
  }
  return { blocks: sink.blocks, links, hidden: sink.hidden };
}

/** The placeholders that stand for an address, by offset, those at one offset (a route and its arguments) together. */
function addressPlaceholders(placeholders: readonly Placeholder[]): Array<{ offset: number; names: string[] }> {
  const out: Array<{ offset: number; names: string[] }> = [];
  const byOffset = new Map<number, string[]>();
  for (const p of placeholders) {
    if (!standsForAddress(p)) continue;
    const names = byOffset.get(p.offset);
    if (names) {
      if (names.length < 8) names.push(p.name);
      continue;
    }
    const fresh = [p.name];
    byOffset.set(p.offset, fresh);
    out.push({ offset: p.offset, names: fresh });
  }
  return out.sort((a, b) => a.offset - b.offset);
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
