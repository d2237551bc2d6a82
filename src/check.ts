import type { ContentModel, FileResult, Finding, ParsedInput, Report, Sender, Signals } from './types.js';
import { parseInput, readInputFile, InputError, type ParseOptions } from './input/index.js';
import { buildModel } from './model/index.js';
import { computeSignals } from './signals/index.js';
import { AUTO_JURISDICTION, loadPacks, PackError, type Pack } from './packs/load.js';
import { registryOf } from './packs/registry.js';
import { ONE_CLICK_FIXER } from './fix/names.js';
import { MESSAGE_RULES, type MessageContext } from './builtin/index.js';
import { decide, type SettingOverrides } from './verdicts/index.js';
import { applyDirectives } from './suppression/directives.js';
import { EspPayloadError, espFindings, espManagedUnsubscribe, parsePayload, readRouting, toRawMessage } from './esp/index.js';
import type { EspStreamsConfigInput, PayloadEsp } from './esp/types.js';
import { defaultLexicon, type Lexicon } from './lexicon/index.js';
import { effectiveLimits, type Limits } from './limits.js';
import type { FallbackModel } from './fallback/model.js';
import { guessPayloadEspOf } from './esp/guess.js';

export interface CheckOptions extends ParseOptions {
  /** The input is an ESP API request body (JSON) for this ESP, not a message or template. */
  esp?: PayloadEsp;
  /** Which ESP streams, tags and groups are transactional (defaults: src/esp/README.md). */
  espStreams?: EspStreamsConfigInput;
  /** Pack settings that replace the defaults, e.g. { 'can-spam': { beginningOfBody: 0.3 } }. */
  settings?: SettingOverrides;
  /**
   * Laws decided only when selected (law.optIn in their pack) to decide for this message, by id;
   * 'auto' among them applies each such law whose audience the message shows (law.audience).
   * Default ['auto']: a law is added when the message shows its audience, and says why. [] decides
   * only the laws that are not opt-in.
   */
  optInLaws?: string[];
  /** What the sender is, which the message may not say (types.ts, Sender; the config's `sender:`). */
  sender?: Sender;
  /** Include every signal value in the result (for --explain and evaluation). */
  explain?: boolean;
  /** Same as limits.maxInputBytes (kept for callers that set it). */
  maxBytes?: number;
  /**
   * Bounds on the work done for one input (src/limits.ts), any subset, e.g. { maxBodyChars: 10_000_000 }.
   * A limit that applies either refuses the input (error `too-large`) or is reported as a
   * `graylint/limit-reached` warning.
   */
  limits?: Partial<Limits>;
}

/**
 * What one check read and computed, for a report that shows the verdicts on the message itself
 * (src/placement). For an ESP request these are the stages of the message it describes.
 */
export interface CheckStages {
  /** The input as the input stage decoded it (masked markup or text, headers, the MIME part). */
  parsed: ParsedInput;
  model: ContentModel;
  /** Every signal value (none deferred) and its evidence. */
  signals: Signals;
  /** The limits the check applied. */
  limits: Limits;
  /** The pack settings the check ran with (e.g. the can-spam "beginning of the body" share). */
  settings?: SettingOverrides;
}

/** A check's result and the stages it ran; `stages` is null when the input could not be read or parsed. */
export interface StagedCheck {
  result: FileResult;
  stages: CheckStages | null;
}

/** A checker holds compiled packs and lexicons, so many messages are checked without re-reading disk. */
export interface Checker {
  checkBuffer(file: string, bytes: Buffer, opts?: CheckOptions): Promise<FileResult>;
  /**
   * As checkBuffer (the same result), and also the stages the check ran. Each signal is computed
   * up front (checkBuffer defers a costly one that most verdicts never read).
   */
  checkBufferWithStages(file: string, bytes: Buffer, opts?: CheckOptions): Promise<StagedCheck>;
  checkFile(file: string, opts?: CheckOptions): Promise<FileResult>;
  checkFiles(files: string[], opts?: CheckOptions): Promise<Report>;
  packs: Pack[];
}

/** The opt-in laws a check decides when the caller names none: those whose audience the message shows. */
const DEFAULT_OPT_IN: readonly string[] = [AUTO_JURISDICTION];

