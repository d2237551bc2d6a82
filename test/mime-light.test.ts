import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMimeDirect, type MailFields } from '../src/input/mime-direct.js';
import { decodeMimeWords, splitLight } from '../src/input/mime-light.js';
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { FIXTURES, ROOT, rng, walk } from './helpers.js';

const LIMITS = { maxHeadSize: 256 * 1024, maxChildNodes: 201 };
const require = createRequire(import.meta.url);
const libmime = new (require('libmime') as { Libmime: new () => { decodeWords(s: string): string } }).Libmime();

const fields = (m: MailFields | null) => (m ? (JSON.parse(JSON.stringify({ ...m, headerLines: [...m.headerLines] })) as unknown) : null);

/** The light reading where it accepts the message, against mailsplit's; whether it accepted. */
async function compare(bytes: Buffer, label: string): Promise<boolean> {
  if (!splitLight(bytes, LIMITS)) return false;
  const light = await readMimeDirect(bytes, LIMITS);
  const full = await readMimeDirect(bytes, LIMITS, { light: false });
  expect(fields(light), label).toEqual(fields(full));
  return true;
}

const TEXTS = ['Your order #4821 has shipped.', 'Grüße aus Köln — Ihre Bestellung', 'Ваш заказ отправлен', '20% off everything!', 'a=b and =3D', '', ' leading blank', '--not-a-boundary', 'trailing   '];

/** A random message of the shapes the light reader takes, and of the near misses it must decline or read alike. */
function randomMessage(r: () => number): Buffer {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const eol = r() < 0.6 ? '\r\n' : '\n';
  let count = 0;
  const body = (): string => Array.from({ length: Math.floor(r() * 4) }, () => pick(TEXTS)).join(eol);
  const leaf = (): string => {
    const type = pick(['text/plain', 'text/html', 'image/png', '']);
    const charset = pick(['', '; charset=utf-8', '; charset="UTF-8"', '; charset=us-ascii', ';charset=utf-8;', '; charset=iso-8859-1', '; charset=windows-1251', '; charset=KOI8-R', '; charset=latin2', '; charset=shift_jis', '; format=flowed']);
    const encoding = pick(['', '7bit', '8bit', 'quoted-printable', 'base64', 'BASE64', 'x-uue']);
    const name = /charset="?([\w-]+)/i.exec(charset)?.[1] ?? 'utf-8';
    // The body in its charset's bytes (or UTF-8 bytes under a label that does not fit them), as a latin1 string.
    const raw = iconv.encode(body(), r() < 0.8 && iconv.encodingExists(name) ? name : 'utf-8');
    let text = raw.toString('latin1');
    if (/base64/i.test(encoding)) text = raw.toString('base64').replace(/(.{1,20})/g, `$1${eol}`).trimEnd();
    const disposition = pick(['', '', 'Content-Disposition: inline', 'Content-Disposition: attachment; filename="a.txt"', 'Content-Disposition: attachment; filename=a.txt']);
    const headers = [type ? `Content-Type: ${type}${charset}` : '', encoding ? `Content-Transfer-Encoding: ${encoding}` : '', disposition].filter(Boolean);
    return `${headers.join(eol)}${eol}${eol}${text}${r() < 0.7 ? eol : ''}`;
  };
  const node = (depth: number): string => {
    if (depth > 2 || r() < 0.45) return leaf();
    const boundary = pick([`b${++count}`, `----=_Part_${++count}_${Math.floor(r() * 1e6)}`, `x${++count}`]);
    const quoted = r() < 0.5 ? `"${boundary}"` : boundary;
    const kids = Array.from({ length: 1 + Math.floor(r() * 3) }, () => node(depth + 1));
    const ws = r() < 0.2 ? ' \t' : '';
    const close = r() < 0.92 ? `--${boundary}--${ws}${eol}` : '';
    const fold = r() < 0.4 ? `;${eol}\tboundary=${quoted}` : `; boundary=${quoted}`;
    return `Content-Type: multipart/${pick(['alternative', 'mixed', 'related'])}${fold}${eol}${eol}${r() < 0.3 ? `preamble${eol}` : ''}`
      + kids.map((k) => `--${boundary}${ws}${eol}${k}${eol}`).join('')
      + close + (r() < 0.3 ? `epilogue${eol}` : '');
  };
  const subject = pick([`=?utf-8?Q?Gr=C3=BC=C3=9Fe?= =?UTF-8?B?${Buffer.from('aus Köln').toString('base64')}?=`, 'Your receipt', 'Bestätigung', '=?UTF-8?B?' + Buffer.from('Bestätigung').toString('base64') + '?=', '', 'a very long subject line that folds' + eol + ' onto the next line']);
  const from = pick(['"Shop" <orders@shop.example>', '=?utf-8?Q?Caf=C3=A9?= <hi@cafe.example>', '=?utf-8?B?w6Q?= <a@b.example>, =?iso-8859-1?Q?Gr=FC=DFe?= <c@d.example>', 'Café <hi@cafe.example>', 'plain@example.org', 'Team: a@x.example, b@x.example;']);
  // (Sometimes an mbox "From " line first, as mail clients export a message.)
  const mbox = r() < 0.15 ? `From sender@example.org Mon Jan  1 00:00:00 2024${eol}` : '';
  const head = `${mbox}From: ${from}${eol}Subject: ${subject}${eol}Reply-To: help@shop.example${eol}MIME-Version: 1.0${eol}`;
  return Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(node(0), 'latin1')]);
}

