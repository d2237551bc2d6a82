import { fileURLToPath } from 'node:url';
import { loadBundledYaml } from '../data-file.js';

/**
 * Lexicons: per-language phrase lists (lexicons/<lang>.yaml), matched all at once so that
 * mixed-language mail (an English "Shop now" in a German newsletter) is read correctly.
 * Phrases are words, optionally ending in '*' for a prefix; no regular expressions, so a
 * lexicon can never make matching slow.
 */

export type LexGroup = 'promo' | 'transactional' | 'footer';

export interface LexHit {
  lang: string;
  group: LexGroup;
  category: string;
  phrase: string;
  /** Character offsets in the matched text. */
  start: number;
  end: number;
}

interface WordPattern {
  w: string;
  prefix: boolean;
}

interface Entry {
  words: WordPattern[];
  lang: string;
  group: LexGroup;
  category: string;
  phrase: string;
  /** A Han/kana phrase: its hits must sit on word boundaries (see wordBoundaries). */
  segmented?: boolean;
}

const GROUPS: LexGroup[] = ['promo', 'transactional', 'footer'];

/**
 * Case- and accent-insensitive form of a word: Greek capitals drop their accents, Turkish
 * "İ".toLowerCase() is "i" plus a combining dot, and "ı" should meet "i"; niqqud and harakat
 * are optional in Hebrew and Arabic. Phrases and text are folded the same way.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition (most tokens in most mail).
  let ascii = true;
  for (let i = 0; i < lower.length && ascii; i++) ascii = lower.charCodeAt(i) < 0x80;
  if (ascii) return lower;
  // Arabic tatweel (ـ) only stretches a word for display: "خـصـم" is "خصم".
  return lower.normalize('NFD').replace(/\p{M}|\u0640/gu, '').replace(/ı/g, 'i').normalize('NFC');
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

export const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

export class Lexicon {
  private readonly exact = new Map<string, Entry[]>();
  private readonly prefixed = new Map<string, Entry[]>();
  private readonly substrings: Entry[] = [];
  readonly languages: string[] = [];

  add(lang: string, data: unknown, source = lang): void {
    if (!data || typeof data !== 'object') throw new Error(`${source}: lexicon is not a mapping`);
    this.languages.push(lang);
    for (const group of GROUPS) {
      const cats = (data as Record<string, unknown>)[group];
      if (cats === undefined) continue;
      if (!cats || typeof cats !== 'object') throw new Error(`${source}: '${group}' must map categories to phrase lists`);
      for (const [category, phrases] of Object.entries(cats as Record<string, unknown>)) {
        if (!Array.isArray(phrases)) throw new Error(`${source}: ${group}.${category} must be a list`);
        for (const p of phrases) {
          if (typeof p !== 'string' || !p.trim()) continue;
          this.addPhrase({ lang, group, category, phrase: p.trim().toLowerCase(), words: [] });
        }
      }
    }
  }

  private addPhrase(e: Entry): void {
    if (CJK.test(e.phrase)) {
      e.segmented = HAN_KANA.test(e.phrase);
      this.substrings.push(e);
      return;
    }
    e.words = e.phrase.split(/\s+/).map((w) => {
      const prefix = w.endsWith('*') && w.length > 3;
      const core = fold((prefix ? w.slice(0, -1) : w).match(WORD)?.join('') ?? '');
      return { w: core, prefix };
    });
    if (e.words.some((w) => !w.w)) return;
    const first = e.words[0]!;
    if (first.prefix) push(this.prefixed, first.w.slice(0, 3), e);
    else push(this.exact, first.w, e);
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
      this.cache.set(text, hits);
    }
    return hits;
  }

  /** Forget memoised results (benchmarks measure cold matching with it). */
  clearCache(): void {
    this.cache.clear();
  }

  private matchUncached(text: string): LexHit[] {
    const tokens: Array<{ w: string; start: number; end: number }> = [];
    for (const m of text.matchAll(WORD)) tokens.push({ w: fold(m[0]), start: m.index!, end: m.index! + m[0].length });
    const hits: LexHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!.w;
      const exact = this.exact.get(t);
      const prefixed = t.length >= 3 ? this.prefixed.get(t.slice(0, 3)) : undefined;
      if (!exact && !prefixed) continue;
      for (const e of exact && prefixed ? exact.concat(prefixed) : (exact ?? prefixed)!) {
        if (i + e.words.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < e.words.length && ok; k++) {
          const p = e.words[k]!;
          const tok = tokens[i + k]!.w;
          ok = p.prefix ? tok.startsWith(p.w) : tok === p.w;
        }
        if (ok) hits.push({ lang: e.lang, group: e.group, category: e.category, phrase: e.phrase, start: tokens[i]!.start, end: tokens[i + e.words.length - 1]!.end });
      }
    }
    if (this.substrings.length && CJK.test(text)) {
      const lower = text.toLowerCase();
      // Segmented lazily: only when a Han/kana phrase occurs at all, and then once per text.
      let bounds: Uint8Array | null | undefined;
      for (const e of this.substrings) {
        let at = lower.indexOf(e.phrase);
        while (at >= 0) {
          const end = at + e.phrase.length;
          if (e.segmented) {
            if (bounds === undefined) bounds = wordBoundaries(lower);
            if (bounds && !onBoundaries(bounds, lower, at, end)) {
              at = lower.indexOf(e.phrase, at + 1);
              continue;
            }
          }
          hits.push({ lang: e.lang, group: e.group, category: e.category, phrase: e.phrase, start: at, end });
          at = lower.indexOf(e.phrase, end);
        }
      }
    }
    return dropContained(hits);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "order now" (promo) wins over the "order" (transactional) inside it. */
function dropContained(hits: LexHit[]): LexHit[] {
  if (hits.length < 2) return hits;
  return hits.filter(
    (h) => !hits.some((o) => o !== h && o.group !== h.group && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
}

let shared: Lexicon | null = null;

/** The bundled lexicons, loaded once. */
export function defaultLexicon(): Lexicon {
  if (shared) return shared;
  const lex = new Lexicon();
  for (const [f, data] of loadBundledYaml(LEXICON_DIR, new URL('../data/lexicons.json', import.meta.url))) {
    lex.add((data as { language?: string })?.language ?? f.replace(/\.yaml$/, ''), data, f);
  }
  shared = lex;
  return lex;
}
