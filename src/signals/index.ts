import { mainCurrency, senderCountry } from './audience.js';
import type { ContentModel, Evidence, Location, Sender, Signals, SignalValue } from '../types.js';
import { defaultLexicon, type Lexicon } from '../lexicon/index.js';
import { COMMERCIAL_CATEGORIES, OWNED_VALUE_WORDS, emphasisScore, promoElements, readBlocks, readText, SENTENCE_END, wordCount, type BlockReading, type PromoElement } from './blocks.js';
import { hasFakeReplyPrefix, lineIntent } from './subject.js';
import { detectLanguage } from './language.js';
import { readCore, SECURITY_KINDS } from './core.js';
import { fallbackUnits, readFallback, shippedModel, type FallbackModel } from '../fallback/model.js';
import { CART, NONPROFIT, NO_REPLY, UNSUBSCRIBE_HREF, hasCouponCode, hasMoneyOff, hasPercentOff, hasPostalAddress, hasRegistrationNumber } from './patterns.js';
import { readContact } from './contact.js';
import { NO_FOOTER_EVIDENCE } from './no-footer.js';
import { campaignTaggedLink, readLinkTargets } from './links.js';
import { distinctPlaceholderNames } from './placeholder-names.js';
import { productGridAfterOrder } from './product-grid.js';
import { ratingScaleStart } from './rating-scale.js';
import { keyPurposes as readKeyPurposes } from './key-purposes.js';
// Types only: the vocabulary's descriptions are for lint and docs, never loaded by a check.
import type { SignalName, SignalValueOf } from './vocabulary.js';

/**
 * Transactional kinds whose messages state prices (an order's items, an invoice, a renewal): in
 * such a message a price is the transaction's, not an offer. Unlike NOT_A_CART_REMINDER in core.ts,
 * "order" counts here and shipping, password and security notices do not (they quote no price).
 */
const PRICED_TRANSACTIONS = ['order', 'invoice', 'payment', 'subscription', 'booking', 'credit'];

/** A placeholder for the recipient's own password ({{ $password }}, {customer.password}, <%- password %>); not a new or reset one. */
const CREDENTIAL_PLACEHOLDER = /(?:^|[^a-z0-9_])(?:password|passwd|pwd)(?![a-z0-9_])/i;
/** A placeholder for a coupon or voucher code the template fills in ({{ coupon_code }}, {voucher_num}). */
const COUPON_PLACEHOLDER = /coupon|voucher|promo_?code|discount_?code|gutschein|cupon|cupom|bon_?(?:de_?)?reduc/i;

/** Blocks before the footer that may still be the sign-off ("The Acme Foundation team"). */
const SIGN_OFF_BLOCKS = 3;
/** A sign-off is a line ("The Acme Foundation team"), not a sentence. */
const SIGN_OFF_CHARS = 60;

/** How far into its block an ad label may start: a label opens the block it labels. */
const AD_LABEL_WITHIN = 40;

/** Promotional categories a requested product alert consists of: the item is available (again), at this price, buy it. */
const REQUESTED_ITEM_CATEGORIES = new Set(['new', 'shop', 'price', 'urgency']);

/** What a notification about followed activity says besides the activity: how to manage such notices. */
const NOTICE_COMPANION_KINDS = new Set(['notification', 'account', 'subscription', 'unsubscribed']);
/** What a message about consent to mail says: the list joined or left. */
const LIST_CONSENT_KINDS = new Set(['subscription', 'unsubscribed']);
/** What a confirmation of joining a mailing list states: the list joined, a welcome, the address to confirm. */
const JOINED_LIST_KINDS = new Set(['subscription', 'welcome', 'verification']);
/** Promotional categories that also describe what a list will bring ("updates on new products, offers and discounts"). */
const LIST_CONTENT_CATEGORIES = new Set(['newsletter', 'new', 'discount', 'offer', 'crossSell']);
/** What a donation receipt states: the gift, its payment, the receipt itself. */
const DONATION_RECEIPT_KINDS = new Set(['donation', 'payment', 'invoice']);
/** The transactional kinds that each get a `core.<kind>` signal. */
const CORE_KINDS = ['order', 'invoice', 'shipping', 'payment', 'password', 'verification', 'security', 'account', 'subscription', 'booking', 'request', 'welcome', 'usage', 'service', 'credit', 'alert', 'notification', 'donation', 'unsubscribed'] as const;

