import type { Limits } from '../limits.js';
import { limitName } from '../limits.js';
import { InputError } from './errors.js';

/**
 * A cheap pass over the raw bytes of a message, before mailparser sees them: it follows header
 * sections, multipart boundaries and message/rfc822 bodies the way mailsplit does (closely
 * enough to bound the work), and refuses a message whose structure is past a limit:
 * header fields per section, the length of one field, MIME nesting depth and part count.
 * One linear scan; the boundary stack never grows past limits.maxMimeDepth.
 */
export interface MimeShape {
  depth: number;
  parts: number;
  headerFields: number;
  /** The input ends inside a header section (no blank line after it). */
  endsInHeader: boolean;
}

const CONTENT_TYPE = /^content-type[ \t]*:/i;
const TRANSFER_ENCODING = /^content-transfer-encoding[ \t]*:\s*([\w-]{0,40})/i;
const DISPOSITION = /^content-disposition[ \t]*:\s*([\w-]{0,40})/i;
const BOUNDARY_PARAM = /(?:^|;)\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/i;

interface OpenMultipart {
  boundary: string;
  /** Depth of the multipart entity itself; its children are one deeper. */
  depth: number;
}

export function scanMime(raw: Buffer, limits: Limits, latin1?: string): MimeShape {
  // `latin1`: raw.toString('latin1') when the caller already has it.
  const s = latin1 ?? raw.toString('latin1');
  const stack: OpenMultipart[] = [];
  let depth = 0; // depth of the entity whose header or body we are in
  let maxDepth = 0;
  let parts = 1;
  let maxFields = 0;

  // Header-section state.
  let inHeader = true;
  let fields = 0;
  let fieldName = '';
  let fieldLen = 0;
  let contentType: string | null = null; // unfolded value of the current entity's Content-Type
  let collectingType = false;
  let encoding = '';
  let disposition = '';

  const tooLarge = (what: string, key: keyof Limits): never => {
    throw new InputError('too-large', `${what}, more than graylint reads (${limitName(key, limits)})`);
  };

  const endField = () => {
    if (fieldLen > limits.maxHeaderLineChars) {
      tooLarge(`the header field "${fieldName.slice(0, 40)}" is ${fieldLen.toLocaleString('en-US')} characters long`, 'maxHeaderLineChars');
    }
    collectingType = false;
  };

  const startEntity = (d: number) => {
    depth = d;
    if (d > maxDepth) maxDepth = d;
    if (d > limits.maxMimeDepth) tooLarge(`MIME parts are nested ${d} deep`, 'maxMimeDepth');
    parts++;
    if (parts > limits.maxMimeParts) tooLarge(`the message has more than ${limits.maxMimeParts.toLocaleString('en-US')} MIME parts`, 'maxMimeParts');
    inHeader = true;
    fields = 0;
    fieldLen = 0;
    fieldName = '';
    contentType = null;
    collectingType = false;
    encoding = '';
    disposition = '';
  };

  /** The blank line after a header section: what follows depends on the entity's Content-Type. */
  const endHeader = () => {
    if (fieldLen > 0) endField();
    inHeader = false;
    const ct = (contentType ?? '').trim();
    const type = ct.split(';', 1)[0]!.trim().toLowerCase();
    if (type.startsWith('multipart/')) {
      const m = BOUNDARY_PARAM.exec(ct);
      const boundary = (m?.[1] ?? m?.[2] ?? '').trimEnd();
      if (boundary) stack.push({ boundary, depth });
    } else if (type === 'message/rfc822' && (encoding === '' || ['7bit', '8bit', 'binary'].includes(encoding)) && disposition === 'inline') {
      // An inline embedded message (the only kind mailsplit parses by default): its header
      // section starts right away, one level deeper.
      startEntity(depth + 1);
    }
  };

  /** 1: delimiter, 2: close delimiter, 0: not a boundary line of an open multipart. */
  const boundaryAt = (line: string): { kind: 1 | 2; index: number } | null => {
    if (line.length < 3 || line.charCodeAt(0) !== 45 || line.charCodeAt(1) !== 45) return null;
    for (let i = stack.length - 1; i >= 0; i--) {
      const b = stack[i]!.boundary;
      if (!line.startsWith(b, 2)) continue;
      let j = 2 + b.length;
      let kind: 1 | 2 = 1;
      if (line.charCodeAt(j) === 45 && line.charCodeAt(j + 1) === 45) {
        kind = 2;
        j += 2;
      }
      while (j < line.length && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9)) j++;
      if (j === line.length) return { kind, index: i };
    }
    return null;
  };

  let pos = 0;
  const n = s.length;
  while (pos <= n) {
    let end = s.indexOf('\n', pos);
    if (end < 0) end = n;
    let lineEnd = end;
    if (lineEnd > pos && s.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const lineLen = lineEnd - pos;

    // Boundary lines count wherever they appear (mailsplit checks them in headers too).
    const b = stack.length && lineLen >= 3 && lineLen <= 1200 ? boundaryAt(s.slice(pos, lineEnd)) : null;
    if (b) {
      const owner = stack[b.index]!;
      if (b.kind === 1) {
        stack.length = b.index + 1;
        if (inHeader && fieldLen > 0) endField();
        startEntity(owner.depth + 1);
      } else {
        stack.length = b.index;
        if (inHeader && fieldLen > 0) endField();
        inHeader = false;
        depth = owner.depth;
      }
    } else if (inHeader) {
      if (lineLen === 0) {
        endHeader();
      } else {
        const c = s.charCodeAt(pos);
        if ((c === 32 || c === 9) && fields > 0) {
          // Folded continuation of the current field.
          fieldLen += lineLen + 2;
          if (collectingType && contentType !== null && contentType.length < limits.maxHeaderLineChars) contentType += ' ' + s.slice(pos, lineEnd);
        } else {
          if (fieldLen > 0) endField();
          fields++;
          if (fields > maxFields) maxFields = fields;
          if (fields > limits.maxHeaders) tooLarge(`a header section has more than ${limits.maxHeaders.toLocaleString('en-US')} fields`, 'maxHeaders');
          // The colon is looked for in the line's first 200 characters only: a search to the end
          // of the input on every line with none would be quadratic.
          const head200 = s.slice(pos, Math.min(lineEnd, pos + 200));
          const at = head200.indexOf(':');
          const colon = at >= 0 ? pos + at : -1;
          fieldName = colon > pos ? s.slice(pos, Math.min(colon, pos + 80)) : s.slice(pos, Math.min(lineEnd, pos + 40));
          fieldLen = lineLen;
          const head = s.slice(pos, Math.min(lineEnd, pos + 120));
          if (CONTENT_TYPE.test(head)) {
            collectingType = true;
            contentType = colon > pos ? s.slice(colon + 1, Math.min(lineEnd, colon + 1 + limits.maxHeaderLineChars)) : '';
          } else if (head.length && (head.charCodeAt(0) | 32) === 99) {
            encoding = TRANSFER_ENCODING.exec(head)?.[1]?.toLowerCase() ?? encoding;
            disposition = DISPOSITION.exec(head)?.[1]?.toLowerCase() ?? disposition;
          }
        }
        if (fieldLen > limits.maxHeaderLineChars) endField();
      }
    }
    if (end >= n) break;
    pos = end + 1;
  }
  const endsInHeader = inHeader;
  if (inHeader && fieldLen > 0) endField();
  return { depth: maxDepth, parts, headerFields: maxFields, endsInHeader };
}
