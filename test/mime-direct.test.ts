import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { simpleParser } from 'mailparser';
import { readMimeDirect, type MailFields } from '../src/input/mime-direct.js';
import { decodeQuotedPrintable } from '../src/input/quoted-printable.js';
import { FIXTURES, rng, walk } from './helpers.js';

const require = createRequire(import.meta.url);
const libqp = require('libqp') as { decode(input: Buffer): Buffer };

const LIMITS = { maxHeadSize: 256 * 1024, maxChildNodes: 201 };

/** What simpleParser gives, with the options parseEml uses, for the fields graylint reads. */
async function reference(bytes: Buffer): Promise<MailFields> {
  const mail = await simpleParser(bytes, {
    skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true, keepCidLinks: true, checksumAlgo: false, ...LIMITS,
  });
  const first = <T>(a: T | T[] | undefined) => (Array.isArray(a) ? a[0] : a);
  return {
    headerLines: mail.headerLines,
    subject: mail.subject,
    from: first(mail.from) ? { value: first(mail.from)!.value } : undefined,
    replyTo: first(mail.replyTo) ? { value: first(mail.replyTo)!.value } : undefined,
    html: mail.html,
    text: mail.text,
  };
}

const fields = (m: MailFields) => JSON.parse(JSON.stringify({ ...m, headerLines: [...m.headerLines] })) as unknown;

const TEXTS = ['Your order #4821 has shipped.', 'Grüße aus Köln — Ihre Bestellung', 'Ваш заказ отправлен', 'Η παραγγελία σας', '20% off everything this weekend!', 'trailing blanks   \nnext line\tx', 'a=b and =3D and = at end ='];
const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'koi8-r', 'iso-8859-7', 'us-ascii', 'utf8'];

/** A random MIME message: nested multiparts, every transfer encoding, charsets, flowed text, odd line ends. */
function randomMessage(r: () => number): Buffer {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const eol = r() < 0.7 ? '\r\n' : '\n';
  let boundaryCount = 0;
  const leaf = (): Buffer => {
    const type = r() < 0.5 ? 'text/html' : 'text/plain';
    let charset = pick(CHARSETS);
    let text = pick(TEXTS) + (r() < 0.5 ? ` ${pick(TEXTS)}` : '');
    if (type === 'text/html') text = `<p style="color:#333">${text}</p>`;
    if (!iconv.encodingExists(charset) || !/^[\x00-\x7f]*$/.test(text) && /ascii/.test(charset)) charset = 'utf-8';
    const raw = iconv.encode(text, charset);
    const encoding = pick(['7bit', '8bit', 'quoted-printable', 'base64', '']);
    let body: string;
    if (encoding === 'base64') body = raw.toString('base64').replace(/(.{1,76})/g, `$1${eol}`).trimEnd() + (r() < 0.3 ? '=' : '');
    else if (encoding === 'quoted-printable') {
      body = [...raw].map((b) => (b > 126 || b === 61 || (b < 32 && b !== 10) || r() < 0.05 ? `=${b.toString(16).padStart(2, '0').toUpperCase()}` : String.fromCharCode(b))).join('');
      body = body.replace(/(.{40})/g, `$1=${eol}`) + (r() < 0.3 ? '   ' : '');
    } else body = raw.toString('latin1');
    const flowed = type === 'text/plain' && r() < 0.3 ? `; format=flowed${r() < 0.5 ? '; delsp=yes' : ''}` : '';
    const disposition = pick(['', '', 'Content-Disposition: inline', 'Content-Disposition: attachment; filename="a.txt"']);
    const headers = [`Content-Type: ${type}; charset=${r() < 0.8 ? charset : `"${charset}"`}${flowed}`, encoding ? `Content-Transfer-Encoding: ${encoding}` : '', disposition].filter(Boolean);
    return Buffer.from(`${headers.join(eol)}${eol}${eol}${body}${r() < 0.8 ? eol : ''}`, 'latin1');
  };
  const node = (depth: number): Buffer => {
    if (depth > 2 || r() < 0.4) return leaf();
    const boundary = `b${++boundaryCount}_${Math.floor(r() * 1e6)}`;
    const kids = Array.from({ length: 1 + Math.floor(r() * 3) }, () => node(depth + 1));
    const close = r() < 0.9 ? `--${boundary}--${r() < 0.2 ? '  ' : ''}${eol}` : '';
    const parts = kids.map((k) => Buffer.concat([Buffer.from(`--${boundary}${eol}`), k, Buffer.from(eol)]));
    return Buffer.concat([
      Buffer.from(`Content-Type: multipart/${pick(['alternative', 'mixed', 'related'])}; boundary="${boundary}"${eol}${eol}${r() < 0.3 ? `preamble${eol}` : ''}`),
      ...parts,
      Buffer.from(close + (r() < 0.2 ? `epilogue${eol}` : '')),
    ]);
  };
  const subject = pick(['Your receipt', '=?UTF-8?B?' + Buffer.from('Bestätigung').toString('base64') + '?=', '=?iso-8859-1?Q?Gr=FC=DFe?= aus', '']);
  const from = pick(['"Shop" <orders@shop.example>', '=?UTF-8?Q?Caf=C3=A9?= <hi@cafe.example>', 'plain@example.org', 'Team: a@x.example, b@x.example;']);
  const head = `From: ${from}${eol}Subject: ${subject}${eol}Reply-To: help@shop.example${eol}MIME-Version: 1.0${eol}`;
  return Buffer.concat([Buffer.from(head), node(0)]);
}

