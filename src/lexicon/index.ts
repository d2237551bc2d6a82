import { fstatSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freshCompiled, loadBundledYaml } from '../data-file.js';
import { detached } from '../detached.js';

/**
 * Lexicons: per-language phrase lists (lexicons/<lang>.yaml), matched all at once so that
 * mixed-language mail (an English "Shop now" in a German newsletter) is read correctly.
 * Phrases are words, optionally ending in '*' for a prefix; no regular expressions, so a
 * lexicon can never make matching slow.
 */

/**
 * What a phrase is evidence of: promotion, transactional content, a list footer, or a reference:
 * words that name something a message may be about and state nothing of their own ("your donation"
 * is the gift made in a receipt and the gift asked for in an appeal). A reference is read where a
 * signal needs it and never hides another reading of the same words (dropContained).
 */
export type LexGroup = 'promo' | 'transactional' | 'footer' | 'reference';

export interface LexHit {
  lang: string;
  group: LexGroup;
  category: string;
  phrase: string;
  /** Character offsets in the matched text. */
  start: number;
  end: number;
  /** Composed from the lexicon's `states:` or `asks:` (composedPhrases). */
  composed: boolean;
  /**
   * Where a composed phrase's gap lies (the words between its two parts), or -1: the phrase owns
   * its two parts, not what is said between them.
   */
  gapStart: number;
  gapEnd: number;
}

interface WordPattern {
  w: string;
  prefix: boolean;
}

/**
 * A phrase word standing for up to MAX_GAP words of the same sentence: German and Dutch put the
 * participle at the end of the clause ("Sie wurden erfolgreich vom Newsletter des Shops
 * abgemeldet"), so "wurden … abgemeldet" is one phrase whatever stands between.
 */
export const GAP = '…';
const MAX_GAP = 6;
/**
 * What ends a clause a gap may not reach across (between two words of a gapped phrase): a sentence's
 * end, a colon, a semicolon or a line break. A full stop or a colon with a character right after it
 * is inside a number, a date, a time or an address ("$12.50", "12.03.2024", "12:30", "example.com").
 * Nor does a full stop after a number of one or two digits end one: German, Turkish and the Nordic
 * languages write a day and an ordinal so ("am 12. Juni", "12.06. um 10 Uhr", "3. kat").
 */
const CLAUSE_END = /[!?;\n。！？]|(?<!\b\d{1,2})\.\s|:\s/;

interface Entry {
  words: WordPattern[];
  lang: string;
  group: LexGroup;
  category: string;
  phrase: string;
  /** A Han/kana phrase: its hits must sit on word boundaries (see wordBoundaries). */
  segmented?: boolean;
  /** Some word of the phrase is a GAP. */
  gapped?: boolean;
  /** Composed from the lexicon's `states:` or `asks:` (composedPhrases). */
  composed?: boolean;
  /**
   * A run of composed phrases that share their first part, in list order, as one entry (the
   * sections are a cross product: written out, ~116,000 entries, a 5.7 MB lists file, and ~6 MB
   * of heap once a batch had unpacked the lists it met; as runs, ~23,500 entries and 2.8 MB). `phrase`
   * and `words` are then the shared part (words ending in the GAP), each tail the rest: "order …"
   * with shipped, delivered… stands for "order … shipped", "order … delivered". Han/kana phrases
   * are joined, not gapped, and composed in both orders: 付款 with 成功 stands for 付款成功 and
   * 成功付款, then the next tail's two.
   */
  tails?: Tail[];
  /**
   * A run whose phrases share their second part instead (one tail) and whose first parts vary,
   * in list order: multi-word states that start alike ("été livré", "été effectué") put "été
   * livré … colis", "été effectué … colis" one after another. Its `words` are then empty: the
   * heads differ from their second word on, so the run is tried whatever the next word is.
   */
  heads?: Tail[];
}

/** A part of a composed phrase: a run's second parts (Entry.tails) or its first ones (Entry.heads). */
interface Tail {
  phrase: string;
  words: WordPattern[];
  /** Han or kana in it (a joined phrase is matched on word boundaries if either part has some). */
  han: boolean;
}

/** A composed run is cut into entries of at most this many tails or heads (a Han/kana candidate's number holds its member: see matchSubstrings). */
const MAX_TAILS = 512;
/** Room for the members of one entry in a Han/kana candidate's number: two per tail. */
const MEMBERS = 2 * MAX_TAILS;

const GROUPS: LexGroup[] = ['promo', 'transactional', 'footer', 'reference'];

/** Bumped whenever Entry or the maps change shape: an index of another format is rebuilt from the lists. */
const INDEX_FORMAT = 12;

export interface LexiconIndex {
  format: number;
  languages: string[];
  /** Each distinct "lang<TAB>group<TAB>category" once; a packed entry names its kind by position (base 36). */
  kinds: string[];
  /** Per language, the verbs that open a command subject (the lexicon's `commands:` list), folded. */
  commands: Record<string, string[]>;
  /** Per language, its most frequent little words (the lexicon's `function-words:`), lower-cased, accents kept. */
  functionWords: Record<string, string[]>;
  /** Per language, what it joins to the front of a word (the lexicon's `proclitics:`), folded. */
  proclitics: Record<string, Proclitics>;
  /** The characters and same-length words read as others in Han text (the lexicons' `variants:`), in its format: "優优 连结>链接". */
  variants: string;
  /** The words read as others (the lexicons' `word-variants:`), folded: word → the word it is read as. */
  wordVariants: Record<string, string>;
  /** The word endings read as others (the lexicons' `suffix-variants:`), folded: ending → the ending it is read as. */
  suffixVariants: Record<string, string>;
  /** First word → its entries, packed (packEntries), as records (packTable). */
  exact: string[];
  /**
   * Where the build keeps the first-word table instead (splitIndex): its keys, joined by tabs, and
   * where each key's packed list ends in a file of UTF-8 bytes beside the index (LEXICON_LISTS_URL).
   */
  exactKeys?: { keys: string; ends: number[] };
  /**
   * The build keeps the Han/kana substring entries there too, after the first-word lists (one more
   * end in exactKeys.ends): only a message with Han or kana text reads them.
   */
  substringsInLists?: boolean;
  /** First three letters of a prefix word → its entries, packed, as records. */
  prefixed: string[];
  substrings: string;
  /**
   * Every composed run's tails (or heads) once, packed (packTails), joined by TAIL_LIST_END: a
   * packed entry names its run's list by position (base 36). A category's states are the tails of
   * every one of its nouns, so each list written out in each entry made most of the lists file
   * (and of what a check decodes and hashes as it unpacks a common word's entries).
   */
  tails: string;
  /** The build keeps the tail lists in the lists file too, after the substring entries (one more end). */
  tailsInLists?: boolean;
}

/**
 * First word (or a prefix word's first three letters) → its entries. A table loaded from the
 * compiled index keeps each list packed (packEntries) until its key is first looked up; `kinds`
 * is the index's kind table the packed lists refer to.
 */
interface EntryTable {
  /** A key's list, its packed text, or the position of its packed text in `bytes`. */
  entries: Map<string, Entry[] | string | number>;
  kinds: string[];
  /** The tail list a packed entry names by its position (the index's `tails`), unpacked. */
  tailsAt: (id: number) => Tail[];
  /** Packed lists as UTF-8 bytes, one after another, and where each ends (the index's exactKeys). */
  bytes: { packed: ListBytes; ends: number[] } | null;
}

function entryTable(): EntryTable {
  return { entries: new Map(), kinds: [], tailsAt: noTails, bytes: null };
}

/** The entries at `key`, unpacked (and kept unpacked) on first use. */
function entriesAt(table: EntryTable, key: string): Entry[] | undefined {
  const v = table.entries.get(key);
  if (v === undefined || typeof v === 'object') return v;
  const list = unpackEntries(typeof v === 'string' ? v : packedAt(table.bytes!, v), table.kinds, table.tailsAt);
  table.entries.set(key, list);
  return list;
}

/** The packed list at position `n` of a byte table, decoded. */
function packedAt(bytes: NonNullable<EntryTable['bytes']>, n: number): string {
  return bytes.packed.text(n === 0 ? 0 : bytes.ends[n - 1]!, bytes.ends[n]!);
}

/** The packed lists' bytes: their length, and the UTF-8 text of a range of them. */
export interface ListBytes {
  size: number;
  text(from: number, to: number): string;
  /** The bytes of a range, undecoded. */
  bytes(from: number, to: number): Buffer;
}

/** How long reads of the lists file trust the last check that it is the file opened (fileBytes). */
const FILE_CHECK_INTERVAL_MS = 20;

/** Bytes already in memory. */
export function bufferBytes(buffer: Buffer): ListBytes {
  return { size: buffer.length, text: (from, to) => buffer.toString('utf8', from, to), bytes: (from, to) => buffer.subarray(from, to) };
}

/**
 * A file's bytes, read a range at a time as lists are first looked up: a check looks up a few
 * hundred of the lists file's keys, so a start reads a few kilobytes of it instead of all of it
 * (the file grew to 5.7 MB with the composed states, ~25 ms to read at every start). The file is
 * the build's own, opened once and kept open for the process. The build replaces it whole (a new
 * file renamed over the old one), so a running process (a long-lived `graylint serve`) goes on
 * reading the file it opened. A file rewritten in place would have its lists read at the old
 * offsets: reads check that the file is the one opened, and refuse to read a changed one. They
 * check at most once per `checkIntervalMs`: a batch's first hundred checks read some
 * thousands of lists, and a status call for each cost ~2% of that run.
 */
export function fileBytes(url: URL | string, checkIntervalMs = FILE_CHECK_INTERVAL_MS): ListBytes {
  const fd = openSync(url, 'r');
  const { size, mtimeMs } = fstatSync(fd);
  let checkedAt = performance.now();
  const bytes = (from: number, to: number): Buffer => {
    if (performance.now() - checkedAt >= checkIntervalMs) {
      const now = fstatSync(fd);
      if (now.size !== size || now.mtimeMs !== mtimeMs) throw new Error(`graylint's lexicon data (${url instanceof URL ? fileURLToPath(url) : url}) changed while graylint was running; restart it`);
      checkedAt = performance.now();
    }
    const buffer = Buffer.allocUnsafe(Math.max(0, to - from));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  };
  return { size, bytes, text: (from, to) => bytes(from, to).toString('utf8') };
}

