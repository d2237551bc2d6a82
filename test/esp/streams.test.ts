import { describe, expect, it } from 'vitest';
import type { FileResult, Finding, Verdict } from '../../src/types.js';
import {
  DEFAULT_ESP_STREAMS,
  ESP_MISMATCH_RULE,
  ESP_RULES,
  ESP_UNSUBSCRIBE_RULE,
  espFindings,
  resolveEspConfig,
  streamOf,
  type Routing,
} from '../../src/esp/index.js';

const routing = (r: Partial<Routing> & Pick<Routing, 'esp'>): Routing => ({ tags: [], bulk: false, evidence: 'the routing line', ...r });
const v = (cls: string, citation: string): Verdict => ({ class: cls, decidedBy: [`test-${cls}`], citation });

const promo: Finding = {
  ruleId: 'casl/promo-in-transactional',
  severity: 'warning',
  message: '…',
  citation: 'CASL s.6(6)',
  location: { scope: 'body', line: 12, column: 3 },
  evidence: '15% off your next order with code THANKS15',
  fix: '…',
  pack: 'casl',
};

const hybrid: FileResult = {
  file: 'receipt.eml',
  kind: 'eml',
  category: 'hybrid',
  stream: 'marketing',
  verdicts: { 'can-spam': v('transactional', '16 CFR 316.3(a)(2)'), casl: v('cem', 'CASL s.1(2)'), gdpr: v('direct-marketing', 'ePrivacy Art. 13(1)') },
  findings: [promo],
};
const marketing: FileResult = {
  ...hybrid,
  file: 'sale.eml',
  category: 'marketing',
  verdicts: { 'can-spam': v('commercial', '16 CFR 316.3(a)(1)'), casl: v('cem', 'CASL s.1(2)'), gdpr: v('direct-marketing', 'ePrivacy Art. 13(1)') },
  findings: [],
};
const transactional: FileResult = {
  ...hybrid,
  file: 'reset.eml',
  category: 'transactional',
  stream: 'transactional',
  verdicts: { 'can-spam': v('transactional', 'x'), casl: v('not-cem', 'y'), gdpr: v('service', 'z') },
  findings: [],
};

