import type { ContentModel } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { BlockReading } from './blocks.js';

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
];

/**
 * The message language: declared (Content-Language, <html lang>) first, then the script of the
 * text, then whichever Latin-script lexicon matched most.
 */
export function detectLanguage(model: ContentModel, readings: BlockReading[], lexicon: Lexicon): string {
  if (model.declaredLanguage && /^[a-z]{2}/.test(model.declaredLanguage)) return model.declaredLanguage.slice(0, 2);
  const sample = [model.subject?.text ?? '', ...model.blocks.slice(0, 60).map((b) => b.text)].join(' ').slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  // Latin-only text (most mail) skips the script counts.
  if (!/[^\u0000-\u024f\u2000-\u206f\u20a0-\u20cf]/.test(sample)) return bestLexiconLanguage(model, readings, lexicon);
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (letters > 0 && n / letters > 0.2) return lang;
  }
  return bestLexiconLanguage(model, readings, lexicon);
}

function bestLexiconLanguage(model: ContentModel, readings: BlockReading[], lexicon: Lexicon): string {
  const counts = new Map<string, number>();
  for (const r of readings) for (const h of r.hits) counts.set(h.lang, (counts.get(h.lang) ?? 0) + 1);
  if (model.subject) for (const h of lexicon.match(model.subject.text)) counts.set(h.lang, (counts.get(h.lang) ?? 0) + 1);
  let best = 'en';
  let bestN = 0;
  for (const [lang, n] of counts) if (n > bestN) [best, bestN] = [lang, n];
  return best;
}
