import type { Link } from '../types.js';

/**
 * Where a message's links lead, read from their addresses alone (graylint never follows a link).
 * Some laws judge a message by what its links lead to as well as by what it says (Australia's
 * Spam Act s.6(1)(c)); these signals say when a link's address shows a shop or a sign-in page.
 * A tracking redirect (click.example.com/ls/click?…) hides its target and is not read.
 */

/** A path segment naming a shop, a product, a price list or an offer: /shop, /products/…, /pricing, /sale. */
const SHOP_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:shop|store|stores|products?|p|collections?|catalog|catalogue|katalog|pricing|prices|plans|upgrade|sale|sales|deals|offers|outlet|new-arrivals|boutique|tienda|magazin|shopping)(?:[/?#.]|$)/i;
/** A page one must sign in on: /login, /signin, /account/…, /my-account. */
const SIGN_IN_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/)?(?:log-?in|sign-?in|signin|auth|sso|account|accounts|my-?account|myaccount|profile)(?:[/?#.]|$)/i;

function pathOf(href: string): string | null {
  if (!/^https?:\/\//i.test(href)) return null;
  try {
    return new URL(href).pathname || '/';
  } catch {
    return null;
  }
}

export interface LinkTargets {
  /** A link that leads to a shop, product, pricing or offer page, or a logo or button linking to a home page. */
  shop: Link | null;
  /** An unsubscribe link that leads to a sign-in or account page. */
  signInUnsubscribe: Link | null;
}

/**
 * `links` are the message's links, `unsubscribeLinks` those the signals stage took for unsubscribe
 * links. A home page counts only behind a logo (a link with no text) or a button: a web address
 * written out in the footer is contact information.
 */
export function readLinkTargets(links: readonly Link[], unsubscribeLinks: readonly Link[]): LinkTargets {
  const unsub = new Set(unsubscribeLinks);
  const shop = links.find((l) => {
    if (unsub.has(l)) return false;
    const path = pathOf(l.href);
    if (path === null) return false;
    if (SHOP_PATH.test(path)) return true;
    return (path === '/' || path === '') && (l.button || l.text.trim() === '');
  }) ?? null;
  const signInUnsubscribe = unsubscribeLinks.find((l) => {
    const path = pathOf(l.href);
    return path !== null && SIGN_IN_PATH.test(path);
  }) ?? null;
  return { shop, signInUnsubscribe };
}

/**
 * A query that tags a link for a marketing campaign: utm_campaign (Google's campaign parameters)
 * or mc_cid (Mailchimp's campaign id). Mailing tools add them to a campaign's links: the sender's
 * own tool files the message under a campaign (a drip, onboarding or newsletter step). The CASL
 * and EU packs read that as a purpose not shown to be other than marketing.
 */
const CAMPAIGN_QUERY = /[?&](?:amp;)?(?:utm_campaign|mc_cid)=([^&#\s]+)/i;
/**
 * A campaign name that can only file the message as a transactional one (utm_campaign=password-reset,
 * =transactional, =invoice): analytics naming a notice, not a marketing campaign. Not order,
 * shipping, delivery, alert or notification: marketing names its campaigns with them too
 * (=reorder, =free-shipping, =price-alert), and a campaign not shown to be a notice is marketing.
 */
const NOTICE_CAMPAIGN = /transactional|receipt|invoice|password|reset|verif|security/i;

/** The first link whose address is tagged for a marketing campaign, or null. */
export function campaignTaggedLink(links: readonly Link[]): Link | null {
  return links.find((l) => {
    const name = CAMPAIGN_QUERY.exec(l.href)?.[1];
    return !!name && !NOTICE_CAMPAIGN.test(name);
  }) ?? null;
}
