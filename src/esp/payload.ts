// parsePayload: one message from an ESP API request body (what a pre-send hook sees before the
// API call), with the routing it asks for. Shapes follow each ESP's public API documentation:
// Postmark POST /email, SendGrid v3 POST /mail/send, Amazon SES v2 SendEmail, Mailgun POST
// /v3/<domain>/messages (form fields as a JSON object), Mailchimp Transactional POST /messages/send.
import type { EspMessage, PayloadEsp, Routing } from './types.js';
import { EspPayloadError, PAYLOAD_ESPS } from './types.js';
import { HEADER_NAME, decodeEncodedWords, headerLine, parseHeaderBlock, splitList, unique } from './headers.js';
import { POSTMARK_DEFAULT_STREAM, isObject, parseSesListManagement } from './routing.js';

type Obj = Record<string, unknown>;

/**
 * Reads one ESP API request body. `json` is the parsed body (a JSON string or Buffer is parsed
 * first). Throws EspPayloadError, with a one-line message naming the ESP and the field, for an
 * unknown ESP name, a body that is not one message object, a field of the wrong type, a message
 * with no body, or a send whose content is a template stored at the ESP (nothing to check).
 * Fields that do not matter to the check (recipients, tracking, attachments…) are not validated.
 */
export function parsePayload(esp: string, json: unknown): EspMessage {
  if (!(PAYLOAD_ESPS as readonly string[]).includes(esp)) {
    throw new EspPayloadError(String(esp), `unknown ESP "${String(esp)}": expected one of ${PAYLOAD_ESPS.join(', ')}`);
  }
  const name = esp as PayloadEsp;
  const v: Fields = new Fields(name);
  let body = json;
  if (typeof body === 'string' || Buffer.isBuffer(body)) {
    try {
      body = JSON.parse(body.toString());
    } catch (err) {
      v.fail(`not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
  }
  if (Array.isArray(body)) v.fail('expected one message object, got an array (send batches one message at a time)');
  if (!isObject(body)) v.fail(`expected a JSON object, got ${typeOf(body)}`);
  switch (name) {
    case 'postmark':
      return postmark(body, v);
    case 'sendgrid':
      return sendgrid(body, v);
    case 'ses':
      return ses(body, v);
    case 'mailgun':
      return mailgun(body, v);
    case 'mandrill':
      return mandrill(body, v);
  }
}

// ---------- Postmark ----------

function postmark(p: Obj, v: Fields): EspMessage {
  if (p['TemplateId'] !== undefined || p['TemplateAlias'] !== undefined) {
    v.fail('a template send (TemplateId/TemplateAlias) has its content stored in Postmark; check the template, or the rendered HtmlBody/TextBody');
  }
  const from = v.string(p, 'From');
  const subject = v.string(p, 'Subject');
  const html = v.string(p, 'HtmlBody');
  const text = v.string(p, 'TextBody');
  if (html === undefined && text === undefined) v.fail('HtmlBody or TextBody is required');
  const stream = v.string(p, 'MessageStream');
  const tag = v.string(p, 'Tag');
  const headers = v.nameValueList(p, 'Headers');
  const replyTo = v.string(p, 'ReplyTo');
  if (replyTo) add(headers, 'reply-to', replyTo);
  const routing: Routing = {
    esp: 'postmark',
    stream: stream?.trim() || POSTMARK_DEFAULT_STREAM,
    tags: unique(tag ? [tag] : []),
    ...fromHeaders(headers),
    evidence: stream?.trim()
      ? `MessageStream: "${stream.trim()}"`
      : `MessageStream not set (Postmark sends it on "${POSTMARK_DEFAULT_STREAM}", the default transactional stream)`,
  };
  return message({ from, subject, html, text, headers, routing });
}

// ---------- SendGrid v3 mail/send ----------

function sendgrid(p: Obj, v: Fields): EspMessage {
  const personalizations = v.array(p, 'personalizations', true)!;
  if (personalizations.length === 0) v.fail('personalizations must have at least one entry');
  personalizations.forEach((x, i) => {
    if (!isObject(x)) v.fail(`personalizations[${i}] must be an object`);
  });
  const pers = personalizations as Obj[];
  const fromObj = v.object(p, 'from', true)!;
  const fromEmail = v.string(fromObj, 'email', 'from.email', true)!;
  const fromName = v.string(fromObj, 'name', 'from.name');
  const persSubjects = pers.map((x, i) => v.string(x, 'subject', `personalizations[${i}].subject`));
  const subject = v.string(p, 'subject') ?? persSubjects.find((s) => s !== undefined);

  const content = v.array(p, 'content');
  let html: string | undefined;
  let text: string | undefined;
  (content ?? []).forEach((c, i) => {
    if (!isObject(c)) v.fail(`content[${i}] must be an object with type and value`);
    const type = v.string(c, 'type', `content[${i}].type`, true)!.toLowerCase().split(';')[0]!.trim();
    const value = v.string(c, 'value', `content[${i}].value`, true)!;
    if (type === 'text/html') html ??= value;
    else if (type === 'text/plain') text ??= value;
  });
  if (html === undefined && text === undefined) {
    if (p['template_id'] !== undefined) v.fail('a dynamic template send (template_id) has its content stored in SendGrid; check the template, or the rendered content');
    v.fail('content must have a text/plain or text/html entry');
  }

  const asm = v.object(p, 'asm');
  const group = asm ? v.integer(asm, 'group_id', 'asm.group_id', true) : undefined;
  if (asm && asm['groups_to_display'] !== undefined) {
    const shown = v.array(asm, 'groups_to_display', false, 'asm.groups_to_display')!;
    shown.forEach((g, i) => {
      if (typeof g !== 'number' || !Number.isInteger(g)) v.fail(`asm.groups_to_display[${i}] must be an integer`);
    });
  }
  const categories = v.stringArray(p, 'categories') ?? [];
  const headers = v.stringMap(p, 'headers');
  pers.forEach((x, i) => {
    for (const [k, vals] of Object.entries(v.stringMap(x, 'headers', `personalizations[${i}].headers`))) for (const val of vals) add(headers, k, val);
  });
  const replyTo = v.object(p, 'reply_to');
  if (replyTo) add(headers, 'reply-to', mailbox(v.string(replyTo, 'email', 'reply_to.email', true)!, v.string(replyTo, 'name', 'reply_to.name')));

  const tracking = v.object(p, 'tracking_settings');
  const subTrack = tracking ? v.object(tracking, 'subscription_tracking', false, 'tracking_settings.subscription_tracking') : undefined;
  const subscriptionTracking = subTrack ? v.boolean(subTrack, 'enable', 'tracking_settings.subscription_tracking.enable') === true : false;

  const routing: Routing = {
    esp: 'sendgrid',
    tags: unique(categories),
    ...(group !== undefined ? { unsubscribeGroup: group } : {}),
    ...(subscriptionTracking ? { subscriptionTracking: true } : {}),
    ...fromHeaders(headers),
    evidence:
      group !== undefined
        ? `asm.group_id: ${group}`
        : categories.length
          ? `categories: ${JSON.stringify(categories)} (no asm group)`
          : 'no asm (unsubscribe group) and no categories',
  };
  return message({ from: mailbox(fromEmail, fromName), subject, html, text, headers, routing });
}

// ---------- Amazon SES v2 SendEmail ----------

function ses(p: Obj, v: Fields): EspMessage {
  const fromAddress = v.string(p, 'FromEmailAddress');
  const content = v.object(p, 'Content', true)!;
  const kinds = ['Simple', 'Raw', 'Template'].filter((k) => content[k] !== undefined);
  if (kinds.length !== 1) v.fail(`Content must have exactly one of Simple, Raw or Template (has ${kinds.length ? kinds.join(', ') : 'none'})`);
  if (kinds[0] === 'Template') v.fail('a template send (Content.Template) has its content stored in SES; check the template, or send Content.Simple');

  const configurationSet = v.string(p, 'ConfigurationSetName')?.trim() || undefined;
  const lmo = v.object(p, 'ListManagementOptions');
  let listManagement: { contactList: string; topic?: string } | undefined;
  if (lmo) {
    const contactList = v.string(lmo, 'ContactListName', 'ListManagementOptions.ContactListName', true)!;
    const topic = v.string(lmo, 'TopicName', 'ListManagementOptions.TopicName');
    listManagement = topic ? { contactList, topic } : { contactList };
  }
  const tags = v.nameValueArray(p, 'EmailTags').map(([n, val]) => `${n}=${val}`);

  let subject: string | undefined;
  let html: string | undefined;
  let text: string | undefined;
  let raw: Buffer | undefined;
  let headers: Record<string, string[]> = {};
  let from = fromAddress;
  if (kinds[0] === 'Simple') {
    const simple = v.object(content, 'Simple', true, 'Content.Simple')!;
    const subj = v.object(simple, 'Subject', true, 'Content.Simple.Subject')!;
    subject = v.string(subj, 'Data', 'Content.Simple.Subject.Data', true);
    const body = v.object(simple, 'Body', true, 'Content.Simple.Body')!;
    const h = v.object(body, 'Html', false, 'Content.Simple.Body.Html');
    const t = v.object(body, 'Text', false, 'Content.Simple.Body.Text');
    html = h ? v.string(h, 'Data', 'Content.Simple.Body.Html.Data', true) : undefined;
    text = t ? v.string(t, 'Data', 'Content.Simple.Body.Text.Data', true) : undefined;
    if (html === undefined && text === undefined) v.fail('Content.Simple.Body must have Html or Text');
    headers = v.nameValueList(simple, 'Headers', 'Content.Simple.Headers');
  } else {
    const rawObj = v.object(content, 'Raw', true, 'Content.Raw')!;
    const data = rawObj['Data'];
    if (data instanceof Uint8Array) raw = Buffer.from(data);
    else if (typeof data === 'string') {
      const compact = data.replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length === 0) v.fail('Content.Raw.Data must be base64-encoded MIME');
      raw = Buffer.from(compact, 'base64');
    } else v.fail(`Content.Raw.Data must be a base64 string, got ${typeOf(data)}`);
    if (!/^[\x21-\x39\x3b-\x7e]+:/m.test(raw.subarray(0, 2048).toString('latin1'))) v.fail('Content.Raw.Data is not a MIME message (no header lines)');
    headers = parseHeaderBlock(raw);
    const s = headers['subject']?.[0];
    subject = s !== undefined ? decodeEncodedWords(s) : undefined;
    from ??= headers['from']?.[0] !== undefined ? decodeEncodedWords(headers['from'][0]) : undefined;
  }

  // A raw message may carry the SES headers itself; the request's fields win.
  const rawSet = headers['x-ses-configuration-set']?.[0]?.trim() || undefined;
  const rawLm = headers['x-ses-list-management-options']?.[0];
  listManagement ??= rawLm ? parseSesListManagement(rawLm) : undefined;
  const stream = configurationSet ?? rawSet;
  const allTags = unique([...tags, ...(headers['x-ses-message-tags'] ?? []).flatMap(splitList)]);

  const routing: Routing = {
    esp: 'ses',
    ...(stream ? { stream } : {}),
    tags: allTags,
    ...(listManagement ? { listManagement } : {}),
    ...fromHeaders(headers),
    evidence: lmo
      ? `ListManagementOptions: ${JSON.stringify(lmo)}`
      : rawLm
        ? headerLine('x-ses-list-management-options', rawLm)
        : configurationSet
          ? `ConfigurationSetName: "${configurationSet}"`
          : rawSet
            ? headerLine('x-ses-configuration-set', rawSet)
            : 'no ConfigurationSetName and no ListManagementOptions',
  };
  const m = message({ from, subject, html, text, headers, routing });
  if (raw) m.raw = raw;
  return m;
}

// ---------- Mailgun messages (form fields) ----------

function mailgun(p: Obj, v: Fields): EspMessage {
  const from = v.string(p, 'from');
  const subject = v.string(p, 'subject');
  const html = v.string(p, 'html');
  const text = v.string(p, 'text');
  if (html === undefined && text === undefined) {
    if (p['template'] !== undefined) v.fail('a template send (template) has its content stored in Mailgun; check the template, or the rendered html/text');
    v.fail('html or text is required');
  }
  const tagField = p['o:tag'];
  let tags: string[] = [];
  if (typeof tagField === 'string') tags = [tagField];
  else if (Array.isArray(tagField)) {
    tagField.forEach((t, i) => {
      if (typeof t !== 'string') v.fail(`o:tag[${i}] must be a string`);
    });
    tags = tagField as string[];
  } else if (tagField !== undefined) v.fail(`o:tag must be a string or an array of strings, got ${typeOf(tagField)}`);

  const headers: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(p)) {
    if (!key.startsWith('h:')) continue;
    const name = key.slice(2);
    if (!HEADER_NAME.test(name)) v.fail(`${key} is not a valid header name`);
    const values = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((x) => typeof x === 'string') ? (value as string[]) : v.fail(`${key} must be a string`);
    for (const val of values) add(headers, name, val);
  }
  // Mailgun also reads its own headers given as h: fields.
  tags = unique([...tags, ...(headers['x-mailgun-tag'] ?? [])]);
  const routing: Routing = {
    esp: 'mailgun',
    tags,
    ...fromHeaders(headers),
    evidence: tags.length ? `o:tag: ${JSON.stringify(tags.length === 1 ? tags[0] : tags)}` : 'no o:tag',
  };
  return message({ from, subject, html, text, headers, routing });
}

// ---------- Mailchimp Transactional (Mandrill) messages/send ----------

function mandrill(p: Obj, v: Fields): EspMessage {
  if (p['template_name'] !== undefined) v.fail('a template send (messages/send-template) has its content stored in Mailchimp Transactional; check the template');
  const m = v.object(p, 'message', true)!;
  const html = v.string(m, 'html', 'message.html');
  const text = v.string(m, 'text', 'message.text');
  if (html === undefined && text === undefined) v.fail('message.html or message.text is required');
  const subject = v.string(m, 'subject', 'message.subject');
  const fromEmail = v.string(m, 'from_email', 'message.from_email');
  const fromName = v.string(m, 'from_name', 'message.from_name');
  const tags = v.stringArray(m, 'tags', 'message.tags') ?? [];
  v.string(m, 'subaccount', 'message.subaccount');
  const headers = v.stringMap(m, 'headers', 'message.headers');
  const allTags = unique([...tags, ...(headers['x-mc-tags'] ?? []).flatMap(splitList)]);
  const routing: Routing = {
    esp: 'mandrill',
    tags: allTags,
    ...fromHeaders(headers),
    evidence: tags.length ? `message.tags: ${JSON.stringify(tags)}` : 'message.tags not set',
  };
  return message({ from: fromEmail ? mailbox(fromEmail, fromName) : undefined, subject, html, text, headers, routing });
}

// ---------- helpers ----------

/** The routing facts every ESP reads from the message's own headers. */
function fromHeaders(headers: Record<string, string[]>): Pick<Routing, 'bulk' | 'listUnsubscribe' | 'autoSubmitted'> {
  const values = (n: string) => (headers[n] ?? []).map((s) => s.trim()).filter(Boolean);
  const listUnsubscribe = values('list-unsubscribe').join(', ');
  const autoSubmitted = values('auto-submitted')[0];
  return {
    bulk: values('precedence').some((s) => /^(bulk|list)$/i.test(s)),
    ...(listUnsubscribe ? { listUnsubscribe } : {}),
    ...(autoSubmitted ? { autoSubmitted } : {}),
  };
}

function message(m: { from?: string; subject?: string; html?: string; text?: string; headers: Record<string, string[]>; routing: Routing }): EspMessage {
  const out: EspMessage = { headers: m.headers, routing: m.routing };
  if (m.subject !== undefined) out.subject = m.subject;
  if (m.from !== undefined) out.from = m.from;
  if (m.html !== undefined) out.html = m.html;
  if (m.text !== undefined) out.text = m.text;
  return out;
}

function add(headers: Record<string, string[]>, name: string, value: string): void {
  (headers[name.toLowerCase()] ??= []).push(value);
}

/** `"Name" <address>`, or the bare address without a name. */
export function mailbox(address: string, name?: string): string {
  const n = name?.trim();
  if (!n) return address.trim();
  const display = /^[\w !#$%&'*+\-/=?^`{|}~]+$/.test(n) && !/^\s|\s$/.test(n) ? n : `"${n.replace(/["\\]/g, '\\$&')}"`;
  return `${display} <${address.trim()}>`;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Field readers that fail with "<esp> payload: <path> must be …". */
class Fields {
  constructor(readonly esp: PayloadEsp) {}

  fail(message: string): never {
    throw new EspPayloadError(this.esp, `${this.esp} payload: ${message}`);
  }

  private get(o: Obj, key: string, path: string, required: boolean, what: string): unknown {
    const value = o[key];
    if ((value === undefined || value === null) && required) this.fail(`${path} is required (${what})`);
    return value ?? undefined;
  }

  string(o: Obj, key: string, path = key, required = false): string | undefined {
    const value = this.get(o, key, path, required, 'a string');
    if (value !== undefined && typeof value !== 'string') this.fail(`${path} must be a string, got ${typeOf(value)}`);
    return value as string | undefined;
  }

  boolean(o: Obj, key: string, path = key): boolean | undefined {
    const value = this.get(o, key, path, false, 'a boolean');
    if (value !== undefined && typeof value !== 'boolean') this.fail(`${path} must be a boolean, got ${typeOf(value)}`);
    return value as boolean | undefined;
  }

  integer(o: Obj, key: string, path = key, required = false): number | undefined {
    const value = this.get(o, key, path, required, 'an integer');
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value))) this.fail(`${path} must be an integer, got ${typeOf(value)}`);
    return value as number | undefined;
  }

  object(o: Obj, key: string, required = false, path = key): Obj | undefined {
    const value = this.get(o, key, path, required, 'an object');
    if (value !== undefined && !isObject(value)) this.fail(`${path} must be an object, got ${typeOf(value)}`);
    return value as Obj | undefined;
  }

  array(o: Obj, key: string, required = false, path = key): unknown[] | undefined {
    const value = this.get(o, key, path, required, 'an array');
    if (value !== undefined && !Array.isArray(value)) this.fail(`${path} must be an array, got ${typeOf(value)}`);
    return value as unknown[] | undefined;
  }

  stringArray(o: Obj, key: string, path = key): string[] | undefined {
    const arr = this.array(o, key, false, path);
    arr?.forEach((x, i) => {
      if (typeof x !== 'string') this.fail(`${path}[${i}] must be a string, got ${typeOf(x)}`);
    });
    return arr as string[] | undefined;
  }

  /** `{ "X-Header": "value" }` → lower-cased header map. */
  stringMap(o: Obj, key: string, path = key): Record<string, string[]> {
    const map = this.object(o, key, false, path);
    const out: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(map ?? {})) {
      if (!HEADER_NAME.test(name)) this.fail(`${path}: "${name}" is not a valid header name`);
      if (typeof value !== 'string') this.fail(`${path}.${name} must be a string, got ${typeOf(value)}`);
      add(out, name, value);
    }
    return out;
  }

  /** `[{ Name, Value }]` (Postmark Headers, SES EmailTags / Simple.Headers) → [name, value] pairs. */
  nameValueArray(o: Obj, key: string, path = key): Array<[string, string]> {
    const arr = this.array(o, key, false, path) ?? [];
    return arr.map((x, i) => {
      if (!isObject(x)) this.fail(`${path}[${i}] must be an object with Name and Value`);
      const n = this.string(x, 'Name', `${path}[${i}].Name`, true)!;
      const val = this.string(x, 'Value', `${path}[${i}].Value`, true)!;
      return [n, val];
    });
  }

  /** `[{ Name, Value }]` headers → lower-cased header map (names must be valid header names). */
  nameValueList(o: Obj, key: string, path = key): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    this.nameValueArray(o, key, path).forEach(([n, val], i) => {
      if (!HEADER_NAME.test(n)) this.fail(`${path}[${i}].Name "${n}" is not a valid header name`);
      add(out, n, val);
    });
    return out;
  }
}
