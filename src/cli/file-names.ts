import { isUtf8 } from 'node:buffer';

/**
 * File names as the file system has them: bytes. Linux allows any bytes but '/' and NUL in a
 * name, and Node decodes a string path as UTF-8, so a name that is not UTF-8 (a Latin-1 "café"
 * from an old archive) cannot be opened through its decoded string: it is read as a Buffer path
 * here. Such a name, and one with control characters in it, is reported under an escaped form
 * that shows every byte and can start no terminal sequence or new line (\xE9, \n, \x1B).
 */
export class InputNames {
  private readonly bytesOf = new Map<string, Buffer>();
  private readonly argvBytes: Map<string, Buffer[]>;

  /** `argvBytes`: the raw bytes of command-line arguments Node could not decode (see argvBytes()). */
  constructor(argvBytes: Map<string, Buffer[]> = new Map()) {
    this.argvBytes = argvBytes;
  }

  /** The bytes a command-line argument was given as (its own UTF-8 when Node decoded it faithfully). */
  argument(arg: string): Buffer {
    const queue = this.argvBytes.get(arg);
    // Two arguments that decode alike are taken in the order they were given.
    return queue?.length ? queue.shift()! : Buffer.from(arg, 'utf8');
  }

  /** The name a path is reported under; an escaped one is remembered, so that pathOf can open it. */
  show(path: Buffer): string {
    if (isUtf8(path)) {
      const name = path.toString('utf8');
      if (!CONTROL.test(name)) return name;
    }
    const shown = escapeFileName(path);
    this.bytesOf.set(shown, path);
    return shown;
  }

  /** What to open for a reported name: its bytes when it is an escaped one, else the name itself. */
  pathOf(name: string): string | Buffer {
    return this.bytesOf.get(name) ?? name;
  }
}

/** C0 controls, DEL, C1 controls, bidirectional overrides and isolates (as src/report/text.ts strips them). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A name's bytes as printable text: valid UTF-8 as itself, each byte that is not as \xHH, control
 * characters as \n, \r, \t, \xHH or \uHHHH, and a backslash doubled so that no escape is ambiguous.
 */
export function escapeFileName(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]!);
    if (length > 0 && i + length <= bytes.length && isUtf8(bytes.subarray(i, i + length))) {
      out += bytes.toString('utf8', i, i + length).replace(/\\/g, '\\\\').replace(CONTROLS, controlEscape);
      i += length;
    } else {
      out += `\\x${hex(bytes[i]!, 2)}`;
      i++;
    }
  }
  return out;
}

/** Bytes in the UTF-8 sequence a lead byte starts; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function controlEscape(c: string): string {
  const code = c.codePointAt(0)!;
  return NAMED[c] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, '0');
}
