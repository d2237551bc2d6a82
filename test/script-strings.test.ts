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

describe('mail built from strings in Go, Java or C#', () => {
  it('reads a Go file by its strings, and a header set by name after the body as the subject', () => {
    const go = [
      'package mail',
      '',
      '// TmplMail is filled in by the sender',
      'var TmplMail = `<p>工单号: %s</p>',
      '<p>状态: %s</p>`',
      '',
      'func send(m *gomail.Message) {',
      '\tm.SetHeader("Subject", "Yearning消息推送!")',
      '}',
    ].join('\n');
    const parsed = parseTemplate('notify.go', Buffer.from(go));
    expect(parsed.subject?.text).toBe('Yearning消息推送!');
    expect(parsed.html).toContain('工单号: %s');
    expect(parsed.html).not.toMatch(/TmplMail|SetHeader|func|package|Subject:/);
  });

  it('reads Java and C# by their strings, their comments and code blanked', () => {
    const java = 'class Mail {\n  // TODO: add the summer sale banner\n  String body = "Your order has shipped and is on its way.";\n}\n';
    const text = parseTemplate('Mail.java', Buffer.from(java)).text ?? '';
    expect(text).toContain('Your order has shipped and is on its way.');
    expect(text).not.toMatch(/TODO|summer sale|class Mail|String body/);
    const cs = 'public class Welcome {\n  /* the sale banner goes here */\n  public string Body => "Thanks for creating your account.";\n}\n';
    expect(parseTemplate('Welcome.cs', Buffer.from(cs)).text ?? '').not.toMatch(/sale banner|public string/);
  });

  it('leaves Swift alone, where a backtick quotes a name', () => {
    const swift = 'let view = div([`class`([Class.padding])], [.text("Your episode is now free!")])\n';
    expect(parseTemplate('Email.swift', Buffer.from(swift)).text ?? '').toContain('let view');
  });

  it('takes a JavaScript module\'s subject key as the subject when its body is HTML, and not as copy', () => {
    const js = "export const subject = 'Your invoice is ready';\nexport const html = `<p>Invoice #1042 is attached.</p>`;\n";
    const parsed = parseTemplate('invoice.js', Buffer.from(js));
    expect(parsed.subject?.text).toBe('Your invoice is ready');
    expect(parsed.html).not.toContain('Subject:');
  });
});

describe('mail built from strings in a Python module', () => {
  const py = [
    '"""Messages of the delivery app. TODO: add the spring sale banner."""',
    'from django.utils.translation import gettext_lazy as _',
    '',
    'FORMS_PREFIX = "form"  # the prefix of every form',
    '',
    'def notify(user):',
    '    """Send the delivery link to the user."""',
    '    send_mail(subject=_("Complete your delivery"), message=BODY)',
    '',
    'BODY = _("""<div>Gentile {user},<br>',
    'Clicca qui {url}\\nper completare la procedura di consegna.</div>""")',
  ].join('\n');

  it('reads its strings, not its comments, code or docstrings', () => {
    const parsed = parseTemplate('messages.py', Buffer.from(py));
    expect(parsed.html).toContain('per completare la procedura di consegna.');
    expect(parsed.html).not.toMatch(/TODO|spring sale|django|FORMS_PREFIX|prefix of every form|Send the delivery link|def notify/);
    // (An escape in a triple-quoted string is no word.)
    expect(parsed.html).not.toMatch(/\\n|\bnper\b/);
  });

  it('stays linear and bounded on runs of triple quotes, unclosed strings and comments', () => {
    for (const src of ['"""'.repeat(100_000), ' """x"""'.repeat(50_000), '\n\n  """x"""'.repeat(30_000), "'''" + 'word '.repeat(20_000), '#'.repeat(100_000), '"' + 'x'.repeat(100_000)]) {
      expect(scriptStringsText(src, 'python').length).toBe(src.length);
    }
  });

  it('takes the string a subject keyword argument names, inside its translation call, as the subject', () => {
    expect(parseTemplate('messages.py', Buffer.from(py)).subject?.text).toBe('Complete your delivery');
  });
});