describe('streamOf', () => {
  const cases: Array<[string, Routing, string, 'declared' | 'default']> = [
    ['Postmark outbound', routing({ esp: 'postmark', stream: 'outbound' }), 'transactional', 'declared'],
    ['Postmark broadcast', routing({ esp: 'postmark', stream: 'broadcast' }), 'marketing', 'declared'],
    ['Postmark other stream', routing({ esp: 'postmark', stream: 'password-resets' }), 'marketing', 'default'],
    ['Postmark stream ids ignore case', routing({ esp: 'postmark', stream: 'Outbound' }), 'transactional', 'declared'],
    ['SendGrid ASM group', routing({ esp: 'sendgrid', unsubscribeGroup: 12, tags: ['transactional'] }), 'marketing', 'declared'],
    ['SendGrid marketing category', routing({ esp: 'sendgrid', tags: ['Newsletter'] }), 'marketing', 'declared'],
    ['SendGrid transactional category', routing({ esp: 'sendgrid', tags: ['transactional'] }), 'transactional', 'declared'],
    ['SendGrid subscription tracking', routing({ esp: 'sendgrid', subscriptionTracking: true }), 'marketing', 'default'],
    ['SendGrid own List-Unsubscribe', routing({ esp: 'sendgrid', listUnsubscribe: '<https://x.example.com/u>' }), 'marketing', 'default'],
    ['SendGrid nothing', routing({ esp: 'sendgrid' }), 'transactional', 'default'],
    ['SES list management', routing({ esp: 'ses', stream: 'tx', listManagement: { contactList: 'C' } }), 'marketing', 'declared'],
    ['SES plain send', routing({ esp: 'ses', stream: 'account-mail' }), 'transactional', 'default'],
    ['SES own List-Unsubscribe', routing({ esp: 'ses', listUnsubscribe: '<mailto:u@x.example.com>' }), 'marketing', 'default'],
    ['Mailgun transactional tag', routing({ esp: 'mailgun', tags: ['transactional', 'shipping'] }), 'transactional', 'declared'],
    ['Mailgun marketing tag wins', routing({ esp: 'mailgun', tags: ['transactional', 'promotion'] }), 'marketing', 'declared'],
    ['Mailgun untagged', routing({ esp: 'mailgun' }), 'unknown', 'default'],
    ['Mailgun untagged with List-Unsubscribe', routing({ esp: 'mailgun', listUnsubscribe: '<mailto:u@x.example.com>' }), 'marketing', 'default'],
    ['Mandrill by platform', routing({ esp: 'mandrill', tags: ['welcome'] }), 'transactional', 'declared'],
    ['Mandrill tagged newsletter', routing({ esp: 'mandrill', tags: ['newsletter'] }), 'marketing', 'declared'],
    ['Precedence bulk', routing({ esp: 'generic', bulk: true, autoSubmitted: 'auto-generated' }), 'marketing', 'default'],
    ['Auto-Submitted', routing({ esp: 'generic', autoSubmitted: 'auto-generated' }), 'transactional', 'default'],
    ['Auto-Submitted: no', routing({ esp: 'generic', autoSubmitted: 'no' }), 'unknown', 'default'],
  ];
  for (const [name, r, stream, basis] of cases) {
    it(name, () => {
      const d = streamOf(r);
      expect(d.stream).toBe(stream);
      expect(d.basis).toBe(basis);
      expect(d.reason.length).toBeGreaterThan(10);
    });
  }

  it('explains the decision in words', () => {
    expect(streamOf(routing({ esp: 'postmark', stream: 'outbound' })).reason).toBe('Postmark stream "outbound" is a transactional message stream');
    expect(streamOf(routing({ esp: 'sendgrid', unsubscribeGroup: 12 })).reason).toBe('it is sent with SendGrid unsubscribe group 12 (ASM), i.e. as subscription mail');
  });

  it('takes a partial config whose lists replace the defaults', () => {
    expect(streamOf(routing({ esp: 'postmark', stream: 'password-resets' }), { postmark: { transactionalStreams: ['outbound', 'password-resets'] } })).toMatchObject({
      stream: 'transactional',
      basis: 'declared',
    });
    expect(streamOf(routing({ esp: 'sendgrid', unsubscribeGroup: 7 }), { sendgrid: { transactionalAsmGroups: [7] } }).stream).toBe('transactional');
    expect(streamOf(routing({ esp: 'ses', stream: 'promos' }), { ses: { marketingConfigurationSets: ['promos'] } }).stream).toBe('marketing');
    expect(streamOf(routing({ esp: 'ses', stream: 'tx', listUnsubscribe: '<mailto:u@x>' }), { ses: { transactionalConfigurationSets: ['tx'] } }).stream).toBe('transactional');
    expect(resolveEspConfig({ mailgun: { marketingTags: [] } })).toEqual({ ...DEFAULT_ESP_STREAMS, mailgun: { ...DEFAULT_ESP_STREAMS.mailgun, marketingTags: [] } });
  });
});

