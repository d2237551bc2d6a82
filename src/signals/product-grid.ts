/**
 * Goods offered after an order's totals: a run of named, priced products under a heading that
 * names no transaction ("Recommendations for all products:", "Articoli della Lista"), below the
 * lines that total the order. The order's own items stand before its totals or under an order
 * heading ("Order summary"); a grid after them, headed by something else, is a cross-sell (LABELING:
 * "you may also like", products presented as suggestions), whatever language its heading is in.
 */
import { MONEY } from './patterns.js';
import { TOTALLING_KINDS, wordCount, type BlockReading } from './blocks.js';

/** A block that is a price and nothing else: "£11.99", "EUR 50,00", "-€0.65", "1.299,00 €". */
const PRICE_ONLY = /^\s*[-−–]?\s*(?:[$€£¥₹₽₺]|eur|usd|gbp|chf|rub|tl)?\s?\d[\d.,\s]{0,12}\s?(?:[$€£¥₹₽₺]|eur|usd|gbp|chf|rub|tl|руб\.?|zł|kr)?\s*$/iu;
/** At most this many words: a heading over a grid, not a sentence. */
const HEADING_WORDS = 8;
/** At least this many named, priced products make a grid. */
const MIN_PRODUCTS = 2;

function isPrice(r: BlockReading | undefined): boolean {
  return !!r && r.block.text.length <= 24 && PRICE_ONLY.test(r.block.text) && MONEY.test(r.block.text);
}

/** A product's name: a short line of words with no transaction in it, not a label ("Paid by Visa:") nor a price. */
function isProductName(r: BlockReading | undefined): boolean {
  if (!r || r.transactional.length > 0 || isPrice(r)) return false;
  const text = r.block.text.trim();
  return text.length >= 3 && text.length <= 160 && /\p{L}{2}/u.test(text) && !/[:：]\s*$/.test(text);
}

/**
 * The heading block of a product grid after the order's totals in `body` (the message's body
 * blocks, in order), or null. Only where the body totals an order: a line with order, invoice or
 * payment wording followed by a price, or stating one; the grid comes after the first such line.
 */
export function productGridAfterTotals(body: BlockReading[]): BlockReading | null {
  // (The first such line: a returns policy after the grid may state an amount too.)
  const firstTotal = body.findIndex((r, i) => r.transactional.some((k) => TOTALLING_KINDS.has(k)) && (isPrice(body[i + 1]) || MONEY.test(r.block.text)));
  if (firstTotal < 0) return null;
  for (let h = firstTotal + 1; h < body.length - 2 * MIN_PRODUCTS; h++) {
    const heading = body[h]!;
    if (heading.transactional.length > 0 || isPrice(heading) || wordCount(heading.block.text) > HEADING_WORDS) continue;
    let products = 0;
    for (let j = h + 1; isProductName(body[j]) && isPrice(body[j + 1]); j += 2) products++;
    if (products >= MIN_PRODUCTS) return heading;
  }
  return null;
}