/** A byte-level change: a flipped byte, a cut, a stray CR or LF, a duplicated slice. */
function mutate(bytes: Buffer, r: () => number): Buffer {
  const at = Math.floor(r() * bytes.length);
  switch (Math.floor(r() * 4)) {
    case 0: {
      const copy = Buffer.from(bytes);
      copy[at] = Math.floor(r() * 256);
      return copy;
    }
    case 1:
      return bytes.subarray(0, at);
    case 2:
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(r() < 0.5 ? '\r' : '\n'), bytes.subarray(at)]);
    default: {
      const end = Math.min(bytes.length, at + Math.floor(r() * 80));
      return Buffer.concat([bytes.subarray(0, end), bytes.subarray(at, end), bytes.subarray(end)]);
    }
  }
}

describe('reading plain raw messages without mailsplit (mime-light)', () => {
  it('gives what mailsplit gives on every raw-message fixture and corpus message it reads, and reads most UTF-8 ones', async () => {
    const files = walk(FIXTURES).filter((f) => /\.eml$/.test(f)).map((f) => join(FIXTURES, f));
    const corpus = join(ROOT, 'eval/corpus');
    if (existsSync(corpus)) for (const part of readdirSync(corpus)) if (existsSync(join(corpus, part, 'messages'))) for (const f of readdirSync(join(corpus, part, 'messages'))) if (f.endsWith('.eml')) files.push(join(corpus, part, 'messages', f));
    let read = 0;
    for (const f of files) if (await compare(readFileSync(f), f)) read++;
    // It must actually take some: declining everything would pass the comparison above.
    expect(read).toBeGreaterThanOrEqual(15);
  });

  it('gives what mailsplit gives on 600 generated messages and 3,000 mutations of them', async () => {
    const r = rng(20261205);
    let read = 0;
    let mutatedRead = 0;
    for (let i = 0; i < 600; i++) {
      const bytes = randomMessage(r);
      if (await compare(bytes, `message ${i}:\n${bytes.toString('latin1').slice(0, 1500)}`)) read++;
      for (let k = 0; k < 5; k++) {
        const m = mutate(bytes, r);
        if (await compare(m, `mutation ${k} of message ${i}:\n${m.toString('latin1').slice(0, 1500)}`)) mutatedRead++;
      }
    }
    expect(read).toBeGreaterThan(100);
    expect(mutatedRead).toBeGreaterThan(300);
  });

  it('decodes UTF-8 and single-byte encoded words as libmime does, on 20,000 generated header values, and declines other charsets', () => {
    const r = rng(42);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const b = (t: string) => `=?${pick(['utf-8', 'UTF-8', 'Utf-8'])}?${pick(['B', 'b'])}?${Buffer.from(t).toString('base64')}?=`;
    const bytesOf = (t: string) => [...Buffer.from(t)];
    const q = (t: string) => `=?utf-8?${pick(['Q', 'q'])}?${bytesOf(t).map((c) => (c > 126 || c === 61 || c === 63 || c === 95 || c === 32 ? (c === 32 && r() < 0.5 ? '_' : `=${c.toString(16).toUpperCase().padStart(2, '0')}`) : String.fromCharCode(c))).join('')}?=`;
    // A character cut between two words, as mailers fold long subjects.
    const split = (t: string, enc: (x: string) => string) => {
      const raw = Buffer.from(t);
      const at = Math.floor(r() * raw.length);
      const word = (part: Buffer) => (enc === b ? `=?utf-8?B?${part.toString('base64')}?=` : `=?utf-8?Q?${[...part].map((c) => `=${c.toString(16).padStart(2, '0')}`).join('')}?=`);
      return `${word(raw.subarray(0, at))}${pick(['', ' ', '\r\n ', '\t'])}${word(raw.subarray(at))}`;
    };
    const texts = ['Bestätigung', 'Ваш заказ', '注文確認', 'a_b=c', ' spaced ', 'café', ''];
    let decoded = 0;
    for (let i = 0; i < 20000; i++) {
      const n = 1 + Math.floor(r() * 4);
      const value = Array.from({ length: n }, () => {
        const t = pick(texts);
        return pick([() => b(t), () => q(t), () => split(t, pick([b, q])), () => t, () => '=?utf-8?Q?broken', () => '=?iso-8859-1?Q?Gr=FC=DFe?=', () => '=?ISO-8859-1?B?R3L832U=?=', () => '=?windows-1251?Q?=C2=E0=F8?=', () => '=?koi8-r?B?98HU?=', () => '=?latin1?Q?caf=E9?=', () => '=?shift_jis?B?gqA=?=', () => '=?utf-8?B?w6Q?=', () => '?=', () => '=?utf-8?X?abc?='])();
      }).join(pick(['', ' ', '  ', '\t', ' - ']));
      const mine = decodeMimeWords(value);
      if (mine === null) continue;
      decoded++;
      expect(mine, value).toBe(libmime.decodeWords(value));
    }
    expect(decoded).toBeGreaterThan(5000);
    expect(decodeMimeWords('=?iso-8859-1?Q?Gr=FC=DFe?=')).toBe('Grüße');
    expect(decodeMimeWords('=?shift_jis?B?gqA=?=')).toBeNull();
    expect(decodeMimeWords('=?utf-8?Q?open')).toBeNull();
    // A closing "?=" followed by "?…?=": libmime reads a word across the boundary.
    expect(decodeMimeWords('=?utf-8?Q?a?=?utf-8?Q?b?= =?UTF-8?B?Yw==?=')).toBeNull();
  });

  it('leaves a Subject or a From name in a multi-byte legacy charset to mailsplit, after splitting', async () => {
    for (const raw of ['Subject: =?shift_jis?B?gqA=?=\r\n\r\nhello\r\n', 'From: =?gb2312?B?xOO6ww==?= <a@b.example>\r\nSubject: x\r\n\r\nhello\r\n', 'Subject: =?iso-8859-1?Q?Gr=FC=DFe?=\r\n\r\nhello\r\n']) {
      expect(await compare(Buffer.from(raw), raw)).toBe(true);
    }
    expect((await readMimeDirect(Buffer.from('Subject: =?iso-8859-1?Q?Gr=FC=DFe?=\r\n\r\nhello\r\n'), LIMITS))?.subject).toBe('Grüße');
  });

  it('declines what only mailsplit reads by its own rules', () => {
    const ok = 'Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n';
    expect(splitLight(Buffer.from(ok), LIMITS)).not.toBeNull();
    for (const raw of [
      'Subject: x\r\nContent-Type: text/plain; charset=shift_jis\r\n\r\nmulti-byte\r\n',
      'Subject: x\r\nContent-Type: text/plain; format=flowed\r\n\r\nflowed \r\ntext\r\n',
      'Subject: x\r\nContent-Type: text/plain; name*=utf-8\'\'a.txt\r\n\r\nrfc 2231\r\n',
      'Subject: x\r\nContent-Type: text/plain (comment); charset=utf-8\r\n\r\nhello\r\n',
      'Subject: x\r\nContent-Type: text/plain\r\n\r\nstray\rCR\r\n',
      'Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nnever closed\r\n',
      'Subject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b--\r\n',
      'POST /inbox HTTP/1.1\r\nSubject: x\r\n\r\nan HTTP request\r\n',
      'Subject: x\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\nguessed type\r\n',
      'Subject: x\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nbody\r\n',
      'Subject: x\r\nno header end',
    ]) expect(splitLight(Buffer.from(raw), LIMITS), raw).toBeNull();
  });

  it('cuts a part\'s body before the line ending of the delimiter that ends it, and keeps the root body whole', () => {
    const raw = 'Subject: x\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\npreamble\r\n--b\r\nContent-Type: text/plain\r\n\r\nline 1\r\nline 2\r\n\r\n--b \t\r\nContent-Type: text/html\r\n\r\n<p>x</p>\r\n--b--\r\nepilogue\r\n';
    const parts = splitLight(Buffer.from(raw), LIMITS)!;
    expect(parts.map((p) => p.node.contentType)).toEqual(['multipart/alternative', 'text/plain', 'text/html']);
    expect(parts.map((p) => Buffer.concat(p.writes).toString())).toEqual(['', 'line 1\r\nline 2\r\n', '<p>x</p>']);
    const single = splitLight(Buffer.from('Subject: x\r\n\r\nbody\r\n'), LIMITS)!;
    expect(single.map((p) => [p.node.contentType, Buffer.concat(p.writes).toString()])).toEqual([['text/plain', 'body\r\n']]);
  });
});