/** Every key's entries, unpacked (the build needs them all). */
function allEntries(table: EntryTable): Array<[string, Entry[]]> {
  return [...table.entries.keys()].map((k) => [k, entriesAt(table, k)!]);
}

// Packed entries: fields separated by a tab, entries by a newline (both cheap in JSON).
// Fields: kind (its position in the kind table, base 36), phrase, words (space-separated, '*' after
// a prefix; '=' when they read as the phrase itself, as most do), 1 if segmented, 1 if composed,
// and a composed run's tails, then its heads if it has them (TAIL_END between parts; a part is its
// phrase, and its words after TAIL_WORDS when they do not read as the phrase). The kind table and
// the '=' keep the index small: it is read at every start.
const SAME_AS_PHRASE = '=';
const TAIL_END = '\x1f';
const TAIL_WORDS = '\x1e';
/** Between two tail lists of the index's `tails`. */
const TAIL_LIST_END = '\x1c';
/** What no phrase, word or part may hold: the separators of the packed format (tab, line break, DEL, \x1c–\x1f). */
const UNINDEXABLE = /[\t\n\x7f\x1c-\x1f]/;

/** A table with no tail lists (a lexicon built from its phrase lists holds its tails in its entries). */
function noTails(id: number): Tail[] {
  throw new Error(`lexicon index: tail list ${id} named, but the index has no tail lists`);
}

function packedWords(words: WordPattern[]): string {
  return words.map((w) => (w.prefix ? `${w.w}*` : w.w)).join(' ');
}

function packTails(tails: Tail[]): string {
  return tails.map((t) => {
    const words = packedWords(t.words);
    return words === t.phrase ? t.phrase : `${t.phrase}${TAIL_WORDS}${words}`;
  }).join(TAIL_END);
}

function kindOf(e: Entry): string {
  return `${e.lang}\t${e.group}\t${e.category}`;
}

/** The position of a packed tail list in the index's `tails`, base 36 (added if new). */
function tailListId(tails: Tail[], ids: Map<string, number>): string {
  const packed = packTails(tails);
  let id = ids.get(packed);
  if (id === undefined) ids.set(packed, (id = ids.size));
  return id.toString(36);
}

function packEntries(list: Entry[], kinds: Map<string, number>, tailIds: Map<string, number>): string {
  return list
    .map((e) => {
      const words = packedWords(e.words);
      const fields = [e.phrase, words === e.phrase && words !== '' ? SAME_AS_PHRASE : words, e.segmented ? '1' : '', e.composed ? '1' : ''];
      if (fields.some((f) => UNINDEXABLE.test(f)) || e.phrase === SAME_AS_PHRASE || [...(e.tails ?? []), ...(e.heads ?? [])].some((x) => UNINDEXABLE.test(x.phrase) || x.words.some((w) => UNINDEXABLE.test(w.w)))) {
        throw new Error(`lexicon ${e.lang}: "${e.phrase}" cannot be indexed (a tab, a line break, a DEL, a control character or a lone '=')`);
      }
      if (e.tails) fields.push(tailListId(e.tails, tailIds));
      if (e.heads) fields.push(tailListId(e.heads, tailIds));
      let k = kinds.get(kindOf(e));
      if (k === undefined) kinds.set(kindOf(e), (k = kinds.size));
      return `${k.toString(36)}\t${fields.join('\t')}`;
    })
    .join('\n');
}

// A table in the index is not a JSON object but records, `key<TAB>packed entries`, joined by DEL
// (which no key or phrase holds, and JSON does not escape): at every start JSON.parse makes one
// string of them instead of an object of ~4,400 properties, and no property is copied into the Map
// (together ~15 ms less). Records whose key and entries are ASCII come in a string of their own,
// so that the keys cut from it are one-byte strings, like the words they are compared with.
const RECORD_END = '\x7f';

function packTable(table: EntryTable, kinds: Map<string, number>, tailIds: Map<string, number>): string[] {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const [k, list] of allEntries(table)) {
    const record = `${k}\t${packEntries(list, kinds, tailIds)}`;
    (/^[\x00-\x7e]*$/.test(record) ? ascii : other).push(record);
  }
  return [ascii.join(RECORD_END), other.join(RECORD_END)];
}

function unpackTable(records: string[], table: EntryTable): void {
  for (const text of records) {
    let at = 0;
    while (at < text.length) {
      const tab = text.indexOf('\t', at);
      let end = text.indexOf(RECORD_END, tab);
      if (end < 0) end = text.length;
      table.entries.set(text.slice(at, tab), text.slice(tab + 1, end));
      at = end + 1;
    }
  }
}

/**
 * The first-word table as the build stores it (splitIndex): the keys from the index, each list left
 * as bytes until its key is first looked up. Decoding the table's 1.4 MB, most of it not ASCII,
 * and JSON.parse scanning it cost ~25 ms of every start, where a message looks up a few hundred keys.
 */
function unpackKeyedBytes(keys: string[], ends: number[], packed: ListBytes, table: EntryTable): void {
  table.bytes = { packed, ends };
  for (let i = 0; i < keys.length; i++) table.entries.set(keys[i]!, i);
}

/**
 * The index the build stores: the first-word table moved out of the JSON into its keys (exactKeys)
 * and a text of UTF-8 bytes, every packed list one after another, to be written beside the index.
 */
export function splitIndex(index: LexiconIndex): { index: LexiconIndex; packed: string } {
  const keys: string[] = [];
  const lists: string[] = [];
  const ends: number[] = [];
  let end = 0;
  for (const text of index.exact) {
    for (const record of text ? text.split(RECORD_END) : []) {
      const tab = record.indexOf('\t');
      const list = record.slice(tab + 1);
      keys.push(record.slice(0, tab));
      lists.push(list);
      ends.push((end += Buffer.byteLength(list)));
    }
  }
  lists.push(index.substrings);
  ends.push((end += Buffer.byteLength(index.substrings)));
  lists.push(index.tails);
  ends.push((end += Buffer.byteLength(index.tails)));
  return { index: { ...index, exact: [], exactKeys: { keys: keys.join('\t'), ends }, substrings: '', substringsInLists: true, tails: '', tailsInLists: true }, packed: lists.join('') };
}

// Unpacked entries share their word patterns and their kind's strings: a composed state is one
// noun and one state among thousands of pairs, so most of a list's words recur across its entries,
// and a batch that unpacks many lists would otherwise hold a copy of each in every entry.
const wordPatterns = new Map<string, WordPattern>();
const kindParts = new Map<string, [string, LexGroup, string]>();

function wordPattern(w: string): WordPattern {
  let p = wordPatterns.get(w);
  if (!p) wordPatterns.set(w, (p = w.endsWith('*') ? { w: w.slice(0, -1), prefix: true } : { w, prefix: false }));
  return p;
}

/** One packed tail list (packTails). */
function unpackTails(packed: string): Tail[] {
  return packed.split(TAIL_END).map((t) => {
    const cut = t.indexOf(TAIL_WORDS);
    const phrase = detached(cut < 0 ? t : t.slice(0, cut));
    const words = cut < 0 ? t : t.slice(cut + 1);
    return { phrase, words: words ? words.split(' ').map(wordPattern) : [], han: HAN_KANA.test(phrase) };
  });
}

/**
 * The index's tail lists, each unpacked on first use and then shared by every entry that names it:
 * a run's tails are most often a category's whole list of states (or nouns), the same for every
 * noun (or state) of the category.
 */
function tailTable(packed: string | (() => Buffer)): (id: number) => Tail[] {
  const unpacked: Tail[][] = [];
  let listAt: ((id: number) => string | undefined) | null = null;
  return (id) => {
    const done = unpacked[id];
    if (done) return done;
    listAt ??= typeof packed === 'string' ? listsOfText(packed) : listsOfBytes(packed());
    const text = listAt(id);
    if (text === undefined) throw new Error(`lexicon index: no tail list ${id}`);
    return (unpacked[id] = unpackTails(text));
  };
}

function listsOfText(packed: string): (id: number) => string | undefined {
  const lists = packed.split(TAIL_LIST_END);
  return (id) => lists[id];
}

/**
 * The tail lists of the build's lists file, left as bytes: where each starts is found once (a scan
 * for the separator byte), and a list is decoded when an entry first names it. A check names a
 * few hundred of the ~13,000, so it decodes a few kilobytes, not the whole megabyte.
 */
function listsOfBytes(bytes: Buffer): (id: number) => string | undefined {
  const starts = [0];
  for (let at = bytes.indexOf(0x1c); at >= 0; at = bytes.indexOf(0x1c, at + 1)) starts.push(at + 1);
  return (id) => (id < starts.length ? bytes.toString('utf8', starts[id]!, id + 1 < starts.length ? starts[id + 1]! - 1 : bytes.length) : undefined);
}

function unpackEntries(packed: string, kinds: string[], tailsAt: (id: number) => Tail[]): Entry[] {
  if (!packed) return [];
  return packed.split('\n').map((p) => {
    const [kind, phrase, packedWords, segmented, composed, tails, heads] = p.split('\t') as [string, string, string, string, string, string | undefined, string | undefined];
    const kindText = kinds[parseInt(kind, 36)] ?? '';
    let parts = kindParts.get(kindText);
    if (!parts) kindParts.set(kindText, (parts = kindText.split('\t') as [string, LexGroup, string]));
    const [lang, group, category] = parts;
    const words = packedWords === SAME_AS_PHRASE ? phrase : packedWords;
    const e: Entry = {
      lang, group, category, phrase, segmented: segmented === '1', composed: composed === '1',
      words: words ? words.split(' ').map(wordPattern) : [],
      gapped: words.includes(GAP),
    };
    if (tails !== undefined) e.tails = tailsAt(parseInt(tails, 36));
    if (heads !== undefined) e.heads = tailsAt(parseInt(heads, 36));
    return e;
  });
}

/** Enough text to count a language's little words in (about three hundred words). */
const FUNCTION_WORD_SAMPLE = 2000;
/** No function word is longer ("cordialement", "teşekkürler"): longer words are not looked up. */
const FUNCTION_WORD_MAX = 12;

/**
 * A character of a word, lower-cased: a to z, and any character from ß up but the general
 * punctuation block (dashes, quotes, ellipsis). Blanks, digits, ASCII and Latin-1 punctuation
 * («», ·, the no-break space) and apostrophes end a word ("l'adresse" is l and adresse).
 */
function isFunctionWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c !== 0xf7 && (c < 0x2000 || c > 0x206f));
}

/** A function word as listed and as looked up: lower-cased and composed, its accents kept. */
function functionWordForm(word: string): string {
  return word.trim().toLowerCase().normalize('NFC');
}

/**
 * Case- and accent-insensitive form of a word: Greek capitals drop their accents, Turkish
 * "İ".toLowerCase() is "i" plus a combining dot, and "ı" should meet "i"; niqqud and harakat
 * are optional in Hebrew and Arabic, and so is the shape of Arabic ة/ه and ى/ي. Phrases and text
 * are folded the same way.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition (most tokens in most mail).
  let ascii = true;
  for (let i = 0; i < lower.length && ascii; i++) ascii = lower.charCodeAt(i) < 0x80;
  if (ascii) return lower;
  // Arabic tatweel (ـ) only stretches a word for display: "خـصـم" is "خصم". Final ة and ى are
  // often typed as ه and ي ("قسيمه شرائيه"): Arabic search folds them the same way.
  // German ß is written ss in Switzerland and in ASCII ("abschliessen", "Strasse"): one form.
  // Full-width Latin letters and digits (ＳＡＬＥ, ＩＤ) are the ASCII ones.
  return halfWidth(lower).normalize('NFD').replace(/\p{M}|\u0640/gu, '').replace(/ı/g, 'i').replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/ß/g, 'ss').normalize('NFC');
}
/**
 * Han/kana text before its variants are folded (Lexicon.cjkForm): lower-cased, with 劵 read as 券
 * (coupon, voucher), the miswriting common enough that shops print 优惠劵 and 礼劵. It is the text
 * Intl.Segmenter cuts into words: ICU's dictionary knows Japanese kanji as Japanese writes them.
 */
function cjkBase(text: string): string {
  return halfWidth(text.toLowerCase().replace(/劵/g, '券'));
}

/** Full-width Latin letters, digits and punctuation (Ａ, ２, ％), as Japanese and Chinese text writes them, as ASCII: one character for one. */
function halfWidth(text: string): string {
  return /[\uFF01-\uFF5E]/.test(text) ? text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

/**
 * The fewest letters a word keeps before a suffix variant's ending: "طلبكم" (طلب + كم) is read as
 * "طلبك", "لكم" is not read at all (a word of its own, for `word-variants:`), and neither are short
 * words whose last letters only look like the ending.
 */
const MIN_SUFFIX_STEM = 3;

/**
 * A lexicon's `suffix-variants:` (a mapping of word endings to the endings they are read as: the
 * plural "your" a language joins to a noun as its singular) as pairs, folded as text words are.
 */
function readSuffixVariants(spec: unknown, source: string): Array<[string, string]> {
  return readFoldedPairs(spec, `${source}: suffix-variants`, 'word endings', 'letter endings', /^[\p{L}\p{M}]+$/u);
}

/**
 * A lexicon's `word-variants:` (a mapping of single words to the words they are read as) as
 * pairs, folded as text words are.
 */
function readWordVariants(spec: unknown, source: string): Array<[string, string]> {
  return readFoldedPairs(spec, `${source}: word-variants`, 'words', 'single words', /^[\p{L}\p{M}\p{N}]+$/u);
}

/**
 * A mapping of one form to the form it is read as (`word-variants:`, `suffix-variants:`), as pairs
 * folded as text words are, each side checked against `valid`. Pairs, not a map: two forms may fold
 * to one (твой and твои, accents off), and both pairs count.
 */
function readFoldedPairs(spec: unknown, where: string, items: string, pairOf: string, valid: RegExp): Array<[string, string]> {
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw new Error(`${where} must map ${items} to ${items}`);
  const one = (w: unknown) => (typeof w === 'string' ? fold(w.trim()) : '');
  return Object.entries(spec as Record<string, unknown>).map(([from, to]) => {
    const [a, b] = [one(from), one(to)];
    if (!valid.test(a) || !valid.test(b)) throw new Error(`${where}: "${from}: ${String(to)}" is not a pair of ${pairOf}`);
    return [a, b];
  });
}

/** What a lexicon's `variants:` read as what: characters, and words of one length. */
interface Variants {
  chars: Map<number, number>;
  /** Han words read as others of the same length (连结>链接), in their folded characters. */
  words: Array<[string, string]>;
}

/**
 * The pairs of a lexicon's `variants:`, separated by spaces: a character and the one it is read as
 * ("優优"), or a word and the word of the same length it is read as, in folded characters
 * ("连结>链接", Taiwan's "link" as the mainland's). Han characters of one UTF-16 unit only, and
 * words of one length, so that folding keeps every offset.
 */
function readVariants(spec: unknown, source: string): Variants {
  if (typeof spec !== 'string') throw new Error(`${source}: variants must be a string of character pairs`);
  const chars = new Map<number, number>();
  const words: Array<[string, string]> = [];
  const han = (w: string) => w.length > 0 && [...w].every((c) => c.length === 1 && HAN_KANA.test(c));
  for (const pair of spec.split(/\s+/).filter(Boolean)) {
    const [from, to, more] = pair.split('>');
    if (to !== undefined) {
      if (more !== undefined || !han(from!) || !han(to) || from!.length !== to.length || from!.length < 2) throw new Error(`${source}: variants: "${pair}" is not two Han words of one length`);
      words.push([from!, to]);
      continue;
    }
    if (pair.length !== 2 || !HAN_KANA.test(pair[0]!) || !HAN_KANA.test(pair[1]!)) throw new Error(`${source}: variants: "${pair}" is not a pair of two Han characters`);
    chars.set(pair.charCodeAt(0), pair.charCodeAt(1));
  }
  return { chars, words };
}
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Japanese and Chinese are not written with spaces, so a CJK phrase is found by substring and
 * then kept only if it starts and ends on a word boundary of Intl.Segmenter (ICU dictionary
 * segmentation); a phrase may span several segments (优惠|券, 注文|確認, パスワード|再|設定). This
 * drops hits inside longer words: 新作 in 更新作業, 退会 in 引退会見, 特价 in 独特价值, 立减 in 成立减灾.
 * The locale follows the script: any kana means Japanese, otherwise Chinese. Segmented once per
 * text, lazily (only once a Han/kana phrase occurs), and results stay in the memo cache.
 */
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** Offsets of `text` where a word segment starts or ends (1 = boundary); null if no Han/kana. */
export function wordBoundaries(text: string): Uint8Array | null {
  if (!HAN_KANA.test(text)) return null;
  const b = new Uint8Array(text.length + 1);
  for (const s of segmenter(KANA.test(text) ? 'ja' : 'zh').segment(text)) {
    b[s.index] = 1;
    b[s.index + s.segment.length] = 1;
  }
  return b;
}

/**
 * A hit must start on a word boundary (レビュー is no hit inside プレビュー, 团购 none inside 集团购买).
 * Its end may miss one, deliberately, in a single case: ICU's dictionaries glue one following
 * character onto the last character of some phrases, which would make common wording
 * unmatchable: ご意見をお聞かせ|ください segments as …|か|せく|だ|さい, 自动续费了 as 自动|续|费了,
 * 已签收了 as 已|签|收了. So the segment straddling the end may run exactly one character past
 * it, for phrases of three or more characters (specific enough on their own) and for shorter ones
 * only when that character is a Chinese particle (满减了, 续费了). A longer overrun is a different
 * word and no hit: 今すぐチェック in 今すぐチェックイン, 上新 in 上新闻, 新品 in 新品种.
 */
const GLUE = /[了的是已着过吗呢吧]/;
function onBoundaries(b: Uint8Array, text: string, start: number, end: number): boolean {
  if (b[start] !== 1) return false;
  if (b[end] === 1) return true;
  return b[end + 1] === 1 && (end - start >= 3 || GLUE.test(text[end]!));
}

/** How many characters may stand between the two parts of a composed Han/kana phrase, within one clause (Lexicon.matchSpaced). */
const CJK_GAP = 8;
/**
 * What ends a clause in Han/kana text (and in the Latin punctuation it borrows): a gap never spans one.
 * Not the ideographic comma 、: Japanese puts it after a topic ("ご注文の商品は、本日発送しました") and
 * Chinese between listed items, inside one clause, as a Latin comma is (CLAUSE_END leaves ',' out).
 */
const CJK_CLAUSE_END = /[。，！？：；,.!?:;\n\u2028\u2029「」『』（）()【】]/;

/** Every offset where `part` starts in `text` (overlapping ones too). */
function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let k = text.indexOf(part); k >= 0; k = text.indexOf(part, k + 1)) out.push(k);
  return out;
}

/** An honorific ご or お on a Han noun (ご確認, お支払い), not after another kana of the same word (たまご料理). */
const HONORIFIC_NOUN = /(?<!(?![のをにがはとへでもや])\p{Script=Hiragana})[ごお](?=\p{Script=Han})/u;
const HONORIFIC_NOUNS = new RegExp(HONORIFIC_NOUN.source, 'gu');

/**
 * `text` without its honorifics, and where each of its offsets was in `text`; null when it has none.
 * Only Japanese text has them, so Chinese and kana-free text costs one regular-expression test.
 */
export function withoutHonorifics(text: string): { text: string; at: Int32Array } | null {
  if (!HONORIFIC_NOUN.test(text)) return null;
  const at = new Int32Array(text.length);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(HONORIFIC_NOUNS)) {
    for (let i = last; i < m.index; i++) at[out.length + i - last] = i;
    out += text.slice(last, m.index);
    last = m.index + 1;
  }
  for (let i = last; i < text.length; i++) at[out.length + i - last] = i;
  out += text.slice(last);
  return { text: out, at: at.subarray(0, out.length) };
}

export const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

