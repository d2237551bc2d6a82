import type { ContentModel } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { BlockReading } from './blocks.js';

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'ru'],
];

/**
 * The message language: declared (Content-Language, <html lang>) first, then the script of the
 * text, then whichever Latin-script lexicon matched most.
 */
export function detectLanguage(model: ContentModel, readings: BlockReading[], lexicon: Lexicon): string {
  if (model.declaredLanguage && /^[a-z]{2}/.test(model.declaredLanguage)) return model.declaredLanguage.slice(0, 2);
  const sample = [model.subject?.text ?? '', ...model.blocks.slice(0, 60).map((b) => b.text)].join(' ').slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(new RegExp(re.source, 'gu'))?.length ?? 0;
    if (letters > 0 && n / letters > 0.2) return lang;
  }
  const counts = new Map<string, number>();
  for (const r of readings) for (const h of r.hits) counts.set(h.lang, (counts.get(h.lang) ?? 0) + 1);
  if (model.subject) for (const h of lexicon.match(model.subject.text)) counts.set(h.lang, (counts.get(h.lang) ?? 0) + 1);
  let best = 'en';
  let bestN = 0;
  for (const [lang, n] of counts) if (n > bestN) [best, bestN] = [lang, n];
  return best;
}
