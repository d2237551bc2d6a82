import { createHash } from 'node:crypto';

/**
 * Generators for large hostile inputs. They are built at test time (and written to os.tmpdir()
 * where a test reads files), never committed: a few are tens of megabytes.
 */

const CRLF = '\r\n';
const HEAD = ['From: Paperleaf <orders@shop.example>', 'To: dana@example.net', 'Subject: Your order has shipped', 'MIME-Version: 1.0'].join(CRLF) + CRLF;

/** Deterministic pseudo-random bytes (no crypto randomness in fixtures: failures must replay). */
export function pseudoRandomBytes(n: number, seed = 'graylint'): Buffer {
  const out = Buffer.alloc(n);
  let block = createHash('sha256').update(seed).digest();
  for (let i = 0; i < n; i += block.length) {
    block.copy(out, i, 0, Math.min(block.length, n - i));
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

/** multipart/mixed nested `depth` levels deep, an offer in the innermost part. */
export function nestedMultipart(depth: number): Buffer {
  const parts: string[] = [HEAD, `Content-Type: multipart/mixed; boundary="b0"${CRLF}${CRLF}`];
  for (let i = 1; i <= depth; i++) parts.push(`--b${i - 1}${CRLF}Content-Type: multipart/mixed; boundary="b${i}"${CRLF}${CRLF}`);
  parts.push(`--b${depth}${CRLF}Content-Type: text/html; charset=utf-8${CRLF}${CRLF}<p>50% off everything</p>${CRLF}`);
  for (let i = depth; i >= 0; i--) parts.push(`--b${i}--${CRLF}`);
  return Buffer.from(parts.join(''), 'latin1');
}

/** Embedded message/rfc822 parts, inline, nested `depth` deep. */
export function nestedMessages(depth: number): Buffer {
  const inner = `From: a@shop.example${CRLF}Subject: x${CRLF}Content-Type: message/rfc822${CRLF}Content-Disposition: inline${CRLF}${CRLF}`;
  return Buffer.from(HEAD + `Content-Type: message/rfc822${CRLF}Content-Disposition: inline${CRLF}${CRLF}` + inner.repeat(depth) + `Content-Type: text/plain${CRLF}${CRLF}Your order has shipped.${CRLF}`, 'latin1');
}

/** A flat multipart with `n` parts. */
export function manyParts(n: number): Buffer {
  const part = `--p${CRLF}Content-Type: text/plain${CRLF}${CRLF}part${CRLF}`;
  return Buffer.from(HEAD + `Content-Type: multipart/mixed; boundary="p"${CRLF}${CRLF}` + part.repeat(n) + `--p--${CRLF}`, 'latin1');
}

export function manyHeaders(n: number): Buffer {
  return Buffer.from(HEAD + 'X-Filler: value'.concat(CRLF).repeat(n) + CRLF + 'Your order has shipped.' + CRLF, 'latin1');
}

export function longHeaderLine(chars: number): Buffer {
  return Buffer.from(HEAD + 'X-Long: ' + 'a'.repeat(chars) + CRLF + CRLF + 'Your order has shipped.' + CRLF, 'latin1');
}

/** A long header folded over many continuation lines. */
export function longFoldedHeader(lines: number): Buffer {
  return Buffer.from(HEAD + 'References: <a@b>' + `${CRLF} <message-id-${'x'.repeat(60)}@example.net>`.repeat(lines) + CRLF + CRLF + 'Your order has shipped.' + CRLF, 'latin1');
}

/** A receipt with a base64 image attachment of `bytes` decoded bytes. */
export function bigBase64Image(bytes: number): Buffer {
  const b64 = pseudoRandomBytes(bytes).toString('base64').replace(/.{76}/g, `$&${CRLF}`);
  return Buffer.from(
    HEAD +
      `Content-Type: multipart/mixed; boundary="img"${CRLF}${CRLF}` +
      `--img${CRLF}Content-Type: text/html; charset=utf-8${CRLF}${CRLF}<p>Your order #10442 has shipped. Track it with UPS.</p>${CRLF}` +
      `--img${CRLF}Content-Type: image/png${CRLF}Content-Transfer-Encoding: base64${CRLF}Content-Disposition: attachment; filename="photo.png"${CRLF}${CRLF}` +
      b64 + CRLF + `--img--${CRLF}`,
    'latin1',
  );
}

/** An HTML body of `chars` characters of text, base64-encoded in a message. */
export function bigHtmlPart(chars: number): Buffer {
  const sentence = 'Your order has shipped and is on its way. ';
  const html = Buffer.from('<p>' + sentence.repeat(Math.ceil(chars / sentence.length)) + '</p>').toString('base64').replace(/.{76}/g, `$&${CRLF}`);
  return Buffer.from(HEAD + `Content-Type: text/html; charset=utf-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}` + html + CRLF, 'latin1');
}

export function nestedTables(n: number): string {
  return '<html><body><p>Your order #10442 has shipped.</p>' + '<table><tr><td>'.repeat(n) + '50% off everything</body></html>';
}

export function entityFlood(kind: 'named' | 'numeric' | 'hex' | 'unknown' | 'unterminated', n: number): string {
  const unit = { named: '&amp;', numeric: '&#65;', hex: '&#x1F525;', unknown: '&bogus;', unterminated: '&#9999999999' }[kind];
  return '<p>Your order has shipped.</p><p>' + unit.repeat(n) + '</p>';
}
