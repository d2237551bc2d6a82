import { isUtf8 } from 'node:buffer';
import { iconv } from '../lazy.js';
import { isUtf16 } from './read.js';

/** Whether the bytes are well-formed UTF-8 (validation only, no string is built: ~20× a fatal TextDecoder). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Normalises charset labels that iconv-lite does not know under the name mail software uses. */
export function normaliseCharset(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'ks_c_5601-1987') return 'cp949';
  if (l === 'x-sjis' || l === 'shift-jis') return 'shift_jis';
  if (l === 'gb2312' || l === 'x-gbk') return 'gbk'; // GBK is a superset; real mail labelled gb2312 often uses it
  return l;
}

export function decodeWith(bytes: Buffer, charset: string): string | null {
  const cs = normaliseCharset(charset);
  if (!iconv().encodingExists(cs)) return null;
  return iconv().decode(bytes, cs);
}

/**
 * Decodes a template or text file: BOM first, then strict UTF-8, then a charset declared in
 * the markup, then windows-1252 (the usual charset of legacy 8-bit files with no declaration).
 */
export function decodeText(bytes: Buffer): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), charset: 'utf-8' };
  if (isUtf16(bytes)) {
    const be = bytes[0] === 0xfe || (bytes[0] === 0 && bytes[1] !== 0);
    const body = bytes[0] === 0xff || bytes[0] === 0xfe ? bytes.subarray(2) : bytes;
    return { text: iconv().decode(body, be ? 'utf-16be' : 'utf-16le'), charset: be ? 'utf-16be' : 'utf-16le' };
  }
  if (isValidUtf8(bytes)) return { text: bytes.toString('utf8'), charset: 'utf-8' };
  const head = bytes.subarray(0, 4096).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (declared) {
    const text = decodeWith(bytes, declared);
    if (text !== null) return { text, charset: declared.toLowerCase() };
  }
  return { text: iconv().decode(bytes, 'windows-1252'), charset: 'windows-1252 (guessed)' };
}
