import type { Block, ImageRef, Link } from '../types.js';
import { isNegation, type LexHit, type Lexicon } from '../lexicon/index.js';
import { isFieldLabel } from './field-label.js';
import { isSpace } from '../model/spaces.js';
import { DE_NOW_CTA, GIVE_GET, MONEY, SHARE_HREF, SHOP_HREF, TAX_CONTEXT, hasCouponCode, hasMoneyOff, hasPercentOff, linkTargetWords, offerPatternAt, promoTarget } from './patterns.js';

/** Promotional categories that make a commercial offer (CAN-SPAM "commercial content"). */
export const COMMERCIAL_CATEGORIES = new Set([
  'discount', 'coupon', 'urgency', 'offer', 'free', 'shop', 'new', 'crossSell', 'upsell', 'referral', 'loyalty', 'price', 'cart',
]);

/** Longest text handed to the matchers at once: longer text is read in windows of this size. */
const MAX_BLOCK_TEXT = 4000;

export interface PromoElement {
  kind: 'block' | 'image' | 'cta';
  categories: string[];
  text: string;
  blockIndex: number;
  charOffset: number;
  chars: number;
  inFooter: boolean;
  emphasis: number;
  location: Block['location'];
}

export interface BlockReading {
  block: Block;
  promo: string[];
  transactional: string[];
  footer: string[];
  hits: LexHit[];
  /** A line of an order's item list (its "new" or price describes the goods bought). */
  lineItem?: boolean;
}

/** Reads one piece of text: its promotional and transactional categories (and every hit, references too). */
export function readText(text: string, lexicon: Lexicon): { promo: Set<string>; transactional: Set<string>; footer: Set<string>; hits: LexHit[] } {
  if (text.length > MAX_BLOCK_TEXT) {
    // Long text is read in windows (the model already splits long blocks), never silently cut.
    const acc = { promo: new Set<string>(), transactional: new Set<string>(), footer: new Set<string>(), hits: [] as LexHit[] };
    for (let i = 0; i < text.length; i += MAX_BLOCK_TEXT) {
      const r = readText(text.slice(i, i + MAX_BLOCK_TEXT), lexicon);
      r.promo.forEach((c) => acc.promo.add(c));
      r.transactional.forEach((c) => acc.transactional.add(c));
      r.footer.forEach((c) => acc.footer.add(c));
      for (const h of r.hits) acc.hits.push({ ...h, start: h.start + i, end: h.end + i, gapStart: h.gapStart < 0 ? -1 : h.gapStart + i, gapEnd: h.gapEnd < 0 ? -1 : h.gapEnd + i });
    }
    return acc;
  }
  const t = text;
  // (Negations have done their work once they have qualified an order: no reading keeps them.)
  const hits = withoutNegatedOrders(t, withoutRecordDeadlines(t, withoutReasonSentenceOffers(t, outsideAddresses(t, lexicon.match(t))))).filter((h) => !isNegation(h));
  const promo = new Set<string>();
  const transactional = new Set<string>();
  const footer = new Set<string>();
  for (const h of hits) if (h.group !== 'reference') (h.group === 'promo' ? promo : h.group === 'transactional' ? transactional : footer).add(h.category);
  if (hasPercentOff(t) && !TAX_CONTEXT.test(t)) promo.add('discount');
  if (hasMoneyOff(t)) promo.add('discount');
  if (hasCouponCode(t)) promo.add('coupon');
  if (DE_NOW_CTA.test(t)) promo.add('shop');
  if (/[$€£]/.test(t) && GIVE_GET.test(t)) promo.add('referral');
  return { promo, transactional, footer, hits };
}

/**
 * Whether every donation ask of a text lies in a sentence that reports a gift the reader made: one
 * with a receipt's or a thanks' wording, or, where the message reports a gift (`giftReported`), one
 * that names the reader's gift ("your donation", the lexicons' reference.giftNamed). (An ask built on
 * those words, "your donation will…", is a longer promotional phrase: it hides them, dropContained.)
 */
