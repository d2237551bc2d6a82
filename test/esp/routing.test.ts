import { describe, expect, it } from 'vitest';
import { readRouting } from '../../src/esp/index.js';

const h = (pairs: Array<[string, string]>): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const [k, v] of pairs) (out[k.toLowerCase()] ??= []).push(v);
  return out;
};

describe('readRouting', () => {
  it('returns null when nothing routes the message', () => {
    expect(readRouting({})).toBeNull();
    expect(readRouting(h([['subject', 'Hi'], ['list-unsubscribe', '<https://example.com/u>']]))).toBeNull();
    expect(readRouting(h([['precedence', 'junk']]))).toBeNull();
  });

  describe('Postmark', () => {
    it('reads X-PM-Message-Stream', () => {
      expect(readRouting(h([['x-pm-message-stream', 'outbound']]))).toEqual({
        esp: 'postmark',
        stream: 'outbound',
        tags: [],
        bulk: false,
        evidence: 'X-PM-Message-Stream: outbound',
      });
    });

    it('reads X-PM-Tag, and a message with no stream header goes on "outbound"', () => {
      const r = readRouting(h([['x-pm-tag', 'welcome']]))!;
      expect(r).toMatchObject({ esp: 'postmark', stream: 'outbound', tags: ['welcome'] });
      expect(r.evidence).toBe('X-PM-Tag: welcome (no X-PM-Message-Stream: Postmark sends it on "outbound")');
    });

    it('accepts header names in any case', () => {
      expect(readRouting({ 'X-PM-Message-Stream': ['broadcast'], 'List-Unsubscribe': ['<https://example.com/u>'] })).toMatchObject({
        esp: 'postmark',
        stream: 'broadcast',
        listUnsubscribe: '<https://example.com/u>',
      });
    });
  });

  describe('SendGrid X-SMTPAPI', () => {
    it('reads asm_group_id and category (array)', () => {
      const value = '{"asm_group_id": 4521, "category": ["newsletter", "weekly"]}';
      expect(readRouting(h([['x-smtpapi', value]]))).toEqual({
        esp: 'sendgrid',
        tags: ['newsletter', 'weekly'],
        unsubscribeGroup: 4521,
        bulk: false,
        evidence: `X-SMTPAPI: ${value}`,
      });
    });

    it('reads a category string, a numeric-string group and subscription tracking', () => {
      const r = readRouting(h([['x-smtpapi', '{"asm_group_id":"77","category":"receipts","filters":{"subscriptiontrack":{"settings":{"enable":1}}}}']]))!;
      expect(r).toMatchObject({ esp: 'sendgrid', tags: ['receipts'], unsubscribeGroup: 77, subscriptionTracking: true });
    });

    it('keeps the ESP when the JSON cannot be read', () => {
      const r = readRouting(h([['x-smtpapi', '{"asm_group_id": 12,']]))!;
      expect(r.esp).toBe('sendgrid');
      expect(r.unsubscribeGroup).toBeUndefined();
      expect(r.tags).toEqual([]);
    });
  });

  describe('Amazon SES', () => {
    it('reads the configuration set as the stream', () => {
      expect(readRouting(h([['x-ses-configuration-set', 'account-mail']]))).toMatchObject({
        esp: 'ses',
        stream: 'account-mail',
        evidence: 'X-SES-CONFIGURATION-SET: account-mail',
      });
    });

    it('reads list management (with and without a topic) and message tags', () => {
      const r = readRouting(
        h([
          ['x-ses-configuration-set', 'newsletters'],
          ['x-ses-list-management-options', 'Customers; topic=monthly'],
          ['x-ses-message-tags', 'category=newsletter, campaign=march'],
        ]),
      )!;
      expect(r).toMatchObject({
        esp: 'ses',
        stream: 'newsletters',
        tags: ['category=newsletter', 'campaign=march'],
        listManagement: { contactList: 'Customers', topic: 'monthly' },
        evidence: 'X-SES-LIST-MANAGEMENT-OPTIONS: Customers; topic=monthly',
      });
      expect(readRouting(h([['x-ses-list-management-options', 'Customers']]))!.listManagement).toEqual({ contactList: 'Customers' });
    });
  });

  describe('Mailgun', () => {
    it('reads one X-Mailgun-Tag header per tag', () => {
      const r = readRouting(h([['x-mailgun-tag', 'transactional'], ['x-mailgun-tag', 'shipping']]))!;
      expect(r).toMatchObject({ esp: 'mailgun', tags: ['transactional', 'shipping'] });
      expect(r.evidence).toBe('X-Mailgun-Tag: transactional; X-Mailgun-Tag: shipping');
    });

    it('recognises Mailgun by X-Mailgun-Track alone', () => {
      expect(readRouting(h([['x-mailgun-track', 'yes']]))).toMatchObject({ esp: 'mailgun', tags: [], evidence: 'X-Mailgun-Track: yes' });
    });
  });

  describe('Mailchimp Transactional (Mandrill)', () => {
    it('reads X-MC-Tags as a comma-separated list', () => {
      expect(readRouting(h([['x-mc-tags', 'welcome, onboarding,welcome']]))).toMatchObject({
        esp: 'mandrill',
        tags: ['welcome', 'onboarding'],
        evidence: 'X-MC-Tags: welcome, onboarding,welcome',
      });
    });

    it('recognises its other SMTP headers, but not X-MC-User (a Mailchimp Marketing campaign)', () => {
      expect(readRouting(h([['x-mc-subaccount', 'eu-shop']]))).toMatchObject({ esp: 'mandrill', tags: [] });
      expect(readRouting(h([['x-mc-user', 'a1b2c3']]))).toBeNull();
      expect(readRouting(h([['x-mc-user', 'a1b2c3'], ['precedence', 'bulk']]))).toMatchObject({ esp: 'generic', bulk: true });
    });
  });

  describe('generic headers', () => {
    it('reads Precedence: bulk and list', () => {
      expect(readRouting(h([['precedence', 'bulk']]))).toEqual({ esp: 'generic', tags: [], bulk: true, evidence: 'Precedence: bulk' });
      expect(readRouting(h([['precedence', 'List']]))).toMatchObject({ esp: 'generic', bulk: true, evidence: 'Precedence: List' });
    });

    it('reads Auto-Submitted', () => {
      expect(readRouting(h([['auto-submitted', 'auto-generated']]))).toEqual({
        esp: 'generic',
        tags: [],
        bulk: false,
        autoSubmitted: 'auto-generated',
        evidence: 'Auto-Submitted: auto-generated',
      });
    });

    it('records Precedence and List-Unsubscribe next to an ESP header', () => {
      expect(readRouting(h([['x-mailgun-tag', 'newsletter'], ['precedence', 'bulk'], ['list-unsubscribe', '<mailto:u@example.com>']]))).toMatchObject({
        esp: 'mailgun',
        bulk: true,
        listUnsubscribe: '<mailto:u@example.com>',
      });
    });
  });

  it('puts the header line in evidence on one line, at most 200 characters', () => {
    const long = JSON.stringify({ asm_group_id: 1, category: Array.from({ length: 40 }, (_, i) => `category-${i}`) });
    const r = readRouting(h([['x-smtpapi', long]]))!;
    expect(r.evidence.length).toBeLessThanOrEqual(200);
    expect(r.evidence).not.toMatch(/\n/);
    expect(r.evidence.startsWith('X-SMTPAPI: {"asm_group_id":1')).toBe(true);
  });
});
