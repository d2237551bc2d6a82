/**
 * Where a message's audience shows, beyond its language: the currency its prices are in, and the
 * country-code domain of its sender. Laws for some audiences only (law.audience in a pack) read
 * these to apply themselves when graylint picks the laws ("auto").
 */

/** Currency markers, by ISO 4217 code. A bare "$" is the US dollar unless a prefix says otherwise. */
const CURRENCIES: Array<[string, RegExp]> = [
  ['ILS', /₪|\bNIS\b|\bILS\b|ש"ח|ש״ח|שקל/u],
  // (Codes are matched in capitals only: "try" and "rub" are English words.)
  ['TRY', /₺|\bTRY\b|\d\s?TL\b|\bTL\s?\d|[Tt]ürk [Ll]irası/u],
  ['RUB', /₽|\bRUB\b|\d\s?руб|[Рр]убл/u],
  ['AUD', /\bA\$|\bAU\$|\bAUD\b/u],
  ['CAD', /\bC\$|\bCA\$|\bCAD\b/u],
  ['EUR', /€|\bEUR\b/u],
  ['GBP', /£|\bGBP\b/u],
  ['JPY', /¥|円|\bJPY\b/u],
  ['USD', /(?<![A-Za-z])\$\s?\d|\bUSD\b/u],
];

/** The same markers, compiled once for counting (a check runs this on every message). */
const COUNTERS: Array<[string, RegExp]> = CURRENCIES.map(([code, re]) => [code, new RegExp(re.source, `${re.flags}g`)]);

/** The currency the text states prices in most often (ISO code), or '' when it states none. */
export function mainCurrency(text: string): string {
  let best = '';
  let bestCount = 0;
  for (const [code, re] of COUNTERS) {
    const count = (text.match(re) ?? []).length;
    if (count > bestCount) {
      best = code;
      bestCount = count;
    }
  }
  return best;
}

/** The country a sender's domain names (its country-code top-level domain, "il" for shop.co.il), or ''. */
export function senderCountry(address: string | undefined): string {
  const tld = /\.([a-z]{2})$/i.exec((address ?? '').trim().replace(/>$/, ''))?.[1];
  return tld ? tld.toLowerCase() : '';
}