export class Lexicon {
  private readonly exact: EntryTable = entryTable();
  private readonly prefixed: EntryTable = entryTable();
  private substrings: Entry[] = [];
  /** CJK entries of a loaded index, unpacked on the first text with CJK in it. */
  /** The packed substring entries, or where to read them (the build's lists file), until first used. */
  private packedSubstrings: string | (() => string) | null = null;
  readonly languages: string[] = [];
  /** Per language, the verbs that open a command subject ("Grab yours", "Meet the new…"). */
  private readonly commands = new Map<string, Set<string>>();
  /** Per language, its most frequent little words (articles, pronouns, prepositions): what tells Latin-script languages apart. */
  private readonly functionWordsByLang = new Map<string, Set<string>>();
  private functionWordOwners: Map<string, string> | null = null;
  /** Per language, the letters or syllables it joins to the front of a word ("the", "and", "to"). */
  private readonly proclitics = new Map<string, Proclitics>();
  /** The first characters of every language's proclitics: a word starting otherwise has none. */
  private readonly procliticStarts = new Set<string>();
  /** Han characters read as others (a lexicon's `variants:`): Traditional as Simplified. */
  private variants = new Map<number, number>();
  /** Han words read as others of the same length (a lexicon's `variants:`), by their first char code, longest first. */
  private wordVariantsHan = new Map<number, Array<[string, string]>>();
  /** The same pairs as loaded from an index, made into the map on the first Han text. */
  private packedVariants = '';
  /**
   * Words read as others (a lexicon's `word-variants:`), folded: the informal "your" as the formal
   * one (dein → ihr, ton → votre, твой → ваш). Applied to every phrase's words and every text's,
   * so a phrase listed in one register finds the other; one word for one, so positions hold.
   */
  private readonly wordVariants = new Map<string, string>();
  /**
   * Word endings read as others (a lexicon's `suffix-variants:`), folded, longest first: a plural
   * "your" joined to a noun as the singular one (طلبكم → طلبك, "your order"). Applied, as word
   * variants are, to every phrase's words and every text's (not to words shorter than the ending
   * and MIN_SUFFIX_STEM letters).
   */
  private readonly suffixVariants: Array<[string, string]> = [];
  /**
   * The phrases added so far (kind and phrase as matched), while a lexicon is built: a phrase listed
   * in both scripts (优惠券, 優惠券) or both registers (ihr konto, dein konto) is one phrase once its
   * variants are read, and is kept once, as first listed.
   */
  private readonly added = new Set<string>();

  /** Whether this phrase (or composed pair) of this kind was added already; notes it if not. */
  private addedBefore(lang: string, group: string, category: string, ...parts: string[]): boolean {
    const key = [lang, group, category, ...parts].join('\t');
    if (this.added.has(key)) return true;
    this.added.add(key);
    return false;
  }

  /** addedBefore for a phrase of words (or a composed pair), by its words as matched. */
  private wordsAddedBefore(lang: string, group: string, category: string, ...parts: WordPattern[][]): boolean {
    return this.addedBefore(lang, group, category, ...parts.map((words) => words.map((p) => (p.prefix ? `${p.w}*` : p.w)).join(' ')), 'words');
  }

  /**
   * Reads a lexicon's `variants:`, the characters its script writes in two forms (Traditional and
   * Simplified Chinese): every lexicon's Han phrases and every text are then matched with them
   * folded. Call it for every lexicon before adding any phrase (buildLexicon does).
   */
  addVariants(data: unknown, source: string): void {
    const spec = data && typeof data === 'object' ? (data as Record<string, unknown>)['variants'] : undefined;
    if (spec !== undefined) this.setVariants(readVariants(spec, source));
    const words = data && typeof data === 'object' ? (data as Record<string, unknown>)['word-variants'] : undefined;
    if (words !== undefined) for (const [from, to] of readWordVariants(words, source)) this.joinWordVariants(from, to);
    const suffixes = data && typeof data === 'object' ? (data as Record<string, unknown>)['suffix-variants'] : undefined;
    if (suffixes !== undefined) this.addSuffixVariants(readSuffixVariants(suffixes, source));
  }

  private addSuffixVariants(pairs: Array<[string, string]>): void {
    this.suffixVariants.push(...pairs);
    this.suffixVariants.sort((a, b) => b[0].length - a[0].length);
  }

  /** A folded word as it is matched: its word variant, or its ending read as a suffix variant's, or itself. */
  private readAs(w: string): string {
    const v = this.wordVariants.get(w);
    if (v !== undefined) return v;
    for (const [from, to] of this.suffixVariants) {
      if (w.length >= from.length + MIN_SUFFIX_STEM && w.endsWith(from)) return w.slice(0, w.length - from.length) + to;
    }
    return w;
  }

  /**
   * Reads `from` and `to` as one word from now on, and with them every word either was already
   * read as: the pairs of all lexicons make classes, and each word of a class is read as the one
   * its class was last joined to. One map of pairs, last writer winning, broke both ways: Italian
   * reads "sua" as "tua" and Portuguese "tua" as "sua", which made the two read as each other and
   * so never as one; and Russian "твой" folds (accents off) to "твои", so its own pair was
   * overwritten by that of "твои".
   */
  private joinWordVariants(from: string, to: string): void {
    const rep = (w: string) => this.wordVariants.get(w) ?? w;
    const [a, b] = [rep(from), rep(to)];
    if (a === b) return;
    this.variantTargets = null;
    this.wordVariants.set(a, b);
    for (const [w, r] of this.wordVariants) if (r === a) this.wordVariants.set(w, b);
  }

  /** A phrase's words with the word variants read (a prefix stays as written: it is no word). */
  private phraseWords(phrase: string): WordPattern[] {
    const words = phraseWords(phrase);
    if (this.wordVariants.size === 0 && this.suffixVariants.length === 0) return words;
    return words.map((p) => (p.prefix || p.w === GAP ? p : { w: this.readAs(p.w), prefix: false }));
  }

  private setVariants(v: Variants): void {
    for (const [from, to] of v.chars) this.variants.set(from, to);
    for (const pair of v.words) push(this.wordVariantsHan, pair[0].charCodeAt(0), pair);
    for (const list of this.wordVariantsHan.values()) list.sort((a, b) => b[0].length - a[0].length);
  }

  private variantMap(): Map<number, number> {
    if (this.packedVariants) {
      const packed = this.packedVariants;
      this.packedVariants = '';
      this.setVariants(readVariants(packed, 'lexicon index'));
    }
    return this.variants;
  }

  /** The form Han/kana phrases and text are matched in: cjkBase, with each variant read as its other form. */
  private cjkForm(base: string): string {
    const map = this.variantMap();
    let out: string[] | null = null;
    for (let i = 0; i < base.length; i++) {
      const to = map.get(base.charCodeAt(i));
      if (to === undefined) continue;
      out ??= base.split('');
      out[i] = String.fromCharCode(to);
    }
    const chars = out ? out.join('') : base;
    if (this.wordVariantsHan.size === 0) return chars;
    // Then the words read as others, left to right, the longest first where two start alike.
    let words: string[] | null = null;
    for (let i = 0; i < chars.length; i++) {
      const list = this.wordVariantsHan.get(chars.charCodeAt(i));
      const pair = list?.find(([from]) => chars.startsWith(from, i));
      if (!pair) continue;
      words ??= chars.split('');
      for (let k = 0; k < pair[1].length; k++) words[i + k] = pair[1][k]!;
      i += pair[0].length - 1;
    }
    return words ? words.join('') : chars;
  }

  add(lang: string, data: unknown, source = lang): void {
    if (!data || typeof data !== 'object') throw new Error(`${source}: lexicon is not a mapping`);
    this.languages.push(lang);
    const commands = (data as Record<string, unknown>)['commands'];
    if (commands !== undefined) {
      if (!Array.isArray(commands)) throw new Error(`${source}: commands must be a list of verbs`);
      this.commands.set(lang, new Set(commands.filter((c): c is string => typeof c === 'string' && !!c.trim()).map((c) => fold(c.trim().toLowerCase()))));
    }
    const functionWords = (data as Record<string, unknown>)['function-words'];
    if (functionWords !== undefined) {
      if (!Array.isArray(functionWords)) throw new Error(`${source}: function-words must be a list of words`);
      this.functionWordsByLang.set(lang, new Set(functionWords.filter((w): w is string => typeof w === 'string' && !!w.trim()).map(functionWordForm)));
    }
    const proclitics = (data as Record<string, unknown>)['proclitics'];
    if (proclitics !== undefined) this.setProclitics(lang, readProclitics(proclitics, source));
    for (const [section, group, parts] of COMPOSED_SECTIONS) {
      const spec = (data as Record<string, unknown>)[section];
      if (spec !== undefined) composedPhrases(lang, spec, source, section, group, parts, (category, a, b, ordered) => this.addComposed(lang, group, category, a, b, ordered));
    }
    for (const group of GROUPS) {
      const cats = (data as Record<string, unknown>)[group];
      if (cats === undefined) continue;
      if (!cats || typeof cats !== 'object') throw new Error(`${source}: '${group}' must map categories to phrase lists`);
      for (const [category, phrases] of Object.entries(cats as Record<string, unknown>)) {
        if (!Array.isArray(phrases)) throw new Error(`${source}: ${group}.${category} must be a list`);
        for (const p of phrases) {
          if (typeof p !== 'string' || !p.trim()) continue;
          this.addPhrase({ lang, group, category, phrase: this.cjkForm(cjkBase(p.trim())), words: [] });
        }
      }
    }
  }

  private setProclitics(lang: string, p: Proclitics): void {
    this.proclitics.set(lang, p);
    for (const prefix of p.prefixes) this.procliticStarts.add(prefix[0]!);
  }

