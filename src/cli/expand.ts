import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';

/** Extensions checked when a directory is given. */
export const CHECKED_EXTENSIONS = ['eml', 'mbox', 'html', 'htm', 'mjml', 'txt', 'liquid', 'hbs', 'handlebars', 'mustache', 'twig', 'jinja', 'j2', 'njk', 'erb', 'ejs', 'php', 'phtml', 'ftl', 'ftlh', 'tpl', 'tmpl', 'gohtml', 'heex', 'eex'];

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
      const found = await (await globber())(`**/*.{${CHECKED_EXTENSIONS.join(',')}}`, { cwd: arg, absolute: false, dot: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/*.expect.yaml'] });
      const dir = arg.replace(/[\\/]+$/, '');
      const inside = await insideRoot(dir, found.sort().map((f) => `${dir}/${f}`));
      if (inside.length === 0) unmatched.push(arg);
      for (const f of inside) add(f);
    } else if (!info && GLOB_CHARS.test(arg)) {
      const found = await (await globber())(arg, { dot: false, onlyFiles: true, followSymbolicLinks: false });
      const inside = await insideRoot(globBase(arg), found.sort());
      if (inside.length === 0) unmatched.push(arg);
      for (const f of inside) add(f);
    } else {
      add(arg);
    }
  }
  return { files, unmatched };
}

/** One thing to check: a file on disk, or a message cut out of an mbox (then `bytes` is set). */
export interface BatchInput {
  file: string;
  bytes?: Buffer;
}

const MBOX = /\.(mbox|mbx)$/i;

/** Longest line kept whole while splitting an mbox. */
const MAX_MBOX_LINE = 1024 * 1024;

export function isMbox(file: string): boolean {
  return MBOX.test(file);
}

/**
 * The messages of an mbox file, read lazily in 1 MB chunks so that a mailbox of any size is
 * checked in flat memory. Messages start at "From " lines (after a blank line, or at the top);
 * ">From " quoting (mboxrd) is undone. Each message is named "<file>#<n>".
 */
export function* mboxMessages(path: string, maxMessageBytes = DEFAULT_MAX_BYTES): Generator<BatchInput> {
  // A FIFO, a device or a folder named .mbox is not opened (opening a FIFO blocks): handed on as
  // a plain input, it gets the read guards' one-line error.
  let info;
  try {
    info = statSync(path);
  } catch {
    info = null;
  }
  if (!info?.isFile()) {
    yield { file: path };
    return;
  }
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(1024 * 1024);
  let carry = '';
  let n = 0;
  let current: string[] | null = null;
  // Characters of the current message; past the cap its lines are dropped, and the message is
  // handed on as one byte over the cap, which the check refuses as too large.
  let size = 0;
  const emit = (lines: string[]): BatchInput => {
    const file = `${path}#${++n}`;
    if (size > maxMessageBytes) return { file, bytes: Buffer.alloc(maxMessageBytes + 1) };
    return { file, bytes: Buffer.from(lines.join('\n').replace(/^>(>*From )/gm, '$1'), 'latin1') };
  };
  try {
    for (;;) {
      const read = readSync(fd, chunk, 0, chunk.length, null);
      const text = carry + chunk.toString('latin1', 0, read);
      const lines = text.split('\n');
      carry = read === 0 ? '' : lines.pop()!;
      // A line longer than any mail line can be (RFC 5322: 998) is cut where the chunk ends, so a
      // file with no newline costs one pass, not a quadratic concatenation.
      if (carry.length > MAX_MBOX_LINE) {
        lines.push(carry);
        carry = '';
      }
      for (const raw of lines) {
        const line = raw.replace(/\r$/, '');
        if (line.startsWith('From ') && (current === null || current[current.length - 1] === '')) {
          if (current && (size > maxMessageBytes || current.some((l) => l.trim()))) yield emit(current);
          current = [];
          size = 0;
          continue;
        }
        size += line.length + 1;
        if (size <= maxMessageBytes) (current ??= []).push(line);
        else current ??= [];
      }
      if (read === 0) break;
    }
    if (current && (size > maxMessageBytes || current.some((l) => l.trim()))) yield emit(current);
  } finally {
    closeSync(fd);
  }
}

/**
 * The files of a folder or glob that really live below its root, each once: a symbolic link out of
 * the tree (to a key file on a CI runner) is not followed, and two links to one file give one
 * result. A file named on the command line is the user's choice and is never filtered.
 */
async function insideRoot(root: string, files: string[]): Promise<string[]> {
  let base: string;
  try {
    base = await realpath(root);
  } catch {
    return files;
  }
  const out: string[] = [];
  const real = new Set<string>();
  for (const f of files) {
    let target: string;
    try {
      target = await realpath(f);
    } catch {
      continue; // a dangling link
    }
    if (target !== base && !target.startsWith(base.endsWith(sep) ? base : base + sep)) continue;
    if (real.has(target)) continue;
    real.add(target);
    out.push(f);
  }
  return out;
}

/** The folder a glob starts from: its leading segments without glob characters ("templates/**" → "templates"). */
function globBase(glob: string): string {
  const segments = glob.split('/');
  const first = segments.findIndex((seg) => GLOB_CHARS.test(seg));
  const base = segments.slice(0, first < 0 ? segments.length : first).join('/');
  return base === '' ? (glob.startsWith('/') ? '/' : '.') : base;
}

/** tinyglobby, loaded when a folder or a glob is expanded (a plain file list never needs it). */
async function globber(): Promise<typeof import('tinyglobby').glob> {
  return (await import('tinyglobby')).glob;
}
