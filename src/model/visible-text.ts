/**
 * What a reader sees of a string: characters that render as nothing are removed before any
 * matching, so "S\u200bA\u200bL\u200bE 50% off" reads as "SALE 50% off", and a right-to-left
 * override ("\u202Effo %05", displayed "50% off") is read in display order.
 *
 * Removed everywhere: C0/C1 control characters (except whitespace), soft hyphen, combining
 * grapheme joiner, zero-width space, word joiner and invisible operators, bidi marks, embeddings,
 * overrides and isolates, BOM. Removed only between two letters or digits of a script that never
 * needs them (Latin, Greek, Cyrillic, digits): zero-width (non-)joiner, variation selectors,
 * Mongolian selectors and tag characters, which emoji sequences, Persian and Indic text use.
 * Hangul fillers render as blanks and become spaces.
 */

// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e007f}]/u;

// Character kinds (plain numbers: no const enum, so any transpiler reads this file).
/** Rendered. */
const VISIBLE = 0;
/** Always removed; counts as hiding inside a word. */
const INVISIBLE = 1;
/** Removed only between two Latin/Greek/Cyrillic letters or digits. */
const CONTEXTUAL = 2;
/** Removed, but legitimate inside words (soft hyphen) or noise (controls): not counted. */
const QUIET = 3;
/** Rendered as a blank. */
const BLANK = 4;
type Kind = typeof VISIBLE | typeof INVISIBLE | typeof CONTEXTUAL | typeof QUIET | typeof BLANK;

function kindOf(cp: number): Kind {
  if (cp < 0x20) return cp >= 0x09 && cp <= 0x0d ? VISIBLE : QUIET;
  if (cp < 0x7f) return VISIBLE;
  if (cp <= 0x9f) return QUIET;
  if (cp === 0xad) return QUIET;
  if (cp === 0x34f || cp === 0x61c || cp === 0x17b4 || cp === 0x17b5 || cp === 0x180e) return INVISIBLE;
  if (cp === 0x115f || cp === 0x1160 || cp === 0x3164 || cp === 0xffa0) return BLANK;
  if (cp >= 0x180b && cp <= 0x180d) return CONTEXTUAL;
  if (cp === 0x200b || cp === 0x200e || cp === 0x200f) return INVISIBLE;
  if (cp === 0x200c || cp === 0x200d) return CONTEXTUAL;
  if (cp >= 0x202a && cp <= 0x202e) return INVISIBLE;
  if (cp >= 0x2060 && cp <= 0x2064) return INVISIBLE;
  if (cp >= 0x2066 && cp <= 0x206f) return INVISIBLE;
  if (cp >= 0xfe00 && cp <= 0xfe0f) return CONTEXTUAL;
  if (cp === 0xfeff) return INVISIBLE;
  if (cp >= 0xe0000 && cp <= 0xe007f) return CONTEXTUAL;
  return VISIBLE;
}

const PLAIN_SCRIPT = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export interface VisibleText {
  text: string;
  /** Most invisible characters found inside one word ("S\u200bA\u200bL\u200bE": 3). */
  maxInWord: number;
  /** A right-to-left override was undone on text with no right-to-left letters. */
  reversed: boolean;
}

export function visibleText(s: string): VisibleText {
  if (!SUSPECT.test(s)) return { text: s, maxInWord: 0, reversed: false };
  let reversed = false;
  let src = s;
  if (src.includes('\u202e')) {
    const r = undoOverride(src);
    src = r.text;
    reversed = r.reversed;
  }
  const cps = Array.from(src);
  const kinds: Kind[] = cps.map((c) => kindOf(c.codePointAt(0)!));
  // Resolve contextual characters: removed only between two plain-script letters or digits.
  // Nearest rendered character on each side, in two linear passes (runs of selectors stay linear).
  const n = cps.length;
  const prevVisible = new Int32Array(n);
  const nextVisible = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) {
    prevVisible[i] = last;
    if (kinds[i] === VISIBLE || kinds[i] === BLANK) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    nextVisible[i] = next;
    if (kinds[i] === VISIBLE || kinds[i] === BLANK) next = i;
  }
  for (let i = 0; i < n; i++) {
    if (kinds[i] !== CONTEXTUAL) continue;
    const b = prevVisible[i]!;
    const a = nextVisible[i]!;
    const plain = b >= 0 && a >= 0 && PLAIN_SCRIPT.test(cps[b]!) && PLAIN_SCRIPT.test(cps[a]!);
    if (!plain) kinds[i] = VISIBLE;
  }
  // Keep what renders; count hiding characters between two word characters, per word.
  const out: string[] = [];
  let maxInWord = 0;
  let inWord = 0;
  let pendingHidden = 0;
  let prevWord = false;
  for (let i = 0; i < cps.length; i++) {
    const k = kinds[i]!;
    const c = cps[i]!;
    if (k === VISIBLE) {
      const word = WORD_CHAR.test(c);
      if (word && prevWord) inWord += pendingHidden;
      else if (!word) inWord = 0;
      pendingHidden = 0;
      if (inWord > maxInWord) maxInWord = inWord;
      prevWord = word;
      out.push(c);
    } else if (k === BLANK) {
      out.push(' ');
      prevWord = false;
      inWord = 0;
      pendingHidden = 0;
    } else if (k === INVISIBLE || k === CONTEXTUAL) {
      pendingHidden++;
    }
  }
  return { text: out.join(''), maxInWord, reversed };
}

/** Text between U+202E (RLO) and U+202C/U+2069 or a line end is displayed in reverse order. */
function undoOverride(s: string): { text: string; reversed: boolean } {
  let reversed = false;
  const text = s.replace(/\u202e([^\u202c\u2069\n]*)/g, (m, seg: string) => {
    if (RTL_LETTER.test(seg)) return m;
    reversed = true;
    return `\u202e${Array.from(seg).reverse().join('')}`;
  });
  return { text, reversed };
}