export interface SignalOptions {
  /** The learned fallback to read blocks with; default the shipped model (null: none). */
  fallback?: FallbackModel | null;
  /** What the author declared of the sender (the config's `sender:`). */
  sender?: Sender;
}

/** Signals stage: content model → named values with evidence. Never reported on their own. */
export function computeSignals(model: ContentModel, lexicon: Lexicon = defaultLexicon(), options: SignalOptions = {}): Signals {
  const values: Record<string, SignalValue> = {};
  const evidence: Record<string, Evidence[]> = {};
  // Typed by the vocabulary (./vocabulary.ts): a name missing from it, or a value of the wrong type, does not compile.
  const set = <N extends SignalName>(name: N, v: SignalValueOf<N>) => (values[name] = v);
  const cite = (name: string, text: string, location: Location) => (evidence[name] ??= []).push({ text: clip(text), location });

  const placeholderNames = distinctPlaceholderNames(model.placeholders);
  const readings = readBlocks(model.blocks, lexicon, { couponFilledIn: placeholderNames.some((name) => COUPON_PLACEHOLDER.test(name)) });
  const body = readings.filter((r) => !r.block.inFooter && !r.block.navigation);
  const bodyChars = body.reduce((n, r) => n + r.block.text.length, 0);

  // ---- subject, preheader, identity ----
  const subjectWords = lineIntent(model.subject?.text, lexicon);
  const preheaderWords = lineIntent(model.preheader?.text, lexicon);
  const fromName = lineIntent(model.from?.name, lexicon);

  // ---- the transactional core ----
  // (What a translation file's keys, or a template's translation calls, name the mail.)
  const keyPurposes = readKeyPurposes(model.keys);
  set('core.keys', [...new Set(keyPurposes.values())].join(','));
  const { onBehalf, kinds, strongKinds, cartReminder, cartLinkBlocks, present: corePresent, first: firstCore, listBlocks, editorial: articles } = readCore(model, body, subjectWords, placeholderNames, [...keyPurposes.keys()]);
  // A voucher or store credit the body delivers (value the reader holds: core.credit) is what the
  // subject names too ("A gift voucher was sent to you by Anna"): its voucher word there is that
  // value, as it is in the body's credit block (readBlocks), not an offer.
  const heldValue = corePresent && kinds.has('credit');
  const subject = heldValue ? lineIntent(model.subject?.text, lexicon, OWNED_VALUE_WORDS) : subjectWords;
  const preheader = heldValue ? lineIntent(model.preheader?.text, lexicon, OWNED_VALUE_WORDS) : preheaderWords;
  set('subject.present', !!model.subject?.text);
  set('subject.promotional', subject.promotional);
  set('subject.transactional', subject.transactional);
  set('subject.fakeReply', hasFakeReplyPrefix(model.subject?.text, model.headers));
  set('subject.adLabel', subject.adLabel);
  set('subject.adLabelFirst', subject.adLabelFirst);
  set('preheader.promotional', preheader.offer);
  if (model.subject) cite('subject', model.subject.text, model.subject.location);
  if (model.preheader) cite('preheader', model.preheader.text, model.preheader.location);
  set('from.onBehalf', onBehalf);
  set('core.present', corePresent);
  set('core.startShare', firstCore && bodyChars > 0 ? round(firstCore.charOffset / Math.max(1, bodyChars)) : subject.transactional ? 0 : 1);
  set('core.startChars', firstCore ? firstCore.charOffset : subject.transactional ? 0 : bodyChars);
  // Password, verification and security notices have no commercial character at all (not a CEM),
  // and neither does an account change reported as a security notice ("if this wasn't you") or a
  // sign-up welcome whose only action is to verify the address;
  // account, order or subscription information is an s.6(6) message.
  const securityCore = [...SECURITY_KINDS].some((k) => kinds.has(k));
  // (Nor is the request a security notice answers: "we received a request to reset your password".)
  // Nor is a lone expiry word beside a reset or verification link ("Ist er abgelaufen, fordern Sie
  // einen neuen an", "caducará en 30 días"): that is the link's expiry, not subscription information
  // (a plan or a membership that ends is said in more words than one, or in the subject).
  const linkExpiryOnly = securityCore && !subject.transactionalCategories.includes('subscription') && body.every((r) => r.hits.every((h) => h.group !== 'transactional' || h.category !== 'subscription' || isLoneWord(r.block.text.slice(h.start, h.end), h.composed)));
  const substantive = strongKinds.filter((k) => !(securityCore && (k === 'account' || k === 'request')) && !(k === 'welcome' && kinds.has('verification')) && !(k === 'subscription' && linkExpiryOnly));
  // A template that fills in the recipient's password ("Password: {{ $password }}") hands over the
  // login details of an account just made for them: account information (LABELING: an account
  // created, or a welcome with credentials, is an s.6(6) message), not a security notice.
  // (Not beside an address to verify first: that is a verification mail showing what to log in with.)
  // (A route's name is a page's, "password.reset" the reset page: only a value's name counts.)
  const credentials = corePresent && !kinds.has('verification') && model.placeholders.some((p) => !p.route && CREDENTIAL_PLACEHOLDER.test(p.name));
  set('core.credentials', credentials);
  set('core.securityOnly', corePresent && !credentials && substantive.length > 0 && substantive.every((k) => SECURITY_KINDS.has(k)));
  // A notification about activity the recipient follows (a reply, a comment, a message), with
  // nothing but security content beside it: no commercial character either.
  // Account and subscription words beside it are how to manage such notices ("change this in your
  // account settings", "unsubscribe from this topic"), not account or subscription information.
  set('core.noticeOnly', corePresent && kinds.has('notification') && substantive.every((k) => NOTICE_COMPANION_KINDS.has(k) || SECURITY_KINDS.has(k)));
  // A message that only confirms leaving a mailing list, or only asks to confirm the address given
  // to join one (list wording beside a verification: the double opt-in), is about consent to mail,
  // not an offer: no commercial character either (LABELING: verification; CASL s.1(2)).
  // (Not where a password is spoken of: list consent hands out no login details, a welcome to a new
  // account does, "Username: … Password: …" beside "confirm your email".)
  const listConsent = !kinds.has('password') && (kinds.has('unsubscribed') || (kinds.has('subscription') && kinds.has('verification')));
  set('core.listConsentOnly', corePresent && listConsent && substantive.every((k) => LIST_CONSENT_KINDS.has(k) || SECURITY_KINDS.has(k)));
  // A donation the recipient made, thanked for or receipted (with its payment), and nothing else:
  // no commercial character either (LABELING: a donation receipt that asks for nothing).
  set('core.donationOnly', corePresent && kinds.has('donation') && substantive.every((k) => DONATION_RECEIPT_KINDS.has(k) || SECURITY_KINDS.has(k)));
  for (const k of CORE_KINDS) set(`core.${k}`, kinds.has(k));
  set('core.kinds', [...kinds].sort().join(','));
  // Only order, delivery or payment wording: what an advertisement also says about how to buy.
  set('core.orderTermsOnly', kinds.size > 0 && [...kinds].every((k) => k === 'order' || k === 'shipping' || k === 'payment'));
  if (firstCore) cite('core.first', firstCore.text, firstCore.location);

  // ---- promotional elements ----
  const priceIsPromo = !corePresent || !PRICED_TRANSACTIONS.some((k) => kinds.has(k));
  let elements = promoElements(readings, model.images, model.links, lexicon, priceIsPromo, corePresent && kinds.has('credit'));
  // Goods offered below the order, under a heading of their own: a cross-sell grid.
  const grid = corePresent ? productGridAfterOrder(body, model.links) : null;
  if (grid && !elements.some((e) => e.blockIndex === grid.block.index)) {
    elements.push(elementFor(grid.block, ['crossSell']));
    elements.sort((a, b) => a.charOffset - b.charOffset);
  }
  // A row of numbered links to click a score with: a rating or recommendation survey, in any language.
  const scale = ratingScaleStart(model.links);
  const scaleBlock = scale ? model.blocks[scale.blockIndex] : undefined;
  if (scaleBlock && !scaleBlock.inFooter && !elements.some((e) => e.blockIndex === scaleBlock.index && e.categories.includes('review'))) {
    elements = elements.filter((e) => e.blockIndex !== scaleBlock.index);
    elements.push(elementFor(scaleBlock, ['review']));
    elements.sort((a, b) => a.charOffset - b.charOffset);
  }
  if (cartReminder) {
    for (const r of body) {
      if ((CART.test(r.block.text) || cartLinkBlocks.includes(r.block.index)) && !elements.some((e) => e.blockIndex === r.block.index)) {
        elements.push(elementFor(r.block, ['cart']));
      }
    }
    elements.sort((a, b) => a.charOffset - b.charOffset);
  }
  const cats = (e: PromoElement) => e.categories;
  const lineOffer = subject.offer || preheader.offer;
  const promotional = (e: PromoElement) => cats(e).some((c) => COMMERCIAL_CATEGORIES.has(c) || c === 'review' || c === 'donation' || c === 'cause');
  // A confirmation of joining a mailing list says what the list will bring ("You will receive updates
  // on new products, offers and discounts"): that describes the consent just given (LABELING: a
  // subscription confirmation is cem-exempt), unless the line hands something over (a code, a
  // percentage or an amount off) or links somewhere, as a welcome offer does. (A list named as one:
  // a paid plan is a "subscription" too.)
  const namesAList = subject.newsletter || body.some((r) => listBlocks.has(r.block.index) && r.promo.includes('newsletter'));
  const joinedListOnly = corePresent && namesAList && kinds.has('subscription') && strongKinds.every((k) => JOINED_LIST_KINDS.has(k));
  if (joinedListOnly) elements = elements.filter((e) => !describesTheList(e, model));
  const found = elements.filter(promotional);
  // One generic word in a short, plain line ("Reward points.", "Members only.") and nothing else
  // promotional anywhere: a label, not an offer; a weak entry does not decide alone.
  const loneWeakWord = found.length === 1 && isWeakElement(found[0]!) && !lineOffer && !subject.promotional;
  const offering = loneWeakWord ? elements.filter((e) => e !== found[0]) : elements;
  const commercial = offering.filter((e) => cats(e).some((c) => COMMERCIAL_CATEGORIES.has(c)));
  const reviews = offering.filter((e) => cats(e).includes('review'));
  const donations = offering.filter((e) => cats(e).includes('donation'));
  // An ask to act for the sender's cause (sign a petition, volunteer, join a local group, come to a
  // rally) promotes its aims: advertising for the EU (the ICO), no commercial activity (CASL, CAN-SPAM).
  const causes = offering.filter((e) => cats(e).includes('cause'));
  const editorial = elements.filter((e) => cats(e).includes('newsletter') && !listBlocks.has(e.blockIndex));
  const promoAll = [...new Set([...commercial, ...reviews, ...donations, ...causes])].sort((a, b) => a.charOffset - b.charOffset);
  // Shouting or emoji alone do not make an offer; they only colour how an offer-carrying subject reads.
  set('promo.any', promoAll.length > 0 || lineOffer);
  set('promo.commercial', commercial.length > 0 || lineOffer);
  set('promo.commercialInBody', commercial.length > 0);
  set('promo.count', promoAll.length);
  set('promo.review', reviews.length > 0);
  set('promo.donation', donations.length > 0);
  set('promo.cause', causes.length > 0);
  set('promo.referral', commercial.some((e) => cats(e).includes('referral')));
  set('promo.cart', commercial.some((e) => cats(e).includes('cart')));
  set('promo.upsell', commercial.some((e) => cats(e).includes('upsell')));
  set('promo.inFooterOnly', promoAll.length > 0 && promoAll.every((e) => e.inFooter));
  const promoChars = promoAll.filter((e) => !e.inFooter && e.kind !== 'image').reduce((n, e) => n + e.chars, 0);
  set('promo.share', bodyChars > 0 ? round(Math.min(1, promoChars / bodyChars)) : 0);
  set('promo.prominence', round(Math.max(0, ...promoAll.map((e) => e.emphasis))));
  const firstPromo = promoAll[0];
  const beforeCore = !!firstPromo && !!firstCore && !firstPromo.inFooter && firstPromo.charOffset < firstCore.charOffset;
  set('promo.beforeCore', beforeCore || (preheader.offer && corePresent));
  // A product alert the recipient asked for ("you asked us to let you know when it's back"):
  // nothing but the requested item's availability and how to buy it.
  const alertOnly = corePresent && strongKinds.length > 0 && strongKinds.every((k) => k === 'alert' || k === 'request');
  set('core.requestedAlertOnly', alertOnly);
  const lineCategories = [...subject.promoCategories, ...preheader.promoCategories];
  set('requested', alertOnly && lineCategories.every((c) => REQUESTED_ITEM_CATEGORIES.has(c)) && commercial.every((e) => cats(e).every((c) => REQUESTED_ITEM_CATEGORIES.has(c))));
  for (const e of promoAll) cite('promo', `${e.text}`, e.location);
  if (firstPromo) cite('promo.first', firstPromo.text, firstPromo.location);
  for (const e of reviews) cite('promo.review', e.text, e.location);
  const referral = commercial.find((e) => cats(e).includes('referral'));
  if (referral) cite('promo.referral', referral.text, referral.location);
  const upsell = commercial.find((e) => cats(e).includes('upsell'));
  if (upsell) cite('promo.upsell', upsell.text, upsell.location);

  // ---- list, newsletter, non-profit ----
  const h = model.headers;
  const listHeaders = !!(h['list-unsubscribe'] || h['list-id']) || /bulk|list|junk/i.test(h['precedence']?.[0] ?? '');
  const newsletterWords = editorial.length > 0 || subject.newsletter || articles;
  set('bulk', listHeaders);
  // List headers, or an unsubscribe link, on a message with no transactional core: list mail,
  // whether or not a body survived.
  const unsubText = readings.filter((r) => r.footer.includes('unsubscribe'));
  // A layout whose unsubscribe link is a placeholder ({{ UnsubscribeURL }}) is list mail too.
  const unsubPlaceholder = placeholderNames.some((name) => /unsub|opt_?out|optout|preference/i.test(name));
  // Read once per link: the test is used twice below.
  const unsubHref = model.links.map((l) => UNSUBSCRIBE_HREF.test(l.href));
  const hasUnsubscribeLink = unsubHref.includes(true) || unsubText.length > 0 || unsubPlaceholder;
  // (An unsubscribe link alone counts only when nothing transactional is said at all: account
  // notices carry preference links too.)
  const newsletter = !corePresent && (newsletterWords || listHeaders || (hasUnsubscribeLink && kinds.size === 0));
  set('newsletter', newsletter);
  const allText = model.blocks.map((b) => b.text).join(' \n ');
  // A sender says what kind of organisation it is where it identifies itself: the From name, the
  // footer, a short sign-off line. "Foundation" in a sentence ("Foundation for Emails makes coding
  // HTML easy") is a product name, not the sender.
  const signOff = model.blocks.slice(Math.max(0, model.footerStart - SIGN_OFF_BLOCKS), model.footerStart).filter((b) => b.text.length <= SIGN_OFF_CHARS);
  const identityZone = [...signOff, ...model.blocks.slice(model.footerStart)].map((b) => b.text).join(' \n ');
  set('nonprofit', !!options.sender?.nonprofit || NONPROFIT.test(identityZone) || NONPROFIT.test(model.from?.name ?? ''));

  // ---- legal elements: unsubscribe, address, contact, disclaimers ----
  const unsubLinks = model.links.filter((l, i) => unsubHref[i] || readText(l.text, lexicon).footer.has('unsubscribe'));
  const listUnsub = h['list-unsubscribe']?.join(', ') ?? '';
  const httpsUri = /<https:\/\/[^>]+>/i.test(listUnsub);
  const oneClickPost = (h['list-unsubscribe-post'] ?? []).some((v) => /^\s*List-Unsubscribe=One-Click\s*$/i.test(v));
  set('unsubscribe.link', unsubLinks.length > 0 || unsubText.length > 0 || unsubPlaceholder);
  set('unsubscribe.header', listUnsub.length > 0);
  set('unsubscribe.https', httpsUri);
  set('unsubscribe.oneClick', httpsUri && oneClickPost);
  const u = unsubLinks[0] ?? null;
  if (u) cite('unsubscribe', u.text || u.href, u.location);
  // Where the links lead (a shop, a sign-in page), read from their addresses.
  const targets = readLinkTargets(model.links, unsubLinks);
  set('links.shop', !!targets.shop);
  set('unsubscribe.signIn', !!targets.signInUnsubscribe);
  if (targets.shop) cite('links.shop', targets.shop.text || targets.shop.href, targets.shop.location);
  // (Body links only: a layout's footer tags its social icons for every mail it frames.)
  const campaign = campaignTaggedLink(model.links.filter((l) => !model.blocks[l.blockIndex]?.inFooter));
  set('links.campaignTagged', !!campaign);
  if (campaign) cite('links.campaignTagged', campaign.text || campaign.href, campaign.location);
  if (targets.signInUnsubscribe) cite('unsubscribe.signIn', targets.signInUnsubscribe.text || targets.signInUnsubscribe.href, targets.signInUnsubscribe.location);
  if (listUnsub) cite('header.listUnsubscribe', `List-Unsubscribe: ${listUnsub}`, { scope: 'header' });

  const footerText = model.blocks.slice(model.footerStart).map((b) => b.text).join(' \n ');
  const addressPlaceholder = placeholderNames.some((name) => /address|adresse/i.test(name) && /store|shop|company|sender|business|firm|physical|postal|footer/i.test(name));
  set('address.present', anyBlockFromEnd(model.blocks, hasPostalAddress) || addressPlaceholder);
  // How the recipient can reach the sender; the packs decide which of these a law asks for.
  const contact = readContact(model, allText, placeholderNames);
  set('contact.email', contact.email);
  set('contact.phone', contact.phone);
  set('contact.web', contact.web);
  set('contact.present', contact.email || contact.phone || contact.web);
  set('identification.page', contact.identificationPage);
  set('identification.registration', model.blocks.some((b) => hasRegistrationNumber(b.text)));
  const disclaimer = readings.find((r) => r.footer.includes('notMarketing'));
  set('disclaimer.notMarketing', !!disclaimer);
  if (disclaimer) cite('disclaimer', disclaimer.block.text, disclaimer.block.location);
  set('adLabel', readings.some((r) => r.footer.includes('adLabel')));
  // The sender's own label on the body ("Advertisement", "This is a promotional email"): an ad
  // label opens its block; "advertising" deep in a privacy sentence is not one.
  const declared = readings.find((r) => !r.block.navigation && r.hits.some((x) => x.category === 'adLabel' && x.start <= AD_LABEL_WITHIN));
  set('promo.selfDeclared', !!declared);
  if (declared) cite('promo.selfDeclared', declared.block.text, declared.block.location);
  cite('footer', footerText || NO_FOOTER_EVIDENCE, footerLocation(model));

  // ---- identity ----
  set('from.present', !!model.from);
  set('from.country', senderCountry(model.from?.address));
  // Replies go to Reply-To when there is one, else to From: that is the address that must accept them.
  const replyTarget = model.replyTo ?? model.from;
  set('from.noReply', !!replyTarget && NO_REPLY.test(replyTarget.address));
  set('from.promotionalName', fromName.promotional);
  if (replyTarget && NO_REPLY.test(replyTarget.address)) cite('from', identityText(replyTarget), { scope: 'from' });
  else if (model.from) cite('from', identityText(model.from), { scope: 'from' });

  // ---- authentication alignment (DMARC): DKIM d= against the From domain ----
  const dkimDomains = (h['dkim-signature'] ?? []).map((v) => /(?:^|;)\s*d\s*=\s*([^;\s]+)/i.exec(v)?.[1]?.toLowerCase()).filter((d): d is string => !!d);
  const fromDomain = model.from?.address.split('@')[1] ?? '';
  set('dkim.present', dkimDomains.length > 0);
  set('dkim.aligned', dkimDomains.some((d) => fromDomain !== '' && organisationalDomain(d) === organisationalDomain(fromDomain)));
  if (dkimDomains.length) cite('header.dkim', `DKIM-Signature d=${dkimDomains.join(', d=')}; From domain ${fromDomain || '(none)'}`, { scope: 'header' });

  // ---- thin evidence and the learned fallback ----
  // Nothing recognised (no transactional core, no promotion, no list signal), or part of the
  // content not read past a limit with no promotion found in what was: the rules cannot tell
  // what the message is, and a missing core must never mean "not commercial".
  // A body not read at all counts as truncated: a transactional subject alone is no core.
  const truncated = (model.limitsReached ?? []).length > 0 || !!model.unread;
  const nothingRecognised = !corePresent && promoAll.length === 0 && !lineOffer && !newsletter;
  set('evidence.thin', nothingRecognised || (truncated && promoAll.length === 0 && !lineOffer));
  set('input.truncated', truncated);
  const fallback = options.fallback === undefined ? shippedModel() : options.fallback;
  // The fallback is read only where a pack can use its reading: a message with a transactional core
  // and no promotion recognised (category/learned-promotion), or one with thin evidence when the
  // model reads notices at all. Elsewhere its score is left at 0: reading every block of every
  // message would cost more than the rest of the signals.
  const readsFallback = !!fallback && ((corePresent && values['promo.any'] !== true && values['promo.selfDeclared'] !== true)
    || (values['evidence.thin'] === true && fallback.thresholds.noticeBelow > Number.NEGATIVE_INFINITY));
  const reading = readsFallback ? readFallback(fallback, fallbackUnits(model)) : { score: null, top: null };
  set('fallback.score', reading.score === null ? 0 : round(reading.score));
  set('fallback.notice', !!fallback && reading.score !== null && reading.score < fallback.thresholds.noticeBelow);
  set('fallback.promotional', !!fallback && reading.score !== null && reading.score >= fallback.thresholds.promotionalAtOrAbove);
  if (reading.top) cite('fallback', reading.top.text, reading.top.location);

  // ---- input facts ----
  set('kind', model.kind);
  set('body.empty', model.blocks.length === 0);
  set('body.unread', !!model.unread);
  set('body.chars', bodyChars);
  // Where the lexicons' knowledge runs out: body text in blocks of a sentence or more that no entry
  // reads at all (no transactional, promotional or footer wording, not an order line).
  const unrecognised = body.filter(isUnrecognised);
  const unrecognisedChars = unrecognised.reduce((n, r) => n + r.block.text.length, 0);
  set('body.unrecognisedShare', bodyChars > 0 ? round(unrecognisedChars / bodyChars) : 0);
  // The longest such block, for a doubt to quote: where a person should start reading.
  const longest = unrecognised.reduce<BlockReading | null>((a, r) => (!a || r.block.text.length > a.block.text.length ? r : a), null);
  if (longest) cite('body.unrecognised', longest.block.text, longest.block.location);
  const language = detectLanguage(model, readings, lexicon);
  set('language', language);
  set('currency', mainCurrency(allText));
  // Only an English subject the lexicons left undecided, and not one about a numbered order or ticket.
  const undecided = !subject.promotional && !subject.transactional && language === 'en' && !/\d/.test(model.subject?.text ?? '');
  set('subject.imperative', undecided && lexicon.opensWithCommand(model.subject?.text, 'en'));
  return { values, evidence };
}

