/**
 * Features of the learned fallback: hashed character n-grams of one block's text.
 *
 * Character n-grams need no word list, no stemmer and no language: an inflected, misspelled or
 * informal form of a word shares most of its n-grams with the form a lexicon lists, and Chinese or
 * Japanese text needs no segmenter. Each n-gram is hashed (FNV-1a) into a fixed number of buckets,
 * so the model is a flat array and a block costs one pass over its characters.
 *
 * The text is normalised first, so that what a template fills in does not count: lower case,
 * every digit read as 0 (an order number and a price look alike to the reader's eye, not to the
 * model), whitespace runs folded to one space.
 */

/** Shortest and longest n-gram, in UTF-16 code units. */
export const MIN_GRAM = 3;
export const MAX_GRAM = 5;

/** Longest text read per block: a block longer than this is read up to here (the start says what it is). */
export const MAX_FEATURE_CHARS = 2000;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The text the features are read from: lower case, digits as 0, blanks folded, one space at each end. */
export function normaliseForFeatures(text: string): string {
  const t = (text.length > MAX_FEATURE_CHARS ? text.slice(0, MAX_FEATURE_CHARS) : text).toLowerCase().replace(DIGITS, '0').replace(BLANKS, ' ');
  const opened = t.charCodeAt(0) === 32 ? t : ` ${t}`;
  return opened.charCodeAt(opened.length - 1) === 32 ? opened : `${opened} `;
}

const DIGITS = /[0-9]/g;
/** The blanks folded to one space: space, line breaks, tab, no-break space. */
const BLANKS = /[ \n\t\r\u00a0]+/g;

/**
 * The distinct buckets of a text's n-grams (MIN_GRAM..MAX_GRAM), in a fresh sorted array.
 * `bits` is log2 of the number of buckets.
 */
export function featureBuckets(text: string, bits: number): Uint32Array {
  const out: number[] = [];
  forEachDistinctBucket(text, bits, (b) => out.push(b));
  return Uint32Array.from(out).sort();
}

/** Which buckets the current text has visited: a stamp per bucket, so no set is built per block. */
let stamps = new Uint32Array(0);
let stamp = 0;

/**
 * Calls visit(bucket) once for each distinct bucket of a text's n-grams (those of featureBuckets, in
 * the order first met) and returns how many there were: scoring a block without allocating.
 */
export function forEachDistinctBucket(text: string, bits: number, visit: (bucket: number) => void): number {
  const s = normaliseForFeatures(text);
  const mask = (1 << bits) - 1;
  if (stamps.length !== mask + 1) {
    stamps = new Uint32Array(mask + 1);
    stamp = 0;
  }
  // (A stamp that wraps around would meet old marks: start over with a clean table.)
  if (++stamp === 0xffffffff) {
    stamps.fill(0);
    stamp = 1;
  }
  let count = 0;
  for (let i = 0; i + MIN_GRAM <= s.length; i++) {
    let h = FNV_OFFSET;
    for (let n = 0; n < MAX_GRAM && i + n < s.length; n++) {
      h = Math.imul(h ^ s.charCodeAt(i + n), FNV_PRIME);
      if (n + 1 < MIN_GRAM) continue;
      const b = (Math.imul(h ^ (n + 1), FNV_PRIME) >>> 0) & mask;
      if (stamps[b] === stamp) continue;
      stamps[b] = stamp;
      count++;
      visit(b);
    }
  }
  return count;
}
