/**
 * Near-copies across sources. A shop's language pack or a framework's mail template is copied into
 * many repositories (Zen Cart, osCommerce, OpenCart, PrestaShop translations): two files from two
 * repositories can be, whole or nearly, the same message. Folds grouped by repository do not keep
 * them apart, so a copy of a seen message counts as unseen. The eval finds them by their lines and
 * reports the figures without them; the learned fallback's folds keep their repositories together.
 */
import { readFileSync } from 'node:fs';

/** Lines shorter than this (a closing tag, "<?php", a separator) say nothing about which message it is. */
const MIN_LINE_CHARS = 12;
/** A file of fewer telling lines than this is too short to call a copy of anything. */
const MIN_LINES = 3;
/** Jaccard similarity of two files' telling lines from which one is a copy of the other. */
export const COPY_SIMILARITY = 0.5;

/** The telling lines of a file: trimmed, lower-cased, blanks collapsed, long enough to identify it. */
export function tellingLines(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    if (line.length >= MIN_LINE_CHARS) out.add(line);
  }
  return out;
}

function similarity(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const line of small) if (large.has(line)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * For each message, the indices of the messages from other sources that are near-copies of it.
 * `texts[i]` is message i's file text and `sources[i]` its repository.
 */
export function nearCopies(texts: readonly string[], sources: readonly string[]): number[][] {
  const lines = texts.map(tellingLines);
  const out: number[][] = texts.map(() => []);
  for (let i = 0; i < texts.length; i++) {
    if (lines[i]!.size < MIN_LINES) continue;
    for (let j = i + 1; j < texts.length; j++) {
      if (sources[i] === sources[j] || lines[j]!.size < MIN_LINES) continue;
      if (similarity(lines[i]!, lines[j]!) >= COPY_SIMILARITY) {
        out[i]!.push(j);
        out[j]!.push(i);
      }
    }
  }
  return out;
}

/**
 * The fold of each message for leave-one-source-out: its repository, merged with every repository
 * that holds a near-copy of one of its messages (transitively), named by the first of them in
 * sorted order.
 */
export function copyAwareFolds(sources: readonly string[], copies: readonly number[][]): string[] {
  const parent = new Map<string, string>();
  const find = (s: string): string => {
    let root = s;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    // The smaller name is the group's name, so folds do not depend on the order messages come in.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  copies.forEach((js, i) => js.forEach((j) => union(sources[i]!, sources[j]!)));
  return sources.map(find);
}

/** nearCopies over files on disk (read as latin1: lines compare byte for byte in any encoding). */
export function nearCopiesOfFiles(paths: readonly string[], sources: readonly string[]): number[][] {
  return nearCopies(paths.map((p) => readFileSync(p, 'latin1')), sources);
}
