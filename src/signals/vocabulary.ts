/**
 * The signals vocabulary: every name the signals stage (computeSignals in ./index.ts) can set,
 * with its type and what it means to a pack author. `packs lint` checks conditions against it and
 * `npm run docs` writes it to docs/rules/signals.md; test/signal-vocabulary.test.ts runs every
 * fixture and rule example to hold the stage and this list to each other.
 *
 * `graylint check` never loads this module: ./index.ts imports its types only, so a misspelt or
 * mistyped `set()` fails to compile, and the descriptions cost a check nothing.
 */

export type SignalType = 'boolean' | 'number' | 'string';

export interface SignalEntry {
  type: SignalType;
  /** One line: what the signal says about the message, not how it is computed. */
  description: string;
  /**
   * Why no fixture or rule example makes the signal fire (true, non-zero or non-empty). Without
   * it, the vocabulary test requires one that does; with it, the test requires that none does (the
   * mark goes once a fixture covers the signal) and fires the signal on an input made for it.
   */
  rare?: string;
}

/**
 * What each group of signals is about, by prefix (the part of the name before the first dot;
 * '' for names without one), in the order the docs list them.
 */
export const SIGNAL_GROUPS: Readonly<Record<string, string>> = {
  subject: 'The subject line',
  preheader: 'The preheader (the preview text an inbox shows after the subject)',
  from: 'The sender\'s identity (From and Reply-To)',
  core: 'The transactional core: transactional or relationship content (an order, an account, a security notice, a request…) and where it starts',
  promo: 'Promotional elements: commercial offers, review requests and donation appeals in the body, the subject and the preheader',
  '': 'The message as a whole',
  unsubscribe: 'How the recipient can unsubscribe',
  address: 'The sender\'s postal address',
  contact: 'How the recipient can reach the sender',
  identification: 'Sender identification',
  links: 'Where the links lead, read from their addresses (graylint never follows a link)',
  disclaimer: 'What the message says it is not',
  dkim: 'Authentication (DKIM and its alignment with From)',
  body: 'The visible body',
  evidence: 'How much graylint recognised',
  input: 'How much of the input graylint read',
  fallback: 'The learned fallback (a model trained on labelled mail, models/fallback.json; it decides no class, it only qualifies a verdict\'s confidence)',
};

const NOTICE_NEVER = 'the model\'s notice threshold is never: fitted leave-one-source-out, reading thin mail as a notice by it cost more costly errors than it gained, and no pack reads it';
/** Why the fallback's other signals fire on no fixture: no model ships (models/fallback.json). */
const NO_MODEL_SHIPS = 'no model ships since session 29 (its doubt caught no costly error, eval/STATISTICS.md); it fires only with a model trained by npm run train-fallback or passed to createChecker';

