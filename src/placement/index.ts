// Placement, for reports that show rather than tell: for one checked file, the result plus the markup
// it was computed from, with every block, the promotional elements, the transactional core and
// the CAN-SPAM "beginning of the body" cut-off placed at offsets in that markup.

import type { Block, Evidence, FileResult, InputKind, Location, SignalValue } from '../types.js';
import { createChecker, type Checker, type CheckOptions, type CheckStages } from '../check.js';
import { readInputFile, InputError, DEFAULT_MAX_BYTES } from '../input/index.js';
import { lineIntent } from '../signals/subject.js';
import { defaultLexicon, type Lexicon } from '../lexicon/index.js';
import type { Pack } from '../packs/load.js';
import { effectiveLimits, type Limits } from '../limits.js';
import { escapeText } from '../escape-text.js';

export interface PlacementOptions extends CheckOptions {
  /** A checker to reuse (its packs also give the can-spam settings); one is created otherwise. */
  checker?: Checker;
  /**
   * The result as the caller reported it (e.g. the CLI's, after config, directives and baseline
   * were applied). When given, the file is not checked again: its findings are placed as they are.
   */
  result?: FileResult;
  /** The packs the result was computed with, for the can-spam "beginning of the body" settings (default: the checker's). */
  packs?: Pack[];
  lexicon?: Lexicon;
}

/** A block of the message with its position in `PlacedFile.markup`. */
export interface PlacedBlock {
  index: number;
  text: string;
  tag: string;
  /** Visible characters before the block (the model's charOffset). */
  charOffset: number;
  inFooter: boolean;
  navigation: boolean;
  location: Location;
  /** Offset in `markup` where the block's first visible text starts (text bodies: where its wrapper element starts). */
  offset: number;
  promo: boolean;
  core: boolean;
}

/** A piece of evidence placed in the markup. */
export interface PlacedEvidence {
  text: string;
  location: Location;
  /** Offset in `markup` of the location (an element start or a block's first text), or null when it is not in the body markup. */
  offset: number | null;
  /** The block the evidence belongs to (exact location, else the first block at or after the offset). */
  blockIndex: number | null;
}

export interface LinePlaced {
  text: string;
  /** Signal values about this line (e.g. subject.promotional), from the result's explain signals. */
  signals: Record<string, SignalValue>;
  /** Promotional wording categories found in the line (discount, referral, …). */
  promoWording: string[];
  /** Transactional wording categories found in the line (order, password, …). */
  transactionalWording: string[];
  /** Why the line reads as promotional (wording, emoji, shouting). */
  reasons: string[];
}

export interface CutOff {
  /** The first block that lies beyond the beginning of the body, or null when every block is within it. */
  blockIndex: number | null;
  /** Visible characters allowed before the T/R content: max(share × bodyChars, minChars). */
  threshold: number;
  bodyChars: number;
  share: number;
  minChars: number;
}

export interface PlacedFile {
  file: string;
  result: FileResult;
  /**
   * The markup the blocks were read from: the masked HTML body, or for text bodies the text
   * escaped into a <pre> with one <span data-gl-text-block> per block. Null when the file could
   * not be read or has no body.
   */
  markup: string | null;
  /** 'html' (also templates), 'mjml', 'text', or 'none'. */
  markupKind: 'html' | 'mjml' | 'text' | 'none';
  /**
   * Whether the blocks' locations placed them in document order in the markup. When they do not
   * (a model that lost its source positions), nothing should be drawn on the message.
   */
  positioned: boolean;
  kind?: InputKind;
  /** The MIME part the body came from (eml). */
  part?: string;
  blocks: PlacedBlock[];
  /** Every promotional element (signals evidence 'promo'), in body order. */
  promo: PlacedEvidence[];
  /** Where the transactional content starts (evidence 'core.first'). */
  core: PlacedEvidence | null;
  cutoff: CutOff | null;
  subject: LinePlaced | null;
  preheader: LinePlaced | null;
  from: LinePlaced | null;
  /** For each of result.findings (same order): where its location is in the markup. */
  findingTargets: PlacedEvidence[];
  /** For each of result.suppressed (same order). */
  suppressedTargets: PlacedEvidence[];
  /** The limits the file was checked with: a report renders the message only as far as they let the check read. */
  limits?: Limits;
  /** Every signal value the verdicts were computed from (as --explain lists them), for the report's explain panel. */
  signals?: Record<string, SignalValue>;
}

let defaultChecker: Checker | null = null;

/** Maps line/column locations to offsets. */
class LineStarts {
  readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  offset(line: number, column: number): number | null {
    const start = this.starts[line - 1];
    return start === undefined ? null : start + column - 1;
  }
}

/**
 * Checks one file and gathers what an HTML report needs to show the verdicts on the message
 * itself. The check runs once, through the checker, and the report is drawn from the stages it
 * ran: an ESP request is shown as the message it describes, within the limits the check applied.
 */
