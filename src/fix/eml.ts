/**
 * Safe fixes: only edits that cannot change what a message says or how the law classifies it.
 * Today that is one: a raw message whose List-Unsubscribe carries an HTTPS URI but which lacks
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click` (RFC 8058) gets that header added right
 * after List-Unsubscribe. Copy is never touched: moving an offer or rewording a subject is a
 * suggestion in the report, not a fix.
 */
export interface FixResult {
  output: Buffer;
  edits: string[];
}

export interface FixRefusal {
  reason: string;
}

const ONE_CLICK = 'List-Unsubscribe-Post: List-Unsubscribe=One-Click';

export function fixOneClickUnsubscribe(raw: Buffer): FixResult | FixRefusal | null {
  const text = raw.toString('latin1'); // byte-preserving: only ASCII header text is edited
  const headEnd = text.search(/\r?\n\r?\n/);
  if (headEnd < 0) return null;
  const head = text.slice(0, headEnd);
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  const lines = head.split(/\r?\n/);
  // Unfold header fields: a field is its first line plus continuation lines.
  const fields: Array<{ name: string; start: number; end: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^[ \t]/.test(lines[i]!) && fields.length) fields[fields.length - 1]!.end = i;
    else fields.push({ name: (lines[i]!.split(':')[0] ?? '').trim().toLowerCase(), start: i, end: i });
  }
  if (fields.some((f) => f.name === 'list-unsubscribe-post')) return null;
  const lu = fields.find((f) => f.name === 'list-unsubscribe');
  if (!lu) return null;
  const value = lines.slice(lu.start, lu.end + 1).join(' ');
  if (!/<https:\/\/[^>]+>/i.test(value)) return null;
  if (fields.some((f) => f.name === 'dkim-signature')) {
    return { reason: 'the message is already DKIM-signed: RFC 8058 needs the signature to cover List-Unsubscribe-Post, so add the header before signing' };
  }
  const out = [...lines.slice(0, lu.end + 1), ONE_CLICK, ...lines.slice(lu.end + 1)].join(eol) + text.slice(headEnd);
  return { output: Buffer.from(out, 'latin1'), edits: [`added "${ONE_CLICK}" after List-Unsubscribe (line ${lu.end + 2})`] };
}
