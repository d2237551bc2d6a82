/**
 * Language-neutral patterns the lexicons cannot express (numbers, currency, codes, emoji).
 * Every pattern is anchored on literal characters and has bounded repetition, and callers cap
 * the text they hand over, so matching is linear.
 */

/**
 * A percentage that is a discount: "20% off", "-30 %", "up to 50%", "Rabatt von 10 %". A bare
 * percentage ("storage 90% full", "VAT 19%") is not: it needs the sign, a lead-in or an off-word.
 */
const OFF_WORDS = 'off|discount|rebate|rabatt\\p{L}*|reduziert|günstiger|de réduction|de remise|remise|réduction|de descuento|descuento|dto|di sconto|sconto|korting|desconto|de desconto|скидк\\p{L}*|indirim\\p{L}*|έκπτωση|εκπτώσεις|הנחה|خصم|オフ|引き|折|优惠|優惠';
const LEAD_INS = 'up to|save|extra|bis zu|spare|sparen sie|jusqu\'à|économisez|hasta|ahorra|fino al|risparmia|tot|até|до|скидка|скидку|indirim|έως|עד|حتى|最大';
export const PERCENT = new RegExp(
  `(?:(?<![\\p{L}\\d])[-–−]\\s?\\d{1,2}(?:[.,]\\d)?\\s?%)|(?:\\d{1,2}(?:[.,]\\d)?\\s?%\\s*(?:${OFF_WORDS}))|(?:(?:${LEAD_INS})\\s+(?:\\p{L}+\\s+)?\\d{1,2}(?:[.,]\\d)?\\s?%)|(?:(?:${OFF_WORDS})\\s+(?:\\p{L}+\\s+){0,2}\\d{1,2}(?:[.,]\\d)?\\s?%)|(?:%\\s?\\d{1,2}\\s*(?:${OFF_WORDS}))`,
  'iu',
);
// (\b is ASCII-only in JavaScript regexes, even with /u: words in other scripts are bounded by
// letter lookarounds, here and in CART, NONPROFIT and PO_BOX.)
export const TAX_CONTEXT = /(?<![\p{L}\p{N}_])(?:vat|tax|mwst|ust|tva|iva|btw|kdv|ндс|φπα|steuer|taxe|impuesto|imposta|налог|vergi)(?![\p{L}\p{N}_])/iu;

/** A money amount: "$19.99", "19,99 €", "EUR 20", "6500 руб". */
export const MONEY = /(?:[$€£¥₹₽₺]\s?\d)|(?:\d[\d.,]{0,12}\s?(?:€|\$|£|₽|₺|руб|zł|kr|chf|eur|usd|gbp|tl|円|元)(?![\p{L}]))|(?:\b(?:usd|eur|gbp|chf|rub)\s?\d)/iu;

/** "$10 off", "$10 free", "10 € Rabatt", "save $5". */
export const MONEY_OFF = /(?:[$€£]\s?\d{1,5}(?:[.,]\d{2})?\s*(?:off|free|bonus|cashback|rabatt|de réduction|de descuento|di sconto|korting|скидк))|(?:\d{1,5}\s?(?:€|\$|£)\s*(?:off|rabatt|de réduction|de descuento|di sconto|korting))|(?:\bsave\s+(?:up to\s+)?[$€£]?\d)/iu;

/** The referral formula "Give $40, get $40" / "Get €10, give €10". */
export const GIVE_GET = /\b(?:give|gift)\s+[$€£]\s?\d{1,4}\W{1,3}(?:and\s+)?get\s+[$€£]\s?\d{1,4}|\bget\s+[$€£]\s?\d{1,4}\W{1,3}(?:and\s+)?give\s+[$€£]\s?\d{1,4}/i;

/** A German call to buy with the product between "jetzt" and the verb: "Jetzt Acme Pro testen", "Jetzt die Kollektion entdecken". */
export const DE_NOW_CTA = /(?<![\p{L}])jetzt\s+(?:[\p{L}\d-]+\s+){1,3}(?:testen|ausprobieren|kaufen|bestellen|sichern|entdecken|shoppen|buchen|upgraden)(?![\p{L}])/iu;

