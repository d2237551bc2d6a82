/**
 * The conditional structure of a template, read statically: which spans of the source are
 * shown under which condition. Template code is never executed; tags are only recognised.
 *
 * Liquid / Jinja / Twig:  {% if %} {% elsif|elif %} {% else %} {% endif %}, {% unless %},
 *                         {% for %}…{% endfor %}
 * Handlebars / Mustache:  {{#if}} {{else if}} {{else}} {{/if}}, {{#unless}}, {{#each}},
 *                         {{#section}}…{{/section}}, {{^section}}…{{/section}}
 * Go templates:           {{ if }} {{ else if }} {{ else }} {{ end }}, {{ range }}, {{ with }}
 * ERB:                    <% if %> <% elsif %> <% else %> <% end %>, <% unless %>, <% x.each do |i| %>
 * EJS:                    <% if (x) { %> <% } else if (y) { %> <% } else { %> <% } %>
 */

export interface Branch {
  /** Human-readable condition, e.g. "customer.coupon is truthy". */
  when: string;
  /** Source span of the branch body. */
  start: number;
  end: number;
  children: Node[];
}

export interface Conditional {
  type: 'conditional';
  branches: Branch[];
  /** True when an else branch exists (otherwise "no branch" is also possible). */
  exhaustive: boolean;
  /** Label used when no branch is taken. */
  noneWhen: string;
  line: number;
}

export interface Loop {
  type: 'loop';
  over: string;
  start: number;
  end: number;
  children: Node[];
  line: number;
}

export type Node = Conditional | Loop;

type Kind = 'if' | 'unless' | 'elsif' | 'else' | 'end' | 'loop' | 'section' | 'inverted';

interface Tag {
  kind: Kind;
  /** The closer a block expects ('endif', '/if', 'end', '}'…), to catch mismatches. */
  family: string;
  expr: string;
  start: number;
  end: number;
}

