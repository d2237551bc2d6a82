import { describe, expect, it } from 'vitest';
import { SimpleStyles } from '../../src/report/html/css-lite.js';

/** The part of the CSS cascade the preview-height estimate reads (src/report/html/css-lite.ts). */
describe('css-lite: the cascade of a message\'s simple rules and inline styles', () => {
  const sheet = new SimpleStyles([
    '@charset "utf-8"; p { margin: 10px; color: red } .lead { margin-top: 20px } p.lead { color: blue }',
    '@media (max-width: 600px) { p { margin: 99px } .lead { padding: 99px !important } }',
    'div p { margin: 77px } a:hover { padding: 5px } span[data-gl-cut] { position: absolute } td[align="left"] { padding: 9px }',
    '.keep { padding: 4px !important } p { color: green }',
  ]);

  it('a class rule beats a type rule; a later rule beats an earlier one of the same weight', () => {
    const d = sheet.declarationsFor('p', { class: 'lead' });
    expect(d.get('margin-top')).toBe('20px');
    expect(d.get('margin-bottom')).toBe('10px');
    expect(d.get('color')).toBe('blue');
    expect(sheet.declarationsFor('p', {}).get('color')).toBe('green');
  });

  it('an inline style beats the rules, unless a rule is !important', () => {
    const d = sheet.declarationsFor('p', { class: 'lead keep', style: 'margin-top: 3px; padding: 1px' });
    expect(d.get('margin-top')).toBe('3px');
    expect(d.get('padding-left')).toBe('4px');
    expect(sheet.declarationsFor('p', { class: 'keep', style: 'padding: 1px !important' }).get('padding-left')).toBe('1px');
  });

  it('expands box shorthands, so the later of a shorthand and a side wins', () => {
    expect(sheet.declarationsFor('div', { style: 'padding-left: 8px; padding: 2px 3px' }).get('padding-left')).toBe('3px');
    expect(sheet.declarationsFor('div', { style: 'padding: 2px 3px; padding-left: 8px' }).get('padding-left')).toBe('8px');
    expect(sheet.declarationsFor('hr', { style: 'border: 0; border-top: 1px solid #eee' }).get('border-bottom')).toBe('0');
  });

  it('leaves out @media rules, combinators, pseudo-classes and attribute values; keeps attribute names', () => {
    expect(sheet.declarationsFor('p', {}).get('margin-top')).toBe('10px');
    expect(sheet.declarationsFor('a', {}).has('padding-top')).toBe(false);
    expect(sheet.declarationsFor('td', { align: 'left' }).has('padding-top')).toBe(false);
    expect(sheet.declarationsFor('span', { 'data-gl-cut': '3' }).get('position')).toBe('absolute');
    expect(sheet.declarationsFor('span', {}).has('position')).toBe(false);
  });
});