/** Lower-case words as a regex alternation that also matches them Capitalised and in CAPITALS. */
function anyCase(words: string[]): string {
  return words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]).join('|');
}
const COUPON_LOWER = ['coupon', 'voucher', 'discount', 'promo', 'gutschein', 'rabatt', 'cupón', 'cupom', 'buono', 'kupon', 'kuponu', 'κουπόνι', 'купон', 'промокод'];
const COUPON_UNCASED = 'קופון|قسيمة|クーポン|优惠码|優惠碼|优惠券|優惠券';
const COUPON_WORDS = anyCase(COUPON_LOWER) + '|' + COUPON_UNCASED;
/** Words that make a "code" something else: "tracking code 1Z999", "verification code AB12". */
const NOT_COUPON = anyCase([
  'tracking', 'verification', 'confirmation', 'security', 'access', 'booking', 'reference', 'postal', 'zip', 'qr', 'bar', 'pickup',
  // German and Dutch join the record to "code" (Buchungscode, Boekingscode); Turkish puts it before "kodu" (Rezervasyon kodu).
  'sendungs', 'bestätigungs', 'sicherheits', 'buchungs', 'reservierungs', 'auftrags', 'zugangs', 'aktivierungs', 'abhol',
  'boekings', 'reserverings', 'bevestigings', 'verificatie', 'ophaal', 'toegangs',
  'rezervasyon', 'sipariş', 'takip', 'kargo', 'onay', 'doğrulama', 'güvenlik', 'aktivasyon', 'referans',
]);
const CODE_LOWER = ['code', 'código', 'codice', 'kod', 'kodu', 'κωδικός', 'κωδικό', 'код'];
const CODE_UNCASED = 'קוד|رمز';
const CODE_WORDS = anyCase(CODE_LOWER) + '|' + CODE_UNCASED;
/**
 * A coupon code: a coupon word ("coupon", "promo code", "Gutscheincode") followed by an upper-case
 * token, or a plain "code" word followed by a token with a letter in it. Bare digits after "code"
 * are verification, pickup or tracking codes ("назовите код 4182", "your code: 482913").
 */
export const COUPON_CODE = new RegExp(
  `(?:(?:${COUPON_WORDS})\\s?(?:${CODE_WORDS})?\\s*[:：\\-–]?\\s*["'“«]?[A-Z0-9][A-Z0-9_-]{3,19}\\b)` +
    `|(?:(?<!(?:${NOT_COUPON})\\s?)(?:${CODE_WORDS})\\s*[:：\\-–]?\\s*["'“«]?(?=[A-Z0-9_-]{0,19}[A-Z])[A-Z0-9][A-Z0-9_-]{3,19}\\b)`,
  'u',
);

// Cheap necessary conditions, tested first: most text has no coupon at all, and the alternations
// above are slow to fail at every position. Every COUPON_CODE match holds one of its words (the
// case-insensitive list is a superset of anyCase()) and a run of four code characters.
const COUPON_OR_CODE_WORD = new RegExp([...COUPON_LOWER, COUPON_UNCASED, ...CODE_LOWER, CODE_UNCASED].join('|'), 'iu');
const CODE_RUN = /[A-Z0-9][A-Z0-9_-]{3}/;
export function hasCouponCode(text: string): boolean {
  return mayHoldCouponCode(text) && COUPON_CODE.test(text);
}
/** PERCENT, skipping text without a '%' (every alternative has one). */
export function hasPercentOff(text: string): boolean {
  return mayHoldPercentOff(text) && PERCENT.test(text);
}
/**
 * MONEY_OFF, skipping text without a digit (every alternative has one) or without a currency sign
 * or "save" (every alternative has one of those too; "save" tested with MONEY_OFF's own flags).
 */
export function hasMoneyOff(text: string): boolean {
  return mayHoldMoneyOff(text) && MONEY_OFF.test(text);
}

const hasDigit = (text: string) => /\d/.test(text);
const mayHoldCouponCode = (text: string) => CODE_RUN.test(text) && COUPON_OR_CODE_WORD.test(text);
const mayHoldPercentOff = (text: string) => text.includes('%');
const mayHoldMoneyOff = (text: string) => hasDigit(text) && (/[$€£]/.test(text) || /save/iu.test(text));

