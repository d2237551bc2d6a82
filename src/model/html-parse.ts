import { DomHandler, type Document } from 'domhandler';
import { Parser } from './html-parser-class.js';

/**
 * htmlparser2 with a node budget and a depth budget. The parser keeps its open elements in an
 * array it unshifts and searches on every tag, so nesting n deep costs O(n²): 100,000 nested
 * tables take over a minute. The handler counts nodes and depth as they are created and pauses
 * the parser at the first one past a budget; the tree built so far is kept and returned.
 */
export interface BoundedParse {
  doc: Document;
  /** Why parsing stopped early, and at which offset of the markup. */
  stopped: { why: 'nodes' | 'depth'; offset: number } | null;
}

class BoundedHandler extends DomHandler {
  nodes = 0;
  stopped: BoundedParse['stopped'] = null;
  private running: Parser | null = null;

  constructor(
    private readonly maxNodes: number,
    private readonly maxDepth: number,
    withEndIndices: boolean,
  ) {
    // undefined, not null: DomHandler reads an object first argument as its options.
    super(undefined, { withStartIndices: true, withEndIndices });
  }

  attach(parser: Parser): void {
    this.running = parser;
  }

  private stop(why: 'nodes' | 'depth'): false {
    this.stopped = { why, offset: this.running?.startIndex ?? 0 };
    this.running?.pause();
    return false;
  }

  /** Whether one more node may be built; `open` also checks the depth it would sit at. */
  private admit(open: boolean): boolean {
    if (this.stopped) return false;
    // tagStack holds the document root plus every open element: its length is the new depth.
    if (open && this.tagStack.length > this.maxDepth) return this.stop('depth');
    if (++this.nodes > this.maxNodes) return this.stop('nodes');
    return true;
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.admit(true)) super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    if (!this.stopped) super.onclosetag();
  }
  override ontext(data: string): void {
    if (this.stopped) return;
    // Text appended to the text node being written is no new node.
    if (this.lastNode?.type === 'text' || this.admit(false)) super.ontext(data);
  }
  override oncomment(data: string): void {
    if (this.stopped) return;
    if (this.lastNode?.type === 'comment' || this.admit(false)) super.oncomment(data);
  }
  override oncommentend(): void {
    if (!this.stopped) super.oncommentend();
  }
  override oncdatastart(): void {
    if (this.admit(false)) super.oncdatastart();
  }
  override oncdataend(): void {
    if (!this.stopped) super.oncdataend();
  }
  override onprocessinginstruction(name: string, data: string): void {
    if (this.admit(false)) super.onprocessinginstruction(name, data);
  }
}

/**
 * Parses as the model does, stopping at the node or depth budget. `withEndIndices` also records
 * where each element ends (an element still open where parsing stopped has no end index).
 */
export function parseBounded(markup: string, maxNodes: number, maxDepth: number, opts: { withEndIndices?: boolean } = {}): BoundedParse {
  const handler = new BoundedHandler(maxNodes, maxDepth, opts.withEndIndices ?? false);
  const parser = new Parser(handler, { xmlMode: false, decodeEntities: true, recognizeSelfClosing: true });
  handler.attach(parser);
  parser.end(markup);
  return { doc: handler.root, stopped: handler.stopped };
}
