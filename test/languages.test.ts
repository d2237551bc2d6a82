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

describe('a language of a script of its own but no lexicon', () => {
  // Korean mail used to be named English (the fallback for text no lexicon recognises), which
  // misreports the message and would run English-only readings on it.
  const named = async (file: string, text: string) => (await checker.checkBuffer(file, Buffer.from(text))).language;

  it('is named by its script', async () => {
    expect(await named('ko.txt', '주문해 주셔서 감사합니다. 주문 번호는 12345입니다. 배송이 시작되면 알려 드리겠습니다.')).toBe('ko');
    expect(await named('th.txt', 'ขอบคุณสำหรับการสั่งซื้อ หมายเลขคำสั่งซื้อของคุณคือ 12345')).toBe('th');
  });

  it('is not taken for Chinese when Korean text quotes a few Han characters', async () => {
    expect(await named('ko-hanja.txt', '회원 가입을 환영합니다. 會員 번호와 비밀번호를 안전하게 보관해 주세요.')).toBe('ko');
  });

  it('stands when declared, as Japanese and Chinese do', async () => {
    expect(await named('ko.html', '<html lang="ko"><body><p>비밀번호 재설정 링크입니다. Password reset.</p></body></html>')).toBe('ko');
  });
});

describe('a declared language of a script of its own but no lexicon', () => {
  it('gives way to the text\'s own script (a Korean layout over a Chinese translation is Chinese)', async () => {
    const html = '<html lang="ko"><head><title>代金券赠送</title></head><body><p>您好，您的朋友送给您一张代金券，请在有效期内使用。</p></body></html>';
    expect((await checker.checkBuffer('zh-under-ko-layout.html', Buffer.from(html))).language).toBe('zh');
  });
});
