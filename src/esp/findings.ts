// espFindings: the ESP stream a message goes out on, checked against the stream its verdicts give.
import type { FileResult, Finding, Severity, Verdict } from '../types.js';
import { firstPromotional, verdictCitations, whatLawsSay } from '../config/apply.js';
import { bundledRegistry, type LawInfo, type Registry } from '../packs/registry.js';
import { STREAM_PACK } from '../config/format.js';
import type { EspName, EspStreamsConfigInput, Routing } from './types.js';
import { DEFAULT_ESP_STREAMS, resolveEspConfig, streamOf, type StreamDecisionDetail } from './streams.js';
import { clip } from './headers.js';
import { espMismatch } from '../builtin/esp-mismatch.js';
import { espUnsubscribe } from '../builtin/esp-unsubscribe.js';
import type { BuiltinRule } from '../builtin/types.js';

export const ESP_MISMATCH_RULE = espMismatch.meta.id;
export const ESP_UNSUBSCRIBE_RULE = espUnsubscribe.meta.id;

/** The two rules (their meaning is in src/builtin/), for callers that list them. */
export const ESP_RULES: readonly BuiltinRule[] = [espMismatch, espUnsubscribe];

export const ESP_NAMES: Record<EspName, string> = {
  postmark: 'Postmark',
  sendgrid: 'SendGrid',
  ses: 'Amazon SES',
  mailgun: 'Mailgun',
  mandrill: 'Mailchimp Transactional (Mandrill)',
  generic: 'its headers',
};

/** What each ESP itself says about marketing on its transactional side (none for Mailgun and generic). */
const POLICY: Partial<Record<EspName, { text: string; citation: string }>> = {
  postmark: {
    text: "Postmark's policy: transactional message streams are for transactional mail only; send broadcasts on a Broadcast stream.",
    citation: 'Postmark message streams policy',
  },
  sendgrid: {
    text: 'SendGrid: send marketing mail with an unsubscribe group (ASM), so recipients can opt out of that kind of mail.',
    citation: 'SendGrid unsubscribe groups (ASM)',
  },
  ses: {
    text: 'Amazon SES: send subscription mail to a contact list and topic (ListManagementOptions), so SES handles unsubscribes.',
    citation: 'Amazon SES list and subscription management (ListManagementOptions)',
  },
  mandrill: {
    text: 'Mailchimp Transactional is for one-to-one, triggered mail; marketing should go through Mailchimp Marketing.',
    citation: 'Mailchimp Transactional (one-to-one transactional email)',
  },
};

/**
 * Findings (pack 'stream', location scope 'header') for a checked message and the routing it goes
 * out on:
 *
 * - `stream/esp-mismatch`, error: the result's stream is marketing (commercial, cem or
 *   direct-marketing under some law) but the routing puts it on a transactional stream; a warning
 *   when the routing is transactional only by default (SendGrid without an ASM group or SES without
 *   list management and no List-Unsubscribe; a generic Auto-Submitted header). Info: nothing in the
 *   message is promotional but the routing names a marketing stream (recipients who opted out of
 *   marketing may not get it), or puts it on a Postmark stream only assumed to be broadcast.
 * - `stream/esp-unsubscribe`, warning: a marketing message on a marketing stream without any
 *   unsubscribe handling (no List-Unsubscribe, and no ASM group / subscription tracking / SES list
 *   management / Postmark broadcast stream).
 *
 * A result with an error, or without a stream, gets none.
 */
