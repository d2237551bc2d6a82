import { describe, expect, it } from 'vitest';
import { hasTwoWords } from '../src/input/words.js';

describe('two words in a string', () => {
  // The regular expressions hasTwoWords replaced: the same answers, in one pass instead of a retry from every letter.
  const LOCALE_VALUE = /\p{L}[^\s\\]*\s+[^\s\\%{]/u;
  const LITERAL = /\p{L}[^\s]*\s+\S/u;
  const alphabet = ['a', 'Z', 'é', 'ж', '日', '𝐀', '1', '_', '.', ' ', '\u00a0', '\n', '\t', '\\', '%', '{', '}', '-'];

  it('answers as the regular expressions it replaced, on every short string of a mixed alphabet', () => {
    let seed = 25;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 20_000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(hasTwoWords(text, '\\', '\\%{'), JSON.stringify(text)).toBe(LOCALE_VALUE.test(text));
      expect(hasTwoWords(text), JSON.stringify(text)).toBe(LITERAL.test(text));
    }
  });

  it('tells copy from keys and format strings', () => {
    expect(hasTwoWords('Your order has shipped')).toBe(true);
    expect(hasTwoWords('emails.order.shipped')).toBe(false);
    expect(hasTwoWords('%{name}\\n', '\\', '\\%{')).toBe(false);
    expect(hasTwoWords('Hello %{name}', '\\', '\\%{')).toBe(false);
    expect(hasTwoWords('Hello %{name}, welcome', '\\', '\\%{')).toBe(true);
  });
});
