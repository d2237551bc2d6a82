// Input generators for fuzzing graylint, shared by test/hostile/fuzz.test.ts (small budget, in
// `npm test`) and scripts/fuzz.mjs (large budget, on the built dist/). Plain ESM so the script
// can import it without a build step; types in arbitraries.d.mts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';

/** File names decide the parse path: raw message, HTML, text, MJML, each template language, translation files, sniffed. */
export const FILE_NAMES = ['m.eml', 'page.html', 'note.txt', 'mail.mjml', 'tpl.liquid', 'tpl.hbs', 'tpl.html.erb', 'tpl.php', 'tpl.ftl', 'tpl.twig', 'tpl.heex', 'mail.tsx', 'tpl.blade.php',
  'view.html.slim', 'view.haml', 'view.pug', 'fr.yml', 'el.json', 'fr.po', 'strings.xml', 'fr.xlf', 'fr.ini', 'messages_it.properties', 'noext'];

/** Fragments that steer parsers into their corners: template delimiters, markup, MIME, encodings, invisible characters. */
export const TOKENS = [
  '{{', '}}', '{{{', '}}}', '{%', '%}', '{#', '#}', '<%', '%>', '<%=', '<?php ', '<?=', '?>', '${', '<#if x>', '</#if>', '<#--', '[#', '*|', '|*', '[[', ']]', '%%=', '%%', '{l s=\'', '{$',
  '<', '>', '</', '/>', '<p>', '</p>', '<table>', '<tr>', '<td>', '</td>', '<div>', '</div>', '<a href="https://shop.example/sale">', '</a>', '<img src="x.png" alt="50% off" width="600">', '<br>',
  '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<html lang="de">', '<title>', '</title>', '<style>', '.x{background:#000}', '</style>', '<script>', '<mjml>', '<mj-text color="#fff">', '<mj-head>',
  '<div style="display:none">', '<span style="font-size:0">', '<p style="color:#ffffff">', '<td bgcolor="#ffffff">', '<font size="+9">', '<h1>', '<!-- graylint-disable -->', '<!-- graylint-disable-next-block x -- y -->',
  '&', '&amp;', '&#', '&#x', '&#65;', '&#x1F525;', '&#9999999999;', '&bogus;', '&nbsp;', ';', '"', "'", '=', ':', ';', '\\',
  '\r\n', '\n', '\r', '\r\n\r\n', '\t', ' ', '--b', '--b--', '--', 'MIME-Version: 1.0\r\n', 'Content-Type: multipart/mixed; boundary="b"\r\n', 'Content-Type: text/html; charset=utf-8\r\n',
  'Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n', 'Content-Transfer-Encoding: base64\r\n', 'Content-Transfer-Encoding: quoted-printable\r\n', 'charset=utf-16', 'charset=x-unknown',
  '=?utf-8?B?', '=?iso-8859-1?Q?', '?=', '=\r\n', '=ZZ', '=C3', 'Subject: ', 'From: ', 'Reply-To: ', 'List-Unsubscribe: <https://x.example/u>', '---\nsubject: x\n---\n',
  '\u0000', '\u001b', '\u00ad', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\ufe0f', '\ud800', '\udc00', '\u{1F525}', '\u{E0041}', 'ı', 'İ', 'ß',
  'return (', ') => (', '<Text>', '</Text>', '<Button href={url}>', '</Button>', '<Trans defaults="Your order" />', '{t(\'Shop now\')}', '{\' \'}', '<>', '</>', '@component(\'mail::message\')', '@endcomponent', '{{--', '--}}',
  'key: ', '  body: "', '\\n\\n', "''", '- ', '|\n', 'msgid "', 'msgstr "', 'msgstr[0] "', '<resources>', '<string name="x_subject">', '</string>', '<trans-unit resname="subject">',
  '<source>', '<target>', '</target>', '[mail]\n', 'KEY="', '\\\n', '\\u00e9', '%p ', '| ', '#{', '= link_to "', '//- ', '&eacute;',
  '50% off ', 'SALE ', 'code SAVE10 ', 'unsubscribe ', 'Your order #1 has shipped. ', 'Rabatt ', 'скидка ', '优惠', 'Impressum', '12 Example Street, Springfield, IL 62701',
];

const edit = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('set'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), len: fc.nat({ max: 512 }) }),
  fc.record({ kind: fc.constant('duplicate'), at: fc.nat(), len: fc.integer({ min: 1, max: 4096 }), times: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), token: fc.constantFrom(...TOKENS), times: fc.integer({ min: 1, max: 300 }) }),
);

/** Applies edits to a copy of the bytes; positions wrap around the current length. */
export function applyEdits(bytes, edits) {
  let b = Buffer.from(bytes);
  for (const e of edits) {
    const at = b.length ? e.at % (b.length + 1) : 0;
    switch (e.kind) {
      case 'flip':
        if (b.length) b[at % b.length] ^= 1 << e.bit;
        break;
      case 'set':
        if (b.length) b[at % b.length] = e.byte;
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.len)]);
        break;
      case 'duplicate': {
        const slice = b.subarray(at, at + e.len);
        b = Buffer.concat([b.subarray(0, at), ...Array(e.times + 1).fill(slice), b.subarray(at + e.len)]);
        break;
      }
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.from(e.token.repeat(e.times), 'utf8'), b.subarray(at)]);
        break;
    }
    if (b.length > 8 * 1024 * 1024) b = b.subarray(0, 8 * 1024 * 1024);
  }
  return b;
}

/** Every email or template file under fixtures/ (not the sidecars), with its bytes. */
export function loadFixtures(root) {
  const out = [];
  const walk = (dir) => {
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/\.(ya?ml|md)$/.test(n) && statSync(p).size <= 512 * 1024) out.push({ name: relative(root, p), bytes: readFileSync(p) });
    }
  };
  walk(root);
  return out;
}

const named = (bytes) => fc.constantFrom(...FILE_NAMES).map((name) => ({ name, bytes }));

/** Any bytes, under any file name. */
export const anyBytes = (maxLength = 4096) => fc.uint8Array({ maxLength }).chain((u) => named(Buffer.from(u)));

/** Any string (any code units, lone surrogates included), UTF-8 encoded. */
export const anyString = (maxLength = 2000) => fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme-composite', maxLength })).chain((s) => named(Buffer.from(s, 'utf8')));

/** Tokens and short strings strung together: markup, template and MIME soup. */
export const soup = (maxTokens = 300) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: maxTokens })
    .chain((parts) => named(Buffer.from(parts.join(''), 'utf8')));

/** A repository fixture under a few edits: byte flips, truncation, deletion, duplicated slices, inserted delimiters. */
export const mutatedFixture = (fixtures) =>
  fc.record({ fixture: fc.constantFrom(...fixtures), edits: fc.array(edit, { minLength: 1, maxLength: 8 }) })
    .map(({ fixture, edits }) => ({ name: fixture.name.split('/').pop(), bytes: applyEdits(fixture.bytes, edits) }));

/** Everything above, mixed. */
export const anyInput = (fixtures) => fc.oneof(anyBytes(), anyString(), soup(), { weight: 3, arbitrary: mutatedFixture(fixtures) });

/** The extension a failing input is saved under, so replaying takes the same parse path. */
export function extensionFor(name) {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : 'txt';
}