/** The offer patterns in order of preference, each behind its cheap test (every alternative of MONEY holds a digit). */
const OFFER_PATTERNS: ReadonlyArray<readonly [(text: string) => boolean, RegExp]> = [
  [mayHoldPercentOff, PERCENT],
  [mayHoldMoneyOff, MONEY_OFF],
  [mayHoldCouponCode, COUPON_CODE],
  [hasDigit, MONEY],
];

/**
 * Where the first offer pattern starts in a text: a percentage off, an amount off, a coupon code,
 * then any amount (in that order of preference), or 0 when none does. The same cheap tests come
 * first as in the has… functions: the first run of these alternations over text that cannot match
 * costs a cold start milliseconds (V8 interprets a pattern's first runs).
 */
export function offerPatternAt(text: string): number {
  for (const [mayHold, re] of OFFER_PATTERNS) {
    if (!mayHold(text)) continue;
    const m = re.exec(text);
    if (m) return m.index;
  }
  return 0;
}

export const PROMO_EMOJI = /[\u{1F525}\u{1F381}\u{1F4B8}\u{23F0}\u{1F6CD}\u{1F4A5}\u{1F389}\u{26A1}\u{1F4B0}\u{1F911}\u{1F3F7}\u{1F6A8}\u{1F4E3}]/u;

/** Shopping-cart words, for abandoned-cart reminders. */
export const CART = /(?<![\p{L}\p{N}_])(?:cart|basket|warenkorb|panier|carrito|carrello|winkelwagen|winkelmand(?:je)?|mandje|carrinho|корзин\p{L}*|sepet\p{L}*|καλάθι|סל הקניות|سلة)(?![\p{L}\p{N}_])|(?<!\p{L})[בלהו]?(?:סל|עגלת)\s+ה?קניות(?!\p{L})|カート|购物车|購物車/iu;

/** Fake reply/forward prefixes in a subject. */
export const REPLY_PREFIX = /^\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|ynt|отв|ΑΠ|השב)\s*(?:\[\d+\])?\s*:/iu;

/**
 * A link that asks the reader to share something: a social network's share dialog (Facebook's
 * sharer, a prefilled tweet, LinkedIn's share, a WhatsApp or Telegram message with text), not a
 * link to the sender's profile there ("social icons are not promotion").
 */
export const SHARE_HREF = /(?:facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|feed|send))|(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share)|linkedin\.com\/(?:shareArticle|sharing|feed\/\?shareActive)|pinterest\.[a-z.]{2,6}\/pin\/create|api\.whatsapp\.com\/send|wa\.me\/\?text=|whatsapp:\/\/send|t\.me\/share|telegram\.me\/share|vk\.com\/share\.php|reddit\.com\/submit)/i;

