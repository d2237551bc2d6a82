/**
 * The condition language of rule packs: a small boolean/comparison language that is parsed
 * and interpreted here, never handed to JavaScript, so a pack cannot run code.
 *
 *   expr   := or
 *   or     := and ('||' and)*
 *   and    := unary ('&&' unary)*
 *   unary  := '!' unary | cmp
 *   cmp    := atom (('=='|'!='|'<'|'<='|'>'|'>=') atom)?
 *   atom   := number | 'string' | "string" | true | false | name | '(' expr ')'
 *   name   := letters, digits, '_', '.', '-' (e.g. promo.any, verdict.can-spam, settings.maxShare)
 */

export type Value = number | boolean | string;
export type Env = (name: string) => Value | undefined;

export interface Compiled {
  source: string;
  names: Set<string>;
  eval(env: Env): boolean;
}

type Node = (env: Env) => Value;

const MAX_LENGTH = 2000;
const MAX_DEPTH = 50;

export class ExpressionError extends Error {}

export function compile(source: string): Compiled {
  if (typeof source !== 'string') throw new ExpressionError('condition must be a string');
  if (source.length > MAX_LENGTH) throw new ExpressionError(`condition longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(source);
  const names = new Set<string>();
  let pos = 0;
  let depth = 0;
  const peek = () => tokens[pos];
  const take = (v?: string) => {
    const t = tokens[pos];
    if (!t || (v !== undefined && t.v !== v)) throw new ExpressionError(`expected ${v ?? 'a value'} at "${t?.v ?? 'end'}" in: ${source}`);
    pos++;
    return t;
  };

  const parseOr = (): Node => {
    if (++depth > MAX_DEPTH) throw new ExpressionError(`condition nested too deeply: ${source}`);
    let left = parseAnd();
    while (peek()?.v === '||') {
      take();
      const l = left;
      const r = parseAnd();
      left = (env) => truthy(l(env)) || truthy(r(env));
    }
    depth--;
    return left;
  };
  const parseAnd = (): Node => {
    let left = parseUnary();
    while (peek()?.v === '&&') {
      take();
      const l = left;
      const r = parseUnary();
      left = (env) => truthy(l(env)) && truthy(r(env));
    }
    return left;
  };
  const parseUnary = (): Node => {
    if (peek()?.v === '!') {
      take();
      if (++depth > MAX_DEPTH) throw new ExpressionError(`condition nested too deeply: ${source}`);
      const inner = parseUnary();
      depth--;
      return (env) => !truthy(inner(env));
    }
    return parseCmp();
  };
  const parseCmp = (): Node => {
    const left = parseAtom();
    const op = peek();
    if (op && op.kind === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(op.v)) {
      take();
      const right = parseAtom();
      return compare(op.v, left, right);
    }
    return left;
  };
  const parseAtom = (): Node => {
    const t = take();
    if (t.v === '(') {
      const inner = parseOr();
      take(')');
      return inner;
    }
    if (t.kind === 'num') {
      const n = Number(t.v);
      return () => n;
    }
    if (t.kind === 'str') return () => t.v;
    if (t.kind === 'name') {
      if (t.v === 'true') return () => true;
      if (t.v === 'false') return () => false;
      names.add(t.v);
      const name = t.v;
      return (env) => {
        const v = env(name);
        if (v === undefined) throw new ExpressionError(`unknown name "${name}"`);
        return v;
      };
    }
    throw new ExpressionError(`unexpected "${t.v}" in: ${source}`);
  };

  const root = parseOr();
  if (pos !== tokens.length) throw new ExpressionError(`unexpected "${tokens[pos]!.v}" in: ${source}`);
  return { source, names, eval: (env) => truthy(root(env)) };
}

function compare(op: string, l: Node, r: Node): Node {
  return (env) => {
    const a = l(env);
    const b = r(env);
    switch (op) {
      case '==':
        return a === b;
      case '!=':
        return a !== b;
      default: {
        if (typeof a !== 'number' || typeof b !== 'number') throw new ExpressionError(`"${op}" needs numbers, got ${typeof a} and ${typeof b}`);
        return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
      }
    }
  };
}

function truthy(v: Value): boolean {
  return v === true || (typeof v === 'number' && v !== 0) || (typeof v === 'string' && v !== '');
}

interface Token {
  kind: 'num' | 'str' | 'name' | 'op';
  v: string;
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['&&', '||', '==', '!=', '<=', '>='].includes(two)) {
      out.push({ kind: 'op', v: two });
      i += 2;
      continue;
    }
    if ('!<>()'.includes(c)) {
      out.push({ kind: 'op', v: c });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = src.indexOf(c, i + 1);
      if (end < 0) throw new ExpressionError(`unterminated string in: ${src}`);
      out.push({ kind: 'str', v: src.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const num = /^\d+(?:\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ kind: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][\w.-]*/.exec(src.slice(i));
    if (name) {
      out.push({ kind: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    throw new ExpressionError(`unexpected character "${c}" in: ${src}`);
  }
  return out;
}
