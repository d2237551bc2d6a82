import type { Checker, CheckOptions } from '../check.js';
import type { BranchReport, FileResult, Law } from '../types.js';
import { LAWS } from '../types.js';
import { InputError, readInputFile, DEFAULT_MAX_BYTES } from '../input/index.js';
import { decodeText } from '../input/charset.js';
import { LineIndex } from '../input/lines.js';
import { enumerate, render } from './enumerate.js';
import { parseStructure, TemplateStructureError } from './tree.js';
import { CLASS_RANK } from '../verdicts/strictness.js';

/**
 * Lint every branch of a template: `{% if customer.coupon %}…{% endif %}` makes a receipt a
 * hybrid only for some customers. Each variant the conditionals and loops can produce is
 * checked; the result is the worst one per law, with the condition path that leads to it.
 */
export const DEFAULT_MAX_VARIANTS = 64;

export interface BranchOptions extends CheckOptions {
  maxVariants?: number;
}

/** Reads a file and checks every branch of it (raw messages are checked once, as usual). */
export async function checkFileBranches(checker: Checker, file: string, opts: BranchOptions = {}): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readInputFile(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (err) {
    if (err instanceof InputError) return { file, findings: [], error: { code: err.code, message: err.message } };
    throw err;
  }
  return checkBranches(checker, file, bytes, opts);
}

export async function checkBranches(checker: Checker, file: string, bytes: Buffer, opts: BranchOptions = {}): Promise<FileResult> {
  const whole = await checker.checkBuffer(file, bytes, opts);
  if (whole.error || whole.kind === 'eml') return whole;
  const { text } = decodeText(bytes);
  const lines = new LineIndex(text);
  let tree;
  try {
    tree = parseStructure(text, (o) => lines.at(o).line);
  } catch (err) {
    if (!(err instanceof TemplateStructureError)) throw err;
    return { ...whole, branches: { checked: 1, total: 1, sampled: false, variants: [], worst: worstOf([{ when: [], r: whole }]), note: `branches not enumerated: ${err.message}` } };
  }
  if (tree.length === 0) return whole;
  const { variants, total, sampled } = enumerate(tree, opts.maxVariants ?? DEFAULT_MAX_VARIANTS);
  const runs: Array<{ when: string[]; r: FileResult }> = [];
  for (const v of variants) runs.push({ when: v.when, r: await checker.checkBuffer(file, Buffer.from(render(text, v.excluded), 'utf8'), opts) });
  const ok = runs.filter((x) => !x.r.error);
  if (!ok.length) return whole;

  const worst = worstOf(ok);
  // The reported variant: the worst overall (highest ranks, then most error findings).
  const score = (r: FileResult) => LAWS.reduce((n, l) => n + (CLASS_RANK[l][r.verdicts?.[l].class ?? ''] ?? 0), 0) * 1000 + r.findings.filter((f) => f.severity === 'error').length;
  const chosen = ok.reduce((a, b) => (score(b.r) > score(a.r) ? b : a));
  const everywhere = (ruleId: string) => ok.every((x) => x.r.findings.some((f) => f.ruleId === ruleId));
  // The conditions that matter for the chosen variant: those the worst classes depend on.
  const relevant = chosen.when.filter((c) => LAWS.some((l) => worst[l].when.includes(c)));
  const path = relevant.length ? ` (when ${relevant.join(' and ')})` : '';
  const findings = chosen.r.findings.map((f) => (everywhere(f.ruleId) || !path ? f : { ...f, message: `${f.message}${path}` }));
  const verdicts = { ...chosen.r.verdicts! };
  for (const l of LAWS) {
    const w = worst[l];
    const v = ok.find((x) => x.r.verdicts?.[l].class === w.class)!.r.verdicts![l];
    verdicts[l] = w.when.length ? { ...v, when: w.when } : v;
  }
  return {
    ...chosen.r,
    verdicts,
    findings,
    branches: {
      checked: ok.length,
      total,
      sampled,
      worst,
      variants: ok.map((x): BranchReport['variants'][number] => ({
        when: x.when,
        category: x.r.category,
        stream: x.r.stream,
        verdicts: Object.fromEntries(LAWS.map((l) => [l, x.r.verdicts![l].class])) as Record<Law, string>,
      })),
    },
  };
}

/**
 * Per law, the worst class over the variants and the conditions that lead to it: those shared by
 * every variant with that class (so unrelated conditionals drop out of the path).
 */
function worstOf(runs: Array<{ when: string[]; r: FileResult }>): BranchReport['worst'] {
  const out = {} as BranchReport['worst'];
  for (const l of LAWS) {
    const rank = (c: string | undefined) => (c === undefined ? -1 : (CLASS_RANK[l][c] ?? 0));
    const top = Math.max(...runs.map((x) => rank(x.r.verdicts?.[l].class)));
    const hits = runs.filter((x) => rank(x.r.verdicts?.[l].class) === top);
    if (!hits.length || top < 0) {
      out[l] = { class: 'unknown', when: [] };
      continue;
    }
    const cls = hits[0]!.r.verdicts![l].class;
    if (hits.length === runs.length) {
      out[l] = { class: cls, when: [] };
      continue;
    }
    const shared = hits[0]!.when.filter((c) => hits.every((h) => h.when.includes(c)));
    const shortest = hits.reduce((a, b) => (b.when.length < a.when.length ? b : a)).when;
    out[l] = { class: cls, when: shared.length ? shared : shortest };
  }
  return out;
}
