import type { ContentModel } from '../types.js';
import { isNegation, type LexHit, type Lexicon } from '../lexicon/index.js';
import type { BlockReading } from './blocks.js';

// A script of one language names it even without a lexicon: Korean mail is Korean, not English
// (graylint then reads it on structure and on what the lexicons of other languages still find).
// The third field: whether a declared language of this script stands over the text's own script
// (a lexicon's language does: Japanese is mostly Han; a language without one does not: a layout's
// lang="ko" copied under a Chinese translation is still Chinese).
const SCRIPTS: Array<[RegExp, string, boolean]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja', true],
  [/\p{Script=Hangul}/gu, 'ko', false],
  [/\p{Script=Han}/gu, 'zh', true],
  [/\p{Script=Hebrew}/gu, 'he', true],
  [/\p{Script=Arabic}/gu, 'ar', true],
  [/\p{Script=Greek}/gu, 'el', true],
  [/\p{Script=Cyrillic}/gu, 'ru', true],
  [/\p{Script=Thai}/gu, 'th', false],
  [/\p{Script=Georgian}/gu, 'ka', false],
  [/\p{Script=Armenian}/gu, 'hy', false],
];

/**
 * The message language: a declared language (Content-Language, <html lang>) of a script of its
 * own; else the script of the text, where it has one of its own; else, in Latin script, the declared
 * language unless the text's function words plainly say another; else the language whose function
 * words the text uses (the, der, les, você, için…); else whichever lexicon matched most.
 */
export function detectLanguage(model: ContentModel, readings: BlockReading[], lexicon: Lexicon): string {
  const declared = model.declaredLanguage && /^[a-z]{2}/.test(model.declaredLanguage) ? model.declaredLanguage.slice(0, 2) : null;
  // (A declared language of a script of its own stands: Japanese is mostly Han, which alone reads as Chinese.)
  if (declared && SCRIPT_LANGUAGES.has(declared)) return declared;
  const sample = [model.subject?.text ?? '', ...model.blocks.slice(0, 60).map((b) => b.text)].join(' ').slice(0, 20000);
  const script = scriptLanguage(sample);
  if (script) return script;
  const counts = lexicon.functionWordCounts(sample);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = [ranked[0], ranked[1]?.[1] ?? 0];
  const told = top && top[1] >= FUNCTION_WORDS_MIN && top[1] >= FUNCTION_WORDS_LEAD * next ? top : null;
  // A declaration that came with a copied layout (<html lang="en"> over Arabic or Italian copy) is
  // overruled by what the text plainly is: its script (above), or many more of one language's
  // function words than of the declared language's.
  if (declared) return told && told[0] !== declared && told[1] >= FUNCTION_WORDS_CLEAR * ((counts.get(declared) ?? 0) + 1) ? told[0] : declared;
  return told?.[0] ?? bestLexiconLanguage(model, readings, lexicon);
}

const SCRIPT_LANGUAGES = new Set(SCRIPTS.filter(([, , stands]) => stands).map(([, lang]) => lang));

/** At least this many function words, and this many times the next language's, name a Latin-script language. */
const FUNCTION_WORDS_MIN = 3;
const FUNCTION_WORDS_LEAD = 2;
/** To overrule a declared language, this many times as many (plus one) as the declared language's own. */
const FUNCTION_WORDS_CLEAR = 3;

/** The language whose script makes up more than a fifth of the text's letters, or null (Latin script). */
function scriptLanguage(sample: string): string | null {
  // Latin-only text (most mail) skips the script counts (and the letter count, which allocates a match per letter).
  if (!/[^\u0000-\u024f\u2000-\u206f\u20a0-\u20cf]/.test(sample)) return null;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (letters > 0 && n / letters > 0.2) return lang;
  }
  return null;
}

function bestLexiconLanguage(model: ContentModel, readings: BlockReading[], lexicon: Lexicon): string {
  const scores = new Map<string, number>();
  const score = (hits: LexHit[]) => {
    // A loanword ("voucher", "newsletter", "verification") is in several lexicons: it tells the
    // languages apart no better than a name does, so a span that several languages share counts
    // for none of them. Longer phrases say more than single words.
    const bySpan = new Map<string, { chars: number; langs: Set<string> }>();
    // (Negation words are not counted: they qualify a phrase, and "no" is in several lexicons.)
    for (const h of hits) {
      if (isNegation(h)) continue;
      const key = `${h.start}:${h.end}`;
      const span = bySpan.get(key) ?? { chars: h.end - h.start, langs: new Set<string>() };
      span.langs.add(h.lang);
      bySpan.set(key, span);
    }
    for (const { chars, langs } of bySpan.values()) {
      if (langs.size > 1) continue;
      const words = Math.max(1, Math.round(chars / 6));
      for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + words);
    }
  };
  for (const r of readings) score(r.hits);
  if (model.subject) score(lexicon.match(model.subject.text));
  // Ties (or no evidence) go to English, the most common language of Latin-script mail.
  let best = 'en';
  let bestScore = scores.get('en') ?? 0;
  for (const [lang, n] of scores) if (n > bestScore + 1e-9) [best, bestScore] = [lang, n];
  return best;
}
