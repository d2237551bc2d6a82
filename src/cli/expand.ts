import { stat } from 'node:fs/promises';
import { glob } from 'tinyglobby';

/** Extensions checked when a directory is given. */
export const CHECKED_EXTENSIONS = ['eml', 'html', 'htm', 'mjml', 'txt', 'liquid', 'hbs', 'handlebars', 'mustache', 'twig', 'jinja', 'j2', 'njk', 'erb', 'ejs', 'php', 'phtml', 'ftl', 'ftlh', 'tpl', 'tmpl', 'gohtml', 'heex', 'eex'];

export interface Expanded {
  files: string[];
  /** Arguments that are globs and matched nothing. */
  unmatched: string[];
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Turns CLI arguments into files: a file stays as given (even if missing, so it is reported as
 * unreadable), a directory is searched for email and template files, a glob is expanded.
 */
export async function expandInputs(args: string[]): Promise<Expanded> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    let info;
    try {
      info = await stat(arg);
    } catch {
      info = null;
    }
    if (info?.isDirectory()) {
      const found = await glob(`**/*.{${CHECKED_EXTENSIONS.join(',')}}`, { cwd: arg, absolute: false, dot: false, ignore: ['**/node_modules/**', '**/*.expect.yaml'] });
      const dir = arg.replace(/[\\/]+$/, '');
      if (found.length === 0) unmatched.push(arg);
      for (const f of found.sort()) add(`${dir}/${f}`);
    } else if (!info && GLOB_CHARS.test(arg)) {
      const found = await glob(arg, { dot: false, onlyFiles: true });
      if (found.length === 0) unmatched.push(arg);
      for (const f of found.sort()) add(f);
    } else {
      add(arg);
    }
  }
  return { files, unmatched };
}
