import type { Block } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';

const EARLIEST_WORDING_SHARE = 0.3;
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
      return b.index;
    }
  }
  return blocks.length;
}
