import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseInput } from '../src/input/index.js';
import { buildModel } from '../src/model/index.js';

const eml = (headers: string, body: Buffer | string) =>
  Buffer.concat([Buffer.from(`${headers.trim().replace(/\n/g, '\r\n')}\r\n\r\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);

describe('raw messages', () => {
  it('prefers the HTML part of multipart/alternative and keeps headers', async () => {
    const raw = eml(
      `From: "Shop" <orders@shop.example>\nReply-To: help@shop.example\nTo: a@example.net\nSubject: =?UTF-8?B?${Buffer.from('Bestätigung Ihrer Bestellung').toString('base64')}?=\nList-Unsubscribe: <https://shop.example/u>\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b"`,
      '--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nplain version\r\n--b\r\nContent-Type: text/html; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>Gr=FC=DFe aus K=F6ln</p>\r\n--b--\r\n',
    );
    const p = await parseInput('m.eml', raw);
    expect(p.kind).toBe('eml');
    expect(p.subject?.text).toBe('Bestätigung Ihrer Bestellung');
    expect(p.subject?.location.line).toBe(4);
    expect(p.from).toEqual({ name: 'Shop', address: 'orders@shop.example' });
    expect(p.replyTo?.address).toBe('help@shop.example');
    expect(p.headers['list-unsubscribe']).toEqual(['<https://shop.example/u>']);
    expect(p.part).toBe('text/html');
    expect(buildModel(p).blocks[0]!.text).toBe('Grüße aus Köln');
  });

  const charsets: Array<[string, string]> = [
    ['windows-1251', 'Ваш заказ отправлен'],
    ['koi8-r', 'Ваш заказ отправлен'],
    ['iso-8859-7', 'Η παραγγελία σας'],
    ['gb2312', '您的订单已发货'],
    ['big5', '您的訂單已出貨'],
    ['shift_jis', 'ご注文ありがとうございます'],
    ['windows-1252', 'Café – déjà vu €'],
  ];
  for (const [cs, text] of charsets) {
    it(`decodes a ${cs} body (base64)`, async () => {
      const raw = eml(`From: a@b.example\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/plain; charset=${cs}\nContent-Transfer-Encoding: base64`, iconv.encode(text, cs).toString('base64'));
      const p = await parseInput('m.eml', raw);
      expect(p.text?.trim()).toBe(text);
    });
  }

  it('decodes a UTF-16 HTML part', async () => {
    const body = iconv.encode('<p>Ihre Rechnung</p>', 'utf-16le').toString('base64');
    const raw = eml('From: a@b.example\nSubject: x\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-16\nContent-Transfer-Encoding: base64', body);
    const p = await parseInput('m.eml', raw);
    expect(buildModel(p).blocks.map((b) => b.text)).toContain('Ihre Rechnung');
  });

  it('reads an 8-bit body with no declared charset as windows-1252, not as broken UTF-8', async () => {
    const raw = eml('From: a@b.example\nSubject: Neuigkeiten\nMIME-Version: 1.0\nContent-Type: text/plain', iconv.encode('Liebe Leserin, diesjährige Grüße', 'latin1'));
    const p = await parseInput('m.eml', raw);
    expect(p.text).toContain('diesjährige Grüße');
    expect(p.notes.join(' ')).toMatch(/windows-1252/);
  });

  it('repairs a raw 8-bit Big5 subject read as Latin-1', async () => {
    const subject = iconv.encode('大家說英語', 'big5').toString('latin1');
    const raw = Buffer.concat([
      Buffer.from('From: a@b.example\r\nSubject: ', 'latin1'),
      Buffer.from(subject, 'utf8'),
      Buffer.from('\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset="big5"\r\n\r\n<p>x</p>', 'latin1'),
    ]);
    const p = await parseInput('m.eml', raw);
    expect(p.subject?.text).toBe('大家說英語');
  });

  it('reads a raw 8-bit GB2312 subject that mailparser took for UTF-8 in the body charset', async () => {
    const raw = Buffer.concat([
      Buffer.from('From: a@example.cn\r\nSubject: ', 'latin1'),
      iconv.encode('全新原装进口，货到付款', 'gb2312'),
      Buffer.from('\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=gb2312\r\n\r\n', 'latin1'),
      iconv.encode('详细报价如下', 'gb2312'),
    ]);
    const p = await parseInput('m.eml', raw);
    expect(p.subject?.text).toBe('全新原装进口，货到付款');
  });

  it('keeps a headers-only message checkable', async () => {
    const p = await parseInput('m.eml', eml('From: a@b.example\nSubject: 40% OFF everything!\nPrecedence: bulk', ''));
    expect(p.subject?.text).toBe('40% OFF everything!');
    expect(p.html).toBeNull();
    expect(p.notes.join(' ')).toMatch(/only headers/);
  });
});

