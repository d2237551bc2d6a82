import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { createChecker, type Checker } from '../../src/check.js';
import { placeFile, type PlacedFile, type PlacementOptions } from '../../src/placement/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let checker: Checker | undefined;
export function sharedChecker(): Checker {
  checker ??= createChecker();
  return checker;
}

/** Explains a fixture (path relative to the repository root), reported under that relative path. */
export async function explainFixture(rel: string, opts: PlacementOptions = {}): Promise<PlacedFile> {
  return placeFile(rel, readFileSync(join(ROOT, rel)), { checker: sharedChecker(), ...opts });
}

/** Explains bytes given inline. */
export async function explainBytes(file: string, content: string, opts: PlacementOptions = {}): Promise<PlacedFile> {
  return placeFile(file, Buffer.from(content, 'utf8'), { checker: sharedChecker(), ...opts });
}

export type Doc = ReturnType<typeof load>;

/** The report parsed as a browser would. */
export function parseReport(html: string): Doc {
  return load(html, { scriptingEnabled: false });
}

/**
 * Each iframe's srcdoc, decoded from the attribute and parsed as the sandboxed frame parses it
 * (scripting off). `fast` parses with htmlparser2 instead of parse5, whose duplicate-attribute
 * check is quadratic: for a frame that holds an element with 100,000 attributes.
 */
export function frames($: Doc, opts: { fast?: boolean } = {}): Array<{ file: string; source: string; doc: Doc }> {
  return $('iframe')
    .toArray()
    .map((el) => {
      const source = $(el).attr('srcdoc') ?? '';
      const doc = opts.fast ? load(source, { xml: { xmlMode: false, decodeEntities: true } }) : load(source, { scriptingEnabled: false });
      return { file: $(el).attr('data-file') ?? '', source, doc };
    });
}

/** Every element in document order. */
export function allElements($: Doc): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode) => {
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') out.push(n as Element);
    if ('children' in n) for (const c of (n as Element).children) visit(c);
  };
  visit($.root()[0]!);
  return out;
}