  /**
   * Adds the phrases composed of `a` and `b`: "a … b" and "b … a" (only the first when `ordered`),
   * or, Han/kana, a+b (matchSpaced reads them first part first), each to the run of its first part
   * where the list's last entry is that run (composedPhrases).
   */
  private addComposed(lang: string, group: LexGroup, category: string, a: string, b: string, ordered = false): void {
    if (CJK.test(a) || CJK.test(b)) {
      const [fixed, tail] = [this.cjkForm(cjkBase(a)), this.cjkForm(cjkBase(b))];
      if (this.addedBefore(lang, group, category, fixed, tail)) return;
      const list = this.cjkEntries();
      const last = list.at(-1);
      const t: Tail = { phrase: tail, words: [], han: HAN_KANA.test(tail) };
      if (last?.tails && last.tails.length < MAX_TAILS && last.phrase === fixed && last.lang === lang && last.group === group && last.category === category) last.tails.push(t);
      else list.push({ lang, group, category, phrase: fixed, words: [], segmented: HAN_KANA.test(fixed), composed: true, tails: [t] });
      this.substringStarts = null;
      return;
    }
    const [aPart, bPart] = [a, b].map((x) => {
      const phrase = cjkBase(x);
      return { phrase, words: this.phraseWords(phrase), han: false };
    }) as [Tail, Tail];
    for (const [h, t] of ordered ? ([[aPart, bPart]] as const) : ([[aPart, bPart], [bPart, aPart]] as const)) {
      // (A part with a word of no letters makes no phrase, as a listed phrase with one is dropped.)
      if (h.words.some((w) => !w.w) || t.words.some((w) => !w.w)) continue;
      if (this.wordsAddedBefore(lang, group, category, h.words, t.words)) continue;
      const first = h.words[0]!;
      const table = first.prefix ? this.prefixed : this.exact;
      const key = first.prefix ? first.w.slice(0, 3) : first.w;
      const list = entriesAt(table, key);
      const last = list?.at(-1);
      const sameKind = last?.tails && last.lang === lang && last.group === group && last.category === category;
      if (sameKind && !last.heads && last.tails!.length < MAX_TAILS && last.phrase === h.phrase) {
        last.tails!.push(t);
        continue;
      }
      // The same tail after another head: the run becomes (or stays) one of heads.
      if (sameKind && last.tails!.length === 1 && last.tails![0]!.phrase === t.phrase && (last.heads?.length ?? 1) < MAX_TAILS) {
        last.heads ??= [{ phrase: last.phrase, words: last.words.slice(0, -1), han: false }];
        last.words = [];
        last.heads.push(h);
        buckets.delete(list!);
        continue;
      }
      const e: Entry = { lang, group, category, phrase: h.phrase, words: [...h.words, { w: GAP, prefix: false }], gapped: true, composed: true, tails: [t] };
      if (!list) table.entries.set(key, [e]);
      else {
        list.push(e);
        buckets.delete(list);
      }
      this.prefixCodes = null;
    }
  }

  private addPhrase(e: Entry): void {
    if (CJK.test(e.phrase)) {
      if (this.addedBefore(e.lang, e.group, e.category, e.phrase)) return;
      e.segmented = HAN_KANA.test(e.phrase);
      this.cjkEntries().push(e);
      return;
    }
    e.words = this.phraseWords(e.phrase);
    if (e.words.some((w) => !w.w)) return;
    if (this.wordsAddedBefore(e.lang, e.group, e.category, e.words)) return;
    // A gap stands between words: never first, last or twice in a row.
    e.gapped = e.words.some((w) => w.w === GAP);
    if (e.gapped && (e.words[0]!.w === GAP || e.words.at(-1)!.w === GAP || e.words.some((w, k) => w.w === GAP && e.words[k + 1]?.w === GAP))) {
      throw new Error(`lexicon ${e.lang}: "${e.phrase}" has a gap (${GAP}) at its start, its end or twice in a row`);
    }
    const first = e.words[0]!;
    const table = first.prefix ? this.prefixed : this.exact;
    const key = first.prefix ? first.w.slice(0, 3) : first.w;
    const list = entriesAt(table, key);
    if (!list) table.entries.set(key, [e]);
    else {
      list.push(e);
      buckets.delete(list); // its second-word index, if one was made, is out of date
    }
    this.prefixCodes = null;
  }

  /**
   * The phrase index as compact plain data, for the build to store (dist/data/lexicon-index.json):
   * building it from the phrase lists (folding and splitting ~6,000 phrases) is ~50 ms of every CLI
   * start. Each key's entries are one string, unpacked the first time the key is looked up: a JSON
   * string costs next to nothing to parse, and most keys never occur in a given run.
   */
  toIndex(): LexiconIndex {
    const kinds = new Map<string, number>();
    const commands = Object.fromEntries([...this.commands].map(([lang, verbs]) => [lang, [...verbs]]));
    const functionWords = Object.fromEntries([...this.functionWordsByLang].map(([lang, words]) => [lang, [...words]]));
    const proclitics = Object.fromEntries(this.proclitics);
    const variants = [...[...this.variantMap()].map(([from, to]) => String.fromCharCode(from, to)), ...[...this.wordVariantsHan.values()].flat().map(([from, to]) => `${from}>${to}`)].join(' ');
    const wordVariants = Object.fromEntries(this.wordVariants);
    const suffixVariants = Object.fromEntries(this.suffixVariants);
    const tailIds = new Map<string, number>();
    const exact = packTable(this.exact, kinds, tailIds);
    const prefixed = packTable(this.prefixed, kinds, tailIds);
    const substrings = packEntries(this.cjkEntries(), kinds, tailIds);
    const tails = [...tailIds.keys()].join(TAIL_LIST_END);
    return { format: INDEX_FORMAT, languages: this.languages, kinds: [...kinds.keys()], commands, functionWords, proclitics, variants, wordVariants, suffixVariants, exact, prefixed, substrings, tails };
  }

  /**
   * A lexicon from toIndex()'s data (or splitIndex()'s, with the bytes of its packed lists), or null
   * when the data is not an index of this format.
   */
  static fromIndex(data: unknown, bytes?: Buffer | ListBytes): Lexicon | null {
    const index = data as Partial<LexiconIndex> | null;
    const packed = Buffer.isBuffer(bytes) ? bufferBytes(bytes) : bytes;
    const keyed = index?.exactKeys;
    const keys = typeof keyed?.keys === 'string' ? keyed.keys.split('\t') : null;
    // (A keyed table whose bytes are missing or do not end where its last list ends is not loaded:
    // the lexicon is then built from its lists.)
    const lists = keys ? keys.length + (index?.substringsInLists ? 1 : 0) + (index?.tailsInLists ? 1 : 0) : 0;
    if (keyed && !(packed && keys && Array.isArray(keyed.ends) && keyed.ends.length === lists && keyed.ends.at(-1) === packed.size)) return null;
    const table = (t: unknown) => t !== null && typeof t === 'object' && !Array.isArray(t);
    const records = (t: unknown) => Array.isArray(t) && t.every((r) => typeof r === 'string');
    if (!index || index.format !== INDEX_FORMAT || !records(index.exact) || !records(index.prefixed) || !table(index.commands) || !table(index.functionWords) || !table(index.proclitics) || typeof index.variants !== 'string' || !table(index.wordVariants) || !table(index.suffixVariants) || typeof index.substrings !== 'string' || typeof index.tails !== 'string' || !Array.isArray(index.languages) || !Array.isArray(index.kinds)) return null;
    const lex = new Lexicon();
    // One kind table for every packed list of the index, the substring entries' too.
    lex.exact.kinds = index.kinds!;
    lex.prefixed.kinds = index.kinds!;
    // (And one table of tail lists, read from the lists file, where the build keeps it, on first use.)
    const tailsEnd = keys ? keys.length + (index.substringsInLists ? 1 : 0) : 0;
    lex.exact.tailsAt = lex.prefixed.tailsAt = tailTable(keyed && index.tailsInLists ? () => packed!.bytes(keyed.ends[tailsEnd - 1] ?? 0, keyed.ends[tailsEnd]!) : index.tails!);
    for (const [lang, verbs] of Object.entries(index.commands!)) lex.commands.set(lang, new Set(verbs));
    for (const [lang, words] of Object.entries(index.functionWords!)) lex.functionWordsByLang.set(lang, new Set(words));
    for (const [lang, p] of Object.entries(index.proclitics!)) lex.setProclitics(lang, p);
    lex.packedVariants = index.variants!;
    for (const [from, to] of Object.entries(index.wordVariants!)) if (typeof to === 'string') lex.wordVariants.set(from, to);
    lex.addSuffixVariants(Object.entries(index.suffixVariants!).filter((pair): pair is [string, string] => typeof pair[1] === 'string'));
    unpackTable(index.exact!, lex.exact);
    if (keyed) unpackKeyedBytes(keys!, keyed.ends, packed!, lex.exact);
    unpackTable(index.prefixed!, lex.prefixed);
    lex.packedSubstrings = keyed && index.substringsInLists ? () => packed!.text(keyed.ends[keys!.length - 1] ?? 0, keyed.ends[keys!.length]!) : index.substrings!;
    lex.languages.push(...index.languages);
    return lex;
  }