export async function placeFile(file: string, bytes: Buffer, opts: PlacementOptions = {}): Promise<PlacedFile> {
  const { checker: given, lexicon, result: givenResult, packs: givenPacks, ...checkOpts } = opts;
  const checker = given ?? (defaultChecker ??= createChecker());
  const { result, stages } = await checker.checkBufferWithStages(file, bytes, { ...checkOpts, explain: true });
  return placeStages(givenResult ?? result, stages, { packs: givenPacks ?? checker.packs, ...(lexicon ? { lexicon } : {}), limits: effectiveLimits(checkOpts) });
}

export interface ExplainStagesOptions {
  /** The packs the result was computed with: the can-spam pack's "beginning of the body" settings. */
  packs: readonly Pack[];
  lexicon?: Lexicon;
  /** The limits to report when there are no stages (default: the defaults). */
  limits?: Limits;
}

/**
 * What an HTML report needs, from a result and the stages of the check that produced it
 * (Checker.checkBufferWithStages). The result may be the caller's (after config, directives and
 * baseline); its findings are placed as they are. Without stages (the input could not be read)
 * only the result is shown.
 */
export function placeStages(result: FileResult, stages: CheckStages | null, opts: ExplainStagesOptions): PlacedFile {
  const file = result.file;
  const lexicon = opts.lexicon ?? defaultLexicon();
  const limits = stages?.limits ?? opts.limits ?? effectiveLimits({});
  const empty: PlacedFile = {
    file, result, markup: null, markupKind: 'none', positioned: false, blocks: [], promo: [], core: null, cutoff: null,
    subject: null, preheader: null, from: null, findingTargets: result.findings.map(unplaced), suppressedTargets: (result.suppressed ?? []).map(unplaced), limits,
  };
  if (result.error || !stages) return empty;

  const { parsed, model, signals } = stages;
  const { html, text, part } = parsed;
  const mjml = !!parsed.mjml;

  // ---- markup and block offsets ----
  let markup: string | null = null;
  let markupKind: PlacedFile['markupKind'] = 'none';
  let toOffset: (loc: Location) => number | null = () => null;
  const blockOffsets: number[] = [];
  if (html !== null) {
    markup = html;
    markupKind = mjml ? 'mjml' : 'html';
    const lines = new LineStarts(html);
    toOffset = (loc) => (loc.line !== undefined && isBodyScope(loc) ? lines.offset(loc.line, loc.column ?? 1) : null);
    for (const b of model.blocks) blockOffsets.push(toOffset(b.location) ?? 0);
  } else if (text !== null) {
    const wrapped = wrapText(text, model.blocks);
    markup = wrapped.markup;
    markupKind = 'text';
    blockOffsets.push(...wrapped.offsets);
    const lines = new LineStarts(text);
    // A text location maps to the wrapper of the block that contains it.
    toOffset = (loc) => {
      if (loc.line === undefined || !isBodyScope(loc)) return null;
      const o = lines.offset(loc.line, loc.column ?? 1);
      if (o === null) return null;
      let i = -1;
      for (let k = 0; k < wrapped.sourceOffsets.length; k++) if (wrapped.sourceOffsets[k]! <= o) i = k;
      return i >= 0 ? wrapped.offsets[i]! : null;
    };
  }

  // Blocks come in document order, so their offsets must rise; if they do not, the locations are unusable.
  const positioned = blockOffsets.every((o, i) => i === 0 || o >= blockOffsets[i - 1]!) && (blockOffsets.length < 2 || blockOffsets[blockOffsets.length - 1]! > blockOffsets[0]!);

  const place = (ev: Evidence | { text: string; location: Location }): PlacedEvidence => {
    const offset = toOffset(ev.location);
    return { text: ev.text, location: ev.location, offset, blockIndex: blockFor(model.blocks, blockOffsets, ev.location, offset) };
  };

  const promo = (signals.evidence['promo'] ?? []).map(place);
  const coreEv = signals.evidence['core.first']?.[0];
  const core = coreEv ? place(coreEv) : null;
  const promoBlocks = new Set(promo.map((p) => p.blockIndex).filter((i): i is number => i !== null));

  const blocks: PlacedBlock[] = model.blocks.map((b, i) => ({
    index: b.index, text: b.text, tag: b.tag, charOffset: b.charOffset, inFooter: b.inFooter, navigation: b.navigation,
    location: b.location, offset: blockOffsets[i] ?? 0, promo: promoBlocks.has(b.index), core: core?.blockIndex === b.index,
  }));

  // ---- the "beginning of the body" (16 CFR 316.3(a)(2)(ii)) as the can-spam pack measures it ----
  const cutoff = cutOff(opts.packs, stages.settings, signals.values['body.chars'], model.blocks);

  const vals = result.signals ?? signals.values;
  const line = (shown: string | undefined, prefix: string, read = shown): LinePlaced | null => {
    if (!shown) return null;
    const intent = lineIntent(read, lexicon);
    const own = Object.fromEntries(Object.entries(vals).filter(([k]) => k.startsWith(`${prefix}.`)));
    return { text: shown, signals: own, promoWording: intent.promoCategories, transactionalWording: intent.transactionalCategories, reasons: intent.reasons };
  };
  // The display name is what reads as promotional or not; the address is shown alongside.
  const fromText = model.from ? `${model.from.name ? `${model.from.name} ` : ''}<${model.from.address}>` : undefined;

  return {
    file,
    result,
    markup,
    markupKind,
    positioned,
    kind: model.kind,
    ...(part ? { part } : {}),
    blocks,
    promo,
    core,
    cutoff,
    subject: line(model.subject?.text, 'subject'),
    preheader: line(model.preheader?.text, 'preheader'),
    from: line(fromText, 'from', model.from?.name),
    findingTargets: result.findings.map((f) => place({ text: f.evidence, location: f.location })),
    suppressedTargets: (result.suppressed ?? []).map((f) => place({ text: f.evidence, location: f.location })),
    limits,
    signals: vals,
  };
}

