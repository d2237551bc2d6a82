import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';

/**
 * The bytes of the command-line arguments that Node could not decode. Node decodes argv as UTF-8
 * and puts U+FFFD for each byte that is not, so a file name argument that is not UTF-8 arrives as
 * a name no file has. On Linux the kernel keeps the arguments as given in /proc/self/cmdline.
 *
 * Returns, for each argument of argv.slice(2) that is not valid UTF-8, its decoded form → its
 * bytes (several, in order, when different bytes decode alike). Empty where there is no
 * /proc/self/cmdline or it does not end with exactly these arguments (then nothing is guessed).
 */
export function argvBytes(argv: readonly string[], cmdline = '/proc/self/cmdline'): Map<string, Buffer[]> {
  const out = new Map<string, Buffer[]>();
  const args = argv.slice(2);
  if (!args.some((a) => a.includes('\uFFFD'))) return out;
  let raw: Buffer;
  try {
    raw = readFileSync(cmdline);
  } catch {
    return out;
  }
  const all = splitNul(raw);
  if (all.length < args.length) return out;
  // The node binary, its options and the script come first; the arguments are the last entries.
  const tail = all.slice(all.length - args.length);
  if (!tail.every((bytes, i) => bytes.toString('utf8') === args[i])) return out;
  for (const bytes of tail) {
    if (isUtf8(bytes)) continue;
    const decoded = bytes.toString('utf8');
    out.set(decoded, [...(out.get(decoded) ?? []), bytes]);
  }
  return out;
}

/** NUL-terminated entries. */
function splitNul(raw: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = raw.indexOf(0); i >= 0; i = raw.indexOf(0, start)) {
    out.push(raw.subarray(start, i));
    start = i + 1;
  }
  if (start < raw.length) out.push(raw.subarray(start));
  return out;
}
