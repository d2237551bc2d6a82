import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { readJsx } from '../src/input/jsx.js';
import { FIXTURES } from './helpers.js';

/** React Email and other JSX templates (src/input/jsx.ts): the markup a component returns, as HTML at the same offsets. */
const checker = createChecker();

describe('reading a JSX component', () => {
  const source = readFileSync(join(FIXTURES, 'jsx/order-shipped.tsx'), 'utf8');
  const { html, placeholders, elements } = readJsx(source);

  it('keeps every offset and line: the HTML is as long as the source', () => {
    expect(html.length).toBe(source.length);
    expect(html.split('\n').length).toBe(source.split('\n').length);
    expect(html.indexOf('Your order has shipped')).toBe(source.indexOf('Your order has shipped'));
    expect(elements).toBeGreaterThan(5);
  });

  it('blanks the code around the markup: imports, types, sample props', () => {
    expect(html).not.toMatch(/import|interface|PreviewProps|50-percent-off|satisfies/);
  });

  it('turns components into the HTML they render, and expressions into placeholders', () => {
    expect(html).toMatch(/<h2\s+>Your order has shipped<\/h2\s+>/);
    expect(html).toMatch(/<button href="trackingUrl">Track your parcel/);
    expect(html).toMatch(/<a\s+href="https:\/\/example\.com\/help">Visit our help centre<\/a\s+>/);
    expect(placeholders.map((p) => p.name)).toEqual(expect.arrayContaining(['orderNumber', 'customerName', 'trackingUrl']));
    // {' '} is a space, not a placeholder.
    expect(html).toContain(' You can follow the parcel');
  });

  it('shows the copy of i18n components and calls: <Trans defaults="…"/>, t("key", { defaultValue: "…" })', () => {
    const src = `export const A = () => (\n  <Text>\n    <Trans i18nKey="k" defaults="Your purchase has been <b>confirmed</b>." />\n    {t('key', { defaultValue: 'Your licence key is ready.' })}\n  </Text>\n);\n`;
    const out = readJsx(src).html;
    expect(out).toMatch(/Your purchase has been\s+confirmed\s+\./);
    expect(out).toContain('Your licence key is ready.');
    expect(out).not.toContain('i18nKey');
  });

  it('does not take comparisons or generics for markup', () => {
    const src = `const n = items.length < max ? 1 : 2;\nfunction f<T>(x: Array<T>): T[] { return [x[0]!]; }\nexport default () => <Text>Hello</Text>;\n`;
    const out = readJsx(src);
    expect(out.elements).toBe(2);
    expect(out.html.trim()).toBe('<p   >Hello</p   >');
  });
});

describe('JSX templates checked', () => {
  it('a React Email receipt with a product grid is a hybrid; the same notice alone is transactional', async () => {
    const plain = await checker.checkFile(join(FIXTURES, 'jsx/order-shipped.tsx'));
    expect(plain.kind).toBe('template');
    expect(plain.category).toBe('transactional');
    const grid = await checker.checkFile(join(FIXTURES, 'jsx/order-shipped-cross-sell.tsx'));
    expect(grid.category).toBe('hybrid');
  });

  it('a .tsx file with no JSX is read as text, not refused', async () => {
    const r = await checker.checkBuffer('copy.tsx', Buffer.from('export const copy = "Your order #1042 has shipped and is on its way to you.";\n'));
    expect(r.error).toBeUndefined();
  });

  it('hostile JSX stays linear and bounded: 50,000 nested elements, 20,000 open braces, an unclosed tag', async () => {
    for (const src of [
      `export default () => (${'<Section>'.repeat(50_000)}<Text>Deep</Text>${'</Section>'.repeat(50_000)});`,
      `export default () => (<Text>${'{'.repeat(20_000)}</Text>);`,
      `export default () => (<Text attr="${'x'.repeat(100_000)}`,
    ]) {
      const result = await checker.checkBuffer('hostile.tsx', Buffer.from(src));
      expect(result.error === undefined || ['too-large', 'unreadable'].includes(result.error.code)).toBe(true);
    }
  });
});
