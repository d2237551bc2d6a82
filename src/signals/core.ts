import type { Block, ContentModel } from '../types.js';
import { COMMERCIAL_CATEGORIES, SENTENCE_END, sentenceSpan, wordCount, type BlockReading } from './blocks.js';
import { isFieldLabel } from './field-label.js';
import type { LineIntent } from './subject.js';
import { CART, CART_TARGET, MONEY, NOTICE_PLACEHOLDER, NOTICE_TARGET, NOT_A_NOTICE_TARGET, RECORD_UNDER_CART, TOPIC_PATH, linkTargetWords } from './patterns.js';

/**
 * Transactional kinds that a cart reminder never carries: cart wording next to one of them is a
 * real transaction's (an invoice listing the cart, a booking). "order" is not among them: a cart
 * reminder reuses order rows and order words. Compare PRICED_TRANSACTIONS in index.ts.
 */
const NOT_A_CART_REMINDER = ['invoice', 'shipping', 'payment', 'password', 'verification', 'security', 'subscription', 'booking', 'credit'];

/** Transactional categories that are security/verification only: no commercial character at all. */
export const SECURITY_KINDS = new Set(['password', 'verification', 'security']);
/** Transactional categories that a marketing mail also uses in passing; they alone do not make a T/R core (a welcome does outside a newsletter issue: readCore). */
const WEAK_KINDS = new Set(['account', 'request', 'welcome']);
/** Kinds whose button is the transactional action itself. */
const ACTION_KINDS = new Set(['verification', 'password', 'shipping', 'payment', 'invoice', 'booking']);
/** What a message about joining a mailing list says besides the list's name. */
const LIST_JOINING_KINDS = ['subscription', 'welcome', 'verification', 'unsubscribed'];
/** Transactional words an offer also uses ("your first order", "your account"). */
const PROMO_TALK_KINDS = new Set(['order', 'account', 'request', 'welcome']);

/** Order, delivery and payment: the kinds a courtesy line ("Thanks for your order") names. */
const ORDER_TERMS = new Set(['order', 'shipping', 'payment']);
/** At most this many words of order wording, with no fact in them, are a courtesy line. */
const COURTESY_WORDS = 8;

/** At most this many words, and no sentence: a heading rather than a statement. */
const HEADING_WORDS = 4;

/** Words a block needs to state a fact (a sentence), rather than label a product tile. */
const MIN_FACT_WORDS = 6;

/**
 * Kinds a short message states once and is then that notice: activity the reader follows, a payment
 * or an invoice, a verification, a password or security fact. Not order, booking, shipping, alert,
 * subscription or credit words, which offers use too ("order now", "back in stock", "subscribe").
 */
const SHORT_NOTICE_KINDS = new Set(['notification', 'payment', 'invoice', 'verification', 'password', 'security']);
/** Visible body characters of a message short enough to hold one notice and nothing else. */
const SHORT_NOTICE_CHARS = 600;

/** A short line ending in a comma (Latin, full-width or Arabic): the salutation before the message. */
const SALUTATION = /^[^.!?。！？]{0,40}[,，、،]\s*$/u;
/** The same ending in a colon, as Spanish and formal English letters write it ("Hola Ana:", "Dear Sir:"). */
const COLON_SALUTATION = /^[^.!?。！？:：]{0,40}[:：]\s*$/u;
/** A word or two ending in "!" ("Hello!", "¡Hola!", "Hi there!"): a greeting, when it says nothing else. */
const EXCLAIMED_GREETING = /^\s*\S+(?:\s+\S+){0,2}\s*!\s*$/u;

/** A placeholder for an order line's quantity (not a stock count: "only {{ stock_qty }} left"). */
const QUANTITY_PLACEHOLDER = /^(?!.*(?:stock|avail|inventory|remain|left))(?:.*[_.\s-])?(?:qty|quantity|quantities)(?:$|[_.\s-])/i;