  /**
   * How many of the text's words are each language's function words, counting only the words one
   * language alone lists ("de" is Dutch, French, Spanish and Portuguese: it tells none of them
   * apart). Words are compared lower-cased with their accents (après, você, için).
   */
  functionWordCounts(text: string): Map<string, number> {
    const counts = new Map<string, number>();
    const owner = this.functionWordOwner();
    if (owner.size === 0) return counts;
    const t = functionWordForm(text.slice(0, FUNCTION_WORD_SAMPLE));
    // Scanned by hand: a regex split costs several times as much, on every message.
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
      if (i < t.length && isFunctionWordChar(t.charCodeAt(i))) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0 && i - start <= FUNCTION_WORD_MAX) {
        const lang = owner.get(t.slice(start, i));
        if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
      }
      start = -1;
    }
    return counts;
  }

  /** Each function word and the one language that lists it ('' when several do), built on first use. */
  private functionWordOwner(): Map<string, string> {
    if (this.functionWordOwners) return this.functionWordOwners;
    const owner = new Map<string, string>();
    for (const [lang, words] of this.functionWordsByLang) for (const w of words) owner.set(w, owner.has(w) ? '' : lang);
    return (this.functionWordOwners = owner);
  }

  /**
   * Whether a line opens with a command in `lang` ("Grab yours", "Meet the new collection",
   * "Don't miss…"): its first word is one of the lexicon's `commands`. Only the first clause is
   * read; a line that is too long to be a subject is none.
   */
  opensWithCommand(text: string | undefined, lang: string): boolean {
    const verbs = this.commands.get(lang);
    if (!verbs || !text || text.length > 200) return false;
    const first = /[\p{L}]+/u.exec(text.split(/[.!?:—–|]/)[0] ?? '')?.[0];
    return !!first && verbs.has(fold(first.toLowerCase()));
  }

  /**
   * The prefix table keyed by its three characters' codes as one number: looked up for every word
   * of every text, and a number key costs no string cut per word. Built on first use from the keys
   * alone; each key's list is unpacked on its first lookup (a start unpacks the few lists its text
   * needs, not every list: ~25 ms and their garbage once the composed states grew the table).
   */
  private prefixCodes: Map<number, Entry[] | string> | null = null;
  private prefixedAt(t: string): Entry[] | undefined {
    const codes = (this.prefixCodes ??= new Map([...this.prefixed.entries.keys()].map((k) => [code3(k), k])));
    const code = code3(t);
    const v = codes.get(code);
    if (typeof v !== 'string') return v;
    const list = entriesAt(this.prefixed, v)!;
    codes.set(code, list);
    return list;
  }

  /**
   * The Han/kana entries by the code of their first two code units (a one-unit phrase by its one):
   * positions in `substrings`, in list order. A text is tried only against the phrases that start
   * with a pair it holds, where trying every phrase whose first character it holds cost a third of
   * a Chinese or Japanese check once the composed states put ~26,000 phrases in the list (now
   * ~2,300 entries, most composed runs: a run is indexed by the first pair of each of its phrases).
   * Rebuilt when the list has grown (a lexicon being built).
   */
  private substringStarts: { size: number; pairs: Map<number, number[]>; singles: Map<number, number[]> } | null = null;
  private substringsByStart(): NonNullable<Lexicon['substringStarts']> {
    const lines = this.substringLines();
    const size = lines ? lines.length : this.substrings.length;
    if (this.substringStarts?.size === size) return this.substringStarts;
    const pairs = new Map<number, number[]>();
    const singles = new Map<number, number[]>();
    for (let k = 0; k < size; k++) {
      // (A packed line is kind, TAB, phrase, TAB…: a listed phrase's read in place; a composed
      // run, with its tails after a fifth TAB, is unpacked.)
      const line = lines?.[k];
      if (line === undefined || line.split('\t', 6).length === 6) {
        const e = this.substringAt(k);
        if (e.tails) {
          // Each tail after the first part, then before it (see Entry.tails): members 2j and 2j+1.
          e.tails.forEach((tail, j) => {
            push(pairs, firstPair(e.phrase, tail.phrase), k * MEMBERS + 2 * j);
            push(pairs, firstPair(tail.phrase, e.phrase), k * MEMBERS + 2 * j + 1);
          });
          continue;
        }
      }
      let p: string;
      let from = 0;
      let length: number;
      if (line !== undefined) {
        p = line;
        from = p.indexOf('\t') + 1;
        length = p.indexOf('\t', from) - from;
      } else {
        p = this.substrings[k]!.phrase;
        length = p.length;
      }
      if (length >= 2) push(pairs, p.charCodeAt(from) * 0x10000 + p.charCodeAt(from + 1), k * MEMBERS);
      else if (length === 1) push(singles, p.charCodeAt(from), k * MEMBERS);
    }
    return (this.substringStarts = { size, pairs, singles });
  }

  /**
   * The packed Han/kana entries of an index, one line each, split on first use and unpacked an
   * entry at a time as a text first holds the pair it starts with (substringAt): a Chinese check
   * unpacks the entries it may meet, not the whole list; composed runs are unpacked when the
   * list is indexed (substringsByStart). Null once all are unpacked.
   */
  private substringLineList: string[] | null = null;
  private substringLines(): string[] | null {
    if (this.packedSubstrings !== null) {
      const packed = typeof this.packedSubstrings === 'string' ? this.packedSubstrings : this.packedSubstrings();
      this.packedSubstrings = null;
      this.substringLineList = packed ? packed.split('\n') : [];
      this.substrings = new Array<Entry>(this.substringLineList.length);
    }
    return this.substringLineList;
  }

  /** Entry `k` of the Han/kana list, unpacked from its line if it has not been yet. */
  private substringAt(k: number): Entry {
    return (this.substrings[k] ??= unpackEntries(this.substringLineList![k]!, this.exact.kinds, this.exact.tailsAt)[0]!);
  }

  /** Every Han/kana entry, unpacked (the build adds to it; the index stores it). */
  private cjkEntries(): Entry[] {
    const lines = this.substringLines();
    if (lines) {
      for (let k = 0; k < lines.length; k++) this.substringAt(k);
      this.substringLineList = null;
      this.substringStarts = null;
    }
    return this.substrings;
  }

  private readonly cache = new Map<string, LexHit[]>();

  /**
   * Every phrase hit in `text`, with shorter hits inside a longer hit of another group removed.
   * The same short texts (footers, button labels, row labels) recur within and across messages,
   * so results are memoised in a bounded cache; callers must not mutate the returned array.
   */
  match(text: string): LexHit[] {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const hits = this.matchUncached(text);
    if (text.length <= 2000) {
      if (this.cache.size >= 20000) this.cache.clear();
      this.cache.set(detached(text), hits);
    }
    return hits;
  }

  /** Forget memoised results (benchmarks measure cold matching with it). */
  clearCache(): void {
    this.cache.clear();
  }

  private matchUncached(text: string): LexHit[] {
    const { words, starts, ends, ascii } = tokenize(text);
    if (this.wordVariants.size > 0 || this.suffixVariants.length > 0) for (let i = 0; i < words.length; i++) words[i] = this.readAs(words[i]!);
    const n = words.length;
    const hits: LexHit[] = [];
    for (let i = 0; i < n; i++) {
      const t = words[i]!;
      const exact = entriesAt(this.exact, t);
      const prefixed = t.length >= 3 ? this.prefixedAt(t) : undefined;
      // Exact entries first, then prefixed ones (the order of the hits), without concatenating.
      if (exact) this.matchAt(exact, text, words, starts, ends, i, hits);
      if (prefixed) this.matchAt(prefixed, text, words, starts, ends, i, hits);
      // A word the lexicon lists as it stands (שדרגו, "upgrade") is read as itself, not as a prefix and a stem (ש + דרגו, "rate").
      if (!ascii && !exact) this.matchAfterProclitic(t, text, words, starts, ends, i, hits);
    }
    if (!ascii && CJK.test(text) && (this.substringLines() ?? this.substrings).length) {
      const base = cjkBase(text);
      this.matchSubstrings(this.cjkForm(base), base, null, hits);
      // Japanese puts an honorific ご/お before a noun anywhere in a phrase (購読のご確認, お支払い
      // の完了): a phrase listed without it is found with it too, read in the text without them.
      const plain = withoutHonorifics(base);
      if (plain) this.matchSubstrings(this.cjkForm(plain.text), plain.text, plain.at, hits);
    }
    return dropContained(hits);
  }

  /**
   * The Han/kana phrases found in `lower` (a cjkForm text; `base`, the same before its variants were
   * folded, is what is cut into words). `at`, when given, maps each offset of
   * `lower` to the original text's (a text read without honorifics): then only phrases listed
   * without an honorific are tried, and only hits that span a dropped honorific are new.
   */
  private matchSubstrings(lower: string, base: string, at: Int32Array | null, hits: LexHit[]): void {
    // Segmented lazily: only when a Han/kana phrase occurs at all, and then once per text.
    let bounds: Uint8Array | null | undefined;
    // Only phrases that start with a pair of characters the text holds can occur, tried in list order.
    const { pairs, singles } = this.substringsByStart();
    const seen = new Set<number>();
    const candidates: number[] = [];
    const firstPlaces = new Map<string, number[]>();
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (!seen.has(-1 - c)) {
        seen.add(-1 - c);
        for (const k of singles.get(c) ?? []) candidates.push(k);
      }
      if (i + 1 === lower.length) continue;
      const pair = c * 0x10000 + lower.charCodeAt(i + 1);
      if (seen.has(pair)) continue;
      seen.add(pair);
      for (const k of pairs.get(pair) ?? []) candidates.push(k);
    }
    candidates.sort((a, b) => a - b);
    for (const c of candidates) {
      // (A candidate is an entry's position times MEMBERS plus, in a composed run, its member.)
      const e = this.substringAt(Math.floor(c / MEMBERS));
      let phrase = e.phrase;
      let segmented = e.segmented;
      if (e.tails) {
        const m = c % MEMBERS;
        const tail = e.tails[m >> 1]!;
        phrase = m & 1 ? tail.phrase + e.phrase : e.phrase + tail.phrase;
        segmented ||= tail.han;
        // Outside the honorific reading, a noun and its state may stand a few characters apart. (Not
        // a verb and its object: 您提交的点评 is "the review you submitted", no ask to submit one.)
        if (!at && segmented && e.group === 'transactional') {
          const [first, second] = m & 1 ? [tail.phrase, e.phrase] : [e.phrase, tail.phrase];
          // (Where the first part stands, found once per text for all the run's members.)
          let places = firstPlaces.get(first);
          if (!places) firstPlaces.set(first, (places = occurrences(lower, first)));
          if (places.length === 0) continue;
          this.matchSpaced(e, first, second, places, lower, base, () => (bounds === undefined ? (bounds = wordBoundaries(base)) : bounds), hits);
          continue;
        }
      }
      if (at && HONORIFIC_NOUN.test(phrase)) continue;
      let start = lower.indexOf(phrase);
      while (start >= 0) {
        const end = start + phrase.length;
        let keep = true;
        if (segmented) {
          if (bounds === undefined) bounds = wordBoundaries(base);
          keep = !bounds || onBoundaries(bounds, lower, start, end);
        }
        if (keep && at && at[end - 1]! - at[start]! === end - 1 - start) keep = false; // found in the text as written
        // (The phrase as the text writes it, in its own script: the same as listed unless a variant was folded.)
        if (keep) hits.push(hitOf(e, base.slice(start, end), at ? at[start]! : start, at ? at[end - 1]! + 1 : end));
        start = lower.indexOf(phrase, keep ? end : start + 1);
      }
    }
  }

  /**
   * A composed Han/kana phrase of a noun and its state (a lexicon's `states:`) found as its two parts,
   * `first` then `second`, joined or up to CJK_GAP characters apart within one clause, as a Latin
   * phrase's gap takes up to MAX_GAP words: "订单" … "已发货" in 您的订单今天上午已发货, "アカウント" … "削除されます"
   * in アカウントは30日後に削除されます. Joined, it is read as it always was (onBoundaries); apart, both
   * parts must be whole words and the gap is reported as a Latin phrase's is.
   */
  private matchSpaced(e: Entry, first: string, second: string, places: number[], lower: string, base: string, boundsOf: () => Uint8Array | null, hits: LexHit[]): void {
    // (An occurrence inside the last hit's span is passed over, as a search resumed after it would.)
    let resume = 0;
    for (const start of places) {
      if (start < resume) continue;
      const firstEnd = start + first.length;
      for (let gap = 0; gap <= CJK_GAP && firstEnd + gap + second.length <= lower.length; gap++) {
        if (gap > 0 && CJK_CLAUSE_END.test(lower[firstEnd + gap - 1]!)) break;
        const at = firstEnd + gap;
        if (!lower.startsWith(second, at)) continue;
        const end = at + second.length;
        // (Cut into words only once a part follows the other: most texts never get so far.)
        const bounds = boundsOf();
        const whole = !bounds || (gap === 0 ? onBoundaries(bounds, lower, start, end) : bounds[start] === 1 && bounds[firstEnd] === 1 && bounds[at] === 1 && onBoundaries(bounds, lower, at, end));
        if (!whole) continue;
        hits.push(hitOf(e, base.slice(start, end), start, end, gap > 0 ? firstEnd : -1, gap > 0 ? at : -1));
        resume = end;
        break;
      }
    }
  }

  /**
   * Hebrew and Arabic join "the", "and", "in", "to" to the next word as letters (השובר "the
   * voucher", לידיעון "to the newsletter", والخصم "and the discount"): a phrase of that language is
   * also found after them, so a lexicon need not list every prefixed form.
   */
  private matchAfterProclitic(t: string, text: string, words: string[], starts: number[], ends: number[], i: number, hits: LexHit[]): void {
    if (!this.procliticStarts.has(t[0]!)) return;
    const stems = procliticStems(t, this.proclitics);
    if (!stems) return;
    for (const form of stems.forms) {
      const stem = this.readAs(form);
      const entries = entriesAt(this.exact, stem);
      if (!entries) continue;
      const before = hits.length;
      words[i] = stem;
      this.matchAt(entries, text, words, starts, ends, i, hits);
      words[i] = t;
      // Only that language's phrases: a stem is no word of another script's lexicon.
      for (let k = hits.length - 1; k >= before; k--) if (hits[k]!.lang !== stems.lang) hits.splice(k, 1);
    }
  }

  private matchAt(entries: Entry[], text: string, words: string[], starts: number[], ends: number[], i: number, hits: LexHit[]): void {
    if (entries.length <= SMALL_LIST) {
      for (const e of entries) this.matchEntry(e, text, words, starts, ends, i, hits);
      return;
    }
    // A long list ("your" starts 42 phrases): only the one-word phrases, those whose second word
    // is the next word, and those whose second word is a prefix can match. Tried in list order.
    const b = bucketsOf(entries);
    const next = i + 1 < words.length ? b.bySecond.get(words[i + 1]!) : undefined;
    const tried = next ? [...b.always, ...next].sort((x, y) => x - y) : b.always;
    for (const k of tried) this.matchEntry(entries[k]!, text, words, starts, ends, i, hits);
  }

  /** `text` is what `words` were cut from: a gapped phrase must stay within one of its clauses. */
  private matchEntry(e: Entry, text: string, words: string[], starts: number[], ends: number[], i: number, hits: LexHit[]): void {
    if (e.tails) {
      this.matchRun(e, text, words, starts, ends, i, hits);
      return;
    }
    if (e.gapped) {
      const last = matchGapped(e.words, 0, words, starts, ends, i, text);
      if (last < 0) return;
      // A composed phrase is two parts around one gap: the gap runs from the end of the first part
      // to the start of the second.
      const gapAt = e.composed ? e.words.findIndex((w) => w.w === GAP) : -1;
      const afterGap = e.words.length - gapAt - 1;
      hits.push(gapAt > 0 ? hitOf(e, e.phrase, starts[i]!, ends[last]!, ends[i + gapAt - 1]!, starts[last - afterGap + 1]!) : hitOf(e, e.phrase, starts[i]!, ends[last]!));
      return;
    }
    const len = e.words.length;
    if (!wordsMatchAt(e.words, len, words, i)) return;
    hits.push(hitOf(e, e.phrase, starts[i]!, ends[i + len - 1]!));
  }

  /**
   * A composed run at text word `i`: its first part, then each tail in order after the fewest
   * words (none to MAX_GAP) of the same clause that let it match, as "first … tail" would.
   */
  private matchRun(e: Entry, text: string, words: string[], starts: number[], ends: number[], i: number, hits: LexHit[]): void {
    if (e.heads) {
      for (const h of e.heads) this.matchParts(h.words, h.words.length, h.phrase, e.tails!, e, text, words, starts, ends, i, hits);
      return;
    }
    // (The run's words end in the GAP.)
    this.matchParts(e.words, e.words.length - 1, e.phrase, e.tails!, e, text, words, starts, ends, i, hits);
  }

  /**
   * Whether a composed phrase's second part matches at `at` once the language's proclitic is read
   * off its first word: Hebrew and Arabic join "and" to the state ("הגיע וממתין לך", "تم الشحن
   * والتسليم"), as they join it to a phrase's first word (matchAfterProclitic).
   */
  private tailAfterProclitic(lang: string, patterns: WordPattern[], count: number, words: string[], at: number): boolean {
    const p = this.proclitics.get(lang);
    const tok = words[at];
    if (!p || !tok || !this.procliticStarts.has(tok[0]!)) return false;
    // Most tries fail: a word that cannot hold the part's first word after some letters is let go
    // before its stems are made (unless a word variant could be read as that word).
    const first = patterns[0]!;
    const holds = first.prefix ? tok.indexOf(first.w, 1) > 0 : tok.length > first.w.length && tok.endsWith(first.w);
    if (!holds && !this.isVariantTarget(first.w)) return false;
    for (const form of procliticForms(tok, p)) {
      words[at] = this.readAs(form);
      const ok = wordsMatchAt(patterns, count, words, at);
      words[at] = tok;
      if (ok) return true;
    }
    return false;
  }

  /** Whether some word is read as `w` (a word variant's target). */
  private isVariantTarget(w: string): boolean {
    return (this.variantTargets ??= new Set(this.wordVariants.values())).has(w);
  }

  /** The words others are read as, made on first use; dropped whenever a pair is joined. */
  private variantTargets: Set<string> | null = null;

  /** The phrases "head … tail" for each of `tails` in order, at text word `i`; the head is the first `head` of `headWords`. */
  private matchParts(headWords: WordPattern[], head: number, headPhrase: string, tails: Tail[], e: Entry, text: string, words: string[], starts: number[], ends: number[], i: number, hits: LexHit[]): void {
    if (!wordsMatchAt(headWords, head, words, i)) return;
    const after = i + head;
    // How far the gap may reach: to the last word before a clause end (the same for every tail).
    let reach = -1;
    while (reach < MAX_GAP && after + reach + 1 < words.length && !CLAUSE_END.test(text.slice(ends[after - 1]!, starts[after + reach + 1]!))) reach++;
    for (const tail of tails) {
      const len = tail.words.length;
      for (let skip = 0; skip <= reach; skip++) {
        const at = after + skip;
        if (at + len > words.length) break;
        if (!wordsMatchAt(tail.words, len, words, at) && !this.tailAfterProclitic(e.lang, tail.words, len, words, at)) continue;
        hits.push(hitOf(e, `${headPhrase} ${GAP} ${tail.phrase}`, starts[i]!, ends[at + len - 1]!, ends[after - 1]!, starts[at]!));
        break;
      }
    }
  }
}

