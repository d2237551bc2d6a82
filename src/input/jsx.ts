import type { Placeholder } from '../types.js';
import { spokenLiterals } from './template-mask.js';
import { blankedChars } from './lines.js';

/**
 * What a child expression shows: a plain string literal ({' '}, {"Total:"}) as it is, else the
 * running-text literals in it ({t("Your order has shipped")}), each at its place; null for none.
 */
function copyOf(expression: string): string | null {
  const plain = /^(\s*)(["'`])([^"'`{}$\\\n]{0,2000})\2\s*$/.exec(expression);
  if (plain) return `${' '.repeat(plain[1]!.length + 1)}${plain[3]!}`;
  return spokenLiterals(expression);
}

/**
 * React Email and other JSX templates (.tsx, .jsx): the markup a component returns, as HTML the
 * model reads, at the same offsets (line numbers stay the author's). Everything that is not JSX —
 * imports, types, logic, the sample `PreviewProps` — is blanked; inside JSX, components become the
 * HTML they render (<Text> a paragraph, <Heading> a heading, <Link> a link, <Button> a button,
 * layout components a block), `{expressions}` become placeholders, and a string literal that
 * reads as copy ({' '}, {t('Your order has shipped')}) stays visible. Nothing is executed. One
 * linear pass with an explicit stack: nesting depth costs memory, never the call stack.
 */
export interface JsxReading {
  /** HTML of the same length as the source, newlines kept. */
  html: string;
  placeholders: Placeholder[];
  /** How many JSX elements were read; 0 means the file holds no JSX (read it as text instead). */
  elements: number;
}

/** Components whose HTML is not a plain block, by lower-cased name. */
const COMPONENT_TAGS: Record<string, string> = {
  text: 'p', heading: 'h2', link: 'a', button: 'button', img: 'img', hr: 'hr', html: 'html', head: 'head', body: 'body',
  preview: 'div', section: 'section', container: 'div', row: 'div', column: 'div', tailwind: 'div', markdown: 'div',
};
/**
 * Props whose string a component renders as its text: an i18n component's default copy
 * (<Trans defaults="…"/>, <FormattedMessage defaultMessage="…"/>), a heading or label prop
 * (<Intro headline="…">). On a custom component the prop's words become text at their place.
 */
const TEXT_PROPS = new Set(['defaults', 'defaultValue', 'defaultMessage', 'headline', 'heading', 'title', 'subtitle', 'label', 'text', 'message', 'description', 'preview']);
/** Attributes whose `{expression}` value is a destination or an image: kept as a placeholder value. */
const VALUE_ATTRIBUTES = new Set(['href', 'src']);
/** Where a `<` opens JSX: after one of these characters (or `return`), not after an identifier (a < b, Array<T>). */
const JSX_AFTER = new Set(['(', '?', ':', '&', '|', ',', '[', '{', '>', '=']);
const NAME_CHAR = /[\w.:-]/;

interface Frame {
  kind: 'jsx' | 'expr';
  /** jsx: open elements; expr: open braces. */
  depth: number;
  /** expr: where it started (its `{`). */
  start: number;
  /** expr: JSX was read inside it (then it is no placeholder of its own). */
  hadJsx?: boolean;
}

export function readJsx(source: string): JsxReading {
  const out = blankedChars(source);
  const placeholders: Placeholder[] = [];
  const stack: Frame[] = [];
  let elements = 0;
  let i = 0;
  const n = source.length;

  const write = (at: number, text: string) => {
    for (let k = 0; k < text.length && at + k < n; k++) {
      if (source[at + k] === '\n') continue;
      out[at + k] = text[k]!;
    }
  };
  const opensJsx = (at: number): boolean => {
    const next = source[at + 1] ?? '';
    if (!/[A-Za-z>]/.test(next)) return false;
    let p = at - 1;
    while (p >= 0 && /\s/.test(source[p]!)) p--;
    if (p < 0) return false;
    if (JSX_AFTER.has(source[p]!)) return !(source[p] === '=' && source[p - 1] === '='); // not a == <b
    return source.slice(Math.max(0, p - 5), p + 1) === 'return';
  };

  while (i < n) {
    const frame = stack[stack.length - 1];
    const c = source[i]!;
    if (!frame || frame.kind === 'expr') {
      if (c === '"' || c === "'" || c === '`') {
        i = skipString(source, i);
        continue;
      }
      if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) {
        i = skipComment(source, i);
        continue;
      }
      if (c === '<' && opensJsx(i)) {
        if (frame) frame.hadJsx = true;
        stack.push({ kind: 'jsx', depth: 0, start: i });
        continue;
      }
      if (frame) {
        if (c === '{') frame.depth++;
        else if (c === '}' && --frame.depth === 0) {
          stack.pop();
          if (!frame.hadJsx) finishExpression(frame.start, i);
        }
      }
      i++;
      continue;
    }
    // In JSX children.
    if (c === '<') {
      const tag = readTag(source, i);
      if (!tag) {
        i++;
        continue;
      }
      elements++;
      write(i, tag.html);
      for (const p of tag.placeholders) placeholders.push(p);
      if (tag.closing) frame.depth--;
      else if (!tag.selfClosing) frame.depth++;
      i = tag.end;
      if (frame.depth <= 0) stack.pop();
      continue;
    }
    if (c === '{') {
      stack.push({ kind: 'expr', depth: 1, start: i });
      i++;
      continue;
    }
    write(i, c);
    i++;
  }
  return { html: out.join(''), placeholders, elements };

  /** A child `{expression}` with no JSX inside ends: its copy if it is a literal, else a placeholder. */
  function finishExpression(start: number, end: number): void {
    const inner = source.slice(start + 1, end);
    if (/^\s*\/[*/]/.test(inner)) return; // {/* a comment */}
    const copy = copyOf(inner);
    if (copy !== null) {
      write(start + 1, copy);
      return;
    }
    const name = /[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*/.exec(inner)?.[0];
    if (name) placeholders.push({ name: name.replace(/\?\./g, '.').slice(0, 100), offset: start });
  }
}

interface Tag {
  html: string;
  end: number;
  closing: boolean;
  selfClosing: boolean;
  placeholders: Placeholder[];
}

/** One JSX tag at `at` (`<Name …>`, `</Name>`, `<>`, `</>`, `<Name … />`), rewritten to HTML of the same length. */
function readTag(source: string, at: number): Tag | null {
  let i = at + 1;
  const closing = source[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < source.length && NAME_CHAR.test(source[i]!)) i++;
  const name = source.slice(nameStart, i);
  if (!name && source[i] !== '>') return null;
  const placeholders: Placeholder[] = [];
  const attrs: Array<{ from: number; text: string }> = [];
  const textProps: Array<{ from: number; text: string }> = [];
  let selfClosing = false;
  // Attributes, up to the tag's end (bounded: a tag never runs past 20,000 characters).
  const limit = Math.min(source.length, at + 20_000);
  while (i < limit) {
    const c = source[i]!;
    if (c === '>') {
      i++;
      break;
    }
    if (c === '/' && source[i + 1] === '>') {
      selfClosing = true;
      i += 2;
      break;
    }
    if (c === '{') {
      // A spread ({...props}): blanked.
      i = skipBraces(source, i);
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const attrStart = i;
      while (i < limit && /[\w:-]/.test(source[i]!)) i++;
      const attr = source.slice(attrStart, i);
      let j = i;
      while (j < limit && /\s/.test(source[j]!)) j++;
      if (source[j] !== '=') {
        attrs.push({ from: attrStart, text: attr });
        continue;
      }
      j++;
      while (j < limit && /\s/.test(source[j]!)) j++;
      const shown = attr === 'className' ? 'class    ' : attr;
      if (source[j] === '"' || source[j] === "'") {
        const end = skipString(source, j);
        attrs.push({ from: attrStart, text: shown + source.slice(i, end) });
        if (TEXT_PROPS.has(attr)) textProps.push({ from: j + 1, text: source.slice(j + 1, end - 1) });
        i = end;
      } else if (source[j] === '{') {
        const end = skipBraces(source, j);
        const expr = source.slice(j + 1, end - 1);
        const literal = /^\s*(["'`])([^"'`{}$\\]{0,2000})\1\s*$/.exec(expr);
        if (literal) {
          const from = j + 1 + expr.indexOf(literal[1]!) + 1;
          attrs.push({ from: attrStart, text: `${shown}${source.slice(i, j)}"${' '.repeat(expr.length)}"` });
          attrs.push({ from, text: literal[2]!.replace(/"/g, ' ') });
          if (TEXT_PROPS.has(attr)) textProps.push({ from, text: literal[2]! });
        } else if (VALUE_ATTRIBUTES.has(attr)) {
          // href={order.url} → href="order url": the placeholder names the destination.
          const words = expr.replace(/[^\w.]/g, ' ');
          attrs.push({ from: attrStart, text: `${attr}${source.slice(i, j)}"${words}"` });
          const id = /[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/.exec(expr)?.[0];
          if (id) placeholders.push({ name: id.slice(0, 100), offset: j });
        }
        i = end;
      } else {
        i = j;
      }
      continue;
    }
    i++;
  }
  const lower = name.split('.').pop()!.toLowerCase();
  const isComponent = /^[A-Z]/.test(name.split('.').pop() ?? '');
  let htmlName = name;
  if (!name) htmlName = '';
  else if (isComponent) htmlName = COMPONENT_TAGS[lower] ?? (selfClosing ? 'br' : 'div');
  if (htmlName.length > name.length) htmlName = name.length >= 2 ? 'br' : 'p';
  const chars = blankedChars(source.slice(at, i));
  const shownProps = isComponent && !COMPONENT_TAGS[lower] && !closing ? textProps.filter((t) => /\p{L}/u.test(t.text)) : [];
  if (shownProps.length && name.length >= 2) {
    // The component renders these words: the tag becomes a paragraph holding them.
    chars.splice(0, 3, '<', 'p', '>');
    for (const t of shownProps) {
      // Inline markup (<a>…</a>, <0>…</0>) and interpolations ({{count}}) in the copy are not words.
      const words = t.text.replace(/<[^<>]{0,200}>|\{\{?[^{}]{0,80}\}?\}/g, (x) => ' '.repeat(x.length)).replace(/[<>{}]/g, ' ');
      for (let k = 0; k < words.length; k++) if (source[t.from + k] !== '\n') chars[t.from - at + k] = words[k]!;
    }
    const last = shownProps[shownProps.length - 1]!;
    if (selfClosing && i - (last.from + last.text.length) >= 5) chars.splice(chars.length - 4, 4, '<', '/', 'p', '>');
    return { html: chars.join(''), end: i, closing, selfClosing, placeholders };
  }
  if (name) {
    const head = `<${closing ? '/' : ''}${htmlName}`;
    for (let k = 0; k < head.length; k++) chars[k] = head[k]!;
  }
  for (const a of attrs) for (let k = 0; k < a.text.length; k++) if (source[a.from + k] !== '\n') chars[a.from - at + k] = a.text[k]!;
  if (name) {
    if (selfClosing) chars.splice(chars.length - 2, 2, '/', '>');
    else chars[chars.length - 1] = '>';
  }
  return { html: chars.join(''), end: i, closing, selfClosing, placeholders };
}

/** The index after a string literal starting at `at` (bounded, escapes honoured; a template literal's ${} too). */
function skipString(source: string, at: number): number {
  const quote = source[at]!;
  const limit = Math.min(source.length, at + 20_000);
  let i = at + 1;
  while (i < limit) {
    const c = source[i]!;
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (c === '\n' && quote !== '`') return i;
    else i++;
  }
  return limit;
}

function skipComment(source: string, at: number): number {
  if (source[at + 1] === '/') {
    const end = source.indexOf('\n', at);
    return end < 0 ? source.length : end;
  }
  const end = source.indexOf('*/', at + 2);
  return end < 0 ? source.length : end + 2;
}

/** The index after a balanced `{…}` starting at `at`, strings skipped (bounded). */
function skipBraces(source: string, at: number): number {
  const limit = Math.min(source.length, at + 20_000);
  let depth = 0;
  let i = at;
  while (i < limit) {
    const c = source[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(source, i);
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  return limit;
}
