import { describe, expect, it } from 'vitest';
import { scriptStringsText } from '../src/input/script-strings.js';
import { parseTemplate } from '../src/input/template.js';

describe('mail built from a JavaScript or TypeScript module', () => {
  it('keeps template literals and copy strings at their offsets, and blanks code and comments', () => {
    const src = [
      '/** Allowlist so that what the admin sees matches the HTML actually shipped to recipients. */',
      "import { styles } from './styles';",
      '// the order number is filled in later',
      'export const html = `<p>Hello ${user.name},</p>',
      '<p>Your parcel is on its way.</p>`;',
      "const key = 'button-primary';",
      "export const footer = 'Thanks for reading';",
    ].join('\n');
    const out = scriptStringsText(src);
    expect(out.length).toBe(src.length);
    expect(out.split('\n').length).toBe(src.split('\n').length);
    expect(out).not.toMatch(/Allowlist|shipped|import|styles|order number|export|button-primary|const/);
    expect(out.indexOf('<p>Hello ${user.name},</p>')).toBe(src.indexOf('<p>Hello ${user.name},</p>'));
    expect(out).toContain('<p>Your parcel is on its way.</p>');
    expect(out).toContain('Thanks for reading');
  });

  it('writes the subject key as a subject line, once', () => {
    const src = "module.exports = {\n  subject: 'Welcome to Acme',\n  body: 'Thanks for joining us today.',\n  title: 'Another subject line',\n};";
    const out = scriptStringsText(src);
    expect(out).toMatch(/^Subject:\s+Welcome to Acme\s*$/m);
    expect(out.match(/Subject:/g)).toHaveLength(1);
    const parsed = parseTemplate('welcome.js', Buffer.from(src));
    expect(parsed.subject?.text).toBe("Welcome to Acme");
  });

  it('stays linear and bounded on unclosed literals and comments', () => {
    for (const src of ['`'.repeat(1) + 'x'.repeat(100_000), '/*' + ' a'.repeat(50_000), "'" + 'word '.repeat(20_000), '${'.repeat(30_000)]) {
      const out = scriptStringsText(src);
      expect(out.length).toBe(src.length);
    }
  });

  it('reads a JSX-free .tsx file by its strings too, and leaves other templates alone', () => {
    const tsx = "export const subject = 'Your invoice is ready';\n// TODO: move the sale banner here\n";
    expect(parseTemplate('invoice.tsx', Buffer.from(tsx)).text ?? '').not.toMatch(/sale banner|TODO/);
    const html = '<p>// not a comment in HTML</p>';
    expect(parseTemplate('note.html', Buffer.from(html)).html).toContain('// not a comment in HTML');
  });
});