/** A hit of one word of a spaced script, not composed from a noun and its state (Han and kana phrases are not counted as one word). */
function isLoneWord(text: string, composed: boolean): boolean {
  return !composed && !/\s/u.test(text.trim()) && !/[\u3040-\u30ff\u3400-\u9fff]/u.test(text);
}

/** Whether any block's text passes `test`, scanning from the end: where a footer fact (a postal address) is found soonest. */
function anyBlockFromEnd(blocks: ContentModel['blocks'], test: (text: string) => boolean): boolean {
  for (let i = blocks.length - 1; i >= 0; i--) if (test(blocks[i]!.text)) return true;
  return false;
}

/** Categories an offer is made of; a word of any other category (loyalty, offer, new, free, shop…) is generic on its own. */
const DECIDING_CATEGORIES = new Set(['discount', 'coupon', 'referral', 'review', 'donation', 'cause', 'cart', 'crossSell', 'upsell', 'price', 'urgency']);
/** At most this many words: a label or a heading, not a sentence that offers. */
const LABEL_WORDS = 5;

/**
 * A block of a list confirmation that only says what the list will bring: descriptive promotional
 * words (LIST_CONTENT_CATEGORIES), no link, and nothing handed over (a coupon code, a percentage or
 * an amount off).
 */
function describesTheList(e: PromoElement, model: ContentModel): boolean {
  if (e.kind !== 'block' || e.inFooter || !e.categories.every((c) => LIST_CONTENT_CATEGORIES.has(c))) return false;
  if (model.links.some((l) => l.blockIndex === e.blockIndex)) return false;
  const text = model.blocks[e.blockIndex]?.text ?? '';
  return !hasCouponCode(text) && !hasPercentOff(text) && !hasMoneyOff(text);
}