const PLACEHOLDER_KINDS: Array<[RegExp, string]> = [
  [/order|increment_id|purchase/i, 'order'],
  // A line's quantity ({{ item.qty }}, {$c.quantity}): goods bought, item by item. Product grids
  // in offers have prices but no quantities (readBlocks' order lines rest on the same fact).
  [QUANTITY_PLACEHOLDER, 'order'],
  [/invoice|receipt|creditmemo|credit_memo/i, 'invoice'],
  // (not a tracking pixel such as listmonk's {{ TrackView }})
  [/tracking|track_?(?:no|num|number|url|link|code|id)\b|shipment|shipping|carrier|delivery/i, 'shipping'],
  // (A reset link or token, not a date a quota is reset on: {{ readableResetDate }}.)
  [/password|passwd|reset[_.\s-]?(?:url|link|token|code|key|pass|pwd)|(?:^|[_.\s-])reset$/i, 'password'],
  // (phpBB's U_ACTIVATE, XOOPS's USERACTLINK: an account-activation link.)
  [/verif|confirm.*(url|link|token)|activat|actlink/i, 'verification'],
];

/** A person's name or address read off a record (order.getCustomerName, order.user.name, order.customer.email). */
const PERSON_FIELD = /(?:customer|user|buyer|client)[._]?(?:name|email|first_?name|last_?name|nick_?name)$|\.(?:customer|user|buyer|client)\.\w+$/i;

/**
 * Placeholders that stand for one record of the recipient's own: an order, invoice, booking or
 * parcel by its number or link, a reset or activation link, the login name or password. A template
 * that fills one in is about that record: a transaction fact, whatever the wording around it.
 */
const RECORD_PLACEHOLDER = /(?:order|invoice|booking|reservation|ticket|shipment|tracking|track|parcel|consignment)[_.\s-]?(?:id|no|num|number|ref|reference|name|code|url|link)\b|increment_?id|(?:reset|activation|activate|confirm(?:ation)?|verif\w*)[_.\s-]?(?:url|link|token|code|key)\b|(?:^|[_.\s-])activate$|actlink|(?:^|[_.\s-])(?:user_?name|login|password|passwd|pwd)(?:$|[_.\s-])/i;

/**
 * Placeholders that name a record the reader submitted, follows or owes, its state or its deadline
 * ({{ submissionTitle }}, {registration_number}, {{ task.id }}, {{ due_date }}, {status_text},
 * {{ daysLeft }}, {{ balance }}, {{ rdv.starts_at }}): transaction facts in a template of any
 * language, as an order number is. Read on the name in snake case. Not an expiry date (a coupon
 * carries one), nor a bare date or id; not a points or reward balance (a loyalty offer's).
 */
const RECORD_STATE_PLACEHOLDERS: Array<[RegExp, string]> = [
  [/submission|(?:^|_|\.)(?:registration|application|enrol?ment|enrollment)_?(?:id|no|num|number)(?:$|_|\.)/, 'notification'],
  [/(?:^|_|\.)(?:tasks?|due|deadline|status)(?:$|_|\.)/, 'notification'],
  // (A countdown to something lapsing: a trial, a membership, an account.)
  [/(?:^|_|\.)days?_?(?:left|remaining)(?:$|_|\.)/, 'subscription'],
  [/^(?!.*(?:point|reward|bonus|credit|cashback|gift|voucher|coupon)).*(?:(?:^|_|\.)balance|amount_?due)(?:$|_|\.)/, 'payment'],
  [/(?:^|_|\.)(?:appointments?|rdv)(?:$|_|\.)/, 'booking'],
];

/**
 * A field of a record the recipient is party to, read off that record ({{ reservation.num_people }},
 * {{ certificate.validity_end }}, {{ borrowers.branch }}, {discussion_title}, {{ answer_url }}): the
 * message reports on that record, in a template of any language. A field, not the bare name; not a
 * product, a post, an article, a comment, a job or a newsletter issue, which offers and digests fill
 * in the same way. Read on the name in snake case (recordStateKinds).
 */
const RECORD_FIELD_PLACEHOLDERS: Array<[RegExp, string]> = [
  [/(?:^|_|\.)(?:reservations?|bookings?|reservas?)[._]/, 'booking'],
  [/(?:^|_|\.)(?:certificates?|contracts?|loans?|borrowers?|answers?|discussions?|incidents?|bugs?)[._]/, 'notification'],
];
/**
 * A field that names a person or counts something rather than stating the record
 * ({{ booking.customer_name }}, reserva.usuario.nombres, comment_count): a review request or a
 * digest fills these in too.
 */
