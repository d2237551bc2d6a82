import type { ContentModel, Identity, Link } from '../types.js';
import { hasPhoneNumber } from './phone.js';
import { NO_REPLY, hasEmailAddress } from './patterns.js';

/**
 * How a message lets its recipient reach the sender: an email address, a phone number, a web
 * address, or a link to a page that identifies the sender (contact, Impressum, legal notice,
 * about us). This is vocabulary only: which of them a law requires is said by the rule packs
 * (casl.yaml reads them as SOR/2012-36 s.2).
 */
export interface ContactReading {
  email: boolean;
  phone: boolean;
  web: boolean;
  /** A link to a page that identifies the sender: its name, address and contact details. */
  identificationPage: boolean;
}

export function readContact(model: ContentModel, allText: string, placeholderNames: readonly string[]): ContactReading {
  const fields = new Set(placeholderNames.map(senderContactField));
  return {
    email: hasEmailAddress(allText) || model.links.some((l) => /^\s*mailto:/i.test(l.href)) || fields.has('email') || canBeWrittenTo(model.replyTo ?? model.from),
    phone: hasPhoneNumber(allText) || model.links.some((l) => /^\s*tel:/i.test(l.href)) || fields.has('phone'),
    web: hasWebAddress(allText) || model.links.some(isSupportLink) || fields.has('web'),
    identificationPage: model.links.some(isIdentificationLink),
  };
}

/** The address replies go to (Reply-To, else From) reaches the sender unless it is a no-reply one. */
function canBeWrittenTo(identity: Identity | null): boolean {
  return !!identity && identity.address.includes('@') && !NO_REPLY.test(identity.address);
}

// ---- written out: www.example.com, https://example.com/…, example.co.uk ----

/** Top-level domains a bare domain is recognised on: common ones and those of the countries covered. */
const TLDS = ['com', 'org', 'net', 'info', 'biz', 'io', 'co', 'shop', 'store', 'app', 'eu', 'ca', 'us', 'uk', 'ie', 'de', 'at', 'ch', 'fr', 'be', 'lu', 'es', 'it', 'pt', 'br', 'nl', 'ru', 'tr', 'gr', 'il', 'ae', 'sa', 'eg', 'jp', 'cn', 'tw', 'hk', 'au', 'nz', 'mx', 'ar', 'pl', 'se', 'no', 'dk', 'fi'];

/**
 * A web address in the text: a site's address with "www." or a scheme, or a bare domain on a
 * listed top-level domain written in one case ("example.com", "EXAMPLE.COM"; not "index.html",
 * "Node.js" or two sentences run together, "shopping.It was"). Never the domain of an email
 * address, nor a host inside a longer URL. A URL with a scheme counts only when it is the site's
 * address (its homepage, or its contact or help page): a plain-text message writes every link
 * out, and a tracking link or a shared document (https://drive.google.com/…) is no address to
 * reach the sender at.
 */
const WEB_ADDRESS = new RegExp(
  // (not inside a longer URL or an email address: no word character, '/', ':', '@', '.' or '-' before it)
  '(?<![@\\w./:-])(?:' +
    '[hH][tT][tT][pP][sS]?:\\/\\/[\\w-]+(?:\\.[\\w-]+)+(?:\\/(?:[\\w-]*(?:contact|kontakt|support|help|impressum|imprint)[\\w-]*\\/?)?)?(?![\\w/?#%=&@-]|\\.[A-Za-z\\d])' +
    '|[wW]{3}\\.[\\w-]+(?:\\.[\\w-]+)+(?![\\w@]|\\.[A-Za-z\\d])' +
    `|[A-Za-z\\d][\\w-]*(?:\\.[\\w-]+)*\\.(?:${TLDS.join('|')}|${TLDS.join('|').toUpperCase()})(?![\\w@]|\\.[A-Za-z\\d])` +
    ')',
);

export function hasWebAddress(text: string): boolean {
  return text.includes('.') && WEB_ADDRESS.test(text);
}

