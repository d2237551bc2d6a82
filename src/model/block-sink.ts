import type { Block, Emphasis, HiddenSpan, Location } from '../types.js';
import type { LimitLog } from '../limits.js';
import { visibleText } from './visible-text.js';
import { collapseSpaces } from './spaces.js';

/** A run of raw text and where it starts in the markup or text. */
export interface RawPart {
  raw: string;
  offset: number;
}

export interface BlockInput {
  parts: RawPart[];
  /** Offset of the first visible character, for the block's location. */
  start: number;
  tag: string;
  /** Emphasis of the block, given its cleaned text. */
  emphasis: (text: string) => Emphasis;
}

/**
 * Turns raw block text into blocks: invisible characters removed (visible-text.ts), whitespace
 * collapsed, split into blocks of at most limits.maxBlockChars (so the lexicon and the patterns
 * always get bounded text and nothing is dropped), within the budgets for blocks and visible text.
 */
export class BlockSink {
  readonly blocks: Block[] = [];
  readonly hidden: HiddenSpan[] = [];
  /** Visible characters in blocks so far. */
  chars = 0;
  /** A budget ran out: nothing more is read. */
  halted = false;

  constructor(
    private readonly log: LimitLog,
    private readonly locate: (offset: number) => Location,
  ) {}

  /** Adds one block; returns the indexes of the blocks made (several when it was split). */
  add(input: BlockInput): number[] {
    if (this.halted) return [];
    const { limits } = this.log;
    let raw = input.parts.length === 1 ? input.parts[0]!.raw : input.parts.map((p) => p.raw).join('');
    // Visible-text budget, counted on the raw text (before blanks are collapsed), so that cleaning
    // never sees more than the budget either.
    const room = Math.max(0, limits.maxTextChars - this.chars);
    if (raw.length > room) {
      raw = raw.slice(0, room);
      this.log.hit('maxTextChars', `visible text after the first ${limits.maxTextChars.toLocaleString('en-US')} characters`, this.locate(approxOffset(input, 1, room)));
      this.halted = true;
    }
    const clean = visibleText(raw);
    const text = collapseSpaces(clean.text);
    if (!text) return [];
    const location = this.locate(input.start);
    // Words split by invisible characters, or text stored backwards under a right-to-left
    // override: written to get past filters. Kept in the blocks (cleaned) and also listed as hidden.
    if (clean.reversed) this.addHidden({ how: 'right-to-left override', text: text.slice(0, limits.maxBlockChars), location });
    else if (clean.maxInWord >= 2) this.addHidden({ how: 'invisible characters', text: text.slice(0, limits.maxBlockChars), location });
    const emphasis = input.emphasis(text);
    const made: number[] = [];
    for (const [from, to] of splitText(text, limits.maxBlockChars)) {
      if (this.blocks.length >= limits.maxBlocks) {
        this.log.hit('maxBlocks', `text after the first ${limits.maxBlocks.toLocaleString('en-US')} blocks`, from === 0 ? location : this.locate(approxOffset(input, from / text.length, raw.length)));
        this.halted = true;
        break;
      }
      const piece = from === 0 && to === text.length ? text : text.slice(from, to);
      const index = this.blocks.length;
      this.blocks.push({
        index,
        text: piece,
        tag: input.tag,
        charOffset: this.chars,
        emphasis: { ...emphasis },
        navigation: false,
        inFooter: false,
        location: from === 0 ? location : this.locate(approxOffset(input, from / text.length, raw.length)),
      });
      this.chars += piece.length;
      made.push(index);
    }
    return made;
  }

  addHidden(span: HiddenSpan): void {
    const { limits } = this.log;
    if (this.hidden.length >= limits.maxHiddenSpans) {
      this.log.hit('maxHiddenSpans', `hidden text after the first ${limits.maxHiddenSpans.toLocaleString('en-US')} hidden spans`, span.location);
      return;
    }
    this.hidden.push(span);
  }
}

/** Pieces of at most `max` characters, cut at a space in the second half of a piece when there is one. */
export function splitText(text: string, max: number): Array<[number, number]> {
  if (text.length <= max) return [[0, text.length]];
  const size = Math.ceil(text.length / Math.ceil(text.length / max));
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + size / 2) end = space;
    }
    out.push([start, end]);
    start = end;
    while (text.charCodeAt(start) === 32) start++;
  }
  return out;
}

/** Where in the source a share of a block's text roughly starts (entities and collapsed blanks shift it a little). */
function approxOffset(input: BlockInput, share: number, rawLength: number): number {
  const target = Math.floor(share * rawLength);
  let seen = 0;
  for (const p of input.parts) {
    if (seen + p.raw.length > target) return p.offset + (target - seen);
    seen += p.raw.length;
  }
  const last = input.parts[input.parts.length - 1];
  return last ? last.offset : input.start;
}