function donationAsksAllInGiftSentences(text: string, hits: LexHit[], giftReported: boolean): boolean {
  const gifts = hits.filter((h) => (h.group === 'transactional' && h.category === 'donation') || (giftReported && isGiftNamed(h))).map((h) => sentenceSpan(text, h.start));
  return hits.every((h) => h.group !== 'promo' || h.category !== 'donation' || gifts.some(([from, to]) => h.start >= from && h.start < to));
}

const isGiftNamed = (h: LexHit) => h.group === 'reference' && h.category === 'giftNamed';

/** An e-mail address or a web address written out in the text (spenden@example.org, www.example.com/sale). */
const ADDRESS_TOKEN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/|www\.)[^\s<>()"]+/giu;

/**
 * A word inside an address names a mailbox or a page, not what the message says: "spenden@" is
 * where questions go, not a donation ask, and "/orders" in a printed link is no order. (Footer
 * words are kept: a written-out unsubscribe address is the mechanism itself.)
 */
function outsideAddresses(text: string, hits: LexHit[]): LexHit[] {
  if (hits.length === 0 || (!text.includes('@') && !text.includes('://') && !text.includes('www.'))) return hits;
  const spans = [...text.matchAll(ADDRESS_TOKEN)].map((m) => [m.index, m.index + m[0].length] as const);
  if (spans.length === 0) return hits;
  return hits.filter((h) => h.group === 'footer' || !spans.some(([from, to]) => h.start >= from && h.end <= to));
}

/**
 * "You are receiving this e-mail because you registered with our cashback service": the sentence
 * that says why the mail came describes the relationship, as a footer does wherever it sits, so a
 * promotional word in it offers nothing. Only that sentence: an offer beside it still counts.
 */
function withoutReasonSentenceOffers(text: string, hits: LexHit[]): LexHit[] {
  const reasons = hits.filter((h) => h.group === 'footer' && h.category === 'reason');
  if (reasons.length === 0 || !hits.some((h) => h.group === 'promo')) return hits;
  const spans = reasons.map((r) => reasonSpan(text, r));
  return hits.filter((h) => h.group !== 'promo' || !spans.some(([from, to]) => h.start >= from && h.end <= to));
}

/**
 * What a reason covers: its sentence ("You receive this because you signed up for our offers"), or
 * only its clause when the sentence opens with it: "因為您訂閱了電子通訊，我們很高興回饋您以下折扣券"
 * ("because you subscribed, we are glad to give you this coupon") offers in its main clause.
 */
function reasonSpan(text: string, reason: LexHit): [number, number] {
  const [from, to] = sentenceSpan(text, reason.start);
  if (!/^[\s\p{P}]*$/u.test(text.slice(from, reason.start))) return [from, to];
  const clauseBreak = text.slice(reason.end, to).search(/[,，、;；،]/u);
  return clauseBreak < 0 ? [from, to] : [from, reason.end + clauseBreak];
}

/**
 * "Your free trial ends soon", "your trial is ending soon": a deadline said of the recipient's own
 * record (the urgency hit shares words with a transactional one, or follows it with an auxiliary
 * or two between) is when that subscription or booking runs out, a fact about it, not a sales
 * deadline. "The sale ends soon" is said of no record and stays urgency.
 */
function withoutRecordDeadlines(text: string, hits: LexHit[]): LexHit[] {
  if (!hits.some((h) => h.group === 'promo' && h.category === 'urgency')) return hits;
  const records = hits.filter((h) => h.group === 'transactional');
  const saidOf = (h: LexHit, r: LexHit) => (r.start < h.end && h.start < r.end) || (r.end <= h.start && AUXILIARY_GAP.test(text.slice(r.end, h.start)));
  return hits.filter((h) => !(h.group === 'promo' && h.category === 'urgency' && records.some((r) => saidOf(h, r))));
}
/**
 * One or two short words and no sentence end between a record and its deadline ("is", "will be").
 * Not none: "your purchase while supplies last", "all orders for a limited time" are an offer's terms.
 */
const AUXILIARY_GAP = /^\s*(?:[\p{L}]{1,6}\s+){1,2}$/u;

/**
 * "You have not placed an order in a while", "Sie haben schon lange nicht mehr bei uns bestellt",
 * "Non effettui un ordine da un po' di tempo": an order said not to have been made is no order; a
 * win-back or a cart reminder says so. An order's wording is dropped where a negation (the lexicons'
 * reference.negation) stands inside it (a composed or gapped phrase: "order … not … placed") or just
 * before it in the same clause (two words between at most). Only an order's: "we have not received
 * your payment" and "your parcel has not shipped yet" are notices about a record that exists. (A
 * negation word followed by a dot or a degree sign is an abbreviation: "No. de pedido".)
 */
function withoutNegatedOrders(text: string, hits: LexHit[]): LexHit[] {
  if (!hits.some((h) => h.group === 'transactional' && h.category === 'order')) return hits;
  const negations = hits.filter((h) => isNegation(h) && !/^[.°º]/.test(text.slice(h.end, h.end + 1)));
  if (negations.length === 0) return hits;
  // (Inside means between the phrase's own first and last words: "Order No: 10423" ends on its
  // number's label, and a field's label, "No de pedido: 10423", is an order's number.)
  // (Before it, only the nearest negation need be read: a farther one within two words has the
  // nearer one inside its own gap.)
  const nearestBefore = (h: LexHit) => negations.reduce((end, n) => (n.end <= h.start && n.end > end ? n.end : end), -1);
  const negated = (h: LexHit) => {
    const before = nearestBefore(h);
    return (negations.some((n) => n.start > h.start && n.end < h.end) || (before >= 0 && NEGATION_GAP.test(text.slice(before, h.start))))
      && !isFieldLabel(text, h.start, h.end);
  };
  return hits.filter((h) => !(h.group === 'transactional' && h.category === 'order' && negated(h)));
}
/** At most two words, and no clause break, between a negation and what it negates. */
const NEGATION_GAP = /^\s*(?:[\p{L}\p{M}'’]+\s+){0,2}$/u;

/** Where the sentence around a position starts and ends (its ends: SENTENCE_END). */
export function sentenceSpan(text: string, at: number): [number, number] {
  const ends = new RegExp(SENTENCE_END.source, 'gu');
  let from = 0;
  let to = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index < at) from = m.index + 1;
    else {
      to = m.index + 1;
      break;
    }
  }
  return [from, to];
}

/** How loudly a block is presented, 0–1: heading, size, weight, background, button. */
export function emphasisScore(b: Block): number {
  const e = b.emphasis;
  let s = 0;
  if (e.headingLevel > 0 && e.headingLevel <= 2) s += 0.4;
  else if (e.headingLevel > 0) s += 0.2;
  if (e.fontSize !== null) s += Math.min(0.4, Math.max(0, (e.fontSize - 16) / 40));
  if (e.bold) s += 0.1;
  if (e.background) s += 0.2;
  if (e.button) s += 0.3;
  return Math.min(1, s);
}

/**
 * A comma between clauses, as Chinese, Japanese and Arabic write it (，、،): a sentence there may be
 * 25 characters with no sentence end before a code. (Not the Latin comma: a row label may list its
 * forms, {one: "Order discount", other: "Order discounts"}.)
 */
const CLAUSE_BREAK = /[，、،]\s*\S/u;
/** A code after a colon at the end of a line: capitals with at least one digit ("WELCOME10", "PLANT2026"), as a code is printed. */
const HANDED_OUT_CODE = /[:：]\s*["'“«]?(?=[A-Z0-9_-]{0,19}\d)(?=[A-Z0-9_-]{0,19}[A-Z])[A-Z0-9][A-Z0-9_-]{3,19}["'”»]?\s*$/;

/**
 * Classifies every block. A short order-summary line such as "Discount (SAVE10): -$5.00" reports
 * a discount already applied; it is not an offer.
 */
export function readBlocks(blocks: Block[], lexicon: Lexicon, opts: { couponFilledIn?: boolean } = {}): BlockReading[] {
  const readings: BlockReading[] = blocks.map((block) => {
    const { promo, transactional, footer, hits } = readText(block.text, lexicon);
    const onlyDiscountWords = promo.size > 0 && [...promo].every((c) => c === 'discount' || c === 'coupon');
    // A short "Discount" / "Réductions" / "Order discounts" with no sentence is a row label of an order summary, not an offer.
    // (Not a heading: "<h6>Акции и распродажи</h6>" over a feature list names the sales it offers.)
    // Not when the template fills in a coupon code ("Your voucher code: {{ coupon_code }}"): that line hands one out.
    // Nor when the line ends on a code after a colon ("Ваш промокод на первую покупку: PLANT2026"):
    // that hands one out, whatever words stand between the coupon word and the code.
    // (Nor a clause: a label has no comma; "因為您訂閱了電子通訊，我們很高興回饋您以下折扣券：" is a sentence.)
    // (Nor a line with a percent sign whose number the template fills in: "bis zu {{ rate }}% Rabatt".)
    if (onlyDiscountWords && !opts.couponFilledIn && block.emphasis.headingLevel === 0 && block.text.length <= 60 && !SENTENCE_END.test(block.text) && !CLAUSE_BREAK.test(block.text) && !hasPercentOff(block.text) && !block.text.includes('%') && !hasMoneyOff(block.text) && !hasCouponCode(block.text) && !HANDED_OUT_CODE.test(block.text)) promo.clear();
    if (onlyDiscountWords && block.text.length <= 80 && MONEY.test(block.text)) {
      const appliedLine = /[-−–]\s?[$€£]?\s?\d|\d\s?[$€£]?\s*$/.test(block.text) && !hasPercentOff(block.text.replace(/-\s?\d+[.,]\d{2}/g, ''));
      if (appliedLine) promo.clear();
    }
    // A gift card, store credit or refund voucher the recipient already holds is the transaction
    // itself (CASL s.6(6)(f) delivers what was bought; 16 CFR 316.3(a)(2) T/R content): its code
    // and how to redeem it are not an incentive.
    if (transactional.has('credit')) for (const c of OWNED_VALUE_WORDS) promo.delete(c);
    // Thanks for, or a receipt of, a donation the recipient made reports that gift; it asks for
    // none. Only in its own sentence: "Thank you for your donation. Please consider a monthly
    // donation." still asks, as a "give again" line or a donate button elsewhere does.
    if (transactional.has('donation') && donationAsksAllInGiftSentences(block.text, hits, false)) promo.delete('donation');
    return { block, promo: [...promo], transactional: [...transactional], footer: [...footer], hits };
  });
  // A gift the message reports (a receipt's or a thanks' wording in any block) is the gift the
  // reader's possessive names elsewhere in it ("If you want to change your donation, …").
  if (readings.some((r) => r.transactional.includes('donation'))) {
    for (const r of readings) {
      if (r.promo.includes('donation') && r.hits.some(isGiftNamed) && donationAsksAllInGiftSentences(r.block.text, r.hits, true)) r.promo = r.promo.filter((c) => c !== 'donation');
    }
  }
  // An order line ("Pink Shoes — Newest styles | 1 | $10.50") describes goods bought, so "new" or
  // a price in it is not an offer. A line is a short block followed by a bare quantity cell, or
  // one that states its quantity; product grids in offers have prices but no quantities.
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    if (r.promo.length === 0 || r.block.emphasis.button || r.block.text.length > 120) continue;
    if (!statesQuantity(r.block.text, readings[i + 1]?.block.text)) continue;
    r.promo = r.promo.filter((c) => !LINE_ITEM_WORDS.has(c));
    r.lineItem = true;
  }
  // An order's summary rows ("Subtotal", "Coupon used", "Points used", "Delivery (free)", "Total"):
  // a discount, coupon, points or free-delivery word in a label row that totals the order, or
  // stands within two rows of one, reports value applied to that order, not an offer. (Not a row
  // that hands something out: a percentage or an amount off, a printed code.)
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    if (r.promo.length === 0 || !r.promo.every((c) => APPLIED_VALUE_WORDS.has(c)) || !isSummaryRow(r)) continue;
    let totals = totalsRow(r);
    for (let j = Math.max(0, i - SUMMARY_REACH); !totals && j <= Math.min(readings.length - 1, i + SUMMARY_REACH); j++) {
      if (j !== i && totalsRow(readings[j]!) && isSummaryRow(readings[j]!)) totals = true;
    }
    if (totals) r.promo = [];
  }
  return readings;
}