/** A link to a help, support or contact page is a web address to reach the sender at (its query string does not say so). */
const SUPPORT_PAGE = /contact|kontakt|support|help/i;
function isSupportLink(link: Link): boolean {
  return !/^\s*(?:mailto|tel|sms):/i.test(link.href) && SUPPORT_PAGE.test(link.href.split(/[?#]/)[0]!);
}

// ---- placeholders: {{ shop.email }}, {store_phone}, {{ company.website }} ----

type ContactField = 'email' | 'phone' | 'web';

/** Whose field a placeholder holds: the sender's ({{ shop.email }}, {store_phone}, {{ support_url }}). */
const SENDER_WORDS = new Set(['shop', 'store', 'company', 'business', 'sender', 'merchant', 'seller', 'vendor', 'brand', 'site', 'support', 'help', 'service', 'sales', 'admin', 'office', 'reply', 'from']);
/**
 * Words that make it someone else's field, or not a contact at all: the recipient's
 * ({{ customer.phone }}, {{ user_email }}; HubSpot's {{ contact.email }} is the recipient's too),
 * an asset ({{ shop.email_logo_url }}) or a page to show ({{ view_on_site_link }}, {{ order.url }}).
 */
const NOT_A_SENDER_CONTACT = new Set(['customer', 'user', 'recipient', 'subscriber', 'member', 'buyer', 'client', 'account', 'contact', 'to', 'logo', 'image', 'img', 'icon', 'banner', 'asset', 'view', 'product', 'item', 'order', 'unsubscribe', 'preferences', 'reset', 'confirm', 'verify', 'tracking']);
const FIELD_WORDS: Record<string, ContactField> = {
  email: 'email', mail: 'email', emailaddress: 'email',
  phone: 'phone', telephone: 'phone', tel: 'phone', hotline: 'phone', phonenumber: 'phone',
  url: 'web', web: 'web', www: 'web', domain: 'web', link: 'web',
  // the site itself, whoever's words surround it ({{ website }}, {SITEURL})
  website: 'web', homepage: 'web', siteurl: 'web', shopurl: 'web', storeurl: 'web', websiteurl: 'web',
};
const SITE_ITSELF = new Set(['website', 'homepage', 'siteurl', 'shopurl', 'storeurl', 'websiteurl']);

function placeholderWords(name: string): string[] {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Phrases that name the sender's desk, not the recipient: "customer service", "reply to". */
const SENDER_PHRASES = /\bcustomer (?=service|care|support)|\b(reply) to\b/g;

/** Which of the sender's contact fields a placeholder fills in, if any. */
function senderContactField(name: string): ContactField | null {
  const words = placeholderWords(name).join(' ').replace(SENDER_PHRASES, '$1').split(' ').filter(Boolean);
  if (words.some((w) => NOT_A_SENDER_CONTACT.has(w))) return null;
  if (!words.some((w) => SENDER_WORDS.has(w) || SITE_ITSELF.has(w))) return null;
  for (const w of words) if (FIELD_WORDS[w]) return FIELD_WORDS[w]!;
  return null;
}

// ---- a link to the page that identifies the sender (SOR/2012-36 s.2(2)) ----

/**
 * The last path segment of an identification page: /contact, /impressum, /pages/about-us,
 * /mentions-legales.html. URL slugs are mostly English in every language; the common localised
 * ones are listed too.
 */
const IDENTIFICATION_SLUG = /^(?:contacts?(?:[-_]?us)?|kontakt(?:e|y)?|impressum|imprint|legal(?:[-_]?(?:notice|info(?:rmation)?|disclosure))?|mentions[-_]?l[eé]gales|aviso[-_]?legal|note[-_]?legali|colofon|colophon|about(?:[-_]?us)?|ueber[-_]?uns|uber[-_]?uns|qui[-_]?sommes[-_]?nous|a[-_]?propos|quienes[-_]?somos|sobre[-_]?(?:nosotros|nos)|chi[-_]?siamo|over[-_]?ons|contatti|contacto|contato|contactez[-_]?nous|fale[-_]?conosco|o[-_]?nas|o[-_]?kompanii|iletisim|hakkimizda|kunye|tokushoho)$/i;

/**
 * The whole label of such a link. A label, not a phrase found in a sentence (as lexicons match):
 * "About us" names the page, "Read more about the collection" does not.
 */
const IDENTIFICATION_LABEL = /^(?:contact(?: us)?|get in touch|about(?: us)?|who we are|impressum|imprint|legal notice|legal information|legal|mentions légales|nous contacter|contactez-nous|qui sommes-nous|à propos|kontakt|über uns|contacto|contáctanos|aviso legal|quiénes somos|sobre nosotros|contatti|chi siamo|note legali|contato|fale conosco|quem somos|sobre nós|over ons|colofon|контакты|о нас|о компании|iletişim|hakkımızda|künye|επικοινωνία|σχετικά με εμάς|צור קשר|אודות|اتصل بنا|من نحن|お問い合わせ|会社概要|特定商取引法に基づく表記|联系我们|關於我們|关于我们|聯絡我們)$/iu;

function isIdentificationLink(link: Link): boolean {
  // A "Contact us" mailto link is an email address, not a page.
  if (/^\s*(?:mailto|tel|sms):/i.test(link.href)) return false;
  const label = link.text.replace(/[\s:·|»›>→.]+$/u, '').replace(/^[\s·|»›>]+/u, '').trim();
  if (IDENTIFICATION_LABEL.test(label)) return true;
  const path = /^(?:[a-z][a-z\d+.-]*:)?(?:\/\/[^/?#]*)?([^?#]*)/i.exec(link.href)?.[1] ?? '';
  const last = path.split('/').filter(Boolean).pop()?.replace(/\.(?:html?|php|aspx?)$/i, '') ?? '';
  return IDENTIFICATION_SLUG.test(last);
}
