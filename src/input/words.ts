/**
 * Words in a string: what the template, script and translation-file readers ask of a literal to
 * tell copy ("Your order has shipped") from a key, a class name or a format string ("order.shipped").
 */

/**
 * Whether a text holds a word with a letter in it followed, after blanks, by another word: two words
 * of copy, not a key or a format string. `breaks`: characters that end a word without being blanks
 * (a backslash: "%{name}\\n" holds no two words); `notNext`: characters the second word may not start
 * with. One pass: the regular expression it replaces (/\p{L}[^\s\\]*\s+[^\s\\%{]/u) retried from
 * every letter of a long run without blanks, quadratic in its length (1.8 s for a 36 KB string).
 */
export function hasTwoWords(text: string, breaks = '', notNext = ''): boolean {
  let letterInWord = false;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isBlank(c)) {
      let j = i + 1;
      while (j < text.length && isBlank(text.charCodeAt(j))) j++;
      if (letterInWord && j < text.length && !notNext.includes(text[j]!)) return true;
      letterInWord = false;
      i = j;
      continue;
    }
    // (A letter outside the Basic Multilingual Plane is two code units: read as one.)
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    if (breaks.includes(text[i]!)) letterInWord = false;
    else if (!letterInWord && isLetter(c, text, i, width)) letterInWord = true;
    i += width;
  }
  return false;
}

/** What /\s/ matches, by code unit: ASCII blanks first, the rest looked up. */
function isBlank(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return BLANK.test(String.fromCharCode(c));
}
const BLANK = /\s/;

/** What /\p{L}/u matches at `i`: ASCII letters first, the rest looked up. */
function isLetter(c: number, text: string, i: number, width: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(text.slice(i, i + width));
}
const LETTER = /^\p{L}$/u;