/** Promotional words an order's summary rows use for value applied to it: a discount or a campaign price, a coupon or points redeemed, free delivery. */
const APPLIED_VALUE_WORDS = new Set(['discount', 'coupon', 'loyalty', 'free', 'offer']);
/** Kinds whose lines total an order ("Subtotal", "Итого", "合計", "消费税"): the amount on or after them is the order's. */
export const TOTALLING_KINDS: ReadonlySet<string> = new Set(['order', 'invoice', 'payment']);
/** How many rows away from a totals row a summary row may stand ("Coupon: -" between "Discount" and "Total"). */
const SUMMARY_REACH = 2;
/** Longest summary row: one line of labels ("[商品合計金額] [キャンペーン割引] [クーポン利用] … [ご請求金額]"). */
const SUMMARY_ROW_CHARS = 160;

/** A row of an order summary: a short line of labels and amounts, no heading, no button, no sentence, nothing handed out. */
function isSummaryRow(r: BlockReading): boolean {
  const b = r.block;
  const t = b.text;
  return b.emphasis.headingLevel === 0 && !b.emphasis.button && t.length <= SUMMARY_ROW_CHARS && !SENTENCE_END.test(t)
    && !hasPercentOff(t) && !t.includes('%') && !hasMoneyOff(t) && !HANDED_OUT_CODE.test(t);
}