const NOT_A_RECORD_FIELD = /(?:^|_|\.)(?:(?:first_?|last_?|full_?|display_?|user_?|customer_?|nick_?)?names?|nombres?|apellidos?|nom|prenom|vorname|nachname|nome|cognome|email|avatar|\w*_?count|total)$/;

/** The core kinds a placeholder's name gives as a record's state, deadline or field (RECORD_STATE_PLACEHOLDERS, RECORD_FIELD_PLACEHOLDERS). */
function recordStateKinds(name: string): string[] {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  const kinds = RECORD_STATE_PLACEHOLDERS.filter(([re]) => re.test(snake)).map(([, kind]) => kind);
  if (!NOT_A_RECORD_FIELD.test(snake)) for (const [re, kind] of RECORD_FIELD_PLACEHOLDERS) if (re.test(snake)) kinds.push(kind);
  return kinds;
}

/**
 * A placeholder naming a third person the message is sent for: the friend who shares a product or
 * a topic, the member who invites, the referrer ({firstname_friend}, {FROM_USERNAME},
 * {{ referrer_name }}, {invite_sender_name}), or the address that person sent it from (Plone's
 * send-this-page ${from_address}, {{ sender_email }}). Such mail goes to someone who asked for nothing
 * (LABELING.md: product-share and forward-to-a-friend mail is marketing; the FTC treats the seller
 * who induces it as the sender).
 */
const ON_BEHALF_PLACEHOLDER = /(?:^|[_.\s-])(?:referr?er|inviter|invited_?by|invit(?:e|ation)_?(?:sender|author)|friend|sender_?(?:name|e?mail|address)|from_?(?:(?:user)?name|e?mail|address)|sharer)(?:$|[_.\s-])/i;

/**
 * A link that does one thing once, for this recipient: confirm, verify, validate or activate
 * something, or reset a password, with a one-time token in its address (?token=, &key=, a
 * {{ token }} placeholder). That is how double opt-in, address verification, vote or booking
 * confirmation and reset links are built, in every language: the mail exists to carry it.
 * (Not an unsubscribe or preferences link: a list footer's are tokenised too; nor an offer's.)
 */
