import { describe, expect, it } from 'vitest';
import { EspPayloadError, parsePayload } from '../../src/esp/index.js';

/** The error parsePayload throws, checked to be an EspPayloadError with a one-line message. */
function payloadError(esp: string, json: unknown): EspPayloadError {
  try {
    parsePayload(esp, json);
  } catch (err) {
    expect(err).toBeInstanceOf(EspPayloadError);
    const e = err as EspPayloadError;
    expect(e.message).not.toMatch(/[\r\n]/);
    return e;
  }
  throw new Error(`expected ${esp} payload to be rejected`);
}

describe('parsePayload', () => {
  it('rejects an unknown ESP, listing the five', () => {
    expect(payloadError('sparkpost', {}).message).toBe('unknown ESP "sparkpost": expected one of postmark, sendgrid, ses, mailgun, mandrill');
  });

  it('parses a JSON string or Buffer, and rejects bad JSON, arrays and non-objects in one line', () => {
    const body = { From: 'a@example.com', Subject: 'Hi', TextBody: 'Hello' };
    expect(parsePayload('postmark', JSON.stringify(body)).text).toBe('Hello');
    expect(parsePayload('postmark', Buffer.from(JSON.stringify(body))).subject).toBe('Hi');
    expect(payloadError('postmark', '{"From": ').message).toMatch(/^postmark payload: not valid JSON \(/);
    expect(payloadError('postmark', [body]).message).toBe('postmark payload: expected one message object, got an array (send batches one message at a time)');
    expect(payloadError('sendgrid', 42).message).toBe('sendgrid payload: expected a JSON object, got a number');
    expect(payloadError('ses', null).message).toBe('ses payload: expected a JSON object, got null');
  });

  describe('Postmark /email', () => {
    const base = {
      From: 'Lumen Tea <orders@lumentea.example.com>',
      To: 'priya@example.net',
      Subject: 'Your receipt',
      HtmlBody: '<p>Thanks</p>',
      TextBody: 'Thanks',
      MessageStream: 'outbound',
      Tag: 'receipt',
      ReplyTo: 'help@lumentea.example.com',
      Headers: [
        { Name: 'List-Unsubscribe', Value: '<https://lumentea.example.com/u>' },
        { Name: 'X-Order', Value: '42' },
      ],
    };

    it('reads the message, its headers and its stream', () => {
      const m = parsePayload('postmark', base);
      expect(m).toEqual({
        from: 'Lumen Tea <orders@lumentea.example.com>',
        subject: 'Your receipt',
        html: '<p>Thanks</p>',
        text: 'Thanks',
        headers: { 'list-unsubscribe': ['<https://lumentea.example.com/u>'], 'x-order': ['42'], 'reply-to': ['help@lumentea.example.com'] },
        routing: {
          esp: 'postmark',
          stream: 'outbound',
          tags: ['receipt'],
          bulk: false,
          listUnsubscribe: '<https://lumentea.example.com/u>',
          evidence: 'MessageStream: "outbound"',
        },
      });
    });

    it('puts a message without MessageStream on "outbound", as Postmark does', () => {
      const { MessageStream: _omit, ...rest } = base;
      const m = parsePayload('postmark', rest);
      expect(m.routing.stream).toBe('outbound');
      expect(m.routing.evidence).toBe('MessageStream not set (Postmark sends it on "outbound", the default transactional stream)');
    });

    it('rejects malformed fields in one line', () => {
      expect(payloadError('postmark', { ...base, HtmlBody: 42 }).message).toBe('postmark payload: HtmlBody must be a string, got a number');
      expect(payloadError('postmark', { From: 'a@example.com', Subject: 'x' }).message).toBe('postmark payload: HtmlBody or TextBody is required');
      expect(payloadError('postmark', { ...base, Headers: { Name: 'X' } }).message).toBe('postmark payload: Headers must be an array, got an object');
      expect(payloadError('postmark', { ...base, Headers: [{ Name: 'X-A' }] }).message).toBe('postmark payload: Headers[0].Value is required (a string)');
      expect(payloadError('postmark', { ...base, Headers: [{ Name: 'Bad Name', Value: 'v' }] }).message).toBe(
        'postmark payload: Headers[0].Name "Bad Name" is not a valid header name',
      );
      expect(payloadError('postmark', { ...base, MessageStream: ['outbound'] }).message).toBe('postmark payload: MessageStream must be a string, got an array');
      expect(payloadError('postmark', { TemplateId: 123, TemplateModel: {} }).message).toMatch(/^postmark payload: a template send \(TemplateId\/TemplateAlias\)/);
    });
  });

  describe('SendGrid v3 mail/send', () => {
    const base = {
      personalizations: [{ to: [{ email: 'marcus@example.org' }], headers: { 'X-Campaign': 'spring' } }],
      from: { email: 'offers@quillbrook.example.com', name: 'Quillbrook Stationery' },
      reply_to: { email: 'help@quillbrook.example.com' },
      subject: '30% off',
      content: [
        { type: 'text/plain', value: 'Sale' },
        { type: 'text/html', value: '<p>Sale</p>' },
      ],
      asm: { group_id: 18342, groups_to_display: [18342] },
      categories: ['promotional'],
      headers: { 'List-Unsubscribe': '<mailto:u@quillbrook.example.com>' },
    };

    it('reads the message, the unsubscribe group and the categories', () => {
      const m = parsePayload('sendgrid', base);
      expect(m.from).toBe('Quillbrook Stationery <offers@quillbrook.example.com>');
      expect(m.subject).toBe('30% off');
      expect(m.text).toBe('Sale');
      expect(m.html).toBe('<p>Sale</p>');
      expect(m.headers).toEqual({
        'list-unsubscribe': ['<mailto:u@quillbrook.example.com>'],
        'x-campaign': ['spring'],
        'reply-to': ['help@quillbrook.example.com'],
      });
      expect(m.routing).toEqual({
        esp: 'sendgrid',
        tags: ['promotional'],
        unsubscribeGroup: 18342,
        bulk: false,
        listUnsubscribe: '<mailto:u@quillbrook.example.com>',
        evidence: 'asm.group_id: 18342',
      });
    });

    it('takes the subject from the first personalization when there is no top-level one, and reads subscription tracking', () => {
      const { subject: _s, asm: _a, ...rest } = base;
      const m = parsePayload('sendgrid', {
        ...rest,
        personalizations: [{ to: [{ email: 'm@example.org' }], subject: 'Per-recipient subject' }],
        tracking_settings: { subscription_tracking: { enable: true } },
      });
      expect(m.subject).toBe('Per-recipient subject');
      expect(m.routing.subscriptionTracking).toBe(true);
      expect(m.routing.unsubscribeGroup).toBeUndefined();
      expect(m.routing.evidence).toBe('categories: ["promotional"] (no asm group)');
    });

    it('quotes a display name that needs it', () => {
      expect(parsePayload('sendgrid', { ...base, from: { email: 'a@example.com', name: 'Smith, Jones & Co.' } }).from).toBe('"Smith, Jones & Co." <a@example.com>');
    });

    it('rejects malformed fields in one line', () => {
      expect(payloadError('sendgrid', { ...base, asm: { group_id: '18342' } }).message).toBe('sendgrid payload: asm.group_id must be an integer, got a string');
      expect(payloadError('sendgrid', { ...base, asm: {} }).message).toBe('sendgrid payload: asm.group_id is required (an integer)');
      expect(payloadError('sendgrid', { ...base, categories: 'promo' }).message).toBe('sendgrid payload: categories must be an array, got a string');
      expect(payloadError('sendgrid', { ...base, content: [{ type: 'text/html' }] }).message).toBe('sendgrid payload: content[0].value is required (a string)');
      expect(payloadError('sendgrid', { ...base, content: [] }).message).toBe('sendgrid payload: content must have a text/plain or text/html entry');
      expect(payloadError('sendgrid', { ...base, personalizations: [] }).message).toBe('sendgrid payload: personalizations must have at least one entry');
      expect(payloadError('sendgrid', { ...base, from: 'a@example.com' }).message).toBe('sendgrid payload: from must be an object, got a string');
      expect(payloadError('sendgrid', { ...base, headers: { 'X-A': 1 } }).message).toBe('sendgrid payload: headers.X-A must be a string, got a number');
      const { content: _c, ...noContent } = base;
      expect(payloadError('sendgrid', { ...noContent, template_id: 'd-123' }).message).toMatch(/^sendgrid payload: a dynamic template send \(template_id\)/);
    });
  });

  describe('Amazon SES v2 SendEmail', () => {
    const simple = {
      FromEmailAddress: 'Harborlight <news@harborlight.example.com>',
      Destination: { ToAddresses: ['dana@example.com'] },
      Content: {
        Simple: {
          Subject: { Data: 'The Planning Digest', Charset: 'UTF-8' },
          Body: { Text: { Data: 'Hello' }, Html: { Data: '<p>Hello</p>' } },
          Headers: [{ Name: 'Reply-To', Value: 'support@harborlight.example.com' }],
        },
      },
      ConfigurationSetName: 'newsletters',
      ListManagementOptions: { ContactListName: 'Customers', TopicName: 'digest' },
      EmailTags: [{ Name: 'category', Value: 'newsletter' }],
    };

    it('reads simple content, the configuration set, list management and tags', () => {
      const m = parsePayload('ses', simple);
      expect(m).toMatchObject({ from: 'Harborlight <news@harborlight.example.com>', subject: 'The Planning Digest', text: 'Hello', html: '<p>Hello</p>' });
      expect(m.headers).toEqual({ 'reply-to': ['support@harborlight.example.com'] });
      expect(m.routing).toEqual({
        esp: 'ses',
        stream: 'newsletters',
        tags: ['category=newsletter'],
        listManagement: { contactList: 'Customers', topic: 'digest' },
        bulk: false,
        evidence: 'ListManagementOptions: {"ContactListName":"Customers","TopicName":"digest"}',
      });
    });

    it('reads raw content (base64 or bytes) with the SES headers it carries', () => {
      const raw = [
        'From: Harborlight Security <security@harborlight.example.com>',
        'Subject: =?UTF-8?B?TmV3IHNpZ24taW4g4oCU?= Harborlight',
        'X-SES-CONFIGURATION-SET: account-mail',
        'X-SES-LIST-MANAGEMENT-OPTIONS: Customers; topic=security',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Hello',
        '',
      ].join('\r\n');
      const m = parsePayload('ses', { Content: { Raw: { Data: Buffer.from(raw).toString('base64') } } });
      expect(m.raw?.toString()).toBe(raw);
      expect(m.subject).toBe('New sign-in — Harborlight');
      expect(m.from).toBe('Harborlight Security <security@harborlight.example.com>');
      expect(m.routing).toMatchObject({ esp: 'ses', stream: 'account-mail', listManagement: { contactList: 'Customers', topic: 'security' } });
      expect(m.routing.evidence).toBe('X-SES-LIST-MANAGEMENT-OPTIONS: Customers; topic=security');
      const fromBytes = parsePayload('ses', { ConfigurationSetName: 'other', Content: { Raw: { Data: new Uint8Array(Buffer.from(raw)) } } });
      expect(fromBytes.raw?.equals(Buffer.from(raw))).toBe(true);
      expect(fromBytes.routing.stream).toBe('other');
    });

    it('reads a plain send with no configuration set', () => {
      const { ConfigurationSetName: _c, ListManagementOptions: _l, ...rest } = simple;
      const m = parsePayload('ses', rest);
      expect(m.routing.stream).toBeUndefined();
      expect(m.routing.listManagement).toBeUndefined();
      expect(m.routing.evidence).toBe('no ConfigurationSetName and no ListManagementOptions');
    });

    it('rejects malformed fields in one line', () => {
      expect(payloadError('ses', { ...simple, Content: { Simple: { ...simple.Content.Simple, Body: { Html: { Data: 5 } } } } }).message).toBe(
        'ses payload: Content.Simple.Body.Html.Data must be a string, got a number',
      );
      expect(payloadError('ses', { ...simple, Content: { Simple: { ...simple.Content.Simple, Body: {} } } }).message).toBe(
        'ses payload: Content.Simple.Body must have Html or Text',
      );
      expect(payloadError('ses', { ...simple, Content: {} }).message).toBe('ses payload: Content must have exactly one of Simple, Raw or Template (has none)');
      expect(payloadError('ses', { ...simple, Content: { Template: { TemplateName: 'x' } } }).message).toMatch(/^ses payload: a template send \(Content\.Template\)/);
      expect(payloadError('ses', { Content: { Raw: { Data: 'not base64!' } } }).message).toBe('ses payload: Content.Raw.Data must be base64-encoded MIME');
      expect(payloadError('ses', { Content: { Raw: { Data: Buffer.from('just some text').toString('base64') } } }).message).toBe(
        'ses payload: Content.Raw.Data is not a MIME message (no header lines)',
      );
      expect(payloadError('ses', { ...simple, ListManagementOptions: { TopicName: 'x' } }).message).toBe(
        'ses payload: ListManagementOptions.ContactListName is required (a string)',
      );
      expect(payloadError('ses', { ...simple, EmailTags: [{ Name: 'a', Value: 1 }] }).message).toBe('ses payload: EmailTags[0].Value must be a string, got a number');
    });
  });

  describe('Mailgun messages (form fields as JSON)', () => {
    const base = {
      from: 'Trailpost <shipping@mg.trailpost.example.com>',
      to: ['jordan@example.net'],
      subject: 'Shipped',
      text: 'On its way',
      html: '<p>On its way</p>',
      'o:tag': ['transactional', 'shipping'],
      'o:tracking': 'yes',
      'h:Reply-To': 'help@trailpost.example.com',
      'h:List-Unsubscribe': '<https://trailpost.example.com/u>',
      'v:order_id': 'TP-1',
    };

    it('reads the message, o:tag and h: headers', () => {
      const m = parsePayload('mailgun', base);
      expect(m).toMatchObject({ from: base.from, subject: 'Shipped', text: 'On its way', html: '<p>On its way</p>' });
      expect(m.headers).toEqual({ 'reply-to': ['help@trailpost.example.com'], 'list-unsubscribe': ['<https://trailpost.example.com/u>'] });
      expect(m.routing).toEqual({
        esp: 'mailgun',
        tags: ['transactional', 'shipping'],
        bulk: false,
        listUnsubscribe: '<https://trailpost.example.com/u>',
        evidence: 'o:tag: ["transactional","shipping"]',
      });
      expect(parsePayload('mailgun', { ...base, 'o:tag': 'newsletter' }).routing.evidence).toBe('o:tag: "newsletter"');
    });

    it('rejects malformed fields in one line', () => {
      expect(payloadError('mailgun', { ...base, 'o:tag': 5 }).message).toBe('mailgun payload: o:tag must be a string or an array of strings, got a number');
      expect(payloadError('mailgun', { ...base, 'o:tag': ['a', 5] }).message).toBe('mailgun payload: o:tag[1] must be a string');
      expect(payloadError('mailgun', { ...base, html: { body: 'x' } }).message).toBe('mailgun payload: html must be a string, got an object');
      expect(payloadError('mailgun', { ...base, 'h:X-Count': 3 }).message).toBe('mailgun payload: h:X-Count must be a string');
      expect(payloadError('mailgun', { from: 'a@example.com', subject: 'x' }).message).toBe('mailgun payload: html or text is required');
      expect(payloadError('mailgun', { from: 'a@example.com', template: 'shipped' }).message).toMatch(/^mailgun payload: a template send \(template\)/);
    });
  });

  describe('Mailchimp Transactional (Mandrill) messages/send', () => {
    const base = {
      key: 'md-EXAMPLE',
      message: {
        html: '<p>Welcome</p>',
        text: 'Welcome',
        subject: 'Welcome to Fieldnote',
        from_email: 'hello@fieldnote.example.com',
        from_name: 'Fieldnote',
        to: [{ email: 'sam@example.com', type: 'to' }],
        headers: { 'Reply-To': 'support@fieldnote.example.com' },
        tags: ['welcome', 'onboarding'],
      },
    };

    it('reads the message and its tags', () => {
      const m = parsePayload('mandrill', base);
      expect(m).toMatchObject({ from: 'Fieldnote <hello@fieldnote.example.com>', subject: 'Welcome to Fieldnote', html: '<p>Welcome</p>', text: 'Welcome' });
      expect(m.headers).toEqual({ 'reply-to': ['support@fieldnote.example.com'] });
      expect(m.routing).toEqual({ esp: 'mandrill', tags: ['welcome', 'onboarding'], bulk: false, evidence: 'message.tags: ["welcome","onboarding"]' });
    });

    it('rejects malformed fields in one line', () => {
      expect(payloadError('mandrill', { key: 'x' }).message).toBe('mandrill payload: message is required (an object)');
      expect(payloadError('mandrill', { message: { ...base.message, tags: 'welcome' } }).message).toBe('mandrill payload: message.tags must be an array, got a string');
      expect(payloadError('mandrill', { message: { ...base.message, tags: ['a', null] } }).message).toBe('mandrill payload: message.tags[1] must be a string, got null');
      expect(payloadError('mandrill', { message: { ...base.message, headers: { 'Reply-To': ['a'] } } }).message).toBe(
        'mandrill payload: message.headers.Reply-To must be a string, got an array',
      );
      expect(payloadError('mandrill', { message: { subject: 'x' } }).message).toBe('mandrill payload: message.html or message.text is required');
      expect(payloadError('mandrill', { template_name: 'welcome', message: {} }).message).toMatch(/^mandrill payload: a template send/);
    });
  });

  it('reads Precedence and Auto-Submitted from the payload headers into the routing', () => {
    const m = parsePayload('mandrill', { message: { text: 'x', headers: { Precedence: 'bulk', 'Auto-Submitted': 'auto-generated' } } });
    expect(m.routing).toMatchObject({ bulk: true, autoSubmitted: 'auto-generated' });
  });
});