describe('reading raw messages without simpleParser (mime-direct)', () => {
  const emls = walk(FIXTURES).filter((f) => /\.(eml|mbox)$/.test(f) && !f.startsWith('regressions/'));

  it('gives what simpleParser gives on every raw-message fixture', async () => {
    let read = 0;
    for (const f of emls) {
      const bytes = readFileSync(join(FIXTURES, f));
      const direct = await readMimeDirect(bytes, LIMITS);
      if (!direct) continue;
      read++;
      expect(fields(direct), f).toEqual(fields(await reference(bytes)));
    }
    // It must actually read them: falling back on everything would pass the comparison above.
    expect(read).toBeGreaterThanOrEqual(Math.floor(emls.length * 0.9));
  });

  it('gives what simpleParser gives on 300 generated messages', async () => {
    const r = rng(20261203);
    let read = 0;
    for (let i = 0; i < 300; i++) {
      const bytes = randomMessage(r);
      const direct = await readMimeDirect(bytes, LIMITS);
      if (!direct) continue;
      read++;
      expect(fields(direct), `message ${i}:\n${bytes.toString('latin1').slice(0, 2000)}`).toEqual(fields(await reference(bytes)));
    }
    expect(read).toBeGreaterThan(250);
  });

  it('decodes broken UTF-8 and stray CRs as simpleParser does', async () => {
    const body = Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xc3]), Buffer.from('\r\nline\rtwo\r\r\n'), Buffer.from([0xe2, 0x82]), Buffer.from('\r\n\r\nend\r')]);
    for (const cte of ['8bit', 'quoted-printable']) {
      const raw = Buffer.concat([Buffer.from(`Subject: x\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n`), body]);
      const direct = await readMimeDirect(raw, LIMITS);
      expect(direct?.html).toContain('\uFFFD');
      expect(fields(direct!)).toEqual(fields(await reference(raw)));
    }
  });

  it('leaves embedded messages to simpleParser', async () => {
    const raw = Buffer.from('From: a@b.example\r\nSubject: fwd\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--x\r\nContent-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\nSubject: inner\r\n\r\ninner body\r\n--x--\r\n');
    expect(await readMimeDirect(raw, LIMITS)).toBeNull();
  });

  it('leaves messages past the splitter limits to simpleParser (which words the error)', async () => {
    const parts = Array.from({ length: 5 }, (_, i) => `--x\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('');
    const raw = Buffer.from(`Subject: many\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n${parts}--x--\r\n`);
    expect(await readMimeDirect(raw, { maxHeadSize: LIMITS.maxHeadSize, maxChildNodes: 3 })).toBeNull();
    expect(await readMimeDirect(raw, LIMITS)).not.toBeNull();
  });
});

describe('quoted-printable decoding', () => {
  it('returns what libqp returns, on corner cases and 20,000 generated inputs', () => {
    const cases = ['', '=', '==', '=\r\n', 'a=\nb', 'a =\r\nb', 'a= \r\nb', 'x  \t\r\ny \t', '=4=\r\n1', '=4', '=4g=41=3d=3D', 'caf=C3=A9 =E9t=E9', '  \n  ', 'a\r=\rb', '= \t'];
    for (const c of cases) expect(decodeQuotedPrintable(Buffer.from(c, 'latin1')), JSON.stringify(c)).toEqual(libqp.decode(Buffer.from(c, 'latin1')));
    const alphabet = [0x20, 0x09, 0x0d, 0x0a, 0x3d, 0x41, 0x61, 0x66, 0x46, 0x30, 0x39, 0x67, 0xe9, 0x5a];
    const r = rng(7);
    for (let t = 0; t < 20000; t++) {
      const bytes = Buffer.from(Array.from({ length: Math.floor(r() * 14) }, () => alphabet[Math.floor(r() * alphabet.length)]!));
      expect(decodeQuotedPrintable(bytes), JSON.stringify(bytes.toString('latin1'))).toEqual(libqp.decode(bytes));
    }
  });

  it('stays linear on a long run of blanks', () => {
    const bytes = Buffer.from(`${' '.repeat(2_000_000)}x${'\t'.repeat(2_000_000)}\r\n`, 'latin1');
    const out = decodeQuotedPrintable(bytes);
    expect(out.length).toBe(2_000_003);
  });
});