export function espFindings(result: FileResult, routing: Routing, espConfig: EspStreamsConfigInput = DEFAULT_ESP_STREAMS, registry: Registry = bundledRegistry()): Finding[] {
  if (result.error || !result.stream) return [];
  const cfg = resolveEspConfig(espConfig);
  const decision = streamOf(routing, cfg);
  const findings: Finding[] = [];
  const disagree = registry.laws.map((law) => [law, result.verdicts?.[law.id]] as const).filter(
    (e): e is readonly [LawInfo, Verdict] => !!e[1] && e[0].marketing.has(e[1].class),
  );

  if (result.stream === 'marketing' && decision.stream === 'transactional') {
    findings.push(mismatch(result, routing, decision, disagree, cfg.postmark.broadcastStreams[0] ?? 'broadcast', registry));
  } else if (result.stream === 'transactional' && decision.stream === 'marketing' && (decision.basis === 'declared' || routing.esp === 'postmark') && routing.esp !== 'generic') {
    // Postmark too when the stream is only assumed to be broadcast: it may be a transactional stream to list in the config.
    findings.push({
      ruleId: ESP_MISMATCH_RULE,
      severity: 'info',
      message: `Nothing in this message is promotional, but it goes out on a marketing stream (${decision.reason}); recipients who opted out of marketing may not get it.`,
      citation: POLICY[routing.esp]?.citation ?? 'graylint stream routing',
      location: { scope: 'header' },
      evidence: routing.evidence,
      fix: `Send it on a transactional stream (${transactionalHint(routing)}).`,
      pack: STREAM_PACK,
    });
  }

  if (result.stream === 'marketing' && decision.stream === 'marketing') {
    const handled = unsubscribeHandling(routing, cfg);
    if (!handled) {
      findings.push({
        ruleId: ESP_UNSUBSCRIBE_RULE,
        severity: 'warning',
        message: `This marketing message goes out on a marketing stream (${decision.reason}) with no unsubscribe handling: no List-Unsubscribe header${missingEspHandling(routing)}.`,
        citation: 'RFC 2369; RFC 8058; Gmail and Yahoo bulk-sender requirements (2024)',
        location: { scope: 'header' },
        evidence: routing.evidence,
        fix: unsubscribeFix(routing),
        pack: STREAM_PACK,
      });
    }
  }
  return findings;
}

/** How the ESP or the message handles unsubscribes, in words, or null when nothing does. */
export function unsubscribeHandling(routing: Routing, espConfig: EspStreamsConfigInput = DEFAULT_ESP_STREAMS): string | null {
  if (routing.listUnsubscribe) return `List-Unsubscribe: ${routing.listUnsubscribe}`;
  return espManagedUnsubscribe(routing, espConfig);
}

/**
 * The unsubscribe handling the ESP adds at send time (its own List-Unsubscribe header and
 * suppression of opted-out recipients), or null: a SendGrid unsubscribe group or subscription
 * tracking, SES list management, a Postmark broadcast stream. A message checked before the send
 * does not carry that header yet, so a pipeline finding about a missing List-Unsubscribe header
 * (providers/missing-one-click-unsubscribe) does not apply to such a send.
 */
export function espManagedUnsubscribe(routing: Routing, espConfig: EspStreamsConfigInput = DEFAULT_ESP_STREAMS): string | null {
  if (routing.esp === 'sendgrid' && routing.unsubscribeGroup !== undefined) return `SendGrid unsubscribe group ${routing.unsubscribeGroup}`;
  if (routing.esp === 'sendgrid' && routing.subscriptionTracking) return 'SendGrid subscription tracking';
  if (routing.esp === 'ses' && routing.listManagement) return `SES list management (contact list "${routing.listManagement.contactList}")`;
  // Every Postmark stream that is not transactional is a Broadcast stream, which adds its own unsubscribe link and header.
  if (routing.esp === 'postmark' && streamOf(routing, espConfig).stream === 'marketing') return `Postmark broadcast stream "${routing.stream ?? ''}"`;
  return null;
}

function mismatch(
  result: FileResult,
  routing: Routing,
  decision: StreamDecisionDetail,
  disagree: ReadonlyArray<readonly [LawInfo, Verdict]>,
  broadcastStream: string,
  registry: Registry,
): Finding {
  const policy = POLICY[routing.esp];
  const laws = disagree.length ? whatLawsSay(disagree) : 'its verdicts put it on the marketing stream';
  const promo = firstPromotional(result.findings, registry);
  const what = promo?.evidence ? `the promotional content (“${clip(promo.evidence, 80)}”)` : 'the promotional content';
  const severity: Severity = decision.basis === 'declared' ? 'error' : 'warning';
  const lawCitations = verdictCitations(disagree);
  // A marketing message has nothing transactional to keep: only the route can change.
  const fix =
    result.category === 'marketing'
      ? `${marketingRoute(routing, broadcastStream)}: it is marketing mail.`
      : `${marketingRoute(routing, broadcastStream)}; or remove ${what} so it stays transactional.`;
  return {
    ruleId: ESP_MISMATCH_RULE,
    severity,
    message: `This ${result.category ? `${result.category} ` : ''}message goes out on a transactional stream (${decision.reason}), but ${laws}.${policy ? ` ${policy.text}` : ''}`,
    citation: [policy?.citation, ...lawCitations].filter(Boolean).join('; '),
    location: { scope: 'header' },
    evidence: routing.evidence,
    fix,
    pack: STREAM_PACK,
  };
}

