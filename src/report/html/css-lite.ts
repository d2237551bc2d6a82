// Just enough CSS to estimate how tall a message renders without a browser (preview-height.ts):
// the declarations of inline styles and of the simple rules in the message's own <style>
// elements, cascaded by !important, specificity and order. A selector counts when it is a type,
// classes and attribute names, each optional (`p`, `.button`, `td.inner`, `span[data-x]`, `*`);
// selectors with combinators, attribute values or pseudo-classes, and everything inside @media
// and other at-rules, are left out.

export interface Declaration {
  prop: string;
  value: string;
  important: boolean;
}

interface SimpleSelector {
  tag: string | null;
  classes: string[];
  /** Attributes the element must have (any value). */
  attributes: string[];
  specificity: number;
}

interface Rule {
  selector: SimpleSelector;
  decls: Declaration[];
  order: number;
}

const SIMPLE_SELECTOR = /^(\*|[a-z][a-z0-9-]*)?((?:\.[A-Za-z_][\w-]*)*)((?:\[[a-z][\w-]*\])*)$/i;

/**
 * `color: red; padding: 4px !important` → declarations, in order (names lower-cased), with the
 * box shorthands (margin, padding, border, border-width) expanded into their four sides, so that
 * a later shorthand overrides an earlier side and the other way round.
 */
export function parseDeclarations(text: string): Declaration[] {
  const out: Declaration[] = [];
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const prop = part.slice(0, colon).trim().toLowerCase();
    let value = part.slice(colon + 1).trim();
    if (!prop || !value) continue;
    const important = /!\s*important\s*$/i.test(value);
    if (important) value = value.replace(/!\s*important\s*$/i, '').trim();
    for (const [p, v] of expand(prop, value)) out.push({ prop: p, value: v, important });
  }
  return out;
}

const SIDES = ['top', 'right', 'bottom', 'left'] as const;

function expand(prop: string, value: string): Array<[string, string]> {
  if (prop === 'margin' || prop === 'padding' || prop === 'border-width') {
    const [t = '0', r = t, b = t, l = r] = value.split(/\s+/);
    const name = (side: string) => (prop === 'border-width' ? `border-${side}` : `${prop}-${side}`);
    return [[name('top'), t], [name('right'), r], [name('bottom'), b], [name('left'), l]];
  }
  if (prop === 'border') return SIDES.map((side) => [`border-${side}`, value]);
  if (/^border-(top|right|bottom|left)-width$/.test(prop)) return [[prop.replace(/-width$/, ''), value]];
  return [[prop, value]];
}

/** The simple rules of a stylesheet; at-rule blocks (and what they nest) are skipped. */
function parseRules(css: string, firstOrder: number): Rule[] {
  const rules: Rule[] = [];
  let order = firstOrder;
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    // (A statement at-rule such as `@charset "utf-8";` ends at its semicolon.)
    const raw = css.slice(i, open);
    const prelude = raw.slice(raw.lastIndexOf(';') + 1).trim();
    if (prelude.startsWith('@')) {
      i = skipBlock(css, open);
      continue;
    }
    const close = css.indexOf('}', open);
    if (close < 0) break;
    const decls = parseDeclarations(css.slice(open + 1, close));
    for (const raw of prelude.split(',')) {
      const selector = parseSelector(raw.trim());
      if (selector) rules.push({ selector, decls, order: order++ });
    }
    i = close + 1;
  }
  return rules;
}

/** The offset just past the block that opens at `open`, nested blocks included. */
function skipBlock(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i + 1;
  }
  return css.length;
}

function parseSelector(s: string): SimpleSelector | null {
  const m = SIMPLE_SELECTOR.exec(s);
  if (!m || s === '') return null;
  const tag = m[1] && m[1] !== '*' ? m[1].toLowerCase() : null;
  const classes = m[2] ? m[2].split('.').filter(Boolean) : [];
  const attributes = m[3] ? m[3].slice(1, -1).split('][').map((a) => a.toLowerCase()) : [];
  return { tag, classes, attributes, specificity: (classes.length + attributes.length) * 10 + (tag ? 1 : 0) };
}

/** The message's simple rules, and the cascade of them and an inline style for one element. */
export class SimpleStyles {
  private readonly rules: Rule[] = [];

  constructor(sheets: string[]) {
    for (const css of sheets) this.rules.push(...parseRules(css, this.rules.length));
  }

  /** Property → value for an element, after the cascade (inline style beats rules unless a rule is !important). */
  declarationsFor(tag: string, attribs: Readonly<Record<string, string>>): Map<string, string> {
    const classes = new Set((attribs['class'] ?? '').split(/\s+/).filter(Boolean));
    const inline = attribs['style'];
    const matched: Array<{ d: Declaration; rank: number; order: number }> = [];
    for (const r of this.rules) {
      const sel = r.selector;
      if (sel.tag && sel.tag !== tag) continue;
      if (!sel.classes.every((c) => classes.has(c)) || !sel.attributes.every((a) => a in attribs)) continue;
      for (const d of r.decls) matched.push({ d, rank: (d.important ? 2_000_000 : 0) + sel.specificity, order: r.order });
    }
    // An inline style ranks above every selector, below an !important rule unless it is !important too.
    const inlineDecls = inline ? parseDeclarations(inline) : [];
    inlineDecls.forEach((d, k) => matched.push({ d, rank: d.important ? 3_000_000 : 1_000_000, order: k }));
    matched.sort((a, b) => a.rank - b.rank || a.order - b.order);
    const out = new Map<string, string>();
    for (const { d } of matched) out.set(d.prop, d.value);
    return out;
  }
}
