/**
 * What a translation file's keys say its mail is for. A developer names each string of a mail
 * after the mail (`password_reset.subject`, `order_shipped_body`, `passwordChangeRequired-title`,
 * `last_3_days_subscription_line1`), in English identifiers whatever language the strings are in:
 * evidence of the mail's purpose that no phrase list of any language holds.
 *
 * Only clear transactional purposes count, each a record's noun with what became of it (a password
 * reset, an order shipped, a membership expiring) or a notice's own name; and none at all where
 * any key names a promotional or list purpose (a newsletter, a coupon, a cart left, a friend's
 * share, a review, an upgrade), since a file that holds such a mail's strings may be that mail.
 */

/** A key's words: split on its separators and camel case, lower case ("passwordChangeRequired-title" → "password change required title"). */
function keyWords(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[^A-Za-z0-9]+/g, ' ').trim().toLowerCase();
}

/** A promotional or list purpose: a file naming one may hold an offer, whatever else it holds. */
const PROMOTIONAL_PURPOSE = /\b(?:newsletters?|promo|promos|promotions?|promotional|coupons?|vouchers?|discounts?|deals?|sales?|offers?|campaigns?|marketing|carts?|abandoned|wishlists?|friends?|refer|referral|referrals|referrer|share|sharing|recommend|recommendation|recommendations|reviews?|surveys?|feedback|upsell|upgrade|winback|win back|restock|back in stock|stock alert|announcements?|digest|digests|invite|invites|invitation|invitations|loyalty|points|rewards?)\b/;

/** Transactional purposes: a key's words and the core kind they name. */
const TRANSACTIONAL_PURPOSES: Array<[RegExp, string]> = [
  [/\b(?:password|passwd|pwd)\b.*\b(?:reset|forgot|forgotten|lost|recover|recovery|change|changed|required)\b|\b(?:reset|forgot|forgotten|lost|recover)\b.*\b(?:password|passwd|pwd)\b/, 'password'],
  [/\b(?:verify|verification|confirm|confirmation|activate|activation|validate|validation)\b.*\b(?:email|mail|account|registration|signup|address)\b|\b(?:email|account|registration|signup|address)\b.*\b(?:verify|verification|confirm|confirmation|activate|activation|validate|validation)\b/, 'verification'],
  [/\border\b.*\b(?:confirm|confirmation|confirmed|placed|received|status|complete|completed|paid|cancel|cancelled|canceled|refund|refunded|shipped|invoice|receipt)\b/, 'order'],
  [/\b(?:shipped|shipment|dispatched|delivered|tracking)\b/, 'shipping'],
  [/\b(?:invoice|invoices|receipt|receipts)\b/, 'invoice'],
  [/\bpayments?\b.*\b(?:received|failed|success|successful|confirm|confirmation|confirmed|reminder|due|declined|refund|refunded)\b/, 'payment'],
  [/\b(?:replied|mentioned|assigned|assignee|overdue|deadline)\b|\bnew (?:reply|replies|comment|comments|message|messages|answer|answers|mention)\b/, 'notification'],
  [/\b(?:subscription|membership|trial)\b.*\b(?:expire|expires|expiring|expired|expiry|renew|renewal|renewed|ending|ended|cancel|cancelled|canceled|suspended)\b|\b(?:expire|expires|expiring|expired|expiry|ending)\b.*\b(?:subscription|membership|trial)\b/, 'subscription'],
  [/\b(?:booking|bookings|reservation|reservations|appointment|appointments)\b/, 'booking'],
  [/\b(?:new device|new login|login alert|suspicious|security alert|two factor|2fa)\b/, 'security'],
  [/\baccount\b.*\b(?:created|activated|deleted|deletion|locked|suspended|closed|disabled|expired|expiring|inactive)\b/, 'account'],
  // A request the reader made, or one made of them, and what became of it; a report or an export
  // they asked for, ready; a ticket's or a comment's news; a one-time sign-in code or link.
  [/\b(?:application|applications|request|requests|registration|submission|petition|petitions)\b.*\b(?:sent|received|submitted|approved|rejected|accepted|declined|denied|completed|confirmed)\b|\b(?:approved|rejected|accepted|declined|denied)\b.*\b(?:application|request|registration|submission|membership)\b/, 'notification'],
  [/\b(?:export|exports|report|reports|download|backup)\b.*\b(?:ready|available|completed|finished|failed)\b/, 'notification'],
  [/\b(?:ticket|tickets|issue|comment|comments)\b.*\b(?:created|opened|updated|closed|resolved|reopened|added|replied)\b/, 'notification'],
  [/\b(?:inactive|inactivity|dormant)\b.*\b(?:warning|notice|reminder|deletion|delete)\b/, 'account'],
  [/\b(?:login|signin|sign in)\b.*\b(?:code|link|token|otp)\b|\b(?:otp|one time (?:code|password)|verification code)\b/, 'verification'],
  [/\b(?:appointment|event|task|payment)\b.*\breminder\b|\breminder\b.*\b(?:appointment|event|task|payment|due)\b/, 'notification'],
];

/** Each core kind the keys name, with the first key that names it (for --explain), or none when any key names a promotional purpose. */
export function keyPurposes(keys: readonly string[] | undefined): Map<string, string> {
  const named = new Map<string, string>();
  if (!keys?.length) return named;
  const words = keys.map(keyWords);
  if (words.some((w) => PROMOTIONAL_PURPOSE.test(w))) return named;
  words.forEach((w, i) => {
    for (const [re, kind] of TRANSACTIONAL_PURPOSES) if (!named.has(kind) && re.test(w)) named.set(kind, keys[i]!);
  });
  return named;
}