const ONE_TIME_ACTION = /(?:^|[/_.=&?#-])(?:confirm|confirmation|verify|verification|validate|validation|activate|activation|reset)(?=$|[/_.=&?#-])/i;
const ONE_TIME_TOKEN_PARAM = /[?&](?:token|key|code|hash|sig|signature|otp|nonce|t|k|h)=/i;
const ONE_TIME_TOKEN_NAME = /token|hash|nonce|signature|(?:^|[_.\s-])(?:key|code)$/i;
/** Not a list footer's tokenised link, nor an offer's ("/offers/activate?code=SAVE20", {{ coupon_code }}). */
const NOT_ONE_TIME = /unsub|opt[_-]?out|optout|preferences|manage|settings|coupon|voucher|promo|offer|discount|deal|reward|gift/i;
const RESET_ACTION = /(?:^|[/_.=&?#-])reset(?=$|[/_.=&?#-])/i;

export interface TransactionalCore {
  /** The message is sent on a third person's behalf (a share, an invitation, a referral). */
  onBehalf: boolean;
  /** Transactional categories said in the subject, the core blocks and placeholder names. */
  kinds: Set<string>;
  /** The kinds that make a T/R core (weak ones only in an account notice). */
  strongKinds: string[];
  /** Whether the message has T/R content at all (16 CFR 316.3(a)(2); CASL s.6(6)). */
  present: boolean;
  /** Where the T/R content starts. */
  first: Block | undefined;
  cartReminder: boolean;
  /** The body blocks whose link goes to the cart or the checkout. */
  cartLinkBlocks: number[];
  /** The body blocks about a list subscription, whose newsletter words name that list (namesTheList). */
  listBlocks: Set<number>;
  /** The body runs headed articles, as a newsletter issue or a digest does (headedArticles). */
  editorial: boolean;
}

/**
 * The transactional core: which T/R content the message carries (order, account, security…),
 * whether it is really there (not just order words inside an offer), and where it starts.
 */
export function readCore(model: ContentModel, body: BlockReading[], subject: LineIntent, placeholderNames: readonly string[], keyKinds: readonly string[] = []): TransactionalCore {
  const kinds = new Set<string>(subject.transactionalCategories);
  const placeholderKinds = new Set<string>();
  // "On your first order", "orders over $50": order words inside an offer are promotional talk, not a T/R core.
  const coreBlocks = body.filter((r) => r.transactional.length > 0 && !(r.promo.some((c) => COMMERCIAL_CATEGORIES.has(c)) && r.transactional.every((k) => PROMO_TALK_KINDS.has(k))));
  for (const r of coreBlocks) r.transactional.forEach((k) => kinds.add(k));
  const onBehalf = placeholderNames.some((name) => ON_BEHALF_PLACEHOLDER.test(name));
  // ({{ order.getCustomerName() }} names the customer, not the order: no record fact.)
  for (const name of placeholderNames) if (!PERSON_FIELD.test(name)) for (const [re, k] of PLACEHOLDER_KINDS) if (re.test(name)) placeholderKinds.add(k);
  // Sent for a third person, a sign-up link is that person's invitation, not the recipient's own account.
  if (onBehalf) placeholderKinds.delete('verification');
  // (What a translation file's keys name the mail, src/signals/key-purposes.ts, is such a fact too.)
  const stateKinds = onBehalf ? [] : [...placeholderNames.flatMap(recordStateKinds), ...keyKinds];
  stateKinds.forEach((k) => placeholderKinds.add(k));
  placeholderKinds.forEach((k) => kinds.add(k));
  const recordPlaceholder = !onBehalf && (stateKinds.length > 0 || placeholderNames.some((name) => RECORD_PLACEHOLDER.test(name) || QUANTITY_PLACEHOLDER.test(name)));
  // An abandoned-cart reminder talks about an order that was never placed: no transaction
  // "previously agreed to" (7702(17)(A)(i)), so its order wording is not a T/R core.
  // A message that opens on the cart ("You left items in your cart") is a reminder whatever a
  // template's line items say further down ("Refunded" rows of a reused order snippet).
  // A salutation ("Hallo Rudy,", "Здравствуйте,") is not yet the message: what follows it opens it.
  // (An image with no alt text, "[ ]", says nothing: it does not open the message either.)
  const opening = body.find((r) => /[\p{L}\p{N}]/u.test(r.block.text) && !isSalutation(r));
  // (Its first sentence: a long opening paragraph that mentions the cart further on, "… add the
  // product to the cart and enter the voucher code", opens on something else.)
  const openingText = opening?.block.text ?? '';
  const opensOnCart = !subject.transactional && CART.test(openingText.slice(0, sentenceSpan(openingText, 0)[1]));
  // So is a message whose call to action goes back to the cart or the checkout ({{ cart_url }},
  // /checkout, ?utm_source=abandoned_cart), whatever its words: that is where a purchase not made
  // is finished. (Not an order's own page under them: /checkout/order-received/42, /cart/order/42.)
  const cartLinkBlocks = model.links.filter((l) => !model.blocks[l.blockIndex]?.inFooter && isCartTarget(linkTargetWords(l))).map((l) => l.blockIndex);
  const cartReminder = opensOnCart || ((CART.test(model.subject?.text ?? '') || CART.test(model.preheader?.text ?? '') || body.slice(0, 3).some((r) => CART.test(r.block.text)) || cartLinkBlocks.length > 0)
    && !NOT_A_CART_REMINDER.some((k) => kinds.has(k)));
  if (cartReminder) kinds.clear();
  // A body with no link of its own address (a text template, whose links are the placeholders that
  // stand for them): there every placeholder's name may say where the message points.
  const unlinkedBody = model.links.every((l) => l.placeholderOnly);
  // A link (or a placeholder) to a topic, comment, reply or message: a notification about activity
  // the recipient follows, in any language, whatever its wording.
  // A topic a friend forwards is that friend's share, not activity the recipient follows.
  const noticeTarget = !cartReminder && !onBehalf && (
    model.links.some((l) => !model.blocks[l.blockIndex]?.inFooter && (TOPIC_PATH.test(l.href) || isNoticeTarget(linkTargetWords(l))))
    // A text template has no link markup: there any placeholder may name one ({U_TOPIC}, {topic}).
    || (unlinkedBody && placeholderNames.some((name) => isNoticeTarget(linkTargetWords({ href: '', placeholders: [name] }), true))));
  if (noticeTarget) kinds.add('notification');
  // (A friend's invitation carries a one-time sign-up link too: that is the friend's share.)
  // A text template has no link markup: there all its placeholders may build one ({% url
  // 'password_reset_confirm' uidb64=uid token=token %} names a route and a token).
  const unlinked = unlinkedBody ? { href: '', placeholders: [...placeholderNames] } : null;
  const oneTimeLink = !cartReminder && !onBehalf
    ? model.links.find((l) => !model.blocks[l.blockIndex]?.inFooter && isOneTimeLink(l)) ?? (unlinked && isOneTimeLink(unlinked) ? unlinked : undefined)
    : undefined;
  if (oneTimeLink) kinds.add(RESET_ACTION.test(oneTimeTarget(oneTimeLink)) ? 'password' : 'verification');
  // In a newsletter issue ("In this issue", "Newsletter"), account or payment words that only ever
  // appear inside offers are part of the editorial mix (a card issuer's newsletter with "log in to
  // your account" between offers), not T/R content the issue carries.
  // Newsletter wording in a sentence about subscribing ("Thank you for subscribing to our
  // newsletter", "you have unsubscribed from the list") names the list the notice is about.
  const listBlocks = new Set(body.filter((_, i) => namesTheList(body, i)).map((r) => r.block.index));
  // A run of headed articles (a short title over a paragraph, three times or more) is the shape of a
  // newsletter issue or a news digest, in any language, whether or not it says "newsletter".
  const editorial = headedArticles(body) >= MIN_ARTICLES;
  const newsletterIssue = subject.newsletter || editorial || body.some((r) => r.promo.includes('newsletter') && !listBlocks.has(r.block.index));
  // "account" is said in passing by marketing mail too: it makes a core with a transactional
  // subject, with a welcome (one that talks about the new account), with an account button ("My
  // account", "Update account"), or as the message's opening statement.
  const accountButton = coreBlocks.some((r) => r.block.emphasis.button && r.transactional.includes('account'));
  // A message that opens by stating something about the recipient's account ("Your guest account
  // has been converted into a customer account") and offers nothing in that statement is an
  // account notice too.
  // (Not a line that says how to unsubscribe, "to unsubscribe, go to your account on the site": that
  // is the list's opt-out, said of the account it is managed in.)
  const opensOnAccount = !!opening && opening.transactional.includes('account') && opening.promo.length === 0
    && !opening.footer.includes('unsubscribe') && wordCount(opening.block.text) >= MIN_FACT_WORDS;
  const accountNotice = subject.transactional || (kinds.has('account') && (kinds.has('welcome') || accountButton || opensOnAccount));
  // A welcome said outside any offer acknowledges the sign-up the recipient made (LABELING: a welcome
  // is relationship mail): a core of its own, except in a newsletter issue, where it greets readers,
  // and in mail sent on a friend's behalf, which welcomes someone who has signed up for nothing.
  // A record's state said outright ("your application has been approved", "your account was
  // suspended": a noun and its state from the lexicon's states) is T/R content whatever its kind.
  // So is a record shown as a field with its value: a label row whose value is left for the
  // template to fill or printed as an identifier ("Request number: {{ request.id }}", "工单号: %s",
  // "Account ID: AC-20931"), in any language: offers do not lay out the recipient's records.
  const statedKinds = new Set(coreBlocks.flatMap((r) => r.hits.filter((h) => h.group === 'transactional' && (h.composed || isFieldLabel(r.block.text, h.start, h.end))).map((h) => h.category)));
  const strongKinds = [...kinds].filter((k) => !WEAK_KINDS.has(k) || statedKinds.has(k) || (k === 'welcome' && !newsletterIssue && !onBehalf) || (k !== 'request' && accountNotice));
  // Distinct wording, not distinct phrases: "password" and "password*" on the same word are one hit.
  const distinctHits = new Set(coreBlocks.flatMap((r) => r.hits.filter((h) => h.group === 'transactional').map((h) => r.block.text.slice(h.start, h.end).toLowerCase()))).size;
  // A message that opens with its transactional statement has a core even if it says it only once.
  const opensWithCore = coreBlocks.length > 0 && coreBlocks[0] === opening;
  // A transactional call to action ("Activate account", "Reset password", "Track package") as a button is a core too.
  const actionButton = coreBlocks.some((r) => r.block.emphasis.button && r.transactional.some((k) => ACTION_KINDS.has(k)));
  const pureCore = coreBlocks.some((r) => !r.promo.some((c) => COMMERCIAL_CATEGORIES.has(c)) && r.transactional.some((k) => strongKinds.includes(k)));
  // A transactional subject over a body that states no transaction (no core wording, no placeholder
  // for an order, a tracking number or a link) is a pretext (FTC v. Experian), not T/R content; a
  // message whose body did not survive keeps its subject's word.
  // An amount stated in a sentence that offers nothing ("you have paid $12.00 to …") is one too.
  const amountStated = body.some((r) => MONEY.test(r.block.text) && r.block.text.split(/\s+/).length >= MIN_FACT_WORDS && !r.promo.some((c) => COMMERCIAL_CATEGORIES.has(c)));
  const bodyFacts = coreBlocks.length > 0 || placeholderKinds.size > 0 || noticeTarget || !!oneTimeLink || amountStated || body.length === 0;
  // A short message that states once, in a block that offers nothing, a fact offers never talk about
  // (SHORT_NOTICE_KINDS: "your e-mail address was changed", "use this link to reset your password",
  // "Mario sent you a message", "your payment was received") is that notice: there is no room in it
  // for anything else.
  const bodyChars = body.reduce((n, r) => n + r.block.text.length, 0);
  const shortNotice = bodyChars <= SHORT_NOTICE_CHARS && coreBlocks.some((r) => r.promo.length === 0 && r.transactional.some((k) => SHORT_NOTICE_KINDS.has(k) && strongKinds.includes(k)));
  // "Thanks for your order." and nothing of the order (no number, item, amount, link or placeholder
  // for one, nor its state said outright: "your payment was received"): a courtesy line before what
  // the message is really about, not T/R content.
  const orderCourtesyOnly = strongKinds.length > 0 && strongKinds.every((k) => ORDER_TERMS.has(k)) && placeholderKinds.size === 0 && !recordPlaceholder
    && !amountStated && !noticeTarget && !actionButton && !subject.transactional && !statedKinds.size
    && coreBlocks.every((r) => !/\d/.test(r.block.text)) && coreBlocks.reduce((n, r) => n + wordCount(r.block.text), 0) <= COURTESY_WORDS;
  // In a newsletter issue, account, security or payment words outside offers are the issue's
  // articles ("how to choose a strong password", "our new invoicing feature") unless the message
  // opens with them or states a record of the recipient's own (a state said outright, a record
  // placeholder, a one-time link). A message about joining the list (a welcome, a subscription, a
  // confirmation) names the list in passing and keeps the reading it had.
  const joiningTheList = LIST_JOINING_KINDS.some((k) => kinds.has(k));
  const issueCarriesCore = pureCore && (joiningTheList || opensWithCore || statedKinds.size > 0 || recordPlaceholder || !!oneTimeLink);
  const corePresent = !cartReminder && !orderCourtesyOnly && strongKinds.length > 0 && bodyFacts && (subject.transactional || issueCarriesCore || !newsletterIssue)
    && (subject.transactional || distinctHits >= 2 || opensWithCore || actionButton || noticeTarget || shortNotice || recordPlaceholder || !!oneTimeLink);
  // Where the T/R content starts: a greeting ("Welcome to Acme!") is not yet the transactional content;
  // a sentence that acknowledges the sign-up and offers nothing ("Thanks for signing up with Acme. We
  // appreciate your confidence in us.") is: it is the relationship the welcome begins.
  const startsCore = (r: BlockReading, k: string): boolean => strongKinds.includes(k)
    && (k !== 'welcome' || (r.promo.length === 0 && wordCount(r.block.text) >= MIN_FACT_WORDS));
  const firstCore = (coreBlocks.find((r) => r.transactional.some((k) => startsCore(r, k))) ?? coreBlocks[0])?.block;
  return { onBehalf, kinds, strongKinds, present: corePresent, first: firstCore, cartReminder, cartLinkBlocks, listBlocks, editorial };
}

/** Articles a newsletter issue runs at least: one headed paragraph is an announcement, two a notice with a note. */
const MIN_ARTICLES = 3;
/** Longest title of an article: a headline, not a sentence. */
const TITLE_WORDS = 12;
/** Shortest paragraph under it: an article's text, not a label's value. */
const ARTICLE_WORDS = 20;

/**
 * How many headed articles the body runs: a title (a few words, no sentence end) directly over a
 * paragraph of sentences. Order and account notices are rows of labels and values, or paragraphs
 * without titles; a newsletter issue or a digest is a run of these.
 */
export function headedArticles(body: BlockReading[]): number {
  let n = 0;
  for (let i = 0; i + 1 < body.length; i++) {
    const title = body[i]!.block.text;
    const text = body[i + 1]!.block.text;
    const titleWords = wordCount(title);
    if (titleWords >= 1 && titleWords <= TITLE_WORDS && !SENTENCE_END.test(title) && wordCount(text) >= ARTICLE_WORDS && SENTENCE_END.test(text)) {
      n++;
      i++;
    }
  }
  return n;
}

/**
 * Whether body block `i` is about a list subscription (joining, confirming or leaving), so that its
 * newsletter words name that list: it says so itself, or it is a short heading over a block that does.
 */
function namesTheList(body: BlockReading[], i: number): boolean {
  const r = body[i]!;
  if (aboutTheList(r)) return true;
  const next = body[i + 1];
  // (The heading test, which counts words, last: most blocks are followed by no list block.)
  return !!next && aboutTheList(next) && isNeutralHeading(r);
}

/** Joining or leaving a list: the subscription or unsubscribed wording of a block. */
function aboutTheList(r: BlockReading): boolean {
  return r.transactional.includes('subscription') || r.transactional.includes('unsubscribed');
}

/** A short line (four words at most, no sentence) that names no transaction and offers nothing: a heading or a label. */
function isNeutralHeading(r: BlockReading): boolean {
  return wordCount(r.block.text) <= HEADING_WORDS && !SENTENCE_END.test(r.block.text) && r.transactional.length === 0 && r.promo.every((c) => c === 'newsletter');
}

/** The salutation before the message: "Dear Ana," or a bare exclaimed greeting that names nothing transactional or promotional. */
function isSalutation(r: BlockReading): boolean {
  const text = r.block.text;
  // (A colon also ends a label over what follows, "Your order:", "Offer:": not one that names anything.)
  const namesNothing = r.transactional.length === 0 && r.promo.length === 0;
  // A greeting whose name was a placeholder ("Beste {{ $name }}", "Dear {first_name}") is left a
  // word or two with no punctuation: it says nothing yet either.
  // (Not in Chinese or Japanese, where two "words" are a heading: "您在 的購物車".)
  const bareGreeting = namesNothing && wordCount(text) <= 2 && !/[\d.!?。！？:：\u3040-\u30ff\u4e00-\u9fff]/.test(text);
  return SALUTATION.test(text) || (COLON_SALUTATION.test(text) && namesNothing) || (EXCLAIMED_GREETING.test(text) && text.length <= 30 && namesNothing) || bareGreeting;
}

/** A link's destination that is the shop's cart or checkout, not one order's page under it. */
function isCartTarget(words: string): boolean {
  return CART_TARGET.test(words) && !RECORD_UNDER_CART.test(words);
}

/** A link that confirms, verifies, activates or resets with a one-time token in its address (ONE_TIME_ACTION). */
function isOneTimeLink(l: { href: string; placeholders?: string[] }): boolean {
  const target = oneTimeTarget(l);
  if (!ONE_TIME_ACTION.test(target) || NOT_ONE_TIME.test(target)) return false;
  return ONE_TIME_TOKEN_PARAM.test(l.href) || (l.placeholders ?? []).some((name) => ONE_TIME_TOKEN_NAME.test(name) && !NOT_ONE_TIME.test(name));
}

/**
 * Where a link says what it does: its address, or, where the address is a template's (masked, or
 * built by a route helper), the names of the placeholders that build it (password_reset_confirm).
 */
function oneTimeTarget(l: { href: string; placeholders?: string[] }): string {
  return ONE_TIME_ACTION.test(l.href) || !l.placeholders?.length ? l.href : l.placeholders.join('/');
}

function isNoticeTarget(words: string, placeholder = false): boolean {
  return (NOTICE_TARGET.test(words) || (placeholder && NOTICE_PLACEHOLDER.test(words))) && !NOT_A_NOTICE_TARGET.test(words);
}
