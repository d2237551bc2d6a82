/**
 * Whether the output shown in a README example is what the tool printed. Colour and trailing
 * whitespace do not count, nor blank lines before or after the output. Shown lines must match
 * printed lines one for one and in order, from the first line to the last, except where the
 * example says it left something out: a line "…" stands for any number of printed lines, and
 * "…" inside a line for any text within that line (a printed "…" is matched by it too).
 */

const ELISION = '…';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** The printed lines as an example shows them: no colour, no trailing whitespace, no blank lines around. */
export function printedLines(stdout: string): string[] {
  const lines = stdout.replace(ANSI, '').split('\n').map((l) => l.trimEnd());
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines.at(-1) === '') lines.pop();
  return lines;
}

/** null when the shown lines are what was printed; otherwise where they part, in words. */
export function differenceFromPrinted(shown: readonly string[], printed: readonly string[]): string | null {
  const patterns = shown.map((s) => (s.trim() === ELISION ? 'gap' : linePattern(s)));
  const tried = new Set<string>();
  let furthest = { i: 0, j: 0 };
  const matches = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    if (tried.has(key)) return false; // already failed from here
    tried.add(key);
    if (i > furthest.i || (i === furthest.i && j > furthest.j)) furthest = { i, j };
    if (i === patterns.length) return j === printed.length;
    const p = patterns[i]!;
    if (p === 'gap') {
      for (let k = j; k <= printed.length; k++) if (matches(i + 1, k)) return true;
      return false;
    }
    return j < printed.length && p.test(printed[j]!) && matches(i + 1, j + 1);
  };
  if (matches(0, 0)) return null;
  const { i, j } = furthest;
  if (i === shown.length) return `the example ends, but the tool goes on printing (line ${j + 1}: ${JSON.stringify(printed[j])})`;
  if (j >= printed.length) return `the tool does not print the example's line ${JSON.stringify(shown[i])} where the example shows it`;
  return `the example's line ${JSON.stringify(shown[i])} is printed as ${JSON.stringify(printed[j])}`;
}

function linePattern(shown: string): RegExp {
  const escaped = shown.split(ELISION).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 'u');
}
