import { describe, expect, it } from 'vitest';
import { compile, ExpressionError } from '../src/packs/expr.js';

const env = (values: Record<string, number | boolean | string>) => (n: string) => values[n];

describe('pack condition language', () => {
  it('evaluates boolean logic with precedence', () => {
    const e = compile("a && !b || c == 'x'");
    expect(e.eval(env({ a: true, b: false, c: 'y' }))).toBe(true);
    expect(e.eval(env({ a: true, b: true, c: 'y' }))).toBe(false);
    expect(e.eval(env({ a: false, b: true, c: 'x' }))).toBe(true);
    expect([...e.names].sort()).toEqual(['a', 'b', 'c']);
  });

  it('compares numbers and names with dots and dashes', () => {
    const e = compile('core.startShare > settings.cut && verdict.can-spam != "commercial"');
    expect(e.eval(env({ 'core.startShare': 0.5, 'settings.cut': 0.25, 'verdict.can-spam': 'transactional' }))).toBe(true);
    expect(e.eval(env({ 'core.startShare': 0.1, 'settings.cut': 0.25, 'verdict.can-spam': 'transactional' }))).toBe(false);
  });

  it('rejects anything that is not the language', () => {
    for (const bad of ['a +', 'process.exit()', 'a && ', '(a', "a == 'x", 'a; b', '`x`', 'a = 1']) {
      expect(() => compile(bad), bad).toThrow(ExpressionError);
    }
  });

  it('names an unknown signal when evaluated', () => {
    expect(() => compile('nope').eval(env({}))).toThrow(/unknown name "nope"/);
  });

  it('bounds nesting depth', () => {
    expect(() => compile(`${'('.repeat(200)}a${')'.repeat(200)}`)).toThrow(ExpressionError);
    expect(() => compile(`${'!'.repeat(200)}a`)).toThrow(ExpressionError);
  });
});
