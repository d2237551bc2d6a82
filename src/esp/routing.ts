// readRouting: which ESP (and stream, tags, unsubscribe group…) a raw message's headers route it to.
import type { Routing } from './types.js';
import { headerLine, lowerCaseHeaders, splitList, unique } from './headers.js';

/** Postmark's default transactional stream: where a message without a stream goes. */
export const POSTMARK_DEFAULT_STREAM = 'outbound';

/** Mailchimp Transactional (Mandrill) SMTP headers. Not X-MC-User, which Mailchimp Marketing campaigns carry. */
const MANDRILL_HEADERS = ['x-mc-tags', 'x-mc-subaccount', 'x-mc-track', 'x-mc-template', 'x-mc-metadata'];
const MAILGUN_HEADERS = ['x-mailgun-tag', 'x-mailgun-track', 'x-mailgun-track-clicks', 'x-mailgun-track-opens'];

/**
 * Reads the routing a raw message carries in its headers (lower-cased names → values, as in
 * ParsedInput.headers; other spellings are accepted too). ESP headers are looked for in this
 * order: Postmark `X-PM-Message-Stream` (or `X-PM-Tag`), SendGrid `X-SMTPAPI`, Amazon SES
 * `X-SES-CONFIGURATION-SET` / `X-SES-LIST-MANAGEMENT-OPTIONS` / `X-SES-MESSAGE-TAGS`, Mailgun
 * `X-Mailgun-Tag` / `X-Mailgun-Track`, Mailchimp Transactional `X-MC-Tags` (and its other
 * `X-MC-` SMTP headers). Without any of them, `Precedence: bulk|list` or `Auto-Submitted` give a
 * 'generic' routing; with none of these either, the result is null. Never throws: a header that
 * cannot be read (e.g. X-SMTPAPI that is not JSON) only contributes what can be read from it.
 */
