/**
 * Goods offered after an order: a run of named, priced products under a heading that names no
 * transaction ("Recommendations for all products:", "Articoli della Lista", "Fancy something for
 * the weekend? Our team picked these for you."), below the lines that total the order, or, where
 * nothing is totalled (a shipping notice), below the order's wording with every product linked to
 * its page in the shop and none given a quantity. The order's own items stand before its totals,
 * under an order heading ("Order summary") or with their quantities; a grid after them, headed by
 * something else, is a cross-sell (LABELING: "you may also like", products presented as
 * suggestions), whatever language its heading is in.
 */
import type { Link } from '../types.js';
import { MONEY } from './patterns.js';
import { TOTALLING_KINDS, linksIntoShop, statesQuantity, wordCount, type BlockReading } from './blocks.js';

/** A currency's sign or code, before or after an amount. */
const CURRENCY = String.raw`(?:[$€£¥₹₽₺₪₩₴]|R\$|円|元|руб\.?|грн|zł|kr|kč|лв|eur|usd|gbp|chf|rub|tl|ر\.س|د\.إ|ج\.م|ريال|درهم)`;
/** A block that is a price and nothing else: "£11.99", "EUR 50,00", "-€0.65", "1.299,00 €", "3,500円", "135.00 ₪". */
const PRICE_ONLY = new RegExp(String.raw`^\s*[-−–]?\s*(?:${CURRENCY}\s?\d[\d.,\s]{0,12}|\d[\d.,\s]{0,12}\s?${CURRENCY})\s*$`, 'iu');
/** At most this many words: a heading over a grid, or a lead-in of a sentence or two, not a paragraph. */
const HEADING_WORDS = 16;
/** A product's call to action below its price ("View", "Shop now", "詳しく見る"): a line this short with no price. */
const CTA_WORDS = 3;
/** At least this many named, priced products make a grid. */
const MIN_PRODUCTS = 2;

function isPrice(r: BlockReading | undefined): boolean {
  return !!r && r.block.text.length <= 24 && PRICE_ONLY.test(r.block.text);
}

/** A product's name: a short line of words with no transaction in it, not a label ("Paid by Visa:") nor a price. */
function isProductName(r: BlockReading | undefined): boolean {
  if (!r || r.transactional.length > 0 || isPrice(r)) return false;
  const text = r.block.text.trim();
  return text.length >= 3 && text.length <= 160 && /\p{L}{2}/u.test(text) && !/[:：]\s*$/.test(text);
}

/** A product's button or link under its price: a short line, no price, no transaction in it. */
function isCallToAction(r: BlockReading | undefined): boolean {
  return !!r && r.transactional.length === 0 && !isPrice(r) && wordCount(r.block.text) <= CTA_WORDS;
}

/**
 * The heading block of a product grid after the order in `body` (the message's body blocks, in
 * order), or null. After the order's totals where it has them (a line with order, invoice or
 * payment wording followed by a price, or stating one; the grid comes after the first such line);
 * otherwise after the first line with transaction wording, and only a grid whose every product
 * links to a shop's page (`links`, the message's links) and states no quantity.
 */
export function productGridAfterOrder(body: BlockReading[], links: readonly Link[]): BlockReading | null {
  // (The first such line: a returns policy after the grid may state an amount too.)
  const firstTotal = body.findIndex((r, i) => r.transactional.some((k) => TOTALLING_KINDS.has(k)) && (isPrice(body[i + 1]) || MONEY.test(r.block.text)));
  const totalled = firstTotal >= 0;
  const start = totalled ? firstTotal : body.findIndex((r) => r.transactional.length > 0);
  if (start < 0) return null;
  const shopLinked = totalled ? null : new Set(links.filter((l) => linksIntoShop(l.href)).map((l) => l.blockIndex));
  for (let h = start + 1; h < body.length - 2 * MIN_PRODUCTS; h++) {
    const heading = body[h]!;
    if (heading.transactional.length > 0 || isPrice(heading) || wordCount(heading.block.text) > HEADING_WORDS) continue;
    let products = 0;
    for (let j = h + 1; isProductName(body[j]) && isPrice(body[j + 1]);) {
      // (A short line followed by a price is the next product's name, not this one's button.)
      const end = isCallToAction(body[j + 2]) && !isPrice(body[j + 3]) ? j + 2 : j + 1;
      if (shopLinked) {
        const own = body.slice(j, end + 1);
        if (statesQuantity(body[j]!.block.text, body[j + 1]?.block.text) || !own.some((r) => shopLinked.has(r.block.index))) break;
      }
      products++;
      j = end + 1;
    }
    if (products >= MIN_PRODUCTS) return heading;
  }
  return null;
}
