// Which ESP streams are transactional: the defaults, and streamOf's decision for one routing.
import type { EspStream, EspStreamsConfig, EspStreamsConfigInput, Routing, StreamDecision } from './types.js';

/**
 * The defaults, and why:
 *
 * - **Postmark** — `outbound` is the id Postmark gives every server's default Transactional
 *   stream, and `broadcast` the usual id of its Broadcast stream. Postmark's policy is that
 *   transactional streams carry transactional mail only, so any stream *not* listed in
 *   `transactionalStreams` is treated as a broadcast stream: add your own transactional stream ids
 *   (e.g. `password-resets`) there. A message with no stream goes on `outbound`, as at Postmark.
 * - **SendGrid** — a send with an unsubscribe group (`asm.group_id` / `asm_group_id`) is a
 *   subscription (marketing) send: that is what ASM groups are for. `transactionalAsmGroups`
 *   lists groups you use for transactional mail instead (empty by default). Without a group, the
 *   categories decide (`transactional` → transactional; `marketing`, `newsletter`, `promotional`,
 *   `promotion`, `campaign` → marketing); without those, a message carrying its own
 *   List-Unsubscribe is treated as a marketing send, and anything else as a transactional send,
 *   because SendGrid gives it no unsubscribe handling at all.
 * - **Amazon SES** — a send with `ListManagementOptions` (or `X-SES-LIST-MANAGEMENT-OPTIONS`) is a
 *   list send, i.e. subscription mail. Configuration sets are free-form names, so none is known to
 *   be either kind until listed (`transactionalConfigurationSets`, `marketingConfigurationSets`,
 *   both empty by default); otherwise, as for SendGrid, List-Unsubscribe → marketing and anything
 *   else → a plain transactional send.
 * - **Mailgun** — Mailgun has no streams; tags are free-form. `transactional` marks a
 *   transactional send, `marketing`, `newsletter`, `promotional`, `promotion`, `campaign` a
 *   marketing one (a marketing tag wins when both are present). Untagged: List-Unsubscribe →
 *   marketing, otherwise unknown.
 * - **Mailchimp Transactional (Mandrill)** — the platform is for transactional mail, so a send is
 *   transactional unless it is tagged `marketing` or `newsletter`.
 * - **generic** (no ESP header) — `Precedence: bulk|list` marks bulk (marketing) mail;
 *   `Auto-Submitted: auto-generated` (or any value but `no`, RFC 3834) marks an automatic,
 *   triggered message, i.e. transactional.
 *
 * Names, tags and categories are compared case-insensitively.
 */
export const DEFAULT_ESP_STREAMS: EspStreamsConfig = {
  postmark: { transactionalStreams: ['outbound'], broadcastStreams: ['broadcast'] },
  sendgrid: {
    transactionalAsmGroups: [],
    transactionalCategories: ['transactional'],
    marketingCategories: ['marketing', 'newsletter', 'promotional', 'promotion', 'campaign'],
  },
  ses: { transactionalConfigurationSets: [], marketingConfigurationSets: [] },
  mailgun: {
    transactionalTags: ['transactional'],
    marketingTags: ['marketing', 'newsletter', 'promotional', 'promotion', 'campaign'],
  },
  mandrill: { marketingTags: ['marketing', 'newsletter'] },
};

/** The defaults with the given lists in place of the default ones (per ESP, per list). */
export function resolveEspConfig(input: EspStreamsConfigInput = {}): EspStreamsConfig {
  const d = DEFAULT_ESP_STREAMS;
  return {
    postmark: { ...d.postmark, ...input.postmark },
    sendgrid: { ...d.sendgrid, ...input.sendgrid },
    ses: { ...d.ses, ...input.ses },
    mailgun: { ...d.mailgun, ...input.mailgun },
    mandrill: { ...d.mandrill, ...input.mandrill },
  };
}

/**
 * How certain the decision is. 'declared': the routing itself names the stream (a Postmark stream,
 * an ASM group, a list, a tag or category, a configured name, a transactional-only platform).
 * 'default': the stream is inferred from what the routing lacks or from a generic header hint.
 */
export type StreamBasis = 'declared' | 'default';

export interface StreamDecisionDetail extends StreamDecision {
  basis: StreamBasis;
}

/**
 * Which stream a routing puts a message on: 'transactional', 'marketing' or 'unknown', with the
 * reason in words. `espConfig` may be partial; missing lists take DEFAULT_ESP_STREAMS' values.
 */