export function readRouting(headers: Record<string, string[]>): Routing | null {
  const h = lowerCaseHeaders(headers);
  const first = (name: string): string | undefined => h[name]?.map((v) => v.trim()).find((v) => v !== '');
  const all = (name: string): string[] => (h[name] ?? []).map((v) => v.trim()).filter(Boolean);

  const precedence = first('precedence');
  const bulk = all('precedence').some((v) => /^(bulk|list)$/i.test(v));
  const listUnsubscribe = all('list-unsubscribe').join(', ');
  const autoSubmitted = first('auto-submitted');
  const common = {
    bulk,
    ...(listUnsubscribe ? { listUnsubscribe } : {}),
    ...(autoSubmitted ? { autoSubmitted } : {}),
  };

  // Postmark: X-PM-Message-Stream; without it (X-PM-Tag only) Postmark uses the default transactional stream.
  if (h['x-pm-message-stream'] || h['x-pm-tag']) {
    const stream = first('x-pm-message-stream');
    const tags = unique(all('x-pm-tag'));
    return {
      esp: 'postmark',
      stream: stream ?? POSTMARK_DEFAULT_STREAM,
      tags,
      ...common,
      evidence: stream
        ? headerLine('x-pm-message-stream', stream)
        : `${headerLine('x-pm-tag', tags.join(', '))} (no X-PM-Message-Stream: Postmark sends it on "${POSTMARK_DEFAULT_STREAM}")`,
    };
  }

  // SendGrid: the SMTP API header, JSON.
  if (h['x-smtpapi']) {
    const value = all('x-smtpapi').join(' ');
    const api = parseSmtpApi(value);
    return {
      esp: 'sendgrid',
      tags: api.categories,
      ...(api.asmGroup !== undefined ? { unsubscribeGroup: api.asmGroup } : {}),
      ...(api.subscriptionTracking ? { subscriptionTracking: true } : {}),
      ...common,
      evidence: headerLine('x-smtpapi', value),
    };
  }

  // Amazon SES: configuration set, list management, message tags.
  if (h['x-ses-configuration-set'] || h['x-ses-list-management-options'] || h['x-ses-message-tags']) {
    const set = first('x-ses-configuration-set');
    const lm = first('x-ses-list-management-options');
    const listManagement = lm ? parseSesListManagement(lm) : undefined;
    const tags = unique(all('x-ses-message-tags').flatMap(splitList));
    return {
      esp: 'ses',
      ...(set ? { stream: set } : {}),
      tags,
      ...(listManagement ? { listManagement } : {}),
      ...common,
      evidence: lm
        ? headerLine('x-ses-list-management-options', lm)
        : set
          ? headerLine('x-ses-configuration-set', set)
          : headerLine('x-ses-message-tags', all('x-ses-message-tags').join(', ')),
    };
  }

  // Mailgun: one X-Mailgun-Tag header per tag; X-Mailgun-Track only says that Mailgun sends it.
  const mailgun = MAILGUN_HEADERS.find((n) => h[n]);
  if (mailgun) {
    const tags = unique(all('x-mailgun-tag').flatMap(splitList));
    return {
      esp: 'mailgun',
      tags,
      ...common,
      evidence: tags.length
        ? all('x-mailgun-tag').map((t) => headerLine('x-mailgun-tag', t)).join('; ')
        : headerLine(mailgun, first(mailgun) ?? ''),
    };
  }

  // Mailchimp Transactional (Mandrill): X-MC-Tags is a comma-separated list.
  const mandrill = MANDRILL_HEADERS.find((n) => h[n]);
  if (mandrill) {
    const tags = unique(all('x-mc-tags').flatMap(splitList));
    return {
      esp: 'mandrill',
      tags,
      ...common,
      evidence: h['x-mc-tags'] ? headerLine('x-mc-tags', all('x-mc-tags').join(', ')) : headerLine(mandrill, first(mandrill) ?? ''),
    };
  }

  if (bulk || autoSubmitted) {
    return {
      esp: 'generic',
      tags: [],
      ...common,
      evidence: bulk ? headerLine('precedence', all('precedence').find((v) => /^(bulk|list)$/i.test(v)) ?? precedence ?? '') : headerLine('auto-submitted', autoSubmitted ?? ''),
    };
  }
  return null;
}

/** The parts of a SendGrid X-SMTPAPI header (JSON) that say how the message is sent. */
export function parseSmtpApi(value: string): { asmGroup?: number; categories: string[]; subscriptionTracking: boolean } {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return { categories: [], subscriptionTracking: false };
  }
  if (!isObject(json)) return { categories: [], subscriptionTracking: false };
  const group = json['asm_group_id'];
  const asmGroup =
    typeof group === 'number' && Number.isInteger(group) ? group : typeof group === 'string' && /^\d+$/.test(group.trim()) ? Number(group) : undefined;
  const category = json['category'];
  const categories = unique(typeof category === 'string' ? [category] : Array.isArray(category) ? category.filter((c): c is string => typeof c === 'string') : []);
  const filters = json['filters'];
  const sub = isObject(filters) && isObject(filters['subscriptiontrack']) ? filters['subscriptiontrack'] : undefined;
  const settings = sub && isObject(sub['settings']) ? sub['settings'] : undefined;
  const enable = settings?.['enable'];
  const subscriptionTracking = enable === 1 || enable === true || enable === '1';
  return { ...(asmGroup !== undefined ? { asmGroup } : {}), categories, subscriptionTracking };
}

/** `X-SES-LIST-MANAGEMENT-OPTIONS: contactListName; topic=topicName` (the topic is optional). */
export function parseSesListManagement(value: string): { contactList: string; topic?: string } | undefined {
  const [list, ...params] = value.split(';').map((s) => s.trim());
  if (!list) return undefined;
  const topic = params.map((p) => /^topic\s*=\s*(.+)$/i.exec(p)?.[1]?.trim()).find(Boolean);
  return topic ? { contactList: list, topic } : { contactList: list };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !Buffer.isBuffer(v) && !(v instanceof Uint8Array);
}
