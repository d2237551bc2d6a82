import type { Block } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';

const EARLIEST_WORDING_SHARE = 0.3;
/** A footer that starts early in the message is at most this long: a copyright line, an imprint. */
const SHORT_FOOTER_CHARS = 200;
const FOOTER_MARKS = /©|\(c\)\s*\d{4}|copyright|\bimpressum\b|\bunsubscribe\b/i;

/**
 * Where the footer starts: the first block, in the last part of the message, that reads like a
 * footer (unsubscribe, "you receive this because", rights, legal label) or sits in an element
 * marked as footer. Everything from there to the end is footer.
 */
export function findFooterStart(blocks: Block[], textLength: number, hinted: Set<number>, lexicon: Lexicon, minShare = 0.5): number {
  const earliest = textLength * minShare;
  for (const b of blocks) {
    if (b.charOffset + b.text.length < earliest && !hinted.has(b.index)) continue;
    // Footer wording alone ("thank you for subscribing") in a block that starts early in a short
    // message is the message itself; a copyright, imprint or unsubscribe mark is a footer anywhere.
    const wordingMayStartFooter = b.charOffset >= textLength * EARLIEST_WORDING_SHARE;
    if (hinted.has(b.index) || FOOTER_MARKS.test(b.text) || (wordingMayStartFooter && lexicon.match(b.text).some((h) => h.group === 'footer'))) {
      // A long block of prose is body copy that happens to mention, say, privacy; not a footer.
      if (b.text.length > 600 && !hinted.has(b.index)) continue;
      // Nor is a block that holds the start of the message ("Welcome! … © Acme" in one Markdown
      // paragraph): a mark at its end does not make the whole message its footer.
      if (!hinted.has(b.index) && !wordingMayStartFooter && b.text.length > SHORT_FOOTER_CHARS) continue;
      return b.index;
    }
  }
  return blocks.length;
}