export function streamOf(routing: Routing, espConfig: EspStreamsConfigInput = DEFAULT_ESP_STREAMS): StreamDecisionDetail {
  const cfg = resolveEspConfig(espConfig);
  const has = (list: readonly string[], value: string | undefined) => value !== undefined && list.some((x) => x.toLowerCase() === value.toLowerCase());
  const tagIn = (list: readonly string[]) => routing.tags.find((t) => has(list, t));
  const out = (stream: EspStream, reason: string, basis: StreamBasis = 'declared'): StreamDecisionDetail => ({ stream, reason, basis });
  const selfManaged = routing.listUnsubscribe
    ? out('marketing', 'it carries its own List-Unsubscribe header, as subscription mail does', 'default')
    : null;

  switch (routing.esp) {
    case 'postmark': {
      const stream = routing.stream ?? 'outbound';
      if (has(cfg.postmark.transactionalStreams, stream)) return out('transactional', `Postmark stream "${stream}" is a transactional message stream`);
      if (has(cfg.postmark.broadcastStreams, stream)) return out('marketing', `Postmark stream "${stream}" is a broadcast message stream`);
      return out('marketing', `Postmark stream "${stream}" is not listed as transactional (postmark.transactionalStreams), so it is treated as a broadcast stream`, 'default');
    }
    case 'sendgrid': {
      const group = routing.unsubscribeGroup;
      if (group !== undefined) {
        if (cfg.sendgrid.transactionalAsmGroups.includes(group)) return out('transactional', `SendGrid unsubscribe group ${group} is listed as transactional (sendgrid.transactionalAsmGroups)`);
        return out('marketing', `it is sent with SendGrid unsubscribe group ${group} (ASM), i.e. as subscription mail`);
      }
      const mkt = tagIn(cfg.sendgrid.marketingCategories);
      if (mkt) return out('marketing', `its SendGrid category "${mkt}" marks a marketing send`);
      const tx = tagIn(cfg.sendgrid.transactionalCategories);
      if (tx) return out('transactional', `its SendGrid category "${tx}" marks a transactional send`);
      if (routing.subscriptionTracking) return out('marketing', 'SendGrid subscription tracking is on, as for subscription mail', 'default');
      if (selfManaged) return selfManaged;
      return out('transactional', 'it is sent through SendGrid with no unsubscribe group (ASM) and no List-Unsubscribe, i.e. as transactional mail', 'default');
    }
    case 'ses': {
      const lm = routing.listManagement;
      if (lm) return out('marketing', `it is sent to SES contact list "${lm.contactList}"${lm.topic ? ` (topic "${lm.topic}")` : ''} with list management, i.e. as subscription mail`);
      const set = routing.stream;
      if (has(cfg.ses.marketingConfigurationSets, set)) return out('marketing', `SES configuration set "${set}" is listed as marketing (ses.marketingConfigurationSets)`);
      if (has(cfg.ses.transactionalConfigurationSets, set)) return out('transactional', `SES configuration set "${set}" is listed as transactional (ses.transactionalConfigurationSets)`);
      if (selfManaged) return selfManaged;
      return out('transactional', `it is sent through SES${set ? ` (configuration set "${set}")` : ''} without list management (ListManagementOptions) or List-Unsubscribe, i.e. as transactional mail`, 'default');
    }
    case 'mailgun': {
      const mkt = tagIn(cfg.mailgun.marketingTags);
      if (mkt) return out('marketing', `its Mailgun tag "${mkt}" marks a marketing send`);
      const tx = tagIn(cfg.mailgun.transactionalTags);
      if (tx) return out('transactional', `its Mailgun tag "${tx}" marks a transactional send`);
      if (selfManaged) return selfManaged;
      return out('unknown', routing.tags.length ? `none of its Mailgun tags (${routing.tags.join(', ')}) is listed as transactional or marketing` : 'Mailgun has no streams and the message has no tag', 'default');
    }
    case 'mandrill': {
      const mkt = tagIn(cfg.mandrill.marketingTags);
      if (mkt) return out('marketing', `its Mailchimp Transactional tag "${mkt}" marks a marketing send`);
      return out('transactional', 'it is sent through Mailchimp Transactional (Mandrill), a platform for transactional mail');
    }
    case 'generic': {
      if (routing.bulk) return out('marketing', '`Precedence: bulk` / `list` marks bulk mail', 'default');
      const auto = routing.autoSubmitted?.trim().toLowerCase();
      if (auto && auto !== 'no') return out('transactional', `\`Auto-Submitted: ${routing.autoSubmitted}\` marks an automatic, triggered message (RFC 3834)`, 'default');
      return out('unknown', 'no header says which stream it is on', 'default');
    }
  }
}