/** A row that totals the order: its label names a total, a tax, a payment. */
function totalsRow(r: BlockReading): boolean {
  return r.transactional.some((k) => TOTALLING_KINDS.has(k));
}

/** Links to social networks: the icons a "Follow us" or "Spread the word" label stands over. */
const SOCIAL_HOST = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|pinterest\.[a-z.]+|tiktok\.com|t\.me|wa\.me|vk\.com|line\.me|weibo\.com|threads\.net)(?:[/?#]|$)/i;

/**
 * A short label over social icons ("Spread the word:", "Follow us", "Teilen Sie uns"): at most four
 * words, no number, with links to social networks in the block or the one after it. Sharing the
 * sender's page is not an offer; a label with a reward ("share and get $10") has a number.
 */
function isSocialLabel(b: Block, links: Link[]): boolean {
  if (b.emphasis.button || /\d/.test(b.text) || wordCount(b.text) > 4) return false;
  return links.some((l) => (l.blockIndex === b.index || l.blockIndex === b.index + 1) && SOCIAL_HOST.test(l.href));
}

/** A text link promotes by its destination only inside a sentence: a bare linked name is a label. */
const MIN_SENTENCE_WORDS = 4;
/** A link's scheme and host, stripped before its path is read. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/?#]*/i;
const TABLE_CELL = new Set(['td', 'th']);

export function wordCount(text: string): number {
  // Runs of non-blanks (as text.split(/\s+/).filter(Boolean) counts them) and the CJK characters
  // ([\u3040-\u30ff\u4e00-\u9fff]), in one pass: it runs on many blocks and links of every message.
  let spaced = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) inWord = false;
    else {
      if (!inWord) spaced++;
      inWord = true;
      if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk++;
    }
  }
  // CJK text has no spaces: every three characters count as a word.
  return Math.max(spaced, Math.floor(cjk / 3));
}