/**
 * A plain short text block (not a heading, no emphasis) with one generic promotional word and no
 * number: one line, not two sentences ("新品上架：秋季系列已到货。快来看看。" counts five words, as CJK
 * text is counted, but says two things).
 */
function isWeakElement(e: PromoElement): boolean {
  return e.kind === 'block' && e.emphasis === 0 && !SENTENCE_END.test(e.text.trim().replace(/[.!?。！？…]+$/u, '')) && wordCount(e.text) <= LABEL_WORDS && !/\d/.test(e.text) && e.categories.every((c) => !DECIDING_CATEGORIES.has(c));
}

function elementFor(block: ContentModel['blocks'][number], categories: string[]): PromoElement {
  return {
    kind: 'block', categories, text: block.text, blockIndex: block.index, charOffset: block.charOffset, chars: block.text.length,
    inFooter: block.inFooter, emphasis: emphasisScore(block), location: block.location,
  };
}

/** example.co.uk → example.co.uk, mail.news.example.com → example.com (no public-suffix list: a close approximation). */
export function organisationalDomain(domain: string): string {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const [sld, tld] = labels.slice(-2) as [string, string];
  const twoLevel = tld.length === 2 && /^(co|com|net|org|gov|ac|edu|ne|or|go|gob|gouv)$/.test(sld);
  return labels.slice(twoLevel ? -3 : -2).join('.');
}

function identityText(id: { name: string; address: string }): string {
  return `${id.name ? `${id.name} ` : ''}<${id.address}>`;
}

function footerLocation(model: ContentModel): Location {
  const b = model.blocks[model.footerStart] ?? model.blocks[model.blocks.length - 1];
  return b ? { ...b.location, scope: 'footer' } : { scope: 'footer' };
}

function clip(s: string): string {
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

/** A block of a sentence or more (40 characters) of which no lexicon reads a word; shorter ones are labels, greetings and sign-offs. */
const UNRECOGNISED_MIN_CHARS = 40;

function isUnrecognised(r: BlockReading): boolean {
  return r.block.text.length >= UNRECOGNISED_MIN_CHARS && r.promo.length === 0 && r.transactional.length === 0 && r.footer.length === 0 && !r.lineItem;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
