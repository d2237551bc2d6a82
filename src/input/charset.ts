import { isUtf8 } from 'node:buffer';
import { chardet, iconv } from '../lazy.js';
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
  const detected = detectLegacyCharset(bytes);
  if (detected) {
    const text = decodeWith(bytes, detected);
    if (text !== null) return { text, charset: `${detected} (detected)` };
  }
  return { text: iconv().decode(bytes, 'windows-1252'), charset: 'windows-1252 (guessed)' };
}

/**
 * Charsets a detector's guess is trusted for, by the name chardet gives, with the one to decode
 * with: the multi-byte Chinese, Japanese and Korean ones and the single-byte Cyrillic, Greek,
 * Hebrew, Arabic and Turkish ones, which windows-1252 turns into Latin letters that no lexicon
 * reads (a Zen Cart or XOOPS language pack in EUC-JP, GB2312 or windows-1251). A guess of another
 * Latin charset is not trusted: there windows-1252 reads the letters of the languages graylint
 * knows, and ISO-8859-2 would misread French accents. ISO-8859-9 is read as windows-1254 (its
 * superset, as browsers do).
 */
const TRUSTED_GUESSES = new Map([
  ['Shift_JIS', 'shift_jis'], ['EUC-JP', 'euc-jp'], ['GB18030', 'gb18030'], ['Big5', 'big5'], ['EUC-KR', 'euc-kr'],
  ['windows-1251', 'windows-1251'], ['KOI8-R', 'koi8-r'], ['ISO-8859-5', 'iso-8859-5'], ['ISO-8859-7', 'iso-8859-7'],
  ['ISO-8859-8', 'iso-8859-8'], ['ISO-8859-8-I', 'iso-8859-8'], ['ISO-8859-6', 'iso-8859-6'], ['windows-1256', 'windows-1256'],
  ['ISO-8859-9', 'windows-1254'],
]);
/** The detector reads at most this many bytes of the file's non-ASCII lines: bounded time on any input. */
const DETECT_BYTES = 64 * 1024;

/**
 * The charset of a file that is not UTF-8 and declares none, when a detector is sure enough to
 * leave windows-1252 for it. Only the lines holding non-ASCII bytes are read: in a language pack
 * they are the strings, and the ASCII code around them would drown the byte statistics.
 */
function detectLegacyCharset(bytes: Buffer): string | null {
  const lines: Buffer[] = [];
  let size = 0;
  let start = 0;
  while (start < bytes.length && size < DETECT_BYTES) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end + 1);
    if (line.some((b) => b >= 0x80)) {
      lines.push(line);
      size += line.length;
    }
    start = end + 1;
  }
  const top = chardet().analyse(Buffer.concat(lines).subarray(0, DETECT_BYTES))[0];
  return top ? TRUSTED_GUESSES.get(top.name) ?? null : null;
}
