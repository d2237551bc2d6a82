import { resolve } from 'node:path';
import { childProcess } from '../lazy.js';

/**
 * --changed-since REF: the files git says changed since REF (committed, staged or not) plus
 * untracked ones, as absolute paths. Throws with git's own first line when git cannot answer.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const { execFileSync } = childProcess();
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    } catch (err) {
      const msg = String((err as { stderr?: string }).stderr ?? (err as Error).message).trim().split('\n')[0];
      throw new Error(`--changed-since ${ref}: ${msg || 'git failed'}`);
    }
  };
  // The ref is the user's: never an option to git (--output=… would write a file), and a commit.
  if (ref.startsWith('-') || /[\s\u0000-\u001f]/.test(ref)) throw new Error(`--changed-since ${JSON.stringify(ref)}: not a git revision`);
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd, stdio: 'ignore' });
  } catch {
    throw new Error(`--changed-since ${JSON.stringify(ref)}: not a commit in this repository`);
  }
  const top = git(['rev-parse', '--show-toplevel']).trim();
  const names = [
    ...git(['diff', '--name-only', '--diff-filter=ACMR', '--end-of-options', ref, '--']).split('\n'),
    ...git(['ls-files', '--others', '--exclude-standard']).split('\n').map((f) => resolve(cwd, f)),
  ].filter(Boolean);
  return new Set(names.map((n) => resolve(n.startsWith('/') ? '' : top, n)));
}
