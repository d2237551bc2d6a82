import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultLexicon, LEXICON_DIR } from '../src/lexicon/index.js';
import { readText } from '../src/signals/blocks.js';

/**
 * Per-language test sentences (lexicons/tests/<lang>.yaml), each read against all lexicons at
 * once, as real mail is: promotional sentences must hit the expected promo categories,
 * transactional ones their categories and no promo category, neutral ones no promo category.
 */
interface Case {
  text: string;
  expect?: string[];
}
interface LangTests {
  language: string;
  promo: Case[];
  transactional: Case[];
  neutral: Case[];
}

const lexicon = defaultLexicon();
const testDir = join(LEXICON_DIR, 'tests');
const files = readdirSync(testDir).filter((f) => f.endsWith('.yaml'));

describe('lexicons', () => {
  it('cover the languages our users write in', () => {
    expect(lexicon.languages.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBe(lexicon.languages.length);
  });

  for (const f of files) {
    const t = parse(readFileSync(join(testDir, f), 'utf8')) as LangTests;
    describe(t.language, () => {
      it('promotional sentences hit their promo categories', () => {
        for (const c of t.promo) {
          const { promo } = readText(c.text, lexicon);
          for (const cat of c.expect ?? []) expect([...promo], c.text).toContain(cat);
          expect(promo.size, c.text).toBeGreaterThan(0);
        }
      });
      it('transactional sentences hit their categories and no promo category', () => {
        for (const c of t.transactional) {
          const { promo, transactional } = readText(c.text, lexicon);
          for (const cat of c.expect ?? []) expect([...transactional], c.text).toContain(cat);
          expect([...promo], c.text).toEqual([]);
        }
      });
      it('neutral sentences hit no promo category', () => {
        for (const c of t.neutral) expect([...readText(c.text, lexicon).promo], c.text).toEqual([]);
      });
    });
  }
});