describe('espFindings', () => {
  it('reports a promotional message on a Postmark transactional stream as an error with Postmark\'s policy', () => {
    const r = routing({ esp: 'postmark', stream: 'outbound', evidence: 'X-PM-Message-Stream: outbound' });
    const [f, ...rest] = espFindings(hybrid, r);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: ESP_MISMATCH_RULE, severity: 'error', pack: 'stream', location: { scope: 'header' }, evidence: 'X-PM-Message-Stream: outbound' });
    expect(f!.message).toBe(
      'This hybrid message goes out on a transactional stream (Postmark stream "outbound" is a transactional message stream), but CASL says cem and EU/UK ePrivacy says direct-marketing. ' +
        "Postmark's policy: transactional message streams are for transactional mail only; send broadcasts on a Broadcast stream.",
    );
    expect(f!.citation).toBe('Postmark message streams policy; CASL s.1(2); ePrivacy Art. 13(1)');
    expect(f!.fix).toMatch(/^Send this on your Broadcast stream \(MessageStream "broadcast"/);
    expect(f!.fix).toMatch(/or remove the promotional content \(“15% off your next order with code THANKS15”\) so it stays transactional\.$/);
  });

  it('names the broadcast stream from the config in the fix, and offers no removal for a marketing message', () => {
    const [f] = espFindings(marketing, routing({ esp: 'postmark', stream: 'outbound' }), { postmark: { broadcastStreams: ['newsletters'] } });
    expect(f!.fix).toMatch(/MessageStream "newsletters"/);
    expect(f!.fix).not.toMatch(/remove/);
  });

  it("names each ESP's own policy", () => {
    const policy = (r: Routing) => espFindings(hybrid, r)[0]!;
    expect(policy(routing({ esp: 'sendgrid', tags: ['transactional'] })).message).toMatch(/SendGrid: send marketing mail with an unsubscribe group \(ASM\)/);
    expect(policy(routing({ esp: 'sendgrid', tags: ['transactional'] })).citation).toMatch(/^SendGrid unsubscribe groups \(ASM\); /);
    expect(policy(routing({ esp: 'ses', stream: 'tx' })).message).toMatch(/Amazon SES: send subscription mail to a contact list and topic \(ListManagementOptions\)/);
    expect(policy(routing({ esp: 'mandrill' })).message).toMatch(/marketing should go through Mailchimp Marketing\.$/);
    expect(policy(routing({ esp: 'mandrill' })).fix).toMatch(/^Send this as a Mailchimp Marketing campaign/);
    const mailgun = policy(routing({ esp: 'mailgun', tags: ['transactional'] }));
    expect(mailgun.message).toMatch(/its Mailgun tag "transactional" marks a transactional send\), but CASL says cem and EU\/UK ePrivacy says direct-marketing\.$/);
    expect(mailgun.citation).toBe('CASL s.1(2); ePrivacy Art. 13(1)');
  });

  it('is an error when the routing names a transactional stream, a warning when it is transactional only by default', () => {
    expect(espFindings(hybrid, routing({ esp: 'mandrill' }))[0]!.severity).toBe('error');
    expect(espFindings(hybrid, routing({ esp: 'sendgrid', tags: ['transactional'] }))[0]!.severity).toBe('error');
    expect(espFindings(hybrid, routing({ esp: 'sendgrid' }))[0]!.severity).toBe('warning');
    expect(espFindings(hybrid, routing({ esp: 'ses' }))[0]!.severity).toBe('warning');
    expect(espFindings(hybrid, routing({ esp: 'generic', autoSubmitted: 'auto-generated' }))[0]!.severity).toBe('warning');
  });

  it('says nothing when a promotional message is on a marketing stream with unsubscribe handling', () => {
    expect(espFindings(hybrid, routing({ esp: 'postmark', stream: 'broadcast' }))).toEqual([]);
    expect(espFindings(marketing, routing({ esp: 'sendgrid', unsubscribeGroup: 3 }))).toEqual([]);
    expect(espFindings(marketing, routing({ esp: 'sendgrid', tags: ['newsletter'], subscriptionTracking: true }))).toEqual([]);
    expect(espFindings(marketing, routing({ esp: 'ses', listManagement: { contactList: 'C', topic: 't' } }))).toEqual([]);
    expect(espFindings(marketing, routing({ esp: 'mailgun', tags: ['newsletter'], listUnsubscribe: '<https://x.example.com/u>' }))).toEqual([]);
    expect(espFindings(marketing, routing({ esp: 'mailgun' }))).toEqual([]); // unknown stream
  });

  it('warns about a marketing stream with no unsubscribe handling, naming what to add', () => {
    const cases: Array<[Routing, RegExp]> = [
      [routing({ esp: 'sendgrid', tags: ['newsletter'] }), /^Send it with an unsubscribe group \(asm: \{ group_id: … \}\)/],
      [routing({ esp: 'ses', stream: 'promos' }), /^Send it with ListManagementOptions/],
      [routing({ esp: 'mailgun', tags: ['newsletter'] }), /h:List-Unsubscribe, h:List-Unsubscribe-Post/],
      [routing({ esp: 'mandrill', tags: ['marketing'] }), /to message\.headers/],
      [routing({ esp: 'generic', bulk: true }), /^Add List-Unsubscribe \(with an HTTPS URL\) and List-Unsubscribe-Post/],
    ];
    for (const [r, fix] of cases) {
      const found = espFindings(marketing, r, { ses: { marketingConfigurationSets: ['promos'] } });
      expect(found.map((f) => `${f.ruleId}:${f.severity}`), r.esp).toEqual([`${ESP_UNSUBSCRIBE_RULE}:warning`]);
      expect(found[0]!.fix, r.esp).toMatch(fix);
      expect(found[0]!.location).toEqual({ scope: 'header' });
      expect(found[0]!.message).toMatch(/^This marketing message goes out on a marketing stream \(.+\) with no unsubscribe handling: no List-Unsubscribe header/);
    }
  });

  it('notes a non-promotional message on a declared marketing stream (info), but not on an inferred one', () => {
    const [f] = espFindings(transactional, routing({ esp: 'postmark', stream: 'broadcast' }));
    expect(f).toMatchObject({ ruleId: ESP_MISMATCH_RULE, severity: 'info' });
    expect(f!.fix).toMatch(/MessageStream "outbound"/);
    expect(espFindings(transactional, routing({ esp: 'sendgrid', listUnsubscribe: '<mailto:u@x>' }))).toEqual([]);
    // An unlisted Postmark stream is only assumed to be broadcast: the note says how to list it.
    const [custom] = espFindings(transactional, routing({ esp: 'postmark', stream: 'password-resets' }));
    expect(custom).toMatchObject({ ruleId: ESP_MISMATCH_RULE, severity: 'info' });
    expect(custom!.message).toMatch(/"password-resets" is not listed as transactional \(postmark\.transactionalStreams\)/);
    expect(espFindings(transactional, routing({ esp: 'postmark', stream: 'password-resets' }), { postmark: { transactionalStreams: ['password-resets'] } })).toEqual([]);
    expect(espFindings(transactional, routing({ esp: 'generic', bulk: true }))).toEqual([]);
    expect(espFindings(transactional, routing({ esp: 'postmark', stream: 'outbound' }))).toEqual([]);
  });

  it('gives nothing for a result with an error or without a stream', () => {
    expect(espFindings({ file: 'x', findings: [], error: { code: 'unreadable', message: 'x' } }, routing({ esp: 'postmark', stream: 'outbound' }))).toEqual([]);
    expect(espFindings({ file: 'x', findings: [] }, routing({ esp: 'postmark', stream: 'outbound' }))).toEqual([]);
  });

  it('documents both rules', () => {
    expect(ESP_RULES.map((r) => r.meta.id)).toEqual([ESP_MISMATCH_RULE, ESP_UNSUBSCRIBE_RULE]);
    for (const r of ESP_RULES) expect(r.meta.id.startsWith('stream/')).toBe(true);
  });
});

describe('espManagedUnsubscribe', () => {
  it('names the unsubscribe handling the ESP adds at send time', async () => {
    const { espManagedUnsubscribe, unsubscribeHandling } = await import('../../src/esp/index.js');
    expect(espManagedUnsubscribe(routing({ esp: 'postmark', stream: 'broadcast' }))).toBe('Postmark broadcast stream "broadcast"');
    expect(espManagedUnsubscribe(routing({ esp: 'postmark', stream: 'outbound' }))).toBeNull();
    expect(espManagedUnsubscribe(routing({ esp: 'sendgrid', unsubscribeGroup: 9 }))).toBe('SendGrid unsubscribe group 9');
    expect(espManagedUnsubscribe(routing({ esp: 'ses', listManagement: { contactList: 'C' } }))).toBe('SES list management (contact list "C")');
    expect(espManagedUnsubscribe(routing({ esp: 'mailgun', tags: ['newsletter'], listUnsubscribe: '<mailto:u@x>' }))).toBeNull();
    expect(unsubscribeHandling(routing({ esp: 'mailgun', tags: ['newsletter'], listUnsubscribe: '<mailto:u@x>' }))).toBe('List-Unsubscribe: <mailto:u@x>');
  });
});
