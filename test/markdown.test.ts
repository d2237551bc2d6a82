import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../src/input/markdown.js';
import { isLaravelMarkdownMail, rewriteLaravelMailComponents } from '../src/input/laravel-mail.js';
import { parseInput } from '../src/input/index.js';
import { buildModel } from '../src/model/index.js';

const model = async (file: string, src: string) => buildModel(await parseInput(file, Buffer.from(src, 'utf8')));

describe('Markdown bodies', () => {
  it('render paragraphs, headings, lists, tables and links line for line', () => {
    const src = '# Your order\nThanks for your order.\nIt ships tomorrow.\n\n- 2 × Mug\n- 1 × Tea\n\n| Item | Price |\n|---|---|\n| Mug | $9 |\n\n[Track it](https://x.example/track) or <https://x.example/help>';
    const { html } = markdownToHtml(src);
    expect(html.split('\n')).toHaveLength(src.split('\n').length);
    expect(html).toContain('<h1>Your order</h1>');
    expect(html).toContain('<p>Thanks for your order.\n It ships tomorrow.\n</p>');
    expect(html).toContain('<ul><li>2 × Mug\n</li><li>1 × Tea\n</li></ul>');
    expect(html).toContain('<td> Mug </td>');
    expect(html).toContain('<a href="https://x.example/track">Track it</a>');
    expect(html).toContain('<a href="https://x.example/help">https://x.example/help</a>');
  });

  it('shows fenced code as text and keeps inline HTML', () => {
    const { html } = markdownToHtml('Hello<br>\n```\n<b>raw</b>\n```\n<strong>Bold</strong> line');
    expect(html).toContain('<p>&lt;b&gt;raw&lt;/b&gt;</p>');
    expect(html).toContain('<strong>Bold</strong> line');
  });

  it('maps a source offset inside a link address into that link start tag', () => {
    const src = 'Hello,\n\n[Upgrade now](          ) today.';
    const { html, mapOffset } = markdownToHtml(src);
    const at = mapOffset(src.indexOf('(') + 3);
    const tagStart = html.lastIndexOf('<a', at);
    expect(tagStart).toBeGreaterThanOrEqual(0);
    expect(html.indexOf('>', tagStart)).toBeGreaterThan(at);
  });

  it('reads a .md template as paragraphs and a placeholder link as that link', async () => {
    const m = await model('welcome.md', '# Welcome!\n\nThanks for signing up.\n\n[Choose a plan]({{ upgrade_url }})\n');
    expect(m.blocks.map((b) => b.text)).toEqual(['Welcome!', 'Thanks for signing up.', 'Choose a plan']);
    expect(m.blocks[0]!.emphasis.headingLevel).toBe(1);
    expect(m.blocks[1]!.location).toMatchObject({ line: 3 });
    expect(m.links[0]).toMatchObject({ text: 'Choose a plan', placeholders: ['upgrade_url'] });
  });
});

describe('Laravel Markdown mail', () => {
  const tagged = [
    '<x-mail::message>',
    '# Your order has shipped',
    '',
    'Order {{ $order->number }} is on its way.',
    '',
    '<x-mail::button :url="route(\'orders.show\', $order)">',
    'View order',
    '</x-mail::button>',
    '',
    '<x-mail::footer>',
    '© {{ date(\'Y\') }} Example',
    '</x-mail::footer>',
    '</x-mail::message>',
  ].join('\n');
  const directive = [
    "@component('mail::message')",
    'Hello,',
    '',
    'You may also like our new collection.',
    '',
    "@component('mail::button', ['url' => route('shop.collection', ['id' => 7]), 'color' => 'success'])",
    'Shop now',
    '@endcomponent',
    '',
    "@component('mail::panel')",
    'Use code AUTUMN10 at checkout.',
    '@endcomponent',
    '@endcomponent',
  ].join('\n');

  it('is recognised by its message component, in either syntax', () => {
    expect(isLaravelMarkdownMail(tagged)).toBe(true);
    expect(isLaravelMarkdownMail(directive)).toBe(true);
    expect(isLaravelMarkdownMail('<p>@component is a word here</p>')).toBe(false);
  });

  it('has its components written over with same-length HTML, line breaks kept', () => {
    for (const src of [tagged, directive]) {
      const out = rewriteLaravelMailComponents(src);
      expect(out).toHaveLength(src.length);
      expect(out.split('\n')).toHaveLength(src.split('\n').length);
      expect(out).not.toMatch(/x-mail::|@component|@endcomponent/);
    }
    expect(rewriteLaravelMailComponents(directive)).toContain(`<a class=btn href="route('shop.collection', ['id' => 7])">`);
  });

  it('reaches the model with its paragraphs, its button and its footer', async () => {
    const m = await model('shipped.blade.php', tagged);
    expect(m.blocks.map((b) => b.text)).toEqual(['Your order has shipped', 'Order is on its way.', 'View order', '© Example']);
    expect(m.blocks[2]!.emphasis.button).toBe(true);
    expect(m.blocks[3]!.inFooter).toBe(true);
    expect(m.links[0]).toMatchObject({ text: 'View order', button: true });
    expect(m.links[0]!.href).toContain('orders.show');
    const d = await model('promo.blade.php', directive);
    expect(d.blocks.map((b) => b.text)).toEqual(['Hello,', 'You may also like our new collection.', 'Shop now', 'Use code AUTUMN10 at checkout.']);
    expect(d.links[0]).toMatchObject({ text: 'Shop now', button: true });
  });
});

describe('hostile Markdown', () => {
  // Generous bounds: these catch quadratic behaviour (seconds to minutes), not speed.
  const within = (ms: number, f: () => unknown) => {
    const start = performance.now();
    f();
    expect(performance.now() - start).toBeLessThan(ms);
  };
  it('stays linear on runs of brackets, markers, pipes and lines', () => {
    within(3000, () => markdownToHtml('['.repeat(2_000_000)));
    within(3000, () => markdownToHtml('**'.repeat(1_000_000)));
    within(3000, () => markdownToHtml('|'.repeat(2_000_000)));
    within(3000, () => markdownToHtml('a\n'.repeat(1_000_000)));
    within(3000, () => rewriteLaravelMailComponents('<x-mail::button '.repeat(100_000)));
    within(3000, () => rewriteLaravelMailComponents("@component('mail::button', [".repeat(60_000)));
  });
  it('passes lines past its bound on as text, keeping every line', () => {
    const src = 'a\n'.repeat(30_000) + '# late heading';
    const { html } = markdownToHtml(src);
    expect(html.split('\n')).toHaveLength(src.split('\n').length);
    expect(html.endsWith('# late heading')).toBe(true);
  });
});
