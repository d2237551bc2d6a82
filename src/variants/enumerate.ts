import type { Node } from './tree.js';

/**
 * The messages a template can produce: one choice per conditional (a branch, or none when there
 * is no else) and per loop (taken 0 or 1 times). A variant is the list of source spans it leaves
 * out, so it can be rendered by blanking those spans (same length, newlines kept: every finding
 * still points at the template's own line).
 *
 * Bounded: when the number of combinations exceeds `max`, graylint does not enumerate them (that
 * is exponential in nested conditionals). It takes, deterministically, the variant where every
 * block shows, the one where none does, and then for each conditional and loop in source order
 * the variants that take each of its branches with everything else hidden, until `max`.
 */
export interface Variant {
  when: string[];
  excluded: Array<[number, number]>;
}

export interface Enumeration {
  variants: Variant[];
  total: number;
  sampled: boolean;
}

export function enumerate(nodes: Node[], max: number): Enumeration {
  const total = count(nodes, max * 4);
  if (total <= max) return { variants: dedupe(all(nodes)), total, sampled: false };
  return { variants: dedupe(sample(nodes, max)), total, sampled: true };
}

/** Number of variants, saturating at `cap` so counting never explodes. */
function count(nodes: Node[], cap: number): number {
  let n = 1;
  for (const node of nodes) {
    n = Math.min(cap, n * countNode(node, cap));
    if (n >= cap) return cap;
  }
  return n;
}

function countNode(node: Node, cap: number): number {
  if (node.type === 'loop') return Math.min(cap, 1 + count(node.children, cap));
  let n = node.exhaustive ? 0 : 1;
  for (const b of node.branches) n = Math.min(cap, n + count(b.children, cap));
  return n;
}

function all(nodes: Node[]): Variant[] {
  let acc: Variant[] = [{ when: [], excluded: [] }];
  for (const node of nodes) {
    const options = optionsOf(node);
    const next: Variant[] = [];
    for (const a of acc) for (const o of options) next.push({ when: [...a.when, ...o.when], excluded: [...a.excluded, ...o.excluded] });
    acc = next;
  }
  return acc;
}

function optionsOf(node: Node): Variant[] {
  if (node.type === 'loop') {
    const once = all(node.children).map((v) => ({ when: [`${node.over} has one item`, ...v.when], excluded: v.excluded }));
    return [{ when: [`${node.over} is empty`], excluded: [[node.start, node.end]] }, ...once];
  }
  const out: Variant[] = [];
  node.branches.forEach((b, i) => {
    const others = node.branches.filter((_, j) => j !== i).map((o) => [o.start, o.end] as [number, number]);
    for (const v of all(b.children)) out.push({ when: [b.when, ...v.when], excluded: [...others, ...v.excluded] });
  });
  if (!node.exhaustive) out.push({ when: [node.noneWhen], excluded: node.branches.map((b) => [b.start, b.end] as [number, number]) });
  return out;
}

/** Spans hidden when no block shows (every conditional takes no branch / its else, loops empty). */
function hiddenAll(nodes: Node[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of nodes) {
    if (n.type === 'loop') out.push([n.start, n.end]);
    else if (n.exhaustive) {
      n.branches.slice(0, -1).forEach((b) => out.push([b.start, b.end]));
      out.push(...hiddenAll(n.branches[n.branches.length - 1]!.children));
    } else n.branches.forEach((b) => out.push([b.start, b.end]));
  }
  return out;
}

function sample(nodes: Node[], max: number): Variant[] {
  const variants: Variant[] = [
    { when: ['every block shows (first branches taken, lists with one item)'], excluded: firstBranches(nodes) },
    { when: ['no optional block shows'], excluded: hiddenAll(nodes) },
  ];
  // Each conditional on its own: its branch taken, everything outside its ancestry hidden.
  const visit = (list: Node[], path: string[]) => {
    for (const node of list) {
      if (variants.length >= max) return;
      if (node.type === 'loop') {
        visit(node.children, [...path, `${node.over} has one item`]);
        continue;
      }
      node.branches.forEach((b, i) => {
        if (variants.length >= max) return;
        const others = node.branches.filter((_, j) => j !== i).map((o) => [o.start, o.end] as [number, number]);
        // Hide every optional block except the ones that contain this branch or sit inside it.
        const hiddenElsewhere = hiddenAll(nodes).filter(([s, e]) => !(s <= b.start && e >= b.end) && !(s >= b.start && e <= b.end));
        variants.push({ when: [...path, b.when], excluded: [...hiddenElsewhere, ...others, ...hiddenAll(b.children)] });
        visit(b.children, [...path, b.when]);
      });
    }
  };
  visit(nodes, []);
  return variants.slice(0, max);
}

function firstBranches(nodes: Node[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const n of nodes) {
    if (n.type === 'loop') out.push(...firstBranches(n.children));
    else {
      n.branches.slice(1).forEach((b) => out.push([b.start, b.end]));
      out.push(...firstBranches(n.branches[0]!.children));
    }
  }
  return out;
}

function dedupe(vs: Variant[]): Variant[] {
  const seen = new Set<string>();
  return vs.filter((v) => {
    const key = v.excluded.map(([s, e]) => `${s}-${e}`).sort().join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The variant's source: excluded spans blanked, newlines kept. */
export function render(src: string, excluded: Array<[number, number]>): string {
  if (!excluded.length) return src;
  const chars = src.split('');
  for (const [s, e] of excluded) for (let i = s; i < e && i < chars.length; i++) if (chars[i] !== '\n') chars[i] = ' ';
  return chars.join('');
}