/**
 * What a language joins to the front of the next word (Hebrew ו ה ב ל…, Arabic و ال بال…), from its
 * lexicon: `prefixes`, and how many of them may stand one after another (`stack`).
 */
export interface Proclitics {
  prefixes: string[];
  stack: number;
}

/** A stem shorter than this is no word a lexicon lists: the letters are the word's own. */
const MIN_STEM = 3;

function readProclitics(data: unknown, source: string): Proclitics {
  const d = data as Record<string, unknown> | null;
  const prefixes = d && typeof d === 'object' ? d['prefixes'] : undefined;
  const stack = d && typeof d === 'object' ? (d['stack'] ?? 1) : undefined;
  if (!Array.isArray(prefixes) || !prefixes.every((p) => typeof p === 'string' && p.trim()) || typeof stack !== 'number' || !Number.isInteger(stack) || stack < 1 || stack > 3) {
    throw new Error(`${source}: proclitics must be a mapping with 'prefixes' (a list of letters or syllables) and 'stack' (1 to 3)`);
  }
  return { prefixes: prefixes.map((p: string) => fold(p.trim().toLowerCase())), stack };
}

/** The word without its joined prefixes, shortest prefix first, with the language it is read in; null if it has none. */
function procliticStems(t: string, proclitics: Map<string, Proclitics>): { lang: string; forms: string[] } | null {
  for (const [lang, p] of proclitics) {
    const forms = procliticForms(t, p);
    if (forms.length) return { lang, forms };
  }
  return null;
}

/** The word without each run of up to `stack` of one language's prefixes it starts with, shortest run first. */
function procliticForms(t: string, { prefixes, stack }: Proclitics): string[] {
  let runs = [''];
  const found = new Set<string>();
  for (let depth = 0; depth < stack; depth++) {
    runs = runs.flatMap((run) => prefixes.filter((p) => t.startsWith(p, run.length)).map((p) => run + p));
    runs.forEach((run) => found.add(run));
  }
  return [...found].filter((run) => t.length - run.length >= MIN_STEM).sort((a, b) => a.length - b.length).map((run) => t.slice(run.length));
}

/** Lists up to this long are simply tried in full. */
const SMALL_LIST = 6;

/** A long entry list by second word: indexes into the list, in list order. */
interface Buckets {
  /** One-word phrases and phrases whose second word is a prefix: tried whatever the next word is. */
  always: number[];
  /** Phrases by their (exact) second word. */
  bySecond: Map<string, number[]>;
}

const buckets = new WeakMap<Entry[], Buckets>();

function bucketsOf(entries: Entry[]): Buckets {
  let b = buckets.get(entries);
  if (b) return b;
  b = { always: [], bySecond: new Map() };
  entries.forEach((e, k) => {
    // A run of heads (words empty) can match only where one of its heads can: by each head's second
    // word, once. (Tried on every occurrence of a common first word, "a", "est", "تم", a run of a
    // hundred heads cost a hundred comparisons each time.)
    if (e.heads && e.words.length === 0) {
      const seconds = new Set<string>();
      for (const h of e.heads) {
        const second = h.words[1];
        if (!second || second.prefix || second.w === GAP) {
          b!.always.push(k);
          return;
        }
        seconds.add(second.w);
      }
      for (const w of seconds) push(b!.bySecond, w, k);
      return;
    }
    const second = e.words[1];
    if (!second || second.prefix || second.w === GAP) b!.always.push(k);
    else push(b!.bySecond, second.w, k);
  });
  buckets.set(entries, b);
  return b;
}