/** The end of a sentence: Latin punctuation before a space or the end, or CJK full-width punctuation anywhere. */
export const SENTENCE_END = /[.!?](?:\s|$)|[。！？]/u;

/** A help centre or documentation site, by its host: help., support., docs., kb. or a hosted help desk. */
const HELP_HOST = /^(?:https?:)?\/\/(?:[\w-]+\.)*?(?:(?:help|support|docs|kb|helpcenter|hilfe|aide|ayuda|aiuto|ajuda)\.[\w.-]+|intercom\.help|[\w-]+\.zendesk\.com|[\w-]+\.helpscoutdocs\.com|[\w-]+\.freshdesk\.com|[\w-]+\.gitbook\.io)(?:[/?#:]|$)/i;
/**
 * An app's page in an app store (Google Play's /store/apps/…, the App Store, AppGallery, F-Droid):
 * where the recipient installs the sender's app, not a shop. LABELING counts app promotion only
 * with an offer, and an offer is recognised by its own words.
 */
const APP_STORE_LINK = /^(?:https?:)?\/\/(?:play\.google\.com\/store\/apps\/|(?:apps|itunes)\.apple\.com\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/)?app\/|appgallery\.huawei\.com\/|f-droid\.org\/(?:[a-z_-]+\/)?packages\/)/i;
/** A link's destination words naming a gift card ({{ gift_card.url }}, /gift_cards/abc). */
const GIFT_CARD_TARGET = /\bgift ?cards?\b/;
/** Promotional categories that only describe a gift card or credit the recipient holds. */
export const OWNED_VALUE_WORDS: ReadonlySet<string> = new Set(['coupon', 'free']);
/** Promotional categories that only describe an item bought, when said in an order line. */
const LINE_ITEM_WORDS = new Set(['new', 'price']);
/** A quantity cell: "1", "x2", "2 ×", "Qty: 3". */
const QUANTITY_CELL = /^\s*(?:(?:qty|quantity|menge|anzahl|qté|quantité|cantidad|cant\.|quantità|aantal|quantidade|кол-во|adet|ποσότητα)\s*:?\s*)?[x×]?\s?\d{1,3}\s?[x×]?\s*$/iu;
const QUANTITY_IN_LINE = /(?:^|\s)(?:qty|quantity|menge|anzahl|qté|quantité|cantidad|quantità|aantal|quantidade|кол-во|adet|ποσότητα)\s*:?\s*\d{1,3}(?!\d)|(?:^|\s)\d{1,3}\s?[x×]\s/iu;

/** Whether a line gives its quantity ("1 × €49.00", "Qty: 2"), or the line after it (`next`) is a bare quantity cell: an order's item. */
export function statesQuantity(line: string, next: string | undefined): boolean {
  return QUANTITY_IN_LINE.test(line) || (next !== undefined && QUANTITY_CELL.test(next));
}

/** Whether a link's address leads into a shop by its path (SHOP_HREF; the host is no destination). */
export function linksIntoShop(href: string): boolean {
  return SHOP_HREF.test(href.replace(HOST, ''));
}

/** Promotional elements: blocks, image alt texts and call-to-action links that promote. */
export function promoElements(readings: BlockReading[], images: ImageRef[], links: Link[], lexicon: Lexicon, priceIsPromo: boolean, holdsCredit = false): PromoElement[] {
  const out: PromoElement[] = [];
  for (const r of readings) {
    const b = r.block;
    if (b.navigation) continue;
    const cats = new Set(r.promo);
    // A bare price in a short tile (outside the footer, where share capital and fees live) is a product offer.
    if (priceIsPromo && !r.lineItem && !b.inFooter && b.text.length <= 80 && MONEY.test(b.text) && r.transactional.length === 0) cats.add('price');
    if (cats.size === 0) continue;
    if (isSocialLabel(b, links)) continue;
    out.push({
      kind: b.emphasis.button ? 'cta' : 'block',
      categories: [...cats],
      text: sentenceAround(b.text, r.hits.find((h) => h.group === 'promo')?.start ?? offerPatternAt(b.text)),
      blockIndex: b.index,
      charOffset: b.charOffset,
      chars: b.text.length,
      inFooter: b.inFooter,
      emphasis: emphasisScore(b),
      location: b.emphasis.button ? { ...b.location, scope: 'cta' } : b.inFooter ? { ...b.location, scope: 'footer' } : b.location,
    });
  }
  const footerStart = readings.find((r) => r.block.inFooter)?.block.index ?? Number.POSITIVE_INFINITY;
  for (const img of images) {
    if (!img.alt) continue;
    const { promo } = readText(img.alt, lexicon);
    if (promo.size === 0) continue;
    out.push({
      kind: 'image', categories: [...promo], text: img.alt, blockIndex: img.blockIndex, charOffset: img.charOffset,
      chars: img.alt.length, inFooter: img.blockIndex >= footerStart, emphasis: (img.width ?? 0) >= 300 ? 0.8 : 0.4, location: img.location,
    });
  }
  // A call to action is judged by where it goes as much as by what it says: a button, or a link in
  // a sentence, into the shop, a product, the pricing or upgrade page, a referral programme or a
  // donation page promotes even when its label is vague ("Discover", "Choose a plan"). Not a link
  // in an order line (a product name linked to its page), the footer or the navigation.
  for (const l of links) {
    const r = readings[l.blockIndex];
    if (!r || r.block.inFooter || r.lineItem) continue;
    // An ask to share (a share dialog's address) is a referral ask however it is drawn: an icon, a word.
    const share = SHARE_HREF.test(l.href);
    // The host is no destination: shop.example.com/account/orders is an order page.
    // A help centre's article ("intercom.help/acme/collections/…", support.example.com/categories/…)
    // teaches the product; its "collections" and "categories" are of articles, not of goods.
    if (HELP_HOST.test(l.href) || APP_STORE_LINK.test(l.href)) continue;
    const words = share ? '' : linkTargetWords(l);
    const target = share ? 'referral' : linksIntoShop(l.href) ? 'shop' : promoTarget(words);
    if (!target) continue;
    // In a message about a gift card the recipient holds, a link to that gift card ({{ gift_card.url }})
    // shows the card, not the shop's gift-card page.
    if (holdsCredit && target === 'shop' && GIFT_CARD_TARGET.test(words)) continue;
    // A row of short links is the site's navigation; a recommended item is a cross-sell wherever it sits.
    if (r.block.navigation && target !== 'crossSell' && !share) continue;
    // A link that is its whole block ("Click here" on its own line) stands as a button does; not
    // a product page linked from a table cell, which is an order line's product name.
    const standalone = l.text.trim() !== '' && l.text.trim() === r.block.text.trim() && !(target === 'shop' && TABLE_CELL.has(r.block.tag));
    if (!l.button && !standalone && !share && target !== 'crossSell' && (r.transactional.length > 0 || wordCount(r.block.text) < MIN_SENTENCE_WORDS)) continue;
    if (out.some((e) => e.blockIndex === l.blockIndex)) continue;
    const { transactional } = readText(l.text, lexicon);
    if (transactional.size > 0) continue;
    out.push({
      // An image link has no text: its address, or the placeholder it is filled from, says where it goes.
      kind: 'cta', categories: [target], text: l.text.trim() || l.href.trim() || (l.placeholders?.[0] ? `{{ ${l.placeholders[0]} }}` : ''), blockIndex: l.blockIndex, charOffset: r.block.charOffset,
      chars: l.text.length, inFooter: false, emphasis: l.button ? 0.6 : emphasisScore(r.block), location: { ...l.location, scope: l.button ? 'cta' : 'body' },
    });
  }
  return out.sort((a, b) => a.charOffset - b.charOffset || a.blockIndex - b.blockIndex);
}

/** The sentence of a long block that holds the promotional wording, for evidence a reader can find. */
export function sentenceAround(text: string, at: number): string {
  if (text.length <= 120) return text;
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const from = start >= 0 ? start + 2 : 0;
  const rest = text.slice(at);
  const endRel = rest.search(/[.!?](\s|$)/);
  const to = endRel >= 0 ? at + endRel + 1 : text.length;
  const sentence = text.slice(from, Math.min(to, from + 160)).trim();
  return sentence || text.slice(0, 120);
}
