import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createChecker } from '../src/check.js';
import { FIXTURES } from './helpers.js';

/**
 * fixtures/languages/<lang>/: a transactional, a marketing and a hybrid message per language.
 * test/fixtures.test.ts checks their full sidecars (verdicts, findings, absent rules). Here every
 * one of them, including those whose sidecar is parked as `<name>.expect.pending.yaml` while a
 * wrong finding is being fixed, must be read in its own language and get the category, stream
 * and class under each law that the sidecar states.
 */
interface Expectation {
  language: string;
  category: string;
  stream: string;
  verdicts: Record<string, string>;
}

const DIR = join(FIXTURES, 'languages');
const KINDS = ['transactional', 'marketing', 'hybrid'];
const checker = createChecker();
const languages = readdirSync(DIR).sort();

describe('language fixtures', () => {
  it('cover every lexicon language but en, de and fr (those live in fixtures/gray-zone)', () => {
    const lexicons = readdirSync(join(FIXTURES, '../lexicons')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
    expect(languages).toEqual(lexicons.filter((l) => !['en', 'de', 'fr'].includes(l)).sort());
  });

  for (const lang of languages) {
    describe(lang, () => {
      const files = readdirSync(join(DIR, lang)).filter((f) => /\.(html|eml)$/.test(f));
      it('has its message kinds (es: its transactional one; the others are in gray-zone)', () => {
        const kinds = files.map((f) => f.replace(/\.[^.]+$/, '')).sort();
        expect(kinds).toEqual(lang === 'es' ? ['transactional'] : [...KINDS].sort());
      });

      for (const f of files) {
        const base = f.replace(/\.[^.]+$/, '');
        const sidecar = [`${base}.expect.yaml`, `${base}.expect.pending.yaml`].map((s) => join(DIR, lang, s)).find((s) => existsSync(s));
        it(`${f} is read as ${lang} and classified as its sidecar says`, async () => {
          expect(sidecar, `${lang}/${base}: no sidecar`).toBeDefined();
          const want = parse(readFileSync(sidecar!, 'utf8')) as Expectation;
          expect(want.language).toBe(lang);
          expect(want.category).toBe(base);
          const got = await checker.checkFile(join(DIR, lang, f));
          expect(got.error).toBeUndefined();
          expect({
            language: got.language,
            category: got.category,
            stream: got.stream,
            verdicts: Object.fromEntries(Object.entries(got.verdicts ?? {}).map(([k, v]) => [k, v.class])),
          }).toEqual({ language: want.language, category: want.category, stream: want.stream, verdicts: want.verdicts });
        });
      }
    });
  }
});