describe('templates', () => {
  const tpl = (name: string, text: string | Buffer, subject?: string) => parseInput(name, Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'), { subject });

  it('reads a legacy Japanese, Chinese or Russian file with no declared charset in its own charset, and Latin ones as windows-1252', async () => {
    const php = (s: string) => `<?php\n// language pack\ndefine('EMAIL_TEXT_SUBJECT', '${s}');\ndefine('EMAIL_TEXT_BODY', '${s}');\n?>\n`;
    const cases: Array<[string, string, string]> = [
      ['euc-jp', 'ご注文ありがとうございます。ご注文番号は以下の通りです。', 'euc-jp'],
      ['shift_jis', 'ご注文ありがとうございます。ご注文番号は以下の通りです。', 'shift_jis'],
      ['gbk', '感谢您的订购。您的订单已经发货，请注意查收。', 'gb18030'],
      ['windows-1251', 'Ваш заказ отправлен. Спасибо за покупку в нашем магазине!', 'windows-1251'],
      ['latin1', 'Vielen Dank für Ihre Bestellung. Wir schicken Ihnen die Ware in Kürze.', 'windows-1252'],
    ];
    for (const [encoding, text, read] of cases) {
      const p = await tpl('lang.php', iconv.encode(php(text), encoding));
      expect(p.html ?? p.text ?? '', encoding).toContain(text.slice(0, 8));
      expect(p.notes.join(' '), encoding).toContain(`read as ${read}`);
    }
  });

  it('takes the subject from <title>, mj-title, Magento @subject, front matter, a Subject: line, or --subject', async () => {
    expect((await tpl('a.html', '<html><head><title>Your order</title></head><body><p>x</p></body></html>')).subject?.text).toBe('Your order');
    expect((await tpl('a.mjml', '<mjml><mj-head><mj-title>Welcome aboard</mj-title></mj-head><mj-body><mj-text>x</mj-text></mj-body></mjml>')).subject?.text).toBe('Welcome aboard');
    expect((await tpl('a.html', '<!--@subject {{trans "Your %store_name order confirmation"}} @-->\n<p>x</p>')).subject?.text).toBe('Your order confirmation');
    const fm = await tpl('a.liquid', '---\nsubject: Your receipt\nfrom: Shop <shop@example.com>\n---\n<p>{{ x }}</p>');
    expect(fm.subject?.text).toBe('Your receipt');
    expect(fm.from?.address).toBe('shop@example.com');
    expect((await tpl('a.txt', 'Subject: Password reset\n\nClick the link.')).subject?.text).toBe('Password reset');
    expect((await tpl('a.html', '<title>From title</title><p>x</p>', 'From the CLI')).subject?.text).toBe('From the CLI');
  });

  it("takes the subject a Blade layout component is handed, plain or bound to a literal, before the page's <title>", async () => {
    expect((await tpl('a.blade.php', '<x-emails.layout subject="مرحباً بك في متجرنا!">\n<p>x</p>\n</x-emails.layout>')).subject?.text).toBe('مرحباً بك في متجرنا!');
    expect((await tpl('a.blade.php', `<x-layouts.mail :subject="__('Your order has shipped')" :url="$url">\n<title>Layout</title><p>x</p>\n</x-layouts.mail>`)).subject?.text).toBe('Your order has shipped');
    // Bound to a variable, it names no subject: the page's <title> stands.
    expect((await tpl('a.blade.php', '<x-layouts.mail :subject="$subject">\n<title>Layout title</title><p>x</p>\n</x-layouts.mail>')).subject?.text).toBe('Layout title');
  });

  it('keeps a Magento template\'s directives out of a text body: its subject is the subject, not copy', async () => {
    const src = '\ufeff<!--@subject Newsletter subscription success @-->\n<!--@vars {"var customer.name":"Name"} @-->\nSu suscripción se ha realizado exitosamente.\n';
    const read = await tpl('newsletter_subscr_success.html', src);
    expect(read.subject?.text).toBe('Newsletter subscription success');
    const body = read.html ?? read.text ?? '';
    expect(body).toContain('Su suscripción se ha realizado exitosamente.');
    expect(body).not.toMatch(/@subject|Newsletter subscription|@vars|customer\.name/);
    // (Blanked in place: the body keeps its lines, so locations still point at the author's.)
    expect(body.split('\n').length).toBe(src.split('\n').length);
  });

  it('detects the kind', async () => {
    expect((await tpl('a.html', '<p>hello</p>')).kind).toBe('html');
    expect((await tpl('a.html', '<p>hello {{ name }}</p>')).kind).toBe('template');
    expect((await tpl('a.liquid', '<p>hello</p>')).kind).toBe('template');
    expect((await tpl('a.mjml', '<mjml><mj-body></mj-body></mjml>')).kind).toBe('mjml');
    expect((await tpl('a.txt', 'hello there')).kind).toBe('text');
    expect((await tpl('message.txt', 'From: a@b.example\nSubject: hi\n\nbody')).kind).toBe('eml');
  });

  it('decodes UTF-16 with a BOM and legacy 8-bit files', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>Ihre Bestellung</p>', 'utf-16le')]);
    expect(buildModel(await tpl('a.html', utf16)).blocks[0]!.text).toBe('Ihre Bestellung');
    const latin = iconv.encode('<p>Grüße</p>', 'latin1');
    expect(buildModel(await tpl('b.html', latin)).blocks[0]!.text).toBe('Grüße');
  });
});

