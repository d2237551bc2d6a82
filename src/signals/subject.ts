import type { Lexicon, LexHit } from '../lexicon/index.js';
import { COMMERCIAL_CATEGORIES, readText } from './blocks.js';
import { PROMO_EMOJI, REPLY_PREFIX, capsWords } from './patterns.js';

export interface LineIntent {
  /** Reads as an advertisement: an offer, or promotional styling with no transactional wording. */
  promotional: boolean;
  /** Carries an offer of its own (discount, coupon, sale…): a promotional element by itself. */
  offer: boolean;
  transactional: boolean;
  /** Names a newsletter or an issue ("Newsletter", "In this edition"): editorial, not an offer. */
  newsletter: boolean;
  promoCategories: string[];
  transactionalCategories: string[];
  reasons: string[];
  /** The first advertising label the line carries, as the lexicon writes it ("פרסומת", "advertisement", "adv"); '' for none. */
  adLabel: string;
  /** The line opens with that label: nothing but punctuation, brackets or direction marks before it. */
  adLabelFirst: boolean;
}

/** The advertisement prefixes some laws ask for in the subject (US states, KR, BR): "ADV:", "(광고)". */
const AD_PREFIX = /^\s*(?:\[?\s*ADV\s*[:\]]|\(광고\)|\[광고\]|\[PUB\]|\(PUB\))/u;

/**
 * Intent of a short line (subject, preheader, From display name): would a reader "reasonably
 * interpreting the subject line" (16 CFR 316.3(a)(2)(i)) conclude it promotes something?
 */
export function lineIntent(text: string | undefined, lexicon: Lexicon, heldValueWords?: ReadonlySet<string>): LineIntent {
  if (!text) return { promotional: false, offer: false, transactional: false, newsletter: false, promoCategories: [], transactionalCategories: [], reasons: [], adLabel: '', adLabelFirst: false };
  const { promo, transactional, footer, hits } = readText(text, lexicon);
  const reasons: string[] = [];
  let commercial = [...promo].filter((c) => COMMERCIAL_CATEGORIES.has(c));
  // Beside a body that delivers value the reader holds (a voucher, store credit), a line whose only
  // offer words are that value's names it ("A gift voucher from Anna"): no offer. Its styling
  // (emoji, "!!", capitals) still counts, as on any line with no transactional wording.
  if (heldValueWords && commercial.every((c) => heldValueWords.has(c))) commercial = [];
  // A subject that labels itself an advertisement ("ADV:", "Werbung:", "פרסומת") says what it is.
  const prefix = AD_PREFIX.exec(text);
  const adLabel = footer.has('adLabel') || !!prefix;
  if (adLabel) commercial.push('adLabel');
  const label = firstAdLabel(text, hits, prefix);
  if (commercial.length) reasons.push(`promotional wording (${commercial.join(', ')})`);
  if (PROMO_EMOJI.test(text)) reasons.push('promotional emoji');
  if (/!!/.test(text)) reasons.push('"!!"');
  const shouting = capsWords(text) >= 2;
  if (shouting) reasons.push('ALL-CAPS words');
  // Emoji, "!!" and shouting only tip a line that has no transactional wording of its own.
  const stylistic = reasons.length > commercial.length && transactional.size === 0;
  return {
    promotional: commercial.length > 0 || stylistic,
    offer: commercial.length > 0,
    transactional: transactional.size > 0,
    newsletter: promo.has('newsletter'),
    promoCategories: commercial,
    transactionalCategories: [...transactional],
    reasons,
    adLabel: label?.phrase ?? '',
    adLabelFirst: !!label && !/[\p{L}\p{N}]/u.test(text.slice(0, label.start)),
  };
}

/**
 * The earliest advertising label in a line: a lexicon's adLabel phrase (the longest where several
 * start together, "דבר פרסומת" over "פרסומת") or an "ADV:"-style prefix, which is named by its
 * word ("adv", "광고", "pub").
 */
function firstAdLabel(text: string, hits: LexHit[], prefix: RegExpExecArray | null): { phrase: string; start: number } | null {
  let best: { phrase: string; start: number; end: number } | null = null;
  for (const h of hits) {
    if (h.category !== 'adLabel') continue;
    if (!best || h.start < best.start || (h.start === best.start && h.end > best.end)) best = { phrase: h.phrase, start: h.start, end: h.end };
  }
  if (prefix && (!best || prefix.index <= best.start)) {
    return { phrase: prefix[0].replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase(), start: prefix.index + prefix[0].search(/[\p{L}\p{N}]/u) };
  }
  return best;
}

export function hasFakeReplyPrefix(subject: string | undefined, headers: Record<string, string[]>): boolean {
  if (!subject || !REPLY_PREFIX.test(subject)) return false;
  // A real reply carries In-Reply-To or References.
  return !headers['in-reply-to'] && !headers['references'];
}