/** The first three UTF-16 code units of `s` as one number (exact: 48 bits). */
function code3(s: string): number {
  return s.charCodeAt(0) * 0x100000000 + s.charCodeAt(1) * 0x10000 + s.charCodeAt(2);
}

/** ASCII letters and digits (the ASCII part of [\p{L}\p{M}\p{N}]). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** Whether a BMP code unit is a WORD character, filled in as met: 0 not yet known, 1 yes, 2 no (64 KB, fixed). */
const BMP_WORD = new Uint8Array(0x10000);

function isWordCodePoint(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let k = BMP_WORD[cp]!;
  if (k === 0) BMP_WORD[cp] = k = WORD_CHAR.test(String.fromCodePoint(cp)) ? 1 : 2;
  return k === 1;
}

interface Tokens {
  words: string[];
  starts: number[];
  ends: number[];
  /** The text is all ASCII (so it holds no CJK either). */
  ascii: boolean;
}

/**
 * The folded words of `text` (the runs of WORD) with their offsets, in parallel arrays. Same
 * result as matchAll(WORD) plus fold(), but hand-scanned: most mail text is ASCII, where one
 * lower-casing of the whole text replaces a fold per word and no match object is made per word.
 * Text with any non-ASCII character takes the general path.
 */
function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const len = text.length;
  let lower: string | null = null;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    while (c < 0x80 && ASCII_WORD[c] !== 1 && ++i < len) c = text.charCodeAt(i);
    if (i >= len) break;
    if (c >= 0x80) return tokenizeUnicode(text);
    const start = i;
    while (++i < len && (c = text.charCodeAt(i)) < 0x80 && ASCII_WORD[c] === 1);
    if (i < len && c >= 0x80) return tokenizeUnicode(text);
    // ASCII lower-casing keeps every offset, so words are cut from the lower-cased text.
    lower ??= text.toLowerCase();
    words.push(lower.slice(start, i));
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends, ascii: true };
}

function tokenizeUnicode(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const len = text.length;
  let i = 0;
  let start = -1;
  while (i < len) {
    const c = text.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (c < 0x80) word = ASCII_WORD[c] === 1;
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) width = 2;
      word = isWordCodePoint(cp);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(fold(text.slice(start, i)));
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    words.push(fold(text.slice(start, len)));
    starts.push(start);
    ends.push(len);
  }
  return { words, starts, ends, ascii: false };
}
/** The first two code units of a + b (both non-empty) as one number, as a Han/kana phrase is indexed by. */
function firstPair(a: string, b: string): number {
  return a.charCodeAt(0) * 0x10000 + (a.length > 1 ? a.charCodeAt(1) : b.charCodeAt(0));
}

/** Whether the first `count` patterns match the text's words from word `at` on, word for word (a prefix pattern by its start). */
function wordsMatchAt(patterns: WordPattern[], count: number, words: string[], at: number): boolean {
  if (at + count > words.length) return false;
  for (let k = 0; k < count; k++) {
    const p = patterns[k]!;
    const tok = words[at + k]!;
    if (!(p.prefix ? tok.startsWith(p.w) : tok === p.w)) return false;
  }
  return true;
}

/** A phrase's words as patterns: folded, '*' after a word of more than three letters making it a prefix, GAP as itself. */
function phraseWords(phrase: string): WordPattern[] {
  return phrase.split(/\s+/).map((w) => {
    if (w === GAP) return { w: GAP, prefix: false };
    const prefix = w.endsWith('*') && w.length > 3;
    const core = fold((prefix ? w.slice(0, -1) : w).match(WORD)?.join('') ?? '');
    return { w: core, prefix };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Matches `pattern` from its word `p` at text word `at`; returns the index of the last text word
 * matched, or −1. A GAP takes the fewest words that let the rest match (none to MAX_GAP), never
 * across a clause end in `text`.
 */
function matchGapped(pattern: WordPattern[], p: number, words: string[], starts: number[], ends: number[], at: number, text: string): number {
  for (; p < pattern.length; p++, at++) {
    const pw = pattern[p]!;
    if (pw.w === GAP) {
      for (let skip = 0; skip <= MAX_GAP && at + skip < words.length; skip++) {
        // The words skipped so far, and the space before the next one, stay inside one clause.
        if (CLAUSE_END.test(text.slice(ends[at - 1]!, starts[at + skip]!))) return -1;
        const last = matchGapped(pattern, p + 1, words, starts, ends, at + skip, text);
        if (last >= 0) return last;
      }
      return -1;
    }
    const tok = words[at];
    if (tok === undefined || !(pw.prefix ? tok.startsWith(pw.w) : tok === pw.w)) return -1;
  }
  return at - 1;
}

/** A hit of entry `e` over [start, end); a composed phrase's gap, where it has one, over [gapStart, gapEnd). */
function hitOf(e: Entry, phrase: string, start: number, end: number, gapStart = -1, gapEnd = -1): LexHit {
  return { lang: e.lang, group: e.group, category: e.category, phrase, start, end, composed: !!e.composed, gapStart, gapEnd };
}

/** A negation word (the lexicons' reference.negation): it qualifies a phrase, and is evidence of nothing itself. */
export const isNegation = (h: LexHit): boolean => h.group === 'reference' && h.category === 'negation';

/** "order now" (promo) wins over the "order" (transactional) inside it. */
function dropContained(hits: LexHit[]): LexHit[] {
  if (hits.length < 2) return hits;
  // (A composed phrase owns its two parts, not the words in its gap: "your review was published"
  // is a notice about the review, but "your parcel with the free gift has been shipped" is a
  // shipping statement and an offer.)
  // (A negation stays wherever it stands: it qualifies the phrase around it, "Sie haben … nicht mehr
  // … bestellt", and is read with it: src/signals/blocks.ts, withoutNegatedOrders.)
  return hits.filter(
    (h) => isNegation(h) || !hits.some((o) => o !== h && o.group !== h.group && o.group !== 'reference' && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start && !(o.gapStart >= 0 && h.start >= o.gapStart && h.end <= o.gapEnd)),
  );
}

/**
 * Sections of a lexicon whose phrases are composed, not listed: per category, two lists whose
 * words, in one clause, in either order and up to MAX_GAP words apart (Han and kana: joined), are
 * that category's wording, the combinations a phrase list would have to spell out one by one.
 *  - `states:` (transactional): the nouns of a record (payment, order, application) and the words
 *    that state what became of it (completed, shipped, approved): "your payment has been
 *    successfully completed", "we have shipped your parcel", 付款 + 成功. States are participles
 *    and adjectives, never imperatives: "complete your order" states nothing.
 *    A pair marked `ordered: true` composes only noun-first phrases: a bare possessive ("your",
 *    "votre") before a state is a record of the reader's, after it ("was registered in your
 *    account") it is not the record's owner.
 *  - `asks:` (promo): the verbs of a call to act and what they ask the reader to act on (upgrade /
 *    choose + plan, explore / shop + collection): "choose the plan that suits you", "Kollektion
 *    jetzt entdecken". Verbs are imperatives or the infinitives calls to action use.
 */
const COMPOSED_SECTIONS: ReadonlyArray<readonly [string, LexGroup, readonly [string, string]]> = [
  ['states', 'transactional', ['nouns', 'states']],
  ['asks', 'promo', ['verbs', 'objects']],
];

function composedPhrases(lang: string, spec: unknown, source: string, section: string, group: LexGroup, [first, second]: readonly [string, string], add: (category: string, a: string, b: string, ordered: boolean) => void): void {
  if (!spec || typeof spec !== 'object' || Array.isArray(spec)) throw new Error(`${source}: ${section} must map categories to { ${first}, ${second} }`);
  for (const [category, spec2] of Object.entries(spec as Record<string, unknown>)) {
    // A category holds one pair of lists, or several (a list of them) where its nouns differ in
    // what happens to them: a work item is closed or merged, a post is approved or removed.
    for (const lists of Array.isArray(spec2) ? spec2 : [spec2]) {
      const list = (k: string): string[] => {
        const v = (lists as Record<string, unknown> | null)?.[k];
        if (!Array.isArray(v) || v.length === 0) throw new Error(`${source}: ${section}.${category}.${k} must be a non-empty list`);
        return v.filter((x): x is string => typeof x === 'string' && !!x.trim()).map((x) => x.trim());
      };
      const as = list(first);
      const bs = list(second);
      // (A part with a gap of its own would make a phrase of two gaps; none is listed.)
      for (const x of [...as, ...bs]) if (x.split(/\s+/).includes(GAP)) throw new Error(`${source}: ${section}.${category}: "${x}" has a gap (${GAP}); a composed part may not`);
      const ordered = (lists as Record<string, unknown>).ordered;
      if (ordered !== undefined && typeof ordered !== 'boolean') throw new Error(`${source}: ${section}.${category}.ordered must be true or false`);
      for (const a of as) for (const b of bs) add(category, a, b, ordered === true);
    }
  }
}

let shared: Lexicon | null = null;

/** The bundled lexicons, loaded once: from the index the build compiled when it is current. */
export function defaultLexicon(): Lexicon {
  shared ??= loadIndex() ?? buildLexicon();
  return shared;
}

export const LEXICON_INDEX_URL = new URL('../data/lexicon-index.json', import.meta.url);
/** The packed lists of the compiled index's first-word table (splitIndex), beside the index. */
export const LEXICON_LISTS_URL = new URL('../data/lexicon-lists.txt', import.meta.url);

/** The compiled index when it is current, with the bytes of its first-word table. */
function loadIndex(): Lexicon | null {
  const index = freshCompiled(LEXICON_DIR, LEXICON_INDEX_URL) as Partial<LexiconIndex> | null;
  if (!index?.exactKeys) return Lexicon.fromIndex(index);
  try {
    return Lexicon.fromIndex(index, fileBytes(LEXICON_LISTS_URL));
  } catch {
    return null;
  }
}

/** The bundled lexicons built from their phrase lists (compiled JSON, else the YAML). */
export function buildLexicon(): Lexicon {
  const lex = new Lexicon();
  const lexicons = loadBundledYaml(LEXICON_DIR, new URL('../data/lexicons.json', import.meta.url));
  // (Every lexicon's variants first: they fold the Han phrases of all of them.)
  for (const [f, data] of lexicons) lex.addVariants(data, f);
  for (const [f, data] of lexicons) {
    lex.add((data as { language?: string })?.language ?? f.replace(/\.yaml$/, ''), data, f);
  }
  return lex;
}
