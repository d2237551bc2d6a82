import { constants, statSync, type PathLike } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from './errors.js';
import { DEFAULT_LIMITS } from '../limits.js';

/** Default cap on one input file (limits.maxInputBytes); a real newsletter is well under 1 MB. */
export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxInputBytes;

/** File signatures of formats that are certainly not email or templates. */
const BINARY_SIGNATURES: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['executable', [0x7f, 0x45, 0x4c, 0x46]],
];

/**
 * Opening never waits: a FIFO or a device opened for reading without O_NONBLOCK blocks until a
 * writer comes, and the open descriptor is what gets checked (no window between a check and the
 * open). O_NONBLOCK changes nothing for a regular file; Windows has no such flag (and no FIFOs).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads one input file. This is the only place that touches the file system for inputs,
 * so the limits on what we accept live here. It opens first and checks what it opened.
 *
 * (Reading synchronously saved about a second of system time over 10,000 files but raised a
 * batch's peak RSS by 20–40 MB in every output format of npm run bench; traced once, V8 ran 2 full
 * collections instead of 5. Memory is the goal further from being met, so reads stay awaited.)
 */
export async function readInputFile(path: PathLike, maxBytes = DEFAULT_MAX_BYTES): Promise<Buffer> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (err) {
    throw openError(path, err as NodeJS.ErrnoException);
  }
  try {
    const info = await handle.stat();
    const kind = notRegularFile(info);
    if (kind) throw kind;
    if (info.size > maxBytes) {
      throw new InputError('too-large', `${formatBytes(info.size)} exceeds the ${formatBytes(maxBytes)} input limit (limits.maxInputBytes)`);
    }
    // Read at most maxBytes + 1 so a file that grows while we read cannot blow the cap.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, 0, buffer.length, 0));
    } catch (err) {
      throw new InputError('unreadable', `cannot read (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    if (bytesRead > maxBytes) throw new InputError('too-large', `exceeds the ${formatBytes(maxBytes)} input limit (limits.maxInputBytes)`);
    const bytes = buffer.subarray(0, bytesRead);
    assertLooksLikeText(bytes);
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * The one-line reason a path could not be opened. What cannot be opened may still be named by what
 * it is (Windows refuses to open a folder with EPERM, and a socket gives ENXIO everywhere).
 */
function openError(path: PathLike, err: NodeJS.ErrnoException): InputError {
  const code = err.code;
  if (code === 'ENOENT') return new InputError('unreadable', 'no such file');
  if (code === 'EISDIR') return new InputError('unsupported', 'is a directory');
  let info;
  try {
    info = statSync(path);
  } catch {
    info = null;
  }
  const kind = info && notRegularFile(info);
  if (kind) return kind;
  if (code === 'EACCES' || code === 'EPERM') return new InputError('unreadable', 'permission denied');
  return new InputError('unreadable', `cannot read (${code ?? 'unknown error'})`);
}

/** Why a path that is not a regular file is not checked (a folder, a socket, a FIFO, a device), or null. */
function notRegularFile(info: { isDirectory(): boolean; isFile(): boolean }): InputError | null {
  if (info.isDirectory()) return new InputError('unsupported', 'is a directory');
  if (!info.isFile()) return new InputError('unsupported', 'not a regular file');
  return null;
}

/** Rejects empty and binary content with a reason a user can act on. */
export function assertLooksLikeText(bytes: Buffer): void {
  if (isBlankLatin1(bytes)) throw new InputError('unreadable', 'file is empty');
  for (const [name, sig] of BINARY_SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) throw new InputError('unsupported', `binary file (${name}), not an email or template`);
  }
  // UTF-16 text legitimately has NUL bytes; anything else with many NULs is binary.
  if (isUtf16(bytes)) return;
  // A plain Uint8Array view: V8 indexes a Buffer (a Uint8Array subclass) several times slower.
  const sample = new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192));
  let nul = 0;
  let control = 0;
  // (An indexed loop: iterating a Buffer with for…of is several times slower.)
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  // Text, in any charset, has (almost) no NUL and C0 control bytes; binary data is full of them.
  if ((nul > 0 && nul / sample.length > 0.01) || control / sample.length > 0.05) {
    throw new InputError('unsupported', 'binary file, not an email or template');
  }
}

/**
 * `bytes.toString('latin1').trim() === ''` without building the string: the Latin-1 characters
 * that String.prototype.trim removes are TAB, LF, VT, FF, CR, space and NBSP (0xA0).
 */
function isBlankLatin1(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (!((b >= 0x09 && b <= 0x0d) || b === 0x20 || b === 0xa0)) return false;
  }
  return true;
}

export function isUtf16(bytes: Buffer): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  // No BOM: ASCII text in UTF-16 has a NUL in every other byte, and text in the others. Both at
  // the start and at the end, with the same parity: a run of NULs before UTF-8 text (hiding it
  // from a reader that would decode the whole file as UTF-16) is not UTF-16.
  if (bytes.length < 8) return false;
  const head = nulParity(bytes.subarray(0, 512));
  if (head === null) return false;
  const tailStart = Math.max(0, bytes.length - 512) & ~1;
  return nulParity(bytes.subarray(tailStart)) === head;
}

/** 0 or 1 when the NULs of a sample sit on that byte parity and text on the other, else null. */
function nulParity(sample: Buffer): 0 | 1 | null {
  if (sample.length < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenNul++ : oddNul++);
  const half = sample.length / 2;
  if (evenNul > half * 0.7 && oddNul < half * 0.3) return 0;
  if (oddNul > half * 0.7 && evenNul < half * 0.3) return 1;
  return null;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}