/** Reads a file (with the input size limit) and places its result on its markup; an unreadable file gives a result with `error`. */
export async function placePath(file: string, opts: PlacementOptions = {}): Promise<PlacedFile> {
  let bytes: Buffer;
  try {
    bytes = await readInputFile(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const result: FileResult = { file, findings: [], error: { code: err.code, message: err.message } };
    return {
      file, result, markup: null, markupKind: 'none', positioned: false, blocks: [], promo: [], core: null, cutoff: null,
      subject: null, preheader: null, from: null, findingTargets: [], suppressedTargets: [],
    };
  }
  return placeFile(file, bytes, opts);
}

function unplaced(f: { evidence: string; location: Location }): PlacedEvidence {
  return { text: f.evidence, location: f.location, offset: null, blockIndex: null };
}

function isBodyScope(loc: Location): boolean {
  return loc.scope === 'body' || loc.scope === 'cta' || loc.scope === 'footer' || (loc.scope === 'header' && loc.line !== undefined);
}

function sameLocation(a: Location, b: Location): boolean {
  return a.line === b.line && a.column === b.column && (a.part ?? '') === (b.part ?? '');
}

/** The block a location belongs to: the block at exactly that place, else the first block at or after it. */
function blockFor(blocks: Block[], offsets: number[], loc: Location, offset: number | null): number | null {
  if (loc.line === undefined) return null;
  const exact = blocks.find((b) => sameLocation(b.location, loc));
  if (exact) return exact.index;
  if (offset === null) return null;
  const i = offsets.findIndex((o) => o >= offset);
  return i >= 0 ? blocks[i]!.index : null;
}

function cutOff(packs: readonly Pack[], settings: CheckOptions['settings'], bodyCharsValue: SignalValue | undefined, blocks: Block[]): CutOff | null {
  // The pack that says where "the beginning of the body" ends (bodyCutoff: its two settings).
  const pack = packs.find((p) => p.bodyCutoff);
  if (!pack?.bodyCutoff) return null;
  const over = settings?.[pack.id] ?? {};
  const share = over[pack.bodyCutoff.share] ?? pack.settings[pack.bodyCutoff.share]!.value;
  const minChars = over[pack.bodyCutoff.minChars] ?? pack.settings[pack.bodyCutoff.minChars]!.value;
  const bodyChars = typeof bodyCharsValue === 'number' ? bodyCharsValue : 0;
  const threshold = Math.max(share * bodyChars, minChars);
  const first = blocks.find((b) => b.charOffset > threshold);
  return { blockIndex: first ? first.index : null, threshold, bodyChars, share, minChars };
}

/** A text body as markup: escaped, in a <pre>, each block in its own span so it can be outlined. */
function wrapText(text: string, blocks: Block[]): { markup: string; offsets: number[]; sourceOffsets: number[] } {
  const lines = new LineStarts(text);
  const sourceOffsets = blocks.map((b) => lines.offset(b.location.line ?? 1, b.location.column ?? 1) ?? 0);
  let markup = '<pre style="white-space:pre-wrap;word-wrap:break-word;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;margin:16px;">';
  const offsets: number[] = [];
  let pos = 0;
  for (let i = 0; i < blocks.length; i++) {
    const start = sourceOffsets[i]!;
    const end = i + 1 < blocks.length ? sourceOffsets[i + 1]! : text.length;
    const body = text.slice(start, end);
    const trimmed = body.replace(/\s+$/, '');
    markup += escapeText(text.slice(pos, start));
    offsets.push(markup.length);
    markup += `<span data-gl-text-block="${i}" style="display:block">${escapeText(trimmed)}</span>`;
    pos = start + trimmed.length;
  }
  markup += `${escapeText(text.slice(pos))}</pre>`;
  return { markup, offsets, sourceOffsets };
}