/** Links into a shop rather than into an account or order. */
export const SHOP_HREF = /\/(?:shop|store|sale|sales|deals?|offers?|angebote?|promo(?:tions?)?|products?|collections?|catalog(?:ue)?|produkte?|boutique|tienda|negozio)(?:[/?#.]|$)|[?&](?:coupon|discount|promo|voucher)=/i;

export const UNSUBSCRIBE_HREF = /(?<![a-z])(?:unsub|opt-?out|abmeld|austrag|abbestell|d[eé]sinscri|d[eé]sabonn|disiscri|uitschrijv|afmeld|otpis|list-manage\.com\/unsubscribe|email-preferences|manage-subscription|preferences)|(?<![a-z])(?:dar-de-|darse-de-)?baja(?![a-z])/i;

export const NO_REPLY = /(?:^|[^a-z])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|noreply|ne[-_.]?pas[-_.]?repondre|keine[-_.]?antwort)/i;

/**
 * Non-profit markers: legal forms and words that say the sender pursues aims, not sales. Whole
 * words, with their inflections spelled out ("des Vereins", "Stiftungen", "fondazioni"), so that a
 * word they begin is not one: "vereinbart" (agreed), "Vereinigtes Königreich" (United Kingdom) and
 * "ngoại" are not associations, while a German compound on the genitive s is ("Vereinsregister",
 * "Stiftungsrat"); a stem that inflects freely ends in \p{L}*.
 */
export const NONPROFIT = /(?<![\p{L}\p{N}_])(?:e\.\s?v\.|gemeinnützig\p{L}*|non-?profits?|not-for-profits?|charit(?:y|ies|able)|ngos?|stiftung(?:s\p{L}*|en)?|foundations?|(?:förder)?verein(?:s\p{L}*|e|en)?|association loi 1901|onlus|fundaci[oó]n(?:es)?|asociación sin ánimo|благотворительн\p{L}*|ong|vakf[ıi]\p{L}*|derne[ğg]\p{L}*|kamu yararına|stichting(?:en)?|vereniging(?:en)?|associazion[ei]|fondazion[ei]|associaç(?:ão|ões)|fundaç(?:ão|ões)|некоммерческ\p{L}*|σύλλογο\p{L}*|σωματεί\p{L}*|ίδρυμα|ιδρύματος)(?![\p{L}\p{N}_])|(?:npo法人|一般社団法人|公益社団法人|一般財団法人|公益財団法人|特定非営利活動法人|非营利|非營利|基金会|基金會|جمعية|مؤسسة خيرية|منظمة غير ربحية)|(?<!\p{L})(?:עמותה|העמותה|עמותת|ע["״׳'.]\s?ר\.?(?!\p{L})|חל["״]צ)/iu;

/**
 * A company registration or tax number after its label, as senders write it where they identify
 * themselves: MERSİS, Vergi No, VKN, TCKN (TR), HRB, Handelsregister, USt-IdNr (DE), SIREN, SIRET,
 * RCS (FR), Company No., ABN, ACN, VAT No. (EN), CIF, NIF, P.IVA, KvK, ИНН, ОГРН, ח"פ, ע"ר, עוסק
 * מורשה. The number needs six digits or more (spaces, dots and dashes allowed between them) within
 * a few characters of its label; a bare number is not taken for one.
 */
const REGISTRATION = /(?<![\p{L}\p{N}])(?:mers[iİı]s|verg[iİı](?:\s+k[iİı]ml[iİı]k)?\s+(?:no|numaras[ıi])|vkn|tckn|t\.\s?c\.\s?k[iİı]ml[iİı]k\s+no|t[iİı]caret\s+s[iİı]c[iİı]l(?:\s+no)?|hr[ab]|handelsregister|ust-?id(?:nr)?|siren|siret|rcs|company\s+(?:no|number|reg(?:istration)?\.?\s*no)|reg(?:istration)?\.?\s+no|abn|acn|vat\s+(?:no|number|reg)|tax\s+id|cif|nif|p\.\s?iva|partita\s+iva|kvk|инн|огрн|ח["״׳'.]\s?פ\.?|ע["״׳'.]\s?ר\.?|עוסק\s+מורשה)(?![\p{L}])[^\p{N}\n]{0,14}\d(?:[ .\-/]?\d){5,}/iu;
export function hasRegistrationNumber(text: string): boolean {
  return hasThreeDigitsAcrossSeparators(text) && REGISTRATION.test(text);
}

/**
 * Cheap necessary condition for REGISTRATION: three digits in a row once the separators
 * (space, '.', '-', '/') are left out, tested in one pass without building that string.
 */
function hasThreeDigitsAcrossSeparators(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++run === 3) return true;
    } else if (c !== 32 && c !== 46 && c !== 45 && c !== 47) run = 0;
  }
  return false;
}

/**
 * Whether the text holds an e-mail address, /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/, tested
 * without that pattern's slow failures (64 characters tried before every '@'-less position). A
 * match exists exactly when some '@' has one local-part character before it and, after it, a run
 * of 1–63 domain characters ending in '.' and one more domain character: a longer local part or
 * more labels are never needed, and a first label can only end at the run's end ('.' is not a
 * domain character).
 */
const EMAIL_AT = /[\w.+-]@[\w-]{1,63}\.[\w-]/;
export function hasEmailAddress(text: string): boolean {
  return text.includes('@') && EMAIL_AT.test(text);
}