/** The concrete way to send it as marketing on this ESP (first half of the mismatch fix). */
function marketingRoute(r: Routing, broadcast: string): string {
  switch (r.esp) {
    case 'postmark':
      return `Send this on your Broadcast stream (MessageStream "${broadcast}", or the header X-PM-Message-Stream: ${broadcast}), which adds Postmark's unsubscribe handling, and only to recipients who agreed to marketing`;
    case 'sendgrid':
      return 'Send this with the unsubscribe group (asm.group_id) of your marketing mail, and only to recipients who agreed to marketing';
    case 'ses':
      return 'Send this with ListManagementOptions (ContactListName and TopicName; in a raw message the header X-SES-LIST-MANAGEMENT-OPTIONS) to contacts subscribed to that topic';
    case 'mailgun':
      return 'Send this as marketing: tag it as such (o:tag "marketing" instead of the transactional tag), add List-Unsubscribe and List-Unsubscribe-Post headers (h:List-Unsubscribe) and an unsubscribe link (%unsubscribe_url%), and send it only to recipients who agreed to marketing';
    case 'mandrill':
      return 'Send this as a Mailchimp Marketing campaign to subscribers who agreed to marketing';
    case 'generic':
      return 'Send this as marketing mail (without Auto-Submitted, with List-Unsubscribe and an unsubscribe link), and only to recipients who agreed to marketing';
  }
}

function transactionalHint(r: Routing): string {
  switch (r.esp) {
    case 'postmark':
      return 'MessageStream "outbound" or another transactional stream listed in postmark.transactionalStreams';
    case 'sendgrid':
      return 'without an unsubscribe group or marketing category, or with a group listed in sendgrid.transactionalAsmGroups';
    case 'ses':
      return 'without ListManagementOptions, with a configuration set that is not listed in ses.marketingConfigurationSets';
    case 'mailgun':
      return 'tag it "transactional" instead of the marketing tag';
    case 'mandrill':
      return 'without the marketing tag';
    case 'generic':
      return 'without Precedence: bulk';
  }
}

function missingEspHandling(r: Routing): string {
  switch (r.esp) {
    case 'sendgrid':
      return ', no unsubscribe group (asm.group_id) and no subscription tracking';
    case 'ses':
      return ' and no list management (ListManagementOptions)';
    default:
      return '';
  }
}

function unsubscribeFix(r: Routing): string {
  const own = 'List-Unsubscribe (with an HTTPS URL) and List-Unsubscribe-Post: List-Unsubscribe=One-Click headers';
  switch (r.esp) {
    case 'sendgrid':
      return `Send it with an unsubscribe group (asm: { group_id: … }), so SendGrid adds List-Unsubscribe and suppresses recipients who opted out; or add your own ${own} (headers) and an unsubscribe link.`;
    case 'ses':
      return `Send it with ListManagementOptions (ContactListName and TopicName; raw: X-SES-LIST-MANAGEMENT-OPTIONS), so SES adds the unsubscribe headers and honours opt-outs; or add your own ${own} and an unsubscribe link.`;
    case 'mailgun':
      return `Add ${own} (h:List-Unsubscribe, h:List-Unsubscribe-Post) and an unsubscribe link (%unsubscribe_url%, with Mailgun unsubscribe tracking on).`;
    case 'mandrill':
      return `Add ${own} to message.headers, and an unsubscribe link in the body.`;
    default:
      return `Add ${own}, and an unsubscribe link in the body.`;
  }
}