export function createChecker(config: { packs?: Pack[]; lexicon?: Lexicon; rulesDir?: string; fallback?: FallbackModel | null } = {}): Checker {
  const packs = config.packs ?? loadPacks(config.rulesDir);
  const lexicon = config.lexicon ?? defaultLexicon();
  const registry = registryOf(packs);
  // The findings the one-click fix repairs: an ESP route that adds the header makes them moot.
  const oneClickRules = registry.rulesWithFixer(ONE_CLICK_FIXER);

  /** The pipeline for one input; the stages are kept only when asked for. */
  const run = async (file: string, bytes: Buffer, opts: CheckOptions, keepStages: boolean): Promise<StagedCheck> => {
    try {
      // An ESP API request given as a .json file without --esp is read as that ESP's request,
      // not as HTML: the shape says which ESP (the result's `routing` names it).
      if (!opts.esp && /\.json$/i.test(file)) {
        const guessed = guessPayloadEspOf(bytes);
        if (guessed) opts = { ...opts, esp: guessed };
      }
      if (opts.esp) {
        // A pre-send hook's API request body: check the message it describes, on its route.
        let message;
        try {
          message = parsePayload(opts.esp, bytes.toString('utf8'));
        } catch (err) {
          if (err instanceof EspPayloadError) throw new InputError('unreadable', err.message);
          throw err;
        }
        bytes = toRawMessage(message);
        opts = { ...opts, esp: undefined, kind: 'eml' };
      }
      const limits = effectiveLimits(opts);
      const parsed = await parseInput(file, bytes, { ...opts, limits });
      const model = buildModel(parsed, lexicon, limits);
      const signals = computeSignals(model, lexicon, { fallback: config.fallback, sender: opts.sender });
      const d = decide(packs, signals, opts.settings, opts.optInLaws ?? DEFAULT_OPT_IN);
      const ctx: MessageContext = { model, signals, category: d.categoryVerdict, lexicon };
      const ofMessage: Finding[] = [];
      const ofReading: Finding[] = [];
      for (const rule of MESSAGE_RULES) (rule.meta.aboutReading ? ofReading : ofMessage).push(...rule.check!(ctx));
      // Findings about graylint's reading (a limit, a body not read), not the message: no directive silences them.
      const { kept: keptByDirectives, suppressed } = applyDirectives([...d.findings, ...ofMessage], model);
      const kept = [...keptByDirectives, ...ofReading];
      const result: FileResult = {
        file,
        kind: model.kind,
        language: String(signals.values['language']),
        subject: model.subject?.text ?? '',
        category: d.category,
        ...(d.categoryVerdict?.confidence ? { confidence: d.categoryVerdict.confidence } : {}),
        ...(d.categoryVerdict?.doubts ? { doubts: d.categoryVerdict.doubts } : {}),
        stream: d.stream,
        verdicts: d.verdicts,
        findings: kept,
      };
      if (suppressed.length) result.suppressed = suppressed;
      const routing = model.kind === 'eml' ? readRouting(model.headers) : null;
      if (routing) {
        // The ESP adds List-Unsubscribe (one-click) at send time on its marketing routes: the
        // message checked before sending cannot carry it yet.
        if (espManagedUnsubscribe(routing)) result.findings = result.findings.filter((f) => !oneClickRules.has(f.ruleId));
        result.findings.unshift(...espFindings(result, routing, opts.espStreams, registry));
        result.routing = { esp: routing.esp, ...(routing.stream ? { stream: routing.stream } : {}), evidence: routing.evidence };
      }
      if (opts.explain) {
        result.signals = signals.values;
        result.promotions = signals.evidence['promo'] ?? [];
      }
      const stages = keepStages ? { parsed, model, signals, limits, ...(opts.settings ? { settings: opts.settings } : {}) } : null;
      return { result, stages };
    } catch (err) {
      if (err instanceof InputError) return { result: { file, findings: [], error: { code: err.code, message: err.message } }, stages: null };
      if (err instanceof PackError) throw err;
      // A parser failure on one hostile file must not stop the others from being checked.
      const message = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err);
      return { result: { file, findings: [], error: { code: 'unreadable', message: `could not be parsed (${message})` } }, stages: null };
    }
  };

  const checkBuffer = async (file: string, bytes: Buffer, opts: CheckOptions = {}): Promise<FileResult> => (await run(file, bytes, opts, false)).result;
  const checkBufferWithStages = (file: string, bytes: Buffer, opts: CheckOptions = {}): Promise<StagedCheck> => run(file, bytes, opts, true);

  const checkFile = async (file: string, opts: CheckOptions = {}): Promise<FileResult> => {
    let bytes: Buffer;
    try {
      bytes = await readInputFile(file, effectiveLimits(opts).maxInputBytes);
    } catch (err) {
      if (err instanceof InputError) return { file, findings: [], error: { code: err.code, message: err.message } };
      throw err;
    }
    return checkBuffer(file, bytes, opts);
  };

  const checkFiles = async (files: string[], opts: CheckOptions = {}): Promise<Report> => {
    const results: FileResult[] = [];
    for (const f of files) results.push(await checkFile(f, opts));
    return { version: 1, results };
  };

  return { checkBuffer, checkBufferWithStages, checkFile, checkFiles, packs };
}