/** Every signal, grouped by prefix in SIGNAL_GROUPS order. */
export const SIGNALS = {
  'subject.present': { type: 'boolean', description: 'The message has a subject.' },
  'subject.promotional': { type: 'boolean', description: 'The subject reads as an advertisement: offer wording or an ad label ("ADV:"), or emoji, "!!" or ALL CAPS with no transactional wording.' },
  'subject.transactional': { type: 'boolean', description: 'The subject names transactional or relationship content: an order, an invoice, a password, an account or a booking.' },
  'subject.fakeReply': { type: 'boolean', description: 'The subject starts with a reply or forward prefix ("Re:", "Fwd:", "AW:"…) but the message is no reply: it has no In-Reply-To or References header.' },
  'subject.adLabel': { type: 'string', description: 'The first advertising label in the subject, as its lexicon writes it ("פרסומת", "advertisement", "reklam") or an "ADV:"-style prefix by its word ("adv"); empty when the subject carries none.' },
  'subject.adLabelFirst': { type: 'boolean', description: 'The subject opens with its advertising label: nothing but punctuation, brackets or direction marks before it.' },
  'subject.imperative': { type: 'boolean', description: 'An English subject the lexicons leave undecided opens with a command ("Grab yours", "Meet the new…"), a verb of the lexicon\'s `commands`.' },

  'preheader.promotional': { type: 'boolean', description: 'The preheader carries an offer of its own (a discount, a coupon, a sale…).' },

  'from.present': { type: 'boolean', description: 'The message has a From address (raw messages; templates usually have none).' },
  'from.country': { type: 'string', description: 'The country-code top-level domain of the From address ("il" for shop.co.il), or "" for a generic one or none.' },
  'from.noReply': { type: 'boolean', description: 'Replies go to a no-reply address (Reply-To when there is one, else From).' },
  'from.promotionalName': { type: 'boolean', description: 'The From display name reads as an advertisement: offer wording ("50% off"), or emoji, "!!" or ALL CAPS.' },
  'from.onBehalf': { type: 'boolean', description: 'The message is sent for a third person: a placeholder names the friend who shares, the member who invites or the referrer ({FROM_USERNAME}, {firstname_friend}, {{ referrer_name }}).' },

  'core.present': { type: 'boolean', description: 'The message carries transactional or relationship content: not only order words inside an offer, and not an abandoned-cart reminder.' },
  'core.startShare': { type: 'number', description: 'Where the transactional content starts, as a share of the visible body from 0 (the top) to 1; 0 when only the subject states it, 1 when there is none.' },
  'core.startChars': { type: 'number', description: 'Where the transactional content starts, in visible body characters from the top; 0 when only the subject states it, the whole body when there is none.' },
  'core.credentials': { type: 'boolean', description: 'The message fills in the recipient\'s password ({{ $password }}): login details of an account made for them, which is account information, not a security notice.' },
  'core.securityOnly': { type: 'boolean', description: 'The transactional content is only a password, verification or security notice: no commercial character at all.' },
  'core.donationOnly': { type: 'boolean', description: 'The transactional content is the thanks for, or the receipt of, a donation the recipient made (with its payment), with nothing but security content beside it.' },
  'core.noticeOnly': { type: 'boolean', description: 'The transactional content is a notification about activity the recipient follows (a reply, a comment, a message), beside nothing but security content and its account or subscription settings.' },
  'core.listConsentOnly': { type: 'boolean', description: 'The transactional content only confirms leaving a mailing list, or asks to confirm the address given to join one (double opt-in): consent to mail, no commercial character.' },
  'core.requestedAlertOnly': { type: 'boolean', description: 'The transactional content is only an alert or a request the recipient asked for (a back-in-stock or price alert).' },
  'core.orderTermsOnly': { type: 'boolean', description: 'Every kind of transactional wording said is order, shipping or payment: what an advertisement also says about how to buy (false when none is said).' },
  'core.kinds': { type: 'string', description: 'The kinds of transactional wording said, comma-separated in alphabetical order ("order,shipping"); empty when none is. Each kind is also a `core.<kind>` signal below.' },
  'core.keys': { type: 'string', description: 'Translation keys that name the mail\'s purpose ("task_overdue.subject"), comma-separated; empty when none does or any key names an offer or a list.' },
  'core.order': { type: 'boolean', description: 'Speaks of an order of the recipient\'s: an order number, confirmation or summary.' },
  'core.invoice': { type: 'boolean', description: 'Speaks of an invoice, a receipt, a refund or a bill.' },
  'core.shipping': { type: 'boolean', description: 'Speaks of a shipment or a delivery: shipped, on its way, tracking.' },
  'core.payment': { type: 'boolean', description: 'Speaks of a payment: received, confirmed, failed or declined.' },
  'core.password': { type: 'boolean', description: 'Speaks of the recipient\'s password: a reset, a change, a forgotten password.' },
  'core.verification': { type: 'boolean', description: 'Asks the recipient to verify an email address or an account: a verification code or link.' },
  'core.security': { type: 'boolean', description: 'Reports a security event: a new sign-in, a new device, unusual activity.' },
  'core.account': { type: 'boolean', description: 'Speaks of the recipient\'s account: created, its details, the login name (marketing mail says "your account" too).' },
  'core.subscription': { type: 'boolean', description: 'Speaks of a subscription or plan the recipient holds: confirmed, renewing, a trial ending.' },
  'core.booking': { type: 'boolean', description: 'Speaks of a booking: a reservation, an appointment, a ticket, an itinerary.' },
  'core.request': { type: 'boolean', description: 'Answers something the recipient asked for: "your request", a support ticket, "as requested".' },
  'core.welcome': { type: 'boolean', description: 'Welcomes a new sign-up: "welcome to", "thanks for joining".' },
  'core.usage': { type: 'boolean', description: 'Reports the recipient\'s use of a service: a limit or quota nearly reached, a suspended account.' },
  'core.service': { type: 'boolean', description: 'A factual notice about a service the recipient uses: maintenance, an outage, a deprecation or end of support, a change to its terms or price (CASL s.6(6)(d)).' },
  'core.credit': { type: 'boolean', description: 'Speaks of value the recipient holds: a gift card, store credit, a refund voucher.' },
  'core.alert': { type: 'boolean', description: 'Delivers an alert the recipient asked for: back in stock, a price drop they signed up for.' },
  'core.donation': { type: 'boolean', description: 'Thanks for, or a receipt of, a donation the recipient made ("Thank you for your donation of", a donation receipt).' },
  'core.notification': { type: 'boolean', description: 'Notifies the recipient of activity they follow: a comment, a reply, a private message, or a link to one.' },
  'core.unsubscribed': { type: 'boolean', description: 'Confirms that the recipient left a mailing list ("You have been unsubscribed", "Sie wurden abgemeldet").' },

  'promo.any': { type: 'boolean', description: 'Anything promotional: a commercial offer, a review request, a donation appeal or an ask to act for a cause in the body, or an offer in the subject or preheader.' },
  'promo.commercial': { type: 'boolean', description: 'A commercial offer (a discount, a coupon, a sale, a new product, an upgrade, a referral, a cart reminder…) in the body, subject or preheader.' },
  'promo.commercialInBody': { type: 'boolean', description: 'A commercial offer in the body or footer, the subject and preheader left aside (a subject\'s own advertising label, "פרסומת: …", is not one).' },
  'promo.count': { type: 'number', description: 'How many promotional elements the body has (blocks, buttons and images; the footer included).' },
  'promo.review': { type: 'boolean', description: 'The body asks for a review or a rating ("Leave a review", "How likely are you to recommend us").' },
  'promo.donation': { type: 'boolean', description: 'The body asks for a donation ("Donate", "Support our mission").' },
  'promo.cause': { type: 'boolean', description: 'The body asks the reader to act for the sender\'s cause ("Sign the petition", "Volunteer with us"): promotion of its aims, not of a product.' },
  'promo.referral': { type: 'boolean', description: 'A refer-a-friend offer ("Give $10, get $10", "Invite a friend").' },
  'promo.cart': { type: 'boolean', description: 'Reminds the recipient of items left in a shopping cart.' },
  'promo.upsell': { type: 'boolean', description: 'Offers an upgrade of what the recipient has ("Upgrade to Pro").' },
  'promo.inFooterOnly': { type: 'boolean', description: 'Every promotional element is in the footer (false when there is none).' },
  'promo.share': { type: 'number', description: 'The share of the visible body, from 0 to 1, that promotional text takes (footer and images left out).' },
  'promo.prominence': { type: 'number', description: 'How loudly the most prominent promotional element is presented, from 0 (plain text) to 1 (a large heading, a button, a coloured background).' },
  'promo.beforeCore': { type: 'boolean', description: 'A promotional element outside the footer comes before the transactional content starts, or the preheader makes an offer in a message that has transactional content.' },
  'promo.selfDeclared': { type: 'boolean', description: 'A body block opens with the sender\'s own advertising label ("Advertisement", "This is a promotional email").' },

  requested: { type: 'boolean', description: 'A product alert the recipient asked for that offers nothing beyond the item\'s availability, its price and how to buy it.' },
  bulk: { type: 'boolean', description: 'The headers say the message goes to a list (List-Unsubscribe, List-Id, or Precedence: bulk, list or junk).' },
  newsletter: { type: 'boolean', description: 'List mail with no transactional content: newsletter or digest wording, list headers, or an unsubscribe link in a message that states nothing transactional.' },
  nonprofit: { type: 'boolean', description: 'The sender presents itself as a non-profit (a charity, a foundation, an e.V., an NGO) in the body or the From name, or the config declares it one (sender: { nonprofit: true }).' },
  adLabel: { type: 'boolean', description: 'The body or footer labels the message as advertising anywhere ("Advertisement", "Sponsored").' },
  kind: { type: 'string', description: 'What the input is: "eml" (a raw message), "html", "text", "mjml" or "template".' },
  currency: { type: 'string', description: 'The currency the message states prices in most often, as an ISO 4217 code ("EUR", "ILS", "TRY"), or "" when it states none.' },
  language: { type: 'string', description: 'The message language as a two-letter code ("en", "de", "ja"): the declared one, else the one its script or wording shows.' },

  'unsubscribe.link': { type: 'boolean', description: 'The body offers a way to unsubscribe: an unsubscribe or preferences link, unsubscribe wording, or an unsubscribe placeholder.' },
  'unsubscribe.header': { type: 'boolean', description: 'The message has a List-Unsubscribe header.' },
  'unsubscribe.https': { type: 'boolean', description: 'The List-Unsubscribe header carries an https:// address.' },
  'unsubscribe.oneClick': { type: 'boolean', description: 'One-click unsubscribe (RFC 8058): an https List-Unsubscribe address and List-Unsubscribe-Post: List-Unsubscribe=One-Click.' },
  'unsubscribe.signIn': { type: 'boolean', description: 'An unsubscribe link leads to a sign-in or account page (/login, /signin, /account/…): the recipient may have to log in to unsubscribe.' },

  'address.present': { type: 'boolean', description: 'A postal address: a street address or a post-office box, or a placeholder for the sender\'s address.' },

  'contact.email': { type: 'boolean', description: 'The recipient can write to the sender: an email address or mailto: link, a sender email placeholder, or a From or Reply-To that is not no-reply.' },
  'contact.phone': { type: 'boolean', description: 'A phone number to reach the sender: written out (not a parcel or order number), a tel: link, or a sender phone placeholder.' },
  'contact.web': { type: 'boolean', description: 'The sender\'s web address written out, a link to a contact or help page, or a sender website placeholder.' },
  'contact.present': { type: 'boolean', description: 'Any of `contact.email`, `contact.phone` or `contact.web`.' },

  'identification.page': { type: 'boolean', description: 'A link to a page that identifies the sender: contact, Impressum, legal notice, about us.' },
  'identification.registration': { type: 'boolean', description: 'A company registration or tax number after its label: MERSİS, Vergi No, Handelsregister (HRB), SIREN/SIRET, Company No., ABN/ACN, ИНН/ОГРН, ח"פ / ע"ר, VAT or tax ID.' },

  'links.campaignTagged': { type: 'boolean', description: 'A body link carries a marketing-campaign tag (utm_campaign=…, mc_cid=…), as mailing tools add to a campaign\'s links; not one naming a notice (=password-reset).' },
  'links.shop': { type: 'boolean', description: 'A link\'s address leads to a shop, product, pricing or offer page (/shop, /products/…, /pricing), or a logo or button links to a home page; tracking redirects are not read.' },

  'disclaimer.notMarketing': { type: 'boolean', description: 'The message says it is not marketing ("This is not a marketing email", "even if you have unsubscribed").' },

  'dkim.present': { type: 'boolean', description: 'The message carries a DKIM signature.' },
  'dkim.aligned': { type: 'boolean', description: 'A DKIM signature\'s domain (d=) has the same organisational domain as the From address (DMARC alignment).' },

  'body.empty': { type: 'boolean', description: 'No visible body text (a message with only attachments, or a body that did not survive).' },
  'body.unread': { type: 'boolean', description: 'A raw message whose body graylint could not read at all (it ends after its header section, or has no text or HTML part): the verdicts rest on the headers alone.' },
  'body.chars': { type: 'number', description: 'How many characters of visible body text there are, outside the footer and navigation.' },
  'body.unrecognisedShare': { type: 'number', description: 'The share of the visible body, 0 to 1 (footer and navigation out), in blocks of 40 characters or more in which no lexicon reads any wording.' },

  'evidence.thin': { type: 'boolean', description: 'graylint recognised neither transactional content nor a promotion or list signal, or read only part of the message (or none of its body) and found no promotion in it: the rules cannot tell what it is.' },

  'input.truncated': {
    type: 'boolean',
    description: 'Part of the input was not read: it went past one of graylint\'s limits (body characters, HTML depth, blocks, links…), or a raw message\'s body could not be read at all (body.unread).',
  },

  'fallback.score': { type: 'number', description: 'The learned fallback\'s score for the block that reads most promotional (higher is more promotional); 0 without a model, or where no pack can use it (no transactional core, or promotion found).', rare: NO_MODEL_SHIPS },
  'fallback.notice': { type: 'boolean', description: 'The learned fallback reads every block as a notice, none as promotion.', rare: NOTICE_NEVER },
  'fallback.promotional': { type: 'boolean', description: 'The learned fallback reads at least one block as promotion (the doubt category/learned-promotion).', rare: NO_MODEL_SHIPS },
} as const satisfies Record<string, SignalEntry>;

export type SignalName = keyof typeof SIGNALS;

/** The value a signal holds: `SignalValueOf<'promo.count'>` is number. */
export type SignalValueOf<N extends SignalName> = { boolean: boolean; number: number; string: string }[(typeof SIGNALS)[N]['type']];

/** The vocabulary as a map, for lookups by a name read from a pack or a result. */
export const SIGNAL_ENTRIES: ReadonlyMap<string, SignalEntry> = new Map(Object.entries(SIGNALS));

/** The group a signal belongs to: its prefix before the first dot, '' for a name without one. */
export function signalGroup(name: string): string {
  const dot = name.indexOf('.');
  return dot < 0 ? '' : name.slice(0, dot);
}