describe('content model', () => {
  const model = async (html: string) => buildModel(await parseInput('t.html', Buffer.from(html, 'utf8')));

  it('cuts visible text into ordered blocks with emphasis and locations', async () => {
    const m = await model('<body>\n<h1>Order confirmed</h1>\n<p style="font-size:12px">Order <b>#1</b> total $5</p>\n<table><tr><td bgcolor="#ff0000"><a href="https://x.example/sale" style="background:#f00;padding:10px">Shop now</a></td></tr></table>\n</body>');
    expect(m.blocks.map((b) => b.text)).toEqual(['Order confirmed', 'Order #1 total $5', 'Shop now']);
    expect(m.blocks[0]!.emphasis.headingLevel).toBe(1);
    expect(m.blocks[1]!.emphasis.fontSize).toBe(12);
    expect(m.blocks[1]!.location).toMatchObject({ line: 3, column: 27 });
    expect(m.blocks[2]!.emphasis.button).toBe(true);
    expect(m.blocks[2]!.emphasis.background).toBe('#f00'); // the nearest background: the button's own
    expect(m.links[0]).toMatchObject({ href: 'https://x.example/sale', text: 'Shop now', button: true });
  });

  it('ends a paragraph at two line breaks in a row, as a blank line does in text', async () => {
    const m = await model('<td>Your order #1042 has shipped.<br><br>You may also like our new collection.<br>Shop now.</td>');
    expect(m.blocks.map((b) => b.text)).toEqual(['Your order #1042 has shipped.', 'You may also like our new collection. Shop now.']);
    // Breaks with only blanks between them count as in a row; one break alone does not split.
    const spaced = await model('<p>First line<br>\n  <br>Second paragraph<br>still second</p>');
    expect(spaced.blocks.map((b) => b.text)).toEqual(['First line', 'Second paragraph still second']);
  });

  it('skips hidden content, style, head and tracking pixels, but keeps the preheader', async () => {
    const m = await model('<head><style>p{color:red}</style><title>t</title></head><body><div style="display:none;max-height:0">Preview: your receipt inside</div><p>Visible</p><p style="display:none">Secret 50% off</p><img src="https://t.example/p.gif" width="1" height="1"><img src="b.png" alt="Banner" width="600"></body>');
    expect(m.blocks.map((b) => b.text)).toEqual(['Visible']);
    expect(m.preheader?.text).toBe('Preview: your receipt inside');
    expect(m.images.map((i) => i.alt)).toEqual(['Banner']);
  });

  it('keeps text in columns whose container sets font-size:0 to close inline-block gaps', async () => {
    const m = await model('<td style="font-size:0"><div style="display:inline-block"><a style="font-size:14px" href="#">Free shipping on orders over $49</a></div></td>');
    expect(m.blocks.map((b) => b.text)).toEqual(['Free shipping on orders over $49']);
  });

  it('maps MJML elements to blocks, buttons, images and the preheader', async () => {
    const m = buildModel(await parseInput('t.mjml', Buffer.from('<mjml><mj-head><mj-title>T</mj-title><mj-preview>Your order is on its way</mj-preview></mj-head><mj-body><mj-section><mj-column><mj-image src="a.png" alt="Logo" /><mj-text font-size="24px">Shipped!</mj-text><mj-button href="https://x.example/track">Track package</mj-button></mj-column></mj-section></mj-body></mjml>')));
    expect(m.kind).toBe('mjml');
    expect(m.preheader?.text).toBe('Your order is on its way');
    expect(m.blocks.map((b) => b.text)).toEqual(['Shipped!', 'Track package']);
    expect(m.blocks[0]!.emphasis.fontSize).toBe(24);
    expect(m.blocks[1]!.emphasis.button).toBe(true);
    expect(m.images[0]!.alt).toBe('Logo');
  });

  it('marks link-only rows as navigation and finds the footer', async () => {
    const m = await model('<p><a href="/">Home</a> | <a href="/new">New products</a> | <a href="/c">Catalogue</a></p><p>Your order has shipped.</p><p>More text here to fill the body of the message so the footer sits late.</p><p>© 2025 Shop Inc. <a href="/u">Unsubscribe</a></p>');
    expect(m.blocks[0]!.navigation).toBe(true);
    expect(m.blocks[3]!.inFooter).toBe(true);
    expect(m.footerStart).toBe(3);
  });

  it('does not make a message its own footer for a copyright mark at the end of its one paragraph', async () => {
    const text = 'Welcome to Acme! Thank you for joining us. As a welcome gift, here is a discount code for your first order: WELCOME10. '.repeat(2) + '© 2025 Acme Inc.';
    const m = buildModel(await parseInput('welcome.txt', Buffer.from(text, 'utf8')));
    expect(m.blocks).toHaveLength(1);
    expect(m.blocks[0]!.inFooter).toBe(false);
    // A short copyright line is still a footer, wherever it starts.
    const short = buildModel(await parseInput('short.txt', Buffer.from('Your code is 482113.\n\n© 2025 Acme Inc. All rights reserved.', 'utf8')));
    expect(short.blocks.at(-1)!.inFooter).toBe(true);
  });
});

describe('UTF-8 validation', () => {
  it('agrees with a fatal TextDecoder on edge cases and random bytes', async () => {
    const { isValidUtf8 } = await import('../src/input/charset.js');
    const fatal = new TextDecoder('utf-8', { fatal: true });
    const strict = (b: Uint8Array) => {
      try {
        fatal.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const cases = [[], [0xef, 0xbb, 0xbf], [0xc3, 0xa9], [0xc3], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xe2, 0x82]];
    for (const c of cases) expect(isValidUtf8(Uint8Array.from(c)), JSON.stringify(c)).toBe(strict(Uint8Array.from(c)));
    let seed = 99;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const lead = [0x41, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f];
    for (let t = 0; t < 5000; t++) {
      const b = Uint8Array.from({ length: Math.floor(next() * 6) }, () => lead[Math.floor(next() * lead.length)]!);
      expect(isValidUtf8(b), JSON.stringify([...b])).toBe(strict(b));
    }
  });
});
