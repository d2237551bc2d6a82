/**
 * A problem with a graylint config file (or a preset it extends). The message is always one
 * line and starts with the path of the file at fault, e.g.
 * `graylint.config.yaml: unknown key 'jurisdiction' (did you mean 'jurisdictions'?)`.
 * The CLI prints it as is and exits with code 2 (usage error).
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The config or preset file at fault, as shown at the start of the message. */
  readonly file: string;

  constructor(file: string, detail: string) {
    super(oneLine(`${file}: ${detail}`));
    this.file = file;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The closest candidate by edit distance, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[] | Set<string>): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  if (best === undefined) return undefined;
  // An abbreviation ('warn', 'juris') is a likely slip even when far from the whole word.
  if (bestDist > 0 && w.length >= 3) {
    const prefixed = [...candidates].find((c) => c.toLowerCase().startsWith(w));
    if (prefixed !== undefined) return prefixed;
  }
  const limit = Math.max(2, Math.floor(Math.max(word.length, best.length) / 3));
  return bestDist <= limit ? best : undefined;
}

/** ` (did you mean 'x'?)` or '' */
export function didYouMean(word: string, candidates: readonly string[] | Set<string>): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : ` (did you mean '${c}'?)`;
}

function distance(a: string, b: string): number {
  // Levenshtein with two rows; inputs are short config keys.
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