const PATTERNS: Array<{ re: RegExp; tag: (m: RegExpExecArray) => Omit<Tag, 'start' | 'end'> | null }> = [
  {
    // Liquid / Jinja / Twig
    re: /\{%-?\s*(if|elsif|elif|else|endif|unless|endunless|for|endfor)\b([\s\S]{0,500}?)-?%\}/y,
    tag: (m) => {
      const w = m[1]!;
      const expr = m[2]!.trim();
      if (w === 'if') return { kind: 'if', family: 'liquid-if', expr };
      if (w === 'unless') return { kind: 'unless', family: 'liquid-unless', expr };
      if (w === 'elsif' || w === 'elif') return { kind: 'elsif', family: 'liquid-if', expr };
      if (w === 'else') return { kind: 'else', family: 'liquid', expr };
      if (w === 'endif') return { kind: 'end', family: 'liquid-if', expr };
      if (w === 'endunless') return { kind: 'end', family: 'liquid-unless', expr };
      if (w === 'for') return { kind: 'loop', family: 'liquid-for', expr };
      return { kind: 'end', family: 'liquid-for', expr };
    },
  },
  {
    // Handlebars / Mustache sections and Go templates share {{ }}
    re: /\{\{~?\s*([#^/]?)\s*(else\s+if|else|if|unless|each|with|range|end|[A-Za-z_][\w.]*)\b([^{}]{0,500}?)~?\}\}/y,
    tag: (m) => {
      const sigil = m[1]!;
      const w = m[2]!.replace(/\s+/g, ' ');
      const expr = m[3]!.trim();
      if (sigil === '#') {
        if (w === 'if') return { kind: 'if', family: 'hbs-if', expr };
        if (w === 'unless') return { kind: 'unless', family: 'hbs-unless', expr };
        if (w === 'each') return { kind: 'loop', family: 'hbs-each', expr };
        if (w === 'with') return { kind: 'section', family: 'hbs-with', expr };
        return { kind: 'section', family: `hbs-${w}`, expr: w };
      }
      if (sigil === '^') return { kind: 'inverted', family: `hbs-${w}`, expr: w };
      if (sigil === '/') return { kind: 'end', family: `hbs-${w}`, expr };
      if (w === 'else if') return { kind: 'elsif', family: 'any', expr };
      if (w === 'else') return { kind: 'else', family: 'any', expr };
      // Go templates (no sigil)
      if (w === 'if') return { kind: 'if', family: 'go', expr };
      if (w === 'range') return { kind: 'loop', family: 'go', expr };
      if (w === 'with') return { kind: 'if', family: 'go', expr };
      if (w === 'end') return { kind: 'end', family: 'go', expr };
      return null;
    },
  },
  {
    // EJS braces
    re: /<%[_-]?\s*(?:(if)\s*\(([\s\S]{0,500}?)\)\s*\{|\}\s*else\s+if\s*\(([\s\S]{0,500}?)\)\s*\{|\}\s*(else)\s*\{|(\})\s*\)?\s*;?)\s*[_-]?%>/y,
    tag: (m) => {
      if (m[1]) return { kind: 'if', family: 'ejs', expr: m[2]!.trim() };
      if (m[3] !== undefined) return { kind: 'elsif', family: 'ejs', expr: m[3]!.trim() };
      if (m[4]) return { kind: 'else', family: 'ejs', expr: '' };
      if (m[5]) return { kind: 'end', family: 'ejs', expr: '' };
      return null;
    },
  },
  {
    // ERB
    re: /<%-?\s*(?:(if|unless|elsif)\b([\s\S]{0,500}?)|(else)|(end)|([\w.@[\]'"]+)\.each(?:_with_index)?\s+do\s*\|[^|]*\|)\s*-?%>/y,
    tag: (m) => {
      if (m[1] === 'if') return { kind: 'if', family: 'erb', expr: m[2]!.trim() };
      if (m[1] === 'unless') return { kind: 'unless', family: 'erb', expr: m[2]!.trim() };
      if (m[1] === 'elsif') return { kind: 'elsif', family: 'erb', expr: m[2]!.trim() };
      if (m[3]) return { kind: 'else', family: 'erb', expr: '' };
      if (m[4]) return { kind: 'end', family: 'erb', expr: '' };
      if (m[5]) return { kind: 'loop', family: 'erb', expr: m[5] };
      return null;
    },
  },
];

const OPENERS = /\{%|\{\{|<%/g;

function tokenize(src: string): Tag[] {
  const tags: Tag[] = [];
  OPENERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPENERS.exec(src)) !== null) {
    for (const p of PATTERNS) {
      p.re.lastIndex = m.index;
      const hit = p.re.exec(src);
      if (!hit) continue;
      const t = p.tag(hit);
      if (t) {
        tags.push({ ...t, start: hit.index, end: hit.index + hit[0].length });
        OPENERS.lastIndex = hit.index + hit[0].length;
      }
      break;
    }
  }
  return tags;
}

export class TemplateStructureError extends Error {}

/**
 * Deepest nesting of conditionals and loops whose variants are enumerated. Real templates nest a
 * handful deep; the enumeration recurses per level, so a hostile template thousands deep would
 * exhaust the stack. Past this the template is checked whole, with a note.
 */
export const MAX_BRANCH_DEPTH = 64;

function tooDeep(depth: number, t: Tag, src: string, lineAt: (offset: number) => number): void {
  if (depth > MAX_BRANCH_DEPTH) throw new TemplateStructureError(`"${src.slice(t.start, Math.min(t.end, t.start + 60))}" at line ${lineAt(t.start)} nests conditionals and loops deeper than ${MAX_BRANCH_DEPTH}`);
}

interface Open {
  tag: Tag;
  node: Node;
  /** The branch (or loop) whose body is being read. */
  body: { start: number; children: Node[]; set(end: number): void };
}

/** Builds the tree of conditionals and loops; throws TemplateStructureError on unbalanced tags. */
export function parseStructure(src: string, lineAt: (offset: number) => number): Node[] {
  const root: Node[] = [];
  const stack: Open[] = [];
  const childrenOf = () => (stack.length ? stack[stack.length - 1]!.body.children : root);
  const closeBranch = (o: Open, at: number) => o.body.set(at);

  for (const t of tokenize(src)) {
    switch (t.kind) {
      case 'if':
      case 'unless':
      case 'section':
      case 'inverted': {
        const label = describe(t);
        const branch: Branch = { when: label.yes, start: t.end, end: t.end, children: [] };
        const node: Conditional = { type: 'conditional', branches: [branch], exhaustive: false, noneWhen: label.no, line: lineAt(t.start) };
        childrenOf().push(node);
        stack.push({ tag: t, node, body: { start: t.end, children: branch.children, set: (e) => (branch.end = e) } });
        tooDeep(stack.length, t, src, lineAt);
        break;
      }
      case 'loop': {
        const node: Loop = { type: 'loop', over: t.expr.replace(/\s+/g, ' ').slice(0, 80), start: t.end, end: t.end, children: [], line: lineAt(t.start) };
        childrenOf().push(node);
        stack.push({ tag: t, node, body: { start: t.end, children: node.children, set: (e) => (node.end = e) } });
        tooDeep(stack.length, t, src, lineAt);
        break;
      }
      case 'elsif':
      case 'else': {
        const top = stack[stack.length - 1];
        if (!top) throw new TemplateStructureError(`"${src.slice(t.start, t.end)}" at line ${lineAt(t.start)} has no open block`);
        closeBranch(top, t.start);
        if (top.node.type === 'loop') {
          // {% for %}…{% else %} / {{#each}}…{{else}}: the else part shows when the list is empty.
          const node = top.node;
          const branch: Branch = { when: `${node.over} is empty`, start: t.end, end: t.end, children: [] };
          node.children.push({ type: 'conditional', branches: [branch], exhaustive: false, noneWhen: `${node.over} is not empty`, line: lineAt(t.start) });
          top.body = { start: t.end, children: branch.children, set: (e) => (branch.end = e) };
          break;
        }
        const node = top.node;
        const previous = node.branches.map((b) => b.when);
        const when = t.kind === 'else' ? node.noneWhen : `${previous.map(negate).join(' and ')} and ${truthy(t.expr)}`;
        if (t.kind === 'else') node.exhaustive = true;
        const branch: Branch = { when, start: t.end, end: t.end, children: [] };
        node.branches.push(branch);
        top.body = { start: t.end, children: branch.children, set: (e) => (branch.end = e) };
        break;
      }
      case 'end': {
        const top = stack.pop();
        if (!top) throw new TemplateStructureError(`"${src.slice(t.start, t.end)}" at line ${lineAt(t.start)} closes nothing`);
        closeBranch(top, t.start);
        break;
      }
    }
  }
  if (stack.length) {
    const t = stack[stack.length - 1]!.tag;
    throw new TemplateStructureError(`"${src.slice(t.start, t.end)}" at line ${lineAt(t.start)} is never closed`);
  }
  return root;
}

function describe(t: Tag): { yes: string; no: string } {
  const e = t.expr.replace(/\s+/g, ' ').slice(0, 80) || '(condition)';
  if (t.kind === 'unless' || t.kind === 'inverted') return { yes: `${e} is falsy`, no: `${e} is truthy` };
  return { yes: truthy(e), no: `${e} is falsy` };
}

function truthy(expr: string): string {
  const e = expr.replace(/\s+/g, ' ').slice(0, 80) || '(condition)';
  return /[<>=!]|\b(and|or|not|in|contains)\b|&&|\|\|/.test(e) ? `\`${e}\` holds` : `${e} is truthy`;
}

function negate(when: string): string {
  if (when.endsWith(' is truthy')) return when.replace(/ is truthy$/, ' is falsy');
  if (when.endsWith(' is falsy')) return when.replace(/ is falsy$/, ' is truthy');
  if (when.endsWith(' holds')) return when.replace(/ holds$/, ' does not hold');
  return `not (${when})`;
}
