import { closeSync, openSync, readSync, statSync, type PathLike } from 'node:fs';
import { DEFAULT_MAX_BYTES } from '../input/read.js';
import { realpath, stat } from 'node:fs/promises';
import { InputNames } from './file-names.js';
import { bytesOfMatch, filesBelow, join } from './walk-folder.js';

/** Extensions checked when a directory is given. */
export const CHECKED_EXTENSIONS = ['eml', 'mbox', 'html', 'htm', 'mjml', 'txt', 'liquid', 'hbs', 'handlebars', 'mustache', 'twig', 'jinja', 'j2', 'njk', 'erb', 'ejs', 'php', 'phtml', 'ftl', 'ftlh', 'tpl', 'tmpl', 'gohtml', 'heex', 'eex', 'slim', 'haml', 'pug', 'jade'];

export interface Expanded {
  /** The files, each under the name it is reported as (InputNames.show). */
  files: string[];
  /** Arguments that are globs and matched nothing. */
  unmatched: string[];
  /** How to open a file by its reported name (a name that is not UTF-8 is opened by its bytes). */
  names: InputNames;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Turns CLI arguments into files: a file stays as given (even if missing, so it is reported as
 * unreadable), a directory is searched for email and template files, a glob is expanded. Paths
 * are handled as bytes throughout (see InputNames), so a name that is not UTF-8 is still found.
 */
export async function expandInputs(args: string[], names: InputNames = new InputNames()): Promise<Expanded> {
  const files: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const add = (path: Buffer) => {
    const f = names.show(path);
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    const path = names.argument(arg);
    let info;
    try {
      info = await stat(path);
    } catch {
      info = null;
    }
    if (info?.isDirectory()) {
      const dir = withoutTrailingSlashes(path);
      const found = filesBelow(dir, CHECKED_EXTENSIONS).map((f) => join(dir, f));
      const inside = await insideRoot(dir, found);
      if (inside.length === 0) unmatched.push(names.show(path));
      for (const f of inside) add(f);
    } else if (!info && GLOB_CHARS.test(arg)) {
      const matched = await (await globber())(arg, { dot: false, onlyFiles: true, followSymbolicLinks: false });
      const found = (await Promise.all(matched.sort().map(bytesOfMatch))).flat();
      const inside = await insideRoot(Buffer.from(globBase(arg), 'utf8'), found);
      if (inside.length === 0) unmatched.push(arg);
      for (const f of inside) add(f);
    } else {
      add(path);
    }
  }
  return { files, unmatched, names };
}

function withoutTrailingSlashes(path: Buffer): Buffer {
  let end = path.length;
  while (end > 1 && (path[end - 1] === 0x2f || path[end - 1] === 0x5c)) end--;
  return path.subarray(0, end);
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
export function* mboxMessages(path: string, maxMessageBytes = DEFAULT_MAX_BYTES, open: PathLike = path): Generator<BatchInput> {
  // A FIFO, a device or a folder named .mbox is not opened (opening a FIFO blocks): handed on as
  // a plain input, it gets the read guards' one-line error.
  let info;
  try {
    info = statSync(open);
  } catch {
    info = null;
  }
  if (!info?.isFile()) {
    yield { file: path };
    return;
  }
  const fd = openSync(open, 'r');
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
async function insideRoot(root: Buffer, files: Buffer[]): Promise<Buffer[]> {
  let base: Buffer;
  try {
    base = await realpath(root, { encoding: 'buffer' });
  } catch {
    return files;
  }
  const out: Buffer[] = [];
  const real = new Set<string>();
  for (const f of files) {
    let target: Buffer;
    try {
      target = await realpath(f, { encoding: 'buffer' });
    } catch {
      continue; // a dangling link
    }
    if (!isBelow(target, base)) continue;
    // latin1 maps each byte to one character: a lossless key.
    const key = target.toString('latin1');
    if (real.has(key)) continue;
    real.add(key);
    out.push(f);
  }
  return out;
}

/** Whether `path` is `base` or below it (both real paths, as bytes). */
function isBelow(path: Buffer, base: Buffer): boolean {
  if (path.equals(base)) return true;
  const prefix = base[base.length - 1] === 0x2f ? base : Buffer.concat([base, Buffer.from('/')]);
  return path.length > prefix.length && path.subarray(0, prefix.length).equals(prefix);
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
