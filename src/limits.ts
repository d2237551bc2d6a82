/**
 * Bounds on the work graylint does for one input. graylint reads mail written by strangers, so
 * every stage that could grow with the input (MIME tree, headers, HTML tree, visible text, the
 * matchers) has a cap here. The defaults are far above anything a real newsletter or
 * transactional message reaches (Gmail clips HTML at 102 kB; a long digest has a few thousand
 * elements and a few dozen MIME parts), so they only ever apply to broken or hostile input.
 *
 * Each limit either refuses the input or is reported: there is no silent truncation.
 *  - refused: the result is an `error` with code `too-large` and a message naming the limit
 *    (input size, header count and line length, MIME depth and part count, header block size);
 *  - read up to the limit: the message is still classified from what was read, and the result
 *    carries a `graylint/limit-reached` warning naming the limit and what was not read (body
 *    size, HTML nodes and depth, blocks, visible text, links, images, hidden spans, directives).
 *
 * Pass overrides as `CheckOptions.limits` (any subset).
 */
import type { Finding, LimitReached, Location } from './types.js';

export interface Limits {
  /** Bytes of one input file or buffer. Refused above. Default 25 MiB. */
  maxInputBytes: number;
  /** Header fields in one header section (the message's or a MIME part's). Refused above. Default 1,000. */
  maxHeaders: number;
  /** Characters of one header field, folded continuation lines included. Refused above. Default 65,536. */
  maxHeaderLineChars: number;
  /** Bytes of one header section (handed to mailparser as maxHeadSize). Refused above. Default 1 MiB. */
  maxHeaderBytes: number;
  /** Nesting depth of multipart and message/rfc822 parts. Refused above. Default 32. */
  maxMimeDepth: number;
  /** MIME parts in the whole message (handed to mailparser as maxChildNodes). Refused above. Default 500. */
  maxMimeParts: number;
  /**
   * Characters of the decoded body handed to the model: the HTML or text part of a message, or a
   * template file after charset decoding. The rest is not read (limit-reached). Default 5,000,000.
   */
  maxBodyChars: number;
  /** HTML nodes (elements, text runs, comments) built from the body; parsing stops there (limit-reached). Default 100,000. */
  maxHtmlNodes: number;
  /** HTML element nesting depth; parsing stops at the first deeper element (limit-reached). Default 512. */
  maxHtmlDepth: number;
  /**
   * Characters of one block handed to the lexicon and the patterns. A longer paragraph is split
   * into several blocks of at most this size, so nothing is dropped (not reported). Default 4,000.
   */
  maxBlockChars: number;
  /** Blocks of visible text; later text is not read (limit-reached). Default 10,000. */
  maxBlocks: number;
  /**
   * Characters of visible text read from the body (a run of blanks counts in full until it is
   * collapsed); later text is not read (limit-reached). Default 1,000,000.
   */
  maxTextChars: number;
  /** Links kept; later links are not read (limit-reached). Default 5,000. */
  maxLinks: number;
  /** Images kept; later images are not read (limit-reached). Default 2,000. */
  maxImages: number;
  /** Hidden text spans recorded (display:none, font-size:0, text in the background colour…). Default 200. */
  maxHiddenSpans: number;
  /** Inline graylint directives read; later ones are ignored, so their findings stay reported (limit-reached). Default 200. */
  maxDirectives: number;
  /** Characters read from one HTML attribute value (style, href, alt, class…); the rest is ignored (limit-reached). Default 16,384. */
  maxAttributeChars: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxInputBytes: 25 * 1024 * 1024,
  maxHeaders: 1000,
  maxHeaderLineChars: 64 * 1024,
  maxHeaderBytes: 1024 * 1024,
  maxMimeDepth: 32,
  maxMimeParts: 500,
  maxBodyChars: 5_000_000,
  maxHtmlNodes: 100_000,
  maxHtmlDepth: 512,
  maxBlockChars: 4000,
  maxBlocks: 10_000,
  maxTextChars: 1_000_000,
  maxLinks: 5000,
  maxImages: 2000,
  maxHiddenSpans: 200,
  maxDirectives: 200,
  maxAttributeChars: 16 * 1024,
});

/** Defaults with the given overrides; a value that is not a positive number keeps its default. */
export function resolveLimits(overrides?: Partial<Limits> | null): Limits {
  const out: Limits = { ...DEFAULT_LIMITS };
  if (!overrides) return out;
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>) {
    const v = overrides[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = Math.floor(v);
  }
  return out;
}

/** "limits.maxHtmlDepth = 512": how findings and errors name a limit. */
export function limitName(key: keyof Limits, limits: Limits): string {
  return `limits.${key} = ${limits[key].toLocaleString('en-US')}`;
}

/** Records each limit that applied, once, with what was not read. */
export class LimitLog {
  readonly reached: LimitReached[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly limits: Limits) {}

  hit(key: keyof Limits, skipped: string, location?: Location): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.reached.push(location ? { limit: key, value: this.limits[key], skipped, location } : { limit: key, value: this.limits[key], skipped });
  }
}

/** Limits with the legacy `maxBytes` option honoured when `limits.maxInputBytes` is not given. */
export function effectiveLimits(opts: { limits?: Partial<Limits>; maxBytes?: number }): Limits {
  const given = opts.limits;
  if (opts.maxBytes !== undefined && given?.maxInputBytes === undefined) return resolveLimits({ ...given, maxInputBytes: opts.maxBytes });
  return resolveLimits(given);
}