// The slowest postal forms, named for their prechecks below.
const NUMBER_STREET = /\b\d{1,5}[a-z]?,?\s+(?:[\p{L}.'-]+\s+){0,4}(?:street|st\.?|avenue|ave\.?|road|rd\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|way|suite|court|ct\.?|place|pl\.?|square|parkway|pkwy)\b/iu;
const NUMBER_RUE = /\b\d{1,5},?\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|quai|calle|avenida|via|viale|piazza|corso|rua|travessa|straat|laan|weg)\b/iu;
const DE_STREET = /\b[\p{L}.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s+\d{1,4}\s?[a-z]?\b/iu;
const PO_BOX = /(?<![\p{L}\p{N}_])(?:p\.?\s?o\.?\s?box|postfach|boîte postale|apartado de correos|casella postale|postbus|а\/я|абонентский ящик)(?![\p{L}\p{N}_])/iu;

/** Postal addresses in the forms the countries we cover write them. */
export const POSTAL_ADDRESS: RegExp[] = [
  // US/CA street + state/province + ZIP/postcode
  /\b[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?\b/,
  /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/,
  // UK postcode
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/,
  // number + street word (EN/FR/ES/IT/PT/NL)
  NUMBER_STREET,
  NUMBER_RUE,
  // German-style street + number, then a 4–5 digit postcode and a town
  DE_STREET,
  /\b(?:D-|A-|CH-|F-)?(?!19\d\d\b|20\d\d\b)\d{4,5}[ \t]+\p{Lu}[\p{L}-]{2,}/u,
  PO_BOX,
  // ul./ул./пр. + name (PL/RU); \b is ASCII-only, so Cyrillic needs a letter lookbehind
  /(?<!\p{L})(?:ul\.|ул\.|пр\.|просп\.|пер\.|наб\.|ш\.|д\.)\s?[\p{L}\d]/u,
  /(?<!\p{L})(?:улица|проспект|переулок|шоссе)\s+[\p{L}-]+,?\s*(?:д\.\s?)?\d/iu,
  // RU six-digit postcode before the city: "630099, г. Новосибирск"
  /(?<!\d)\d{6},?\s+(?:г\.|город\s)/u,
  // NL postcode "1017 EK Amsterdam"
  /\b\d{4}\s?[A-Z]{2}\s+\p{Lu}[\p{L}-]{2,}/u,
  // BR CEP "01412-100", PT "1250-146 Lisboa"
  /(?<!\d)\d{5}-\d{3}(?!\d)/u,
  /(?<!\d)\d{4}-\d{3}\s+\p{Lu}/u,
  // street word, then the name, then the number (PT/ES/IT/TR): "Rua Augusta, 2690", "Büyükdere Cad. No: 185"
  /(?<!\p{L})(?:rua|avenida|av\.|travessa|praça|alameda|calle|via|viale|piazza|corso)\s+[\p{L}\s.'-]{2,40}?,?\s+(?:n\.?º?\s?)?\d{1,5}\b/iu,
  /(?<!\p{L})(?:cad\.|caddesi|sok\.|sokak|sokağı|bulvarı|blv\.|mah\.|mahallesi)\s*(?:no\s*:?\s*)?\d/iu,
  // GR postcode "105 63 Αθήνα"
  /(?<!\d)\d{3}\s\d{2}\s+\p{Lu}/u,
  // HE street "רחוב הרצל 45", city + seven-digit postcode "תל אביב 6407807"
  /(?:רחוב|רח['׳]|שדרות|שד['׳])\s*[\p{Script=Hebrew}\s"'-]{2,30}\d/u,
  /\p{Script=Hebrew}{2,}\s+\d{7}(?!\d)/u,
  // AR P.O. box "ص.ب. 123456", street then city and postcode "طريق الملك فهد، الرياض 12271"
  /ص\.\s?ب\.?\s?\d/u,
  /صندوق\s+بريد\s*\d/u,
  // (not "عن طريق", "by way of")
  /(?<!عن\s)(?:شارع|طريق)\s+[^\d]{2,40}?\p{Script=Arabic}{2,}\s+\d{5}(?!\d)/u,
  // JA postcode "〒150-0002"
  /〒\s?\d{3}-?\d{4}/u,
  // ZH "文三路 90 号", "松仁路 100 號", "邮编 201203"
  /[路街道巷弄]\s?\d{1,5}\s?[号號]/u,
  /(?:邮编|郵編|郵遞區號|邮政编码)\s*[:：]?\s*\d{5,6}/u,
];

/**
 * Cheap necessary conditions for the slowest POSTAL_ADDRESS forms: a substring every
 * match holds, under the same flags (the German form tries every word's letters before its street
 * word; the box form is a case-insensitive alternation tried at every word; the number-and-street
 * forms try every number in the text).
 */
const POSTAL_PRECHECK = new Map<RegExp, RegExp>([
  // (The street word always follows a blank and ends at a word boundary, dot or not; the full
  // forms try every number against up to four words before it.)
  [NUMBER_STREET, /\s(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|suite|court|ct|place|pl|square|parkway|pkwy)\b/iu],
  [NUMBER_RUE, /\s(?:rue|avenue|boulevard|bd|place|chemin|allée|quai|calle|avenida|via|viale|piazza|corso|rua|travessa|straat|laan|weg)\b/iu],
  [DE_STREET, /(?:straße|strasse|str\.|weg|platz|allee|gasse|ring|damm|ufer)\s+\d/iu],
  [PO_BOX, /box|postfach|postale|correos|postbus|а\/я|ящик/iu],
]);

export function hasPostalAddress(text: string): boolean {
  // Every form above has a digit (house number, postcode, box number) or a box keyword.
  if (!/\d/.test(text) && !/box|postfach|postale|correos|postbus|ящик/i.test(text)) return false;
  return POSTAL_ADDRESS.some((re) => (POSTAL_PRECHECK.get(re)?.test(text) ?? true) && re.test(text));
}

/** Words in ALL CAPS (four letters or more): shouting, a promotional subject style. */
export function capsWords(text: string): number {
  return (text.match(/\b\p{Lu}{4,}\b/gu) ?? []).length;
}

/**
 * Where a link goes, as lower-case words: its URL's path and query (the host names the sender,
 * not the purpose) and the names of the placeholders in its tag (href="{{ upgrade_url }}").
 */
export function linkTargetWords(link: { href: string; placeholders?: string[] }): string {
  let words = targetWordsOf.get(link);
  if (words === undefined) {
    words = targetWords(link);
    targetWordsOf.set(link, words);
  }
  return words;
}

/**
 * linkTargetWords per link object, so each link is read once: the transactional core, the
 * promotional elements and the learned fallback all ask for the same links' words.
 */
const targetWordsOf = new WeakMap<object, string>();

function targetWords(link: { href: string; placeholders?: string[] }): string {
  // A mail or phone link goes to the sender, not to a page.
  if (/^\s*(?:mailto|tel|sms):/i.test(link.href)) return '';
  const m = /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/[^/?#]*)?([^#]*)/i.exec(link.href);
  const path = (m?.[1] ?? '').slice(0, 300);
  const names = (link.placeholders ?? []).filter((n) => !isHomepagePlaceholder(n)).join(' ');
  return `${path} ${names}`.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
}

/**
 * Link destinations that promote, whatever the link's label says: the shop and its products,
 * pricing and upgrade pages, referral programmes, donation and review pages. URL slugs are mostly English in
 * every language; the common localised shop and pricing slugs are listed too.
 */
export const RECOMMENDATION_TARGET = /\b(?:recommendations?|recommended|suggestions?|suggested|cross ?sells?|upsells?|related products?)\b/;

export const PROMO_TARGETS: Array<[RegExp, string]> = [
  // Suggested and recommended items are a cross-sell by definition ({{ suggestion.link }},
  // /recommendations), whatever the layout around the link: an image tile is enough.
  [RECOMMENDATION_TARGET, 'crossSell'],
  [/\b(?:shop|store|products?|collections?|catalog(?:ue)?|boutique|tienda|negozio|winkel|loja|magazin|produkte?|produits?|productos?|prodotti|produtos?|producten|kollektion(?:en)?|colecci[oó]n(?:es)?|collezion[ei]|deals?|offers?|sale|promo(?:tions?)?|new arrivals|bestsellers?|angebote?|gift cards?)\b/, 'shop'],
  [/\b(?:pricing|plans|upgrade|premium|tarifs?|preise|precios|prezzi)\b/, 'upsell'],
  // What the sender sells, shown off: its services page, its customers' praise, its case studies
  // (/our-services, /#testimonials, /customer-stories). A notice links to the record it is about.
  [/\b(?:our services|testimonials?|customer stories|success stories|case studies|why us)\b/, 'shop'],
  // A destination named for a price cut ({{ prolong_url_reduced }}, /discount, ?rabatt=).
  [/\b(?:discounts?|discounted|reduced|rabatt|winback|win back)\b/, 'discount'],
  [/\b(?:refer(?:ral)?s?|refer a friend|tell a friend|tellafriend|parrainage|empfehlen|invite friends?)\b/, 'referral'],
  [/\b(?:donate|donations?|spenden|donar|doar)\b/, 'donation'],
  // A review or rating page ({{ reviewUrl }}, /write-review, /rate): a review request (LABELING.md).
  [/\b(?:reviews?|write review|rate us|rating|ratings|bewertungen?|avis|recensioni?|rese[nñ]as?|avalia[cç](?:ao|oes)|beoordelingen?|trustpilot|nps)\b/, 'review'],
];

/** The promotional category of a link's destination, if it has one. */
export function promoTarget(words: string): string | null {
  for (const [re, category] of PROMO_TARGETS) if (re.test(words)) return category;
  return null;
}

/**
 * Destinations of a notification about someone else's activity the recipient follows: a topic,
 * thread, comment, reply, private message or ticket (forum software names them U_TOPIC,
 * viewtopic.php, {comment_url}…), or a notification, a task or an incident of the reader's own
 * ({{ notificationUrl }}, /tasks/12). Settings and unsubscribe links are not among them.
 */
export const NOTICE_TARGET = /\b(?:topics?|threads?|comments?|replies|reply|conversations?|tickets?|viewtopic|showthread|mentions?|u topic|u view topic|u pm|u post|pm|notifications?|tasks?|incidents?)\b/;
/**
 * A placeholder of a text template that stands for the activity itself, besides the destinations
 * above: the post and who wrote it ({poster_display_name}), a page revision. ("diff" is not one:
 * {{$diff}} is as often a count of days.) Only placeholders: a link to a blog post is what
 * newsletters carry.
 */
export const NOTICE_PLACEHOLDER = /\b(?:posters?|commenters?|revisions?)\b/;
/**
 * A forum topic addressed by path, as Discourse does (/t/slug/4711), or one comment, reply or post
 * of a page addressed by its numbered anchor, as blogs and forums link a reply (#comment-2291,
 * #reply-17, #post-55, #p4): what a notification points at, whatever language it is written in.
 */
export const TOPIC_PATH = /\/t\/[\p{L}\p{N}_-]+\/\d+|#(?:comments?|repl(?:y|ies)|posts?|p|answers?|msg|messages?|note)[-_]?\d+$/u;
export const NOT_A_NOTICE_TARGET = /\b(?:settings|unsubscribe|preferences|options|notification settings|ucp)\b/;
/** Where a cart reminder's button goes: the cart or the checkout (URL slugs are mostly English; the common localised ones too). */
export const CART_TARGET = /\b(?:carts?|basket|checkout|abandoned|warenkorb|panier|carrito|carrello|winkelwagen|carrinho|sepet|korzina)\b/;
/**
 * An order, invoice or purchase page that a shop serves under its cart or checkout path, or the
 * page a finished checkout ends on (/checkout/onepage/success, /checkout/thank-you): an order exists.
 */
export const RECORD_UNDER_CART = /\b(?:orders?|invoices?|receipts?|purchases?|history|received|success|confirmation|confirmed|thank ?you|thanks)\b/;

/** Words that only say "the address of the site": {{ shop.url }}, {shop_url}, {{ site_link }} is the homepage. */
const HOMEPAGE_WORDS = new Set(['url', 'link', 'href', 'uri', 'path', 'shop', 'store', 'site', 'website', 'home', 'homepage', 'base', 'main', 'root', 'domain', 'app', 'web', 'company', 'brand', 'name', 'www']);
/** Placeholders for the sender's contact details or assets ({{ shop.email }}, {shop_logo}): not a destination. */
const CONTACT_WORDS = /\b(?:e?mail|phone|tel|telephone|fax|contact|address|logo|image|img|icon)\b/;

/** A placeholder for the sender's homepage: a plain homepage link is not promotion (LABELING.md). */
function isHomepagePlaceholder(name: string): boolean {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length > 0 && (words.every((w) => HOMEPAGE_WORDS.has(w)) || CONTACT_WORDS.test(words.join(' ')));
}
