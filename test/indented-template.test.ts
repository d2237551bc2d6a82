import { describe, expect, it } from 'vitest';
import { indentedTemplateText } from '../src/input/indented-template.js';
import { parseTemplate } from '../src/input/template.js';
import { createChecker } from '../src/check.js';
import { parseInput } from '../src/input/index.js';
import { buildModel } from '../src/model/index.js';

// A Rails mailer view in Slim: element lines, piped text, interpolation, output and control code.
const SLIM = [
  '- order = @notification.order',
  '/ Sent when the parcel leaves the warehouse',
  'div.wrapper style="padding: 8px"',
  '  p Hello #{order.customer.first_name},',
  '  p',
  '    | Your order #{link_to(order.number, order_url(order, {ref: "mail"}))} has shipped',
  '    | and is on its way to you.',
  '  h3 style="margin: 0"= "Track your parcel"',
  '  = link_to "Follow the delivery", order.tracking_url, class: "btn btn-primary"',
  '  - if order.gift?',
  '    p.note A gift message is enclosed.',
].join('\n');

const HAML = ['%html', '  %head', '    %title Internal title', '  %body', '    %p.lead= @user.name', '    -# a note for developers', '      about this view', '    %p Thanks for signing up.'].join('\n');

const PUG = ['doctype html', 'html', '  body', "    div(dir='rtl')", "      p Welcome back, #{name}!", "      a(href='#{link}') Confirm your email address", '      //- the link expires after a day', '      p.', '        This link expires after 24 hours.'].join('\n');

describe('an indentation template (Slim, Haml, Pug)', () => {
  it('reads a tag on a line of its own inside piped text as a value in the sentence, not a blank line between paragraphs', async () => {
    // (At send time "#{course}" holds the course's name: the payment line and "was received." are one sentence.)
    const pug = ['doctype html', 'body', '  p', '    | Your payment for', '    | #{course}', '    | was received.', '  p', '    | Many thanks for your support.'].join('\n');
    const model = buildModel(await parseInput('receipt.pug', Buffer.from(pug, 'utf8')));
    expect(model.blocks.map((b) => b.text)).toEqual(['Your payment for was received.', 'Many thanks for your support.']);
    const r = await createChecker({ fallback: null }).checkBuffer('receipt.pug', Buffer.from(pug, 'utf8'));
    expect(r.category).toBe('transactional');
  });

  it('keeps the text at its offsets and blanks element names, attributes, comments and control code', () => {
    const out = indentedTemplateText(SLIM, 'slim');
    expect(out.length).toBe(SLIM.length);
    expect(out.split('\n').length).toBe(SLIM.split('\n').length);
    expect(out).not.toMatch(/\bdiv\b|wrapper|padding|style|Sent when|warehouse|link_to|btn|- if|gift\?|@notification/);
    expect(out).toContain('has shipped');
    expect(out).toContain('and is on its way to you.');
    expect(out).toContain('Track your parcel');
    expect(out).toContain('Follow the delivery');
    expect(out).toContain('A gift message is enclosed.');
    // Interpolation and output code become placeholders named for the value shown.
    const parsed = parseTemplate('shipped.html.slim', Buffer.from(SLIM));
    const names = parsed.placeholders.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['order.customer.first_name', 'order.number', 'order.tracking_url']));
    expect(parsed.templateLanguage).toBe('slim');
  });

  it('makes each element line a paragraph, and piped lines continue it', () => {
    const parsed = parseTemplate('shipped.slim', Buffer.from(SLIM));
    return createChecker({ fallback: null }).checkBuffer('shipped.slim', Buffer.from(SLIM), { explain: true }).then((r) => {
      expect(parsed.text ?? '').toContain('Follow the delivery');
      expect(r.category).toBe('transactional');
      expect(r.signals!['core.shipping']).toBe(true);
    });
  });

  it('reads Haml and Pug: the head and comments (with what is indented under them) are not the mail', () => {
    const haml = indentedTemplateText(HAML, 'haml');
    expect(haml).not.toMatch(/Internal title|a note|about this view|%p|lead/);
    expect(haml).toContain('Thanks for signing up.');
    expect(haml).toContain('${user.name}');
    const pug = indentedTemplateText(PUG, 'pug');
    expect(pug).not.toMatch(/doctype|dir=|rtl|href|expires after a day/);
    expect(pug).toContain('Welcome back, ${name}');
    expect(pug).toContain('Confirm your email address');
    expect(pug).toContain('This link expires after 24 hours.');
  });

  it('stays linear and bounded on deep nesting, long lines and unclosed brackets', () => {
    for (const src of ['p(' + 'a="b" '.repeat(100_000), ('  '.repeat(200) + 'p text\n').repeat(2_000), '| ' + '#{'.repeat(100_000), '= ' + 'x.y '.repeat(100_000), '/ c\n' + '  nested\n'.repeat(50_000)]) {
      expect(indentedTemplateText(src, 'slim').length).toBe(src.length);
    }
  });
});
